package vn.nq21.workflow.revision;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq21.workflow.engine.Admins;

/**
 * The admin's revision API ({@code /api/revisions}): the record of deployments and of the versions in force, the
 * versions of a procedure with their running cases, moving cases between versions (validate first, then move, then
 * read the result; undo a move), and withdrawing a bad revision. Admins only: a clerk or supervisor is answered 403.
 */
@RestController
@RequestMapping("/api/revisions")
class RevisionController {

  record Withdraw(String backToDefinitionId) {}

  private final ModelRecord record;
  private final CaseMigration migration;
  private final Withdrawal withdrawal;
  private final Admins admins;

  RevisionController(ModelRecord record, CaseMigration migration, Withdrawal withdrawal, Admins admins) {
    this.record = record;
    this.migration = migration;
    this.withdrawal = withdrawal;
    this.admins = admins;
  }

  @GetMapping("/deployments")
  List<ModelRecord.DeploymentView> deployments(@RequestParam(defaultValue = "50") int max) {
    requireAdmin();
    return record.deployments(max);
  }

  @GetMapping("/in-force")
  List<ModelRecord.InForce> inForce() {
    requireAdmin();
    return record.inForce();
  }

  @GetMapping("/processes/{key}/versions")
  List<Map<String, Object>> versions(@PathVariable String key) {
    requireAdmin();
    return migration.versions(key);
  }

  @PostMapping("/migrations/validate")
  CaseMigration.Report validate(@RequestBody CaseMigration.Request request) {
    requireAdmin();
    return migration.validate(request);
  }

  @PostMapping("/migrations")
  ResponseEntity<CaseMigration.Started> migrate(@RequestBody CaseMigration.Request request) {
    String admin = requireAdmin();
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(migration.start(request, admin));
  }

  @GetMapping("/migrations/{batchId}")
  CaseMigration.Progress progress(@PathVariable String batchId) {
    requireAdmin();
    return migration.progress(batchId);
  }

  @PostMapping("/migrations/{batchId}/undo")
  ResponseEntity<CaseMigration.Started> undo(@PathVariable String batchId) {
    String admin = requireAdmin();
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(migration.undo(batchId, admin));
  }

  @PostMapping("/processes/definitions/{definitionId}/withdraw")
  Withdrawal.Withdrawn withdraw(@PathVariable String definitionId, @RequestBody(required = false) Withdraw body) {
    String admin = requireAdmin();
    return withdrawal.withdraw(definitionId, body == null ? null : body.backToDefinitionId(), admin);
  }

  @ExceptionHandler(MigrationRefusedException.class)
  ResponseEntity<Map<String, String>> refused(MigrationRefusedException e) {
    return ResponseEntity.unprocessableEntity().body(Map.of("message", e.getMessage()));
  }

  /** A deployment the model checks refused (a withdrawal of a model older than today's checks), and the like. */
  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Map<String, String>> engineRefused(BadUserRequestException e) {
    return ResponseEntity.unprocessableEntity().body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(MigrationNotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(MigrationNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }

  private String requireAdmin() {
    return admins.require("Chỉ quản trị viên triển khai mô hình, chuyển hồ sơ giữa các phiên bản và rút lại bản sửa đổi.");
  }
}

package vn.nq21.workflow.ledgers;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.ledgers.Ledgers.ImportResult;
import vn.nq21.workflow.ledgers.Records.Dues;
import vn.nq21.workflow.ledgers.Records.MeetingAttendance;
import vn.nq21.workflow.ledgers.Records.Rating;
import vn.nq21.workflow.ledgers.Records.Relief;
import vn.nq21.workflow.ledgers.SheetReader.SheetRow;
import vn.nq21.workflow.organization.OrganizationScope;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.VisibleMembers;

/**
 * The ledgers over HTTP (same authentication and organisation scope as the rest of {@code /api}):
 * <ul>
 *   <li>{@code POST /api/organizations/{code}/ledgers/{kind}} with a CSV or Excel file (multipart part
 *       {@code file}), or with a JSON array of lines (objects with the sheet's columns), kind one of
 *       {@code dang-phi}, {@code mien-giam-dang-phi}, {@code sinh-hoat}, {@code xep-loai}: 200 with what was
 *       added, corrected and left as it was; 422 with every problem by line, nothing written;</li>
 *   <li>{@code GET /api/members/{id}/ledgers?year=} and {@code GET /api/members/{id}/counts?asOf=}.</li>
 * </ul>
 * Writing is for the organisation's chi ủy and the offices above it; reading for whoever may see the member.
 */
@RestController
@RequestMapping("/api")
class LedgerController {

  private final Ledgers ledgers;
  private final LedgerCounts counts;
  private final OrganizationService organizations;
  private final OrganizationScope scope;
  private final VisibleMembers visible;

  LedgerController(Ledgers ledgers, LedgerCounts counts, OrganizationService organizations, OrganizationScope scope,
      VisibleMembers visible) {
    this.ledgers = ledgers;
    this.counts = counts;
    this.organizations = organizations;
    this.scope = scope;
    this.visible = visible;
  }

  @PostMapping(path = "/organizations/{code}/ledgers/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportResult upload(@PathVariable String code, @PathVariable String kind, @RequestPart("file") MultipartFile file)
      throws IOException {
    LedgerKind ledger = writable(code, kind);
    return ledgers.importRows(code, ledger, SheetReader.read(file.getOriginalFilename(), file.getBytes()));
  }

  @PostMapping(path = "/organizations/{code}/ledgers/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ImportResult post(@PathVariable String code, @PathVariable String kind, @RequestBody List<Map<String, Object>> lines) {
    LedgerKind ledger = writable(code, kind);
    List<SheetRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Map<String, String> cells = new LinkedHashMap<>();
      lines.get(i).forEach((k, v) -> cells.put(SheetReader.column(k), v == null ? null : v.toString()));
      rows.add(new SheetRow(i + 1, cells));
    }
    return ledgers.importRows(code, ledger, rows);
  }

  /** A member's books for a year, as the member page shows them. */
  record MemberLedgers(int year, List<Dues> dues, List<Relief> reliefs, List<MeetingAttendance> attendance,
      List<Rating> ratings) {}

  @GetMapping("/members/{id}/ledgers")
  MemberLedgers memberLedgers(@PathVariable long id, @RequestParam Optional<Integer> year) {
    Member member = visible.require(id);
    int y = year.orElse(CaseDates.today().getYear());
    return new MemberLedgers(y, ledgers.dues(member.id(), y), ledgers.reliefs(member.id()),
        ledgers.attendance(member.id(), y), ledgers.ratings(member.id()));
  }

  /** The counts of R-RK-01a, R-RK-01b and R-RK-02 on a day, and the last two ratings. */
  record MemberCounts(LocalDate asOf, String window, MonthCount unpaidMonths, MonthCount missedMeetings,
      LocalDate educationStart, boolean educationYearPassed, List<Rating> lastTwoRatings) {}

  @GetMapping("/members/{id}/counts")
  MemberCounts memberCounts(@PathVariable long id, @RequestParam Optional<LocalDate> asOf) {
    Member member = visible.require(id);
    LocalDate day = asOf.orElse(CaseDates.today());
    return new MemberCounts(day, counts.window(day).get(0) + "…" + counts.window(day).get(counts.window(day).size() - 1),
        counts.unpaidMonths(member.id(), day), counts.missedMeetings(member.id(), day),
        counts.educationStart(member.id(), day).orElse(null), counts.educationYearPassed(member.id(), day),
        counts.lastTwoRatings(member.id()));
  }

  private LedgerKind writable(String code, String kind) {
    if (organizations.find(code).isEmpty() || !scope.canSee(code)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có tổ chức đảng mã '" + code
          + "' trong phạm vi các tổ chức của tài khoản này.");
    }
    if (!scope.canRecordFor(code)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Tài khoản '" + scope.currentUserId()
          + "' chỉ xem, không ghi sổ của tổ chức này.");
    }
    return LedgerKind.byPath(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Không có sổ '" + kind + "'; các sổ: dang-phi, mien-giam-dang-phi, sinh-hoat, xep-loai."));
  }

  /** The whole import refused: every problem, by line; nothing was written. */
  record Refusal(String message, List<String> problems) {}

  @ExceptionHandler(LedgerImportException.class)
  ResponseEntity<Refusal> refused(LedgerImportException e) {
    return ResponseEntity.unprocessableEntity().body(new Refusal("Không nhập được: tệp có " + e.problems().size()
        + " lỗi, chưa ghi dòng nào. Sửa các dòng dưới đây rồi nhập lại cả tệp.", e.problems()));
  }
}

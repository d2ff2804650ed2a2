package vn.nq21.workflow.caseview;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/cases?process={key}} or {@code ?processDefinitionId={id}} (the procedure of that version, all its
 * versions): the running cases of a procedure the user may read, late ones first ({@link CaseList}). Same login as
 * the rest of {@code /api}, the webapps' session included (Cockpit's tab "Hồ sơ đang giải quyết").
 */
@RestController
@RequestMapping("/api/cases")
class CaseListController {

  private final CaseList cases;
  private final RepositoryService repository;

  CaseListController(CaseList cases, RepositoryService repository) {
    this.cases = cases;
    this.repository = repository;
  }

  @GetMapping
  CaseList.Page list(@RequestParam(required = false) String process,
      @RequestParam(required = false) String processDefinitionId) {
    String key = process;
    if (key == null && processDefinitionId != null) {
      ProcessDefinition definition = repository.createProcessDefinitionQuery()
          .processDefinitionId(processDefinitionId).singleResult();
      if (definition == null) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có quy trình “" + processDefinitionId + "”.");
      }
      key = definition.getKey();
    }
    if (key == null || key.isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Cần mã quy trình (process=…).");
    }
    return cases.of(key);
  }
}

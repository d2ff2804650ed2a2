package vn.nq21.workflow.caseview;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/cases?process={key}} or {@code ?processDefinitionId={id}} (the procedure of that version, all its
 * versions): the running cases of a procedure the user may read, late ones first ({@link CaseList}).
 * {@code GET /api/cases/{id}}: the whole case that process instance belongs to ({@link CaseStory}), and
 * {@code GET /api/cases/{id}/diagrams} its diagrams; 404 when there is no such case or the user may not read it.
 * Same login as the rest of {@code /api}, the webapps' session included (Cockpit's tab "Hồ sơ đang giải quyết",
 * the case page {@code /ho-so-giai-quyet/}).
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

  private static final String NOT_FOUND = "Không có hồ sơ này, hoặc tài khoản này không được xem hồ sơ này.";

  private final CaseList cases;
  private final CaseStory stories;
  private final RepositoryService repository;

  CaseController(CaseList cases, CaseStory stories, RepositoryService repository) {
    this.cases = cases;
    this.stories = stories;
    this.repository = repository;
  }

  @GetMapping("/{id}")
  CaseStory.Story story(@PathVariable String id) {
    return stories.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_FOUND));
  }

  @GetMapping("/{id}/diagrams")
  List<CaseStory.Diagram> diagrams(@PathVariable String id) {
    return stories.diagrams(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_FOUND));
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

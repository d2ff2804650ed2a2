package vn.nq21.workflow.caseview;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.WithoutAuthorization;

/**
 * Who may read a case, decided once for every page that shows one (the member's record, the case page): the engine
 * decides, as in Tasklist and Cockpit. A user reads a case when the engine lets them read one of its process
 * instances, the procedure's or one it called (the review chain): while it runs, the groups asked to work on it
 * (read on the instance); running or ended, the supervisors of its organisation and those above (read on its
 * history).
 */
@Component
public class CaseAccess {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final WithoutAuthorization withoutAuthorization;

  public CaseAccess(RuntimeService runtime, HistoryService history, WithoutAuthorization withoutAuthorization) {
    this.runtime = runtime;
    this.history = history;
    this.withoutAuthorization = withoutAuthorization;
  }

  /** Those of the process instances {@code ids} the signed-in user may read. */
  public Set<String> readable(Collection<String> ids) {
    Set<String> readable = new HashSet<>();
    if (ids.isEmpty()) {
      return readable;
    }
    Set<String> asked = Set.copyOf(ids);
    runtime.createProcessInstanceQuery().processInstanceIds(asked).list().forEach(p -> readable.add(p.getId()));
    history.createHistoricProcessInstanceQuery().processInstanceIds(asked).list()
        .forEach(h -> readable.add(h.getId()));
    return readable;
  }

  /**
   * The case that the process instance {@code anyInstanceId} belongs to (its root: the procedure's own instance),
   * when the signed-in user may read the case; empty when there is no such instance or the user may not.
   */
  public Optional<String> caseOf(String anyInstanceId) {
    List<String> instances = withoutAuthorization.call(() -> {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processInstanceId(anyInstanceId).singleResult();
      if (instance == null) {
        return List.<String>of();
      }
      String root = instance.getRootProcessInstanceId() == null ? instance.getId()
          : instance.getRootProcessInstanceId();
      List<String> tree = new java.util.ArrayList<>(List.of(root));
      history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list().stream()
          .map(HistoricProcessInstance::getId).filter(id -> !id.equals(root)).forEach(tree::add);
      return tree;
    });
    return instances.isEmpty() || readable(new HashSet<>(instances)).isEmpty() ? Optional.empty()
        : Optional.of(instances.get(0));
  }
}

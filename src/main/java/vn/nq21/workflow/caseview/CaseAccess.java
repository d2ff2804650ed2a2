package vn.nq21.workflow.caseview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.WithoutAuthorization;

/**
 * Who may read a case, decided once for every page that shows one (the member's record, the case page): the engine
 * decides, as in Tasklist and Cockpit. A user reads a process instance when the engine lets them: while it runs, the
 * groups asked to work on it (read on the instance); running or ended, the supervisors of its organisation and those
 * above (read on its history).
 *
 * <p>A case is its procedure's process instance with those it called. A called process works either for the same
 * organisation (the review chain: the đảng ủy deciding on the chi bộ's case reads the whole of it) or for another
 * (a transfer's receiving side: its own organisation, its own part). So a user reads the parts of a case, each part
 * the instances that work for one organisation in one line of calls, of which the engine lets them read one instance.
 * An instance works for the organisation it was opened for (its first {@code caseOrgId}: a case handed over later
 * keeps its parts together), and one opened without its own works for its caller's.
 */
@Component
public class CaseAccess {

  /** What of a case the user reads: its first instance (the procedure's, or the part's) and all those read. */
  public record Scope(String first, String caseRoot, List<String> instances) {}


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
   * What the signed-in user reads of the case that the process instance {@code anyInstanceId} belongs to; empty when
   * there is no such instance or the user may read none of it.
   */
  public Optional<Scope> caseOf(String anyInstanceId) {
    Tree tree = withoutAuthorization.call(() -> tree(anyInstanceId));
    if (tree == null) {
      return Optional.empty();
    }
    Set<String> readable = readable(tree.order());
    if (readable.isEmpty()) {
      return Optional.empty();
    }
    // the parts: an instance belongs to its caller's part when it works for the same organisation
    Set<String> readParts = new HashSet<>();
    readable.forEach(id -> readParts.add(partHead(tree, id)));
    List<String> instances = tree.order().stream().filter(id -> readParts.contains(partHead(tree, id))).toList();
    return Optional.of(new Scope(instances.get(0), tree.order().get(0), instances));
  }

  /** The first instance of the part {@code id} belongs to: up the calls while the caller works for the same body. */
  private static String partHead(Tree tree, String id) {
    String head = id;
    String parent = tree.parent().get(head);
    while (parent != null && (tree.organisation().get(head) == null
        || Objects.equals(tree.organisation().get(parent), tree.organisation().get(head)))) {
      head = parent;
      parent = tree.parent().get(head);
    }
    return head;
  }

  /** The case's instances, the procedure's first, each with its caller and its organisation; null if none. */
  private Tree tree(String anyInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(anyInstanceId)
        .singleResult();
    if (instance == null) {
      return null;
    }
    String root = instance.getRootProcessInstanceId() == null ? instance.getId() : instance.getRootProcessInstanceId();
    List<String> order = new ArrayList<>(List.of(root));
    Map<String, String> parent = new HashMap<>();
    for (HistoricProcessInstance called : history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root)
        .orderByProcessInstanceStartTime().asc().list()) {
      if (!called.getId().equals(root)) {
        order.add(called.getId());
        parent.put(called.getId(), called.getSuperProcessInstanceId());
      }
    }
    // the organisation each instance was opened for: the first value its caseOrgId had
    Map<String, Object> organisation = new HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceIdIn(order.toArray(String[]::new))
        .variableNameLike(CaseVariables.CASE_ORG).variableUpdates().orderPartiallyByOccurrence().asc().list()) {
      if (detail instanceof HistoricVariableUpdate update && CaseVariables.CASE_ORG.equals(update.getVariableName())
          && update.getValue() != null) {
        organisation.putIfAbsent(update.getProcessInstanceId(), update.getValue());
      }
    }
    return new Tree(order, parent, organisation);
  }

  private record Tree(List<String> order, Map<String, String> parent, Map<String, Object> organisation) {}
}

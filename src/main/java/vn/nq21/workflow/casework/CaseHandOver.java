package vn.nq21.workflow.casework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.WithoutAuthorization;
import vn.nq21.workflow.organization.OrgRole;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.security.CaseVisibility;

/**
 * Hands a running case to another organisation (a member who transfers takes their case along): the case's
 * organisation changes, in each of its process instances (the procedure's and the review chain it called); each open task offered to one of the old organisation's groups is offered to the same
 * role's group of the new one instead; the new organisation's supervisors may watch the case and its workers
 * read it; the old organisation's groups lose their grants on the tasks they no longer work. The old
 * organisation's supervisors keep what they saw (the grants of the ancestors both share stay).
 * Registry changes that go with a transfer are the procedure's, not this.
 */
@Component
public class CaseHandOver {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final CaseInstances instances;
  private final CaseVisibility visibility;
  private final WithoutAuthorization withoutAuthorization;
  private final AuthorizationService authorizationService;

  public CaseHandOver(@Lazy RuntimeService runtimeService, @Lazy TaskService taskService, CaseInstances instances,
      CaseVisibility visibility, WithoutAuthorization withoutAuthorization,
      @Lazy AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
    this.runtimeService = runtimeService;
    this.instances = instances;
    this.taskService = taskService;
    this.visibility = visibility;
    this.withoutAuthorization = withoutAuthorization;
  }

  /**
   * The grants the engine gave the old group on the task when it was offered to it: removing the candidate link
   * leaves them in place (Camunda keeps an authorization once created), and the old chi ủy could still read and
   * submit the task by its id.
   */
  private void revokeTaskGrants(String taskId, String groupId) {
    for (Resource resource : List.of(Resources.TASK, Resources.HISTORIC_TASK)) {
      authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(taskId)
          .list().forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    }
  }

  /** Hands the case of {@code execution} from its organisation to {@code to}; nothing when it is there already. */
  public void handOver(DelegateExecution execution, Organization to) {
    String from = CaseReader.of(execution).orgCode();
    if (to.code().equals(from)) {
      return;
    }
    Map<String, String> regroup = new HashMap<>();
    for (OrgRole role : OrgRole.values()) {
      regroup.put(Organization.groupId(from, role), to.groupId(role));
    }
    for (String instanceId : instances.of(execution)) {
      List<String> newGroups = withoutAuthorization.call(() -> {
        runtimeService.setVariable(instanceId, CaseVariables.CASE_ORG, to.code());
        runtimeService.setVariable(instanceId, CaseVariables.CASE_ORG_NAME, to.name());
        Set<String> added = new TreeSet<>();
        for (Task task : taskService.createTaskQuery().processInstanceId(instanceId).list()) {
          for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            String newGroup = link.getGroupId() == null ? null : regroup.get(link.getGroupId());
            if (newGroup != null) {
              taskService.deleteCandidateGroup(task.getId(), link.getGroupId());
              revokeTaskGrants(task.getId(), link.getGroupId());
              taskService.addCandidateGroup(task.getId(), newGroup);
              added.add(newGroup);
            }
          }
        }
        return List.copyOf(added);
      });
      visibility.grantSupervisors(instanceId, to.code());
      visibility.grantWorkers(instanceId, newGroups.isEmpty() ? List.of(to.groupId(OrgRole.CHI_UY)) : newGroups);
    }
  }
}

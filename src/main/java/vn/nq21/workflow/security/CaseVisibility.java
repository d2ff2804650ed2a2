package vn.nq21.workflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.WithoutAuthorization;
import vn.nq21.workflow.organization.OrgRole;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;

/**
 * Who may see a case: the supervisors ({@link OrgRole#GIAM_SAT}) of the case's organisation and of every
 * organisation above it (in Cockpit, runtime and history), and the groups asked to work on it. Granted per
 * case, never on the process definition, which would show every organisation's cases. The grants are the
 * system's doing, not the user's whose action caused them, so they stay out of the user operation log.
 */
@Component
public class CaseVisibility {

  private final OrganizationService organizations;
  private final AuthorizationService authorizationService;
  private final WithoutAuthorization withoutAuthorization;

  public CaseVisibility(OrganizationService organizations, AuthorizationService authorizationService,
      WithoutAuthorization withoutAuthorization) {
    this.organizations = organizations;
    this.authorizationService = authorizationService;
    this.withoutAuthorization = withoutAuthorization;
  }

  public void grantSupervisors(String processInstanceId, String orgCode) {
    List<Grant> grants = new ArrayList<>();
    for (Organization org : organizations.selfAndAncestors(orgCode)) {
      String group = org.groupId(OrgRole.GIAM_SAT);
      grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ));
      grants.add(new Grant(group, Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ));
    }
    grant(processInstanceId, grants);
  }

  /**
   * Whoever is asked to work on a case may read it: Tasklist shows the case's key facts beside a task only
   * to users who can read its process instance (the engine's own grant covers the task alone).
   */
  public void grantWorkers(String processInstanceId, Collection<String> groups) {
    grant(processInstanceId, groups.stream()
        .map(group -> new Grant(group, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ)).toList());
  }

  /**
   * Grants once: a case handed to another organisation keeps the grants of the ancestors both share. What the
   * case's groups already hold is read in one query (the case's own authorizations, a few rows), not one per grant.
   */
  private void grant(String processInstanceId, List<Grant> grants) {
    withoutAuthorization.runUnlogged(() -> {
      Set<String> held = null;
      for (Grant grant : grants) {
        if (grantedInThisCommand(grant, processInstanceId)) {
          continue;
        }
        if (held == null) {
          held = held(processInstanceId);
        }
        if (held.add(grant.key())) {
          Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
          authorization.setGroupId(grant.group());
          authorization.setResource(grant.resource());
          authorization.setResourceId(processInstanceId);
          authorization.addPermission(grant.permission());
          authorizationService.saveAuthorization(authorization);
          removeWithTheCase((AuthorizationEntity) authorization);
        }
      }
    });
  }

  /**
   * A grant on a case's history must carry the case's root process instance (and, with the removal-time strategy
   * {@code start}, its removal time) so that history clean-up removes it with the case. The engine copies them
   * from the case's history row, which it reads from the database only: for a case opened in this same command
   * that row is not written yet, the engine finds none and leaves the grant without, and it would stay in
   * ACT_RU_AUTHORIZATION forever. Take them from the history row about to be written.
   */
  private static void removeWithTheCase(AuthorizationEntity authorization) {
    CommandContext context = Context.getCommandContext();
    if (context == null || authorization.getRootProcessInstanceId() != null
        || authorization.getResourceType() != Resources.HISTORIC_PROCESS_INSTANCE.resourceType()) {
      return;
    }
    HistoricProcessInstanceEventEntity opening = context.getDbEntityManager()
        .getCachedEntity(HistoricProcessInstanceEventEntity.class, authorization.getResourceId());
    if (opening != null) {
      authorization.setRootProcessInstanceId(opening.getRootProcessInstanceId());
      authorization.setRemovalTime(opening.getRemovalTime());
    }
  }

  /** The (group, resource) pairs that already hold an authorization (of any type) on the case. */
  private Set<String> held(String processInstanceId) {
    Set<String> held = new HashSet<>();
    for (Authorization existing : authorizationService.createAuthorizationQuery().resourceId(processInstanceId)
        .list()) {
      if (existing.getGroupId() != null) {
        held.add(Grant.key(existing.getGroupId(), existing.getResourceType()));
      }
    }
    return held;
  }

  /** Grants made earlier in the same command (e.g. two tasks created at once) are not in the database yet. */
  private static boolean grantedInThisCommand(Grant grant, String resourceId) {
    CommandContext context = Context.getCommandContext();
    return context != null && context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .anyMatch(a -> grant.group().equals(a.getGroupId()) && a.getResourceType() == grant.resource().resourceType()
            && resourceId.equals(a.getResourceId()));
  }

  /** READ on the case for one group through one resource (runtime or history). */
  private record Grant(String group, Resources resource, Permission permission) {

    /** What makes a grant already held: the group and the resource, whatever the permissions. */
    String key() {
      return key(group, resource.resourceType());
    }

    static String key(String group, int resourceType) {
      return resourceType + ":" + group;
    }
  }
}

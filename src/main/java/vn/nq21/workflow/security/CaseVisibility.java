package vn.nq21.workflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
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
 * case, never on the process definition, which would show every organisation's cases.
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
    List<Organization> chain = organizations.selfAndAncestors(orgCode);
    withoutAuthorization.run(() -> {
      for (Organization org : chain) {
        grant(org.groupId(OrgRole.GIAM_SAT), Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ,
            processInstanceId);
        grant(org.groupId(OrgRole.GIAM_SAT), Resources.HISTORIC_PROCESS_INSTANCE,
            HistoricProcessInstancePermissions.READ, processInstanceId);
      }
    });
  }

  /**
   * Whoever is asked to work on a case may read it: Tasklist shows the case's key facts beside a task only
   * to users who can read its process instance (the engine's own grant covers the task alone).
   */
  public void grantWorkers(String processInstanceId, java.util.Collection<String> groups) {
    withoutAuthorization.run(() -> groups.forEach(group ->
        grant(group, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ, processInstanceId)));
  }

  /** Grants once: a case handed to another organisation keeps the grants of the ancestors both share. */
  private void grant(String group, Resources resource, Permission permission, String resourceId) {
    if (grantedInThisCommand(group, resource, resourceId) || authorizationService.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).count() > 0) {
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }

  /** Grants made earlier in the same command (e.g. two tasks created at once) are not in the database yet. */
  private static boolean grantedInThisCommand(String group, Resources resource, String resourceId) {
    CommandContext context = Context.getCommandContext();
    return context != null && context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .anyMatch(a -> group.equals(a.getGroupId()) && a.getResourceType() == resource.resourceType()
            && resourceId.equals(a.getResourceId()));
  }
}

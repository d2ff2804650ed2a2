package vn.nq21.workflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.WithoutAuthorization;
import vn.nq21.workflow.organization.OrgRole;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;

/**
 * Who may watch a case in Cockpit: the supervisors ({@link OrgRole#GIAM_SAT}) of the case's
 * organisation and of every organisation above it. Granted per case (runtime and history), never on
 * the process definition, which would show every organisation's cases.
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

  /** Grants once: a case handed to another organisation keeps the grants of the ancestors both share. */
  private void grant(String group, Resources resource, Permission permission, String resourceId) {
    if (authorizationService.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
        .resourceId(resourceId).count() > 0) {
      return;
    }
    Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }
}

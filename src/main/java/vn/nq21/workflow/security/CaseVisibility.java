package vn.nq21.workflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
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

  public List<String> supervisorGroups(String orgCode) {
    return organizations.selfAndAncestors(orgCode).stream().map(o -> o.groupId(OrgRole.GIAM_SAT)).toList();
  }

  public void grantSupervisors(String processInstanceId, String orgCode) {
    List<Organization> chain = organizations.selfAndAncestors(orgCode);
    withoutAuthorization.run(() -> {
      for (Organization org : chain) {
        String group = org.groupId(OrgRole.GIAM_SAT);
        Authorization runtime = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        runtime.setGroupId(group);
        runtime.setResource(Resources.PROCESS_INSTANCE);
        runtime.setResourceId(processInstanceId);
        runtime.addPermission(ProcessInstancePermissions.READ);
        authorizationService.saveAuthorization(runtime);

        Authorization history = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        history.setGroupId(group);
        history.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
        history.setResourceId(processInstanceId);
        history.addPermission(HistoricProcessInstancePermissions.READ);
        authorizationService.saveAuthorization(history);
      }
    });
  }
}

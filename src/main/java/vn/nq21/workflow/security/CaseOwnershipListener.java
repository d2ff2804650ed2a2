package vn.nq21.workflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.Admins;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.organization.OrgRole;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;

/**
 * Runs when any process instance starts (attached to every process by {@link CaseOwnershipPlugin}):
 * a case belongs to one organisation ({@code caseOrgId}); only that organisation's clerks (or an
 * admin, or the system itself) may open it, and its supervisors up the tree may watch it.
 */
@Component
public class CaseOwnershipListener implements ExecutionListener {


  private final OrganizationService organizations;
  private final CaseVisibility visibility;
  private final IdentityService identityService;

  public CaseOwnershipListener(OrganizationService organizations, CaseVisibility visibility,
      IdentityService identityService) {
    this.organizations = organizations;
    this.visibility = visibility;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object value = execution.getVariable(CaseVariables.CASE_ORG);
    if (value == null && execution.getProcessInstance().getSuperExecution() != null) {
      value = execution.getProcessInstance().getSuperExecution().getVariable(CaseVariables.CASE_ORG);
      execution.setVariable(CaseVariables.CASE_ORG, value);
    }
    if (value == null && execution.getProcessInstance().getSuperExecution() == null) {
      value = organisationOfStarter();
      if (value != null) {
        execution.setVariable(CaseVariables.CASE_ORG, value);
      }
    }
    if (!(value instanceof String orgCode) || orgCode.isBlank()) {
      throw new CaseRejectedException("Hồ sơ phải thuộc một tổ chức đảng, lấy theo tài khoản người mở hồ sơ: tài"
          + " khoản này không thuộc chi ủy hay văn phòng của đúng một tổ chức. Hãy mở hồ sơ bằng tài khoản của tổ"
          + " chức đó (quản trị viên cấp tài khoản trong Admin).");
    }
    Organization org = organizations.find(orgCode)
        .orElseThrow(() -> new CaseRejectedException("Không có tổ chức đảng mã '" + orgCode + "'."));
    if (execution.getProcessInstance().getSuperExecution() == null) {
      requireStarterBelongsTo(org);
    }
    visibility.grantSupervisors(execution.getProcessInstanceId(), org.code());
    // Shown beside the case's tasks in Tasklist (see vn.nq21.workflow.tasklist)
    execution.setVariable(CaseVariables.CASE_ORG_NAME, org.name());
  }

  /**
   * The organisation a clerk opens cases for, when their account has exactly one (a Tasklist start form
   * does not ask for it); null when there is none or more than one to choose from.
   */
  private String organisationOfStarter() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getGroupIds() == null) {
      return null;
    }
    java.util.Set<String> candidates = new java.util.TreeSet<>();
    for (String group : authentication.getGroupIds()) {
      int dot = group.indexOf('.');
      if (dot > 0 && OrgRole.byId(group.substring(dot + 1)).map(OrgRole::startsCases).orElse(false)) {
        candidates.add(group.substring(0, dot));
      }
    }
    return candidates.size() == 1 ? candidates.iterator().next() : null;
  }

  private void requireStarterBelongsTo(Organization org) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return; // the system itself (timers, demo data, migrations) acts for every organisation
    }
    var groups = authentication.getGroupIds();
    if (Admins.isAdmin(authentication, Context.getProcessEngineConfiguration())) {
      return;
    }
    for (OrgRole role : OrgRole.values()) {
      if (role.startsCases() && groups != null && groups.contains(org.groupId(role))) {
        return;
      }
    }
    throw new CaseRejectedException("Người dùng '" + authentication.getUserId()
        + "' không thuộc chi ủy hoặc văn phòng của " + org.name() + ", nên không mở hồ sơ cho tổ chức này được.");
  }
}

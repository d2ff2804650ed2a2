package vn.nq21.workflow.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.organization.Authority;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;

/**
 * After the chi bộ's resolution: which levels consider the case (§3.3) and which body decides (§3.2,
 * DMN tham-quyen-quyet-dinh, by the rule set in force on the resolution's date), and the decision
 * deadline: 60 working days from the resolution (R-KN-16).
 */
@Component("resolveAdmissionChain")
public class ResolveAdmissionChain implements JavaDelegate {

  static final int DECISION_WORKING_DAYS = 60;

  private final OrganizationService organizations;
  private final WorkingDayCalendar workingDays;

  public ResolveAdmissionChain(OrganizationService organizations, WorkingDayCalendar workingDays) {
    this.organizations = organizations;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AdmissionCase c = AdmissionCase.of(execution);
    String orgCode = c.orgCode();
    Organization tccsd = organizations.tccsdOf(orgCode);
    Authority authority = organizations.authorityFor(orgCode, "KET_NAP", c.date("resolutionDate"));
    boolean dangUyDecides = authority.organizationCode().equals(tccsd.code()) && !tccsd.code().equals(orgCode);

    execution.setVariable("hasDangUyBoPhan", organizations.dangBoBoPhanOf(orgCode).isPresent());
    execution.setVariable("dangUyCoSoVotes", !tccsd.code().equals(orgCode) && !dangUyDecides);
    execution.setVariable("authorityOrg", authority.organizationCode());
    execution.setVariable("authorityGroup", authority.groupId());
    execution.setVariable("authorityBody", authority.body() + " – " + authority.organizationName());
    execution.setVariable("authorityVoteRule", authority.voteRule());
    execution.setVariable("authorityRuleId", authority.ruleId());
    execution.setVariable("ruleSet", authority.ruleSet());
    execution.setVariable("decisionDeadline",
        workingDays.deadline(c.date("resolutionDate"), DECISION_WORKING_DAYS));
  }
}

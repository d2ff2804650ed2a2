package vn.nq21.workflow.review;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.organization.Authority;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;

/**
 * After the chi bộ's resolution (admission, recognition or removal from the probation list): which levels
 * consider it (§3.3: đảng ủy bộ phận, đảng ủy cơ sở unless it is itself authorised) and which body decides
 * (§3.2, DMN tham-quyen-quyet-dinh, by the rule set in force on the resolution's date), and by when (R-KN-16:
 * 60 working days; R-CN-07a: 30). When the chi bộ could not reach a resolution in three votes (R-CN-10), its
 * report goes straight to the competent body, counted from the report's date.
 */
@Component("reviewChain")
public class ReviewChain {

  private final OrganizationService organizations;
  private final WorkingDayCalendar workingDays;

  public ReviewChain(OrganizationService organizations, WorkingDayCalendar workingDays) {
    this.organizations = organizations;
    this.workingDays = workingDays;
  }

  /** The office that works for the case's tổ chức cơ sở đảng (its chi ủy when the chi bộ is itself one). */
  public String tccsdOffice(String caseOrgId) {
    return organizations.officeOf(organizations.tccsdOf(caseOrgId).code());
  }

  /** The office of the đảng ủy bộ phận above the chi bộ (§3.3). */
  public String dangUyBoPhanOffice(String caseOrgId) {
    return organizations.officeOf(organizations.dangBoBoPhanOf(caseOrgId)
        .orElseThrow(() -> new IllegalStateException("Chi bộ này không trực thuộc đảng ủy bộ phận nào")).code());
  }

  public void resolve(DelegateExecution execution, String decisionType, int decisionWorkingDays) {
    CaseReader c = CaseReader.of(execution);
    String orgCode = c.orgCode();
    boolean chiBoResolved = c.flag("chiBoPassed");
    LocalDate actDate = chiBoResolved ? c.date("resolutionDate") : c.date("reportDate");
    Organization tccsd = organizations.tccsdOf(orgCode);
    Authority authority = organizations.authorityFor(orgCode, decisionType, actDate);
    boolean dangUyDecides = authority.organizationCode().equals(tccsd.code()) && !tccsd.code().equals(orgCode);

    execution.setVariable("hasDangUyBoPhan", chiBoResolved && organizations.dangBoBoPhanOf(orgCode).isPresent());
    execution.setVariable("dangUyCoSoVotes", chiBoResolved && !tccsd.code().equals(orgCode) && !dangUyDecides);
    execution.setVariable("authorityOrg", authority.organizationCode());
    execution.setVariable("authorityGroup", authority.groupId());
    execution.setVariable("authorityBody", authority.body() + " – " + authority.organizationName());
    execution.setVariable("authorityVoteRule", authority.voteRule());
    execution.setVariable("authorityRuleId", authority.ruleId());
    execution.setVariable("ruleSet", authority.ruleSet());
    execution.setVariable("decisionWorkingDays", decisionWorkingDays);
    execution.setVariable("decisionDeadline", workingDays.deadline(actDate, decisionWorkingDays));
  }
}

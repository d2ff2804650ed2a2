package vn.nq21.workflow.review;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.ProcessKeys;
import vn.nq21.workflow.organization.Authority;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.rules.Periods;

/**
 * After the chi bộ's resolution (admission, recognition or removal from the probation list): which levels
 * consider it (§3.3: đảng ủy bộ phận, đảng ủy cơ sở unless it is itself authorised) and which body decides
 * (§3.2, DMN tham-quyen-quyet-dinh, by the rule set in force on the resolution's date), and by when (the
 * procedure's {@code QUYET_DINH} period in thoi-han-quy-dinh: R-KN-16, R-CN-07a). When the chi bộ could not
 * reach a resolution in the votes the regulation allows (R-CN-10), its report goes straight to the competent
 * body, counted from the report's date.
 */
@Component("reviewChain")
public class ReviewChain {

  /** The period of thoi-han-quy-dinh within which the competent body decides. */
  static final String DECISION_PERIOD = "QUYET_DINH";

  private final OrganizationService organizations;
  private final WorkingDayCalendar workingDays;
  private final Periods periods;

  public ReviewChain(OrganizationService organizations, WorkingDayCalendar workingDays, Periods periods) {
    this.organizations = organizations;
    this.workingDays = workingDays;
    this.periods = periods;
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

  /** Models deployed before the decision period lived in the table passed it here; the table answers now. */
  public void resolve(DelegateExecution execution, String decisionType, int earlierModelsWorkingDays) {
    resolve(execution, decisionType);
  }

  /** Sets what the chain's gateways, tasks and deadline read, for a decision of {@code decisionType}. */
  public void resolve(DelegateExecution execution, String decisionType) {
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
    int decisionWorkingDays = periods.workingDays(ProcessKeys.of(execution), DECISION_PERIOD, actDate);
    execution.setVariable("decisionWorkingDays", decisionWorkingDays);
    execution.setVariable("decisionDeadline", workingDays.deadline(actDate, decisionWorkingDays));
  }
}

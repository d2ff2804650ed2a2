package vn.nq21.workflow.review;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.ProcessKeys;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.organization.Authority;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.rules.Periods;

/**
 * After the chi bộ's resolution (admission, recognition or removal from the probation list): which levels
 * consider it (§3.3: đảng ủy bộ phận, đảng ủy cơ sở unless it is itself authorised) and which body decides
 * (§3.2, DMN tham-quyen-quyet-dinh, by the rule set in force on the resolution's date), and by when (the
 * procedure's {@code QUYET_DINH} period in thoi-han-quy-dinh: R-KN-16, R-CN-07a). When the chi bộ could not
 * reach a resolution in the votes the regulation allows (R-CN-10), its report goes to its cấp ủy cấp trên trực tiếp
 * (the đảng ủy cơ sở of a chi bộ trực thuộc considers it) and to the competent body, counted from the report's date.
 */
@Component("reviewChain")
public class ReviewChain {

  /** The key of the called process. */
  public static final String PROCESS_KEY = "xet-duyet-cap-tren";
  /** The variable the caller names the decision in (tham-quyen-quyet-dinh's decision type). */
  static final String DECISION_TYPE = "reviewDecisionType";
  /** The variable the caller names its procedure in (its process key), for the procedure's periods. */
  static final String PROCEDURE = "reviewProcedure";
  /** The variable the chain's outcome is left in for the caller. */
  static final String OUTCOME = "reviewOutcome";
  /** The period of thoi-han-quy-dinh within which the competent body decides. */
  static final String DECISION_PERIOD = "QUYET_DINH";
  /** How many times a level may vote on the case (thoi-han-quy-dinh; R-CN-10 for recognition). */
  static final String VOTE_ATTEMPTS = "SO_LAN_BIEU_QUYET";

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

  /**
   * Models deployed before the review chain was a called process resolved it inside the procedure, passing the
   * decision period, which the table answers now.
   */
  public void resolve(DelegateExecution execution, String decisionType, int earlierModelsWorkingDays) {
    resolve(execution, decisionType);
  }

  /**
   * The chain's first step: the caller named the decision ({@value #DECISION_TYPE}); a chain started on its own,
   * not by a procedure's case, is refused.
   */
  public void resolve(DelegateExecution execution) {
    if (execution.getSuperExecution() == null) {
      throw new SubmissionRejectedException(List.of("“Xét duyệt của cấp trên” là một phần của hồ sơ một thủ tục"
          + " (thủ tục gọi nó khi chi bộ đã có nghị quyết), không mở riêng được."));
    }
    resolve(execution, CaseReader.of(execution).text(DECISION_TYPE));
  }

  /**
   * Sets what the chain's gateways, tasks and deadline read, for a decision of {@code decisionType} in a case of
   * the calling procedure ({@value #PROCEDURE}; the process itself in models deployed earlier, which resolved
   * the chain inside the procedure): the levels that consider it, the competent body, the decision period and
   * deadline, and how many đảng ủy votes the procedure allows.
   */
  public void resolve(DelegateExecution execution, String decisionType) {
    CaseReader c = CaseReader.of(execution);
    String orgCode = c.orgCode();
    boolean chiBoResolved = c.flag("chiBoPassed");
    LocalDate actDate = chiBoResolved ? c.date("resolutionDate") : c.date("reportDate");
    Organization tccsd = organizations.tccsdOf(orgCode);
    Authority authority = organizations.authorityFor(orgCode, decisionType, actDate);
    boolean dangUyDecides = authority.organizationCode().equals(tccsd.code()) && !tccsd.code().equals(orgCode);

    execution.setVariable("hasDangUyBoPhan", chiBoResolved && organizations.dangBoBoPhanOf(orgCode).isPresent());
    // R-CN-10: a chi bộ that could not resolve reports to its cấp ủy cấp trên trực tiếp, which considers it too
    execution.setVariable("dangUyCoSoVotes", !tccsd.code().equals(orgCode) && !dangUyDecides);
    execution.setVariable("authorityOrg", authority.organizationCode());
    execution.setVariable("authorityGroup", authority.groupId());
    execution.setVariable("authorityBody", authority.body() + " – " + authority.organizationName());
    execution.setVariable("authorityVoteRule", authority.voteRule());
    execution.setVariable("authorityRuleId", authority.ruleId());
    execution.setVariable("ruleSet", authority.ruleSet());
    String procedure = c.text(PROCEDURE) != null ? c.text(PROCEDURE) : ProcessKeys.of(execution);
    int decisionWorkingDays = periods.workingDays(procedure, DECISION_PERIOD, actDate);
    execution.setVariable("decisionWorkingDays", decisionWorkingDays);
    execution.setVariable("decisionDeadline", workingDays.deadline(actDate, decisionWorkingDays));
    execution.setVariable("dangUyVoteAttempts", periods.of(procedure, VOTE_ATTEMPTS, actDate).amount());
    if (c.number("dangUyFailedVotes") == null) {
      execution.setVariable("dangUyFailedVotes", 0);
    }
  }

  /** The chain ends with {@code outcome} (DA_QUYET_DINH, DANG_UY_KHONG_DE_NGHI), which the caller's gateway reads. */
  public void close(DelegateExecution execution, String outcome) {
    execution.setVariable(OUTCOME, outcome);
  }
}

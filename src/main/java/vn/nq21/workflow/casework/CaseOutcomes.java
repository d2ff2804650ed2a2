package vn.nq21.workflow.casework;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;

/**
 * How every procedure closes a case: the outcome code and its Vietnamese label in {@code caseOutcome} and {@code
 * caseOutcomeLabel}, and the stop task's (CommonChecks.stop) end, where a death is recorded in the registry.
 */
public final class CaseOutcomes {

  private CaseOutcomes() {}

  /** Records the outcome; an outcome the procedure does not list is a defect of its model. */
  public static void close(DelegateExecution execution, String outcome, Map<String, String> labels) {
    String label = labels.get(outcome);
    if (label == null) {
      throw new IllegalArgumentException("Kết quả hồ sơ không biết: " + outcome);
    }
    execution.setVariable("caseOutcome", outcome);
    execution.setVariable("caseOutcomeLabel", label);
  }

  /**
   * The chi ủy stopped the case: outcome TU_TRAN when the reason is a death (recorded in the registry for the person
   * in {@code personVariable}, dated the day of death, not before their current status), KHAC otherwise. Returns
   * the outcome.
   */
  public static String stop(DelegateExecution execution, Map<String, String> labels, MemberRegistry registry,
      String personVariable) {
    CaseReader c = CaseReader.of(execution);
    String outcome = "TU_TRAN".equals(c.text("stopReason")) ? "TU_TRAN" : "KHAC";
    close(execution, outcome, labels);
    if ("TU_TRAN".equals(outcome) && c.id(personVariable) != null) {
      recordDeath(c, registry, c.id(personVariable), labels.get(outcome), execution.getProcessInstanceId());
    }
    return outcome;
  }

  /** TU_TRAN on the stop task's date (not before the person's current status began). */
  public static void recordDeath(CaseReader c, MemberRegistry registry, long personId, String label, String caseId) {
    Member member = registry.require(personId);
    registry.changeStatus(member.id(), MemberStatus.TU_TRAN, CaseDates.later(c.date("stopDate"), member.statusSince()),
        label, caseId);
  }
}

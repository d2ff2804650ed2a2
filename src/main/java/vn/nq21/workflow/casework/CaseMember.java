package vn.nq21.workflow.casework;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;

/**
 * The person a case about a member is about: named by số lý lịch on a start form ({@code memberRecordNumber}), as every
 * procedure opening such a case reads it, and bound to the case in one way.
 */
public final class CaseMember {

  private CaseMember() {}

  /**
   * The registry's person with the số lý lịch the form gives; refused, in Vietnamese, when the field (named as the
   * form labels it) is empty or the registry has no such số lý lịch.
   */
  public static Member byRecordNumber(CaseReader c, MemberRegistry registry, String fieldLabel) {
    String record = c.text("memberRecordNumber");
    if (record == null) {
      throw new SubmissionRejectedException(List.of("Chưa nhập “" + fieldLabel + "”."));
    }
    return registry.findByRecordNumber(record).orElseThrow(() -> new SubmissionRejectedException(
        List.of("Không có số lý lịch " + record + " trong sổ đảng viên.")));
  }

  /**
   * The case is about {@code member} from now on: bound in the registry, keyed by the số lý lịch, and the person's
   * id, name and birth date set for the forms' headers.
   */
  public static void bind(DelegateExecution execution, MemberRegistry registry, Member member) {
    registry.bindCase(execution.getProcessInstanceId(), member.id());
    execution.setProcessBusinessKey(member.recordNumber());
    execution.setVariable(CaseVariables.MEMBER, member.id());
    execution.setVariable("memberName", member.fullName());
    execution.setVariable("memberBirthDate", member.birthDate().toString());
  }
}

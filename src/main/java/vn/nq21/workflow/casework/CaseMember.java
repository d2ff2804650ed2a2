package vn.nq21.workflow.casework;

import java.util.List;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;

/** The person a start form names by số lý lịch ({@code memberRecordNumber}), as every procedure opening a case reads it. */
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
}

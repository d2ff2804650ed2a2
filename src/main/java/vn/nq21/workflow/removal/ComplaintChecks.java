package vn.nq21.workflow.removal;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.CaseTaskCheck;
import vn.nq21.workflow.casework.CommonChecks;
import vn.nq21.workflow.casework.Problems;
import vn.nq21.workflow.casework.ProcedureSteps;
import vn.nq21.workflow.casework.StepCheck;

/**
 * The server-side check of each complaint form, run by {@link CaseTaskCheck}: one per step of
 * {@code bpmn/khieu-nai-xoa-ten.bpmn}.
 */
@Component
class ComplaintChecks implements ProcedureSteps {

  private final Map<String, StepCheck> steps = Map.of(
      "Task_GiaiQuyet", ComplaintChecks::resolution,
      "Task_XuLyChamGiaiQuyet", CommonChecks::lateReview,
      "Task_ThongBaoKetQua", (c, p) -> {
        String after = c.text("complaintResolutionDate") != null ? "complaintResolutionDate" : "complaintReceivedDate";
        p.notBefore("notificationDate", "Ngày thông báo cho đảng viên", after, "ngày của bước trước");
        p.notBefore("chiBoNotifiedDate", "Ngày thông báo cho chi bộ nơi đảng viên sinh hoạt", after,
            "ngày của bước trước");
      });

  /** The date each step's act is recorded in, by which its lateness is judged (CaseLateness). */
  private static final Map<String, String> ACT_DATES = Map.of("Task_GiaiQuyet", "complaintResolutionDate", "Task_ThongBaoKetQua", "notificationDate");

  @Override
  public String actDate(String taskKey) {
    return ACT_DATES.get(taskKey);
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(ComplaintSteps.PROCESS_KEY);
  }

  @Override
  public Map<String, StepCheck> checks() {
    return steps;
  }

  /** The resolution: its outcome, date (not before receipt) and body; a ruling needs its document's number. */
  private static void resolution(CaseReader c, Problems p) {
    String outcome = p.required("complaintOutcome", "Kết quả giải quyết");
    p.notBefore("complaintResolutionDate", "Ngày văn bản giải quyết (hoặc ngày rút đơn)", "complaintReceivedDate",
        "ngày nhận đơn");
    p.required("complaintResolvedBy", "Cơ quan giải quyết");
    if (outcome != null && !"RUT_DON".equals(outcome)) {
      p.required("complaintResolutionNumber", "Số văn bản giải quyết");
    }
    if (p.ok()) {
      c.set("complaintResultText", ComplaintSteps.OUTCOMES.get(outcome) + " (" + c.text("complaintResolvedBy")
          + (c.text("complaintResolutionNumber") == null ? "" : ", văn bản số " + c.text("complaintResolutionNumber"))
          + " ngày " + fmt(c.date("complaintResolutionDate")) + ").");
    }
  }

  @Override
  public void prepare(String taskKey, CaseReader c) {
    if ("Task_XuLyChamGiaiQuyet".equals(taskKey)) {
      c.set("escalationReason", "Đã quá hạn giải quyết khiếu nại của " + c.text("memberName") + " ("
          + c.text("complaintDeadlineText") + ", R-RK-07).");
    }
  }
}

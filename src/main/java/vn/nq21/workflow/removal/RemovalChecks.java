package vn.nq21.workflow.removal;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.CaseTaskCheck;
import vn.nq21.workflow.casework.CommonChecks;
import vn.nq21.workflow.casework.DossierInventory;
import vn.nq21.workflow.casework.Problems;
import vn.nq21.workflow.casework.ProcedureSteps;
import vn.nq21.workflow.casework.StepCheck;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.rules.Periods;
import vn.nq21.workflow.votes.ChiBoVote;

/**
 * The server-side check of each removal form, run by {@link CaseTaskCheck}, and what a task's form is given when it
 * opens. One check per step, by the task's id in {@code bpmn/dua-ra-khoi-dang.bpmn}.
 */
@Component
class RemovalChecks implements ProcedureSteps {

  /** §9.3, §9.4: the case's documents, each by the variable holding its date. */
  static final String[][] DOSSIER = {
      {"requestDate", "Đơn xin ra khỏi Đảng"},
      {"openedDate", "Chi ủy mở hồ sơ, căn cứ xóa tên"},
      {"lastRequestDate", "Văn bản yêu cầu đảng viên tự kiểm điểm (lần gần nhất)"},
      {"selfReviewDate", "Bản tự kiểm điểm của đảng viên"},
      {"meetingDate", "Biên bản chi ủy gặp gỡ đảng viên"},
      {"resolutionDate", "Nghị quyết chi bộ đề nghị xóa tên"},
      {"reportDate", "Báo cáo kết quả biểu quyết lên cấp ủy cấp trên"},
      {"appraisalDate", "Ý kiến của đảng ủy bộ phận"},
      {"dangUyResolutionDate", "Nghị quyết đảng ủy cơ sở"},
      {"decisionDate", "Quyết định xóa tên hoặc văn bản trả lời"},
      {"deliveredDate", "Biên bản giao quyết định"},
      {"notificationDate", "Thông báo kết quả cho đảng viên"}};

  /** The answers to a request for self-review after which the chi bộ goes on at once (R-RK-04). */
  private static final Set<String> SETTLES = Set.of("DA_TU_KIEM_DIEM", "CO_Y_TU_CHOI", "KHONG_LIEN_LAC_DUOC");
  private static final Map<String, String> ANSWERS = Map.of(
      "DA_TU_KIEM_DIEM", "đã tự kiểm điểm",
      "CHUA_TU_KIEM_DIEM", "chưa tự kiểm điểm",
      "CO_Y_TU_CHOI", "cố tình không tự kiểm điểm",
      "KHONG_LIEN_LAC_DUOC", "không liên lạc được");
  /** thoi-han-quy-dinh: how many requests before the chi bộ proceeds without the self-review. */
  static final String SELF_REVIEW_REQUESTS = "YEU_CAU_TU_KIEM_DIEM";

  private final RemovalGrounds grounds;
  private final RemovalSteps removal;
  private final ChiBoVote chiBoVote;
  private final MemberRegistry registry;
  private final Periods periods;
  private final Map<String, StepCheck> steps;

  RemovalChecks(RemovalGrounds grounds, RemovalSteps removal, ChiBoVote chiBoVote, MemberRegistry registry,
      Periods periods) {
    this.grounds = grounds;
    this.removal = removal;
    this.chiBoVote = chiBoVote;
    this.registry = registry;
    this.periods = periods;
    this.steps = steps();
  }

  /** The date each step's act is recorded in, by which its lateness is judged (CaseLateness). */
  private static final Map<String, String> ACT_DATES = Map.of("Task_RaSoat", "reviewDate", "Task_GapGoXemXet", "meetingDate", "Task_ChiBoBieuQuyet", "voteDate", "Task_BaoCaoKhongDat", "reportDate", "Task_GiaoQuyetDinh", "deliveredDate", "Task_ThongBaoKetQua", "notificationDate");

  @Override
  public String actDate(String taskKey) {
    return ACT_DATES.get(taskKey);
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(RemovalSteps.PROCESS_KEY);
  }

  @Override
  public Map<String, StepCheck> checks() {
    return steps;
  }

  private Map<String, StepCheck> steps() {
    Map<String, StepCheck> s = new LinkedHashMap<>();
    s.put("Task_RaSoat", this::review);
    s.put("Task_YeuCauTuKiemDiem", this::selfReview);
    s.put("Task_GapGoXemXet", this::meeting);
    s.put("Task_ChiBoBieuQuyet", (c, p) -> chiBoVote.check(c, p, "HAI_PHAN_BA", "chiBoReadyDate",
        "ngày của bước trước (tự kiểm điểm, gặp gỡ đảng viên)", (vote, problems) -> stillOfficial(c, problems, vote)));
    s.put("Task_BaoCaoKhongDat", (c, p) -> {
      p.required("reportNumber", "Số báo cáo");
      p.notBefore("reportDate", "Ngày báo cáo", "voteDate", "ngày họp chi bộ");
    });
    s.put("Task_XuLyChamQuyetDinh", CommonChecks::lateReview);
    s.put("Task_GiaoQuyetDinh", this::delivery);
    s.put("Task_ThongBaoKetQua", (c, p) -> {
      p.required("notificationForm", "Hình thức thông báo");
      for (String[] earlier : new String[][] {{"meetingDate", "ngày gặp gỡ đảng viên"},
          {"reportDate", "ngày báo cáo cấp trên"}, {"decisionDate", "ngày văn bản của cấp có thẩm quyền"}}) {
        if (c.text(earlier[0]) != null) {
          p.notBefore("notificationDate", "Ngày thông báo cho đảng viên", earlier[0], earlier[1]);
        }
      }
      p.past("notificationDate", "Ngày thông báo cho đảng viên");
    });
    s.put("Task_DungHoSo", (c, p) -> {
      CommonChecks.stop(c, p);
      if ("KHAC".equals(c.text("stopReason")) && c.text("stopNotes") == null) {
        p.add("Chưa ghi lý do dừng ở “Ghi chú”.");
      }
    });
    return Map.copyOf(s);
  }

  /**
   * The chi ủy's review of a member another procedure named: closed with its reason, or opened on a ground the
   * records prove on the review's date (never a removal by itself: the case then runs the whole procedure).
   */
  private void review(CaseReader c, Problems p) {
    LocalDate reviewed = p.past("reviewDate", "Ngày chi ủy rà soát");
    String conclusion = p.required("reviewConclusion", "Kết luận của chi ủy");
    if (reviewed == null || conclusion == null) {
      return;
    }
    if ("KHONG_MO".equals(conclusion)) {
      p.required("reviewNotes", "Nhận xét, lý do");
      return;
    }
    if (c.text("groundCode") == null) {
      p.add(RemovalSteps.NO_GROUND);
      return;
    }
    Member member = registry.require(c.id(CaseVariables.MEMBER));
    if (removal.anotherCaseOpen(member.recordNumber(), c.caseId())) {
      p.add(member.fullName() + " đã có hồ sơ đưa ra khỏi Đảng đang mở: chọn “Không đề nghị xóa tên” và ghi lý do"
          + " (hồ sơ đang mở xem xét tiếp).");
      return;
    }
    if (member.status() != MemberStatus.CHINH_THUC || !c.orgCode().equals(member.organizationCode())) {
      p.add(member.fullName() + " không còn là đảng viên chính thức của chi bộ này (đang là “" + member.status().label()
          + "”): chọn “Không đề nghị xóa tên” và ghi lý do.");
      return;
    }
    RemovalGrounds.Finding finding = grounds.check(member.id(), c.text("groundCode"), reviewed,
        c.date("cardActDate"), c.text("groundBasis"));
    if (!finding.proven()) {
      p.add(finding.refusal());
      return;
    }
    c.set("variant", "XOA_TEN");
    c.set("variantLabel", RemovalSteps.VARIANTS.get("XOA_TEN"));
    c.set("openedDate", reviewed.toString());
    c.set("groundLabel", finding.groundLabel());
    c.set("groundEvidence", "Sổ sách: " + finding.evidence());
    c.set("reasonCode", finding.reasonCode());
  }

  /**
   * XT02, one request per submission: dated after the previous one; the chi bộ goes on after a self-review, a
   * deliberate refusal or no contact (recorded), or when the last request the table allows went unanswered (R-RK-04).
   */
  private void selfReview(CaseReader c, Problems p) {
    LocalDate requested = p.notBefore("requestDate", "Ngày gửi yêu cầu tự kiểm điểm", "openedDate",
        "ngày chi ủy mở hồ sơ");
    LocalDate previous = c.date("lastRequestDate");
    if (requested != null && previous != null && !requested.isAfter(previous)) {
      p.add("“Ngày gửi yêu cầu tự kiểm điểm” (" + fmt(requested) + ") phải sau lần yêu cầu trước (" + fmt(previous)
          + ").");
    }
    String answer = p.required("requestAnswer", "Kết quả của lần yêu cầu này");
    if ("DA_TU_KIEM_DIEM".equals(answer)) {
      LocalDate done = p.past("selfReviewDate", "Ngày bản tự kiểm điểm");
      if (done != null && requested != null && done.isBefore(requested)) {
        p.add("“Ngày bản tự kiểm điểm” (" + fmt(done) + ") sớm hơn ngày gửi yêu cầu (" + fmt(requested) + ").");
      }
      p.required("selfReviewSummary", "Tóm tắt bản tự kiểm điểm");
    } else if ("CO_Y_TU_CHOI".equals(answer) || "KHONG_LIEN_LAC_DUOC".equals(answer)) {
      p.required("answerNotes", "Biên bản, ghi chú");
    }
    if (!p.ok()) {
      return;
    }
    int request = c.numberOrZero("selfReviewRequests") + 1;
    int allowed = periods.of(RemovalSteps.PROCESS_KEY, SELF_REVIEW_REQUESTS, requested).amount();
    String line = "Lần " + request + " (" + fmt(requested) + "): " + ANSWERS.get(answer);
    String earlier = c.text("selfReviewRequestsText");
    c.set("selfReviewRequests", request);
    c.set("lastRequestDate", requested.toString());
    c.set("selfReviewRequestsText", earlier == null ? line : earlier + "; " + line);
    boolean settled = SETTLES.contains(answer) || request >= allowed;
    c.set("selfReviewSettled", settled);
    if (settled) {
      LocalDate ready = "DA_TU_KIEM_DIEM".equals(answer) ? c.date("selfReviewDate") : requested;
      c.set("chiBoReadyDate", ready.toString());
      c.set("selfReviewText", "DA_TU_KIEM_DIEM".equals(answer)
          ? "Đảng viên đã tự kiểm điểm ngày " + fmt(ready) + " (" + c.text("selfReviewSummary") + ")."
          : SETTLES.contains(answer) ? "Đảng viên " + ANSWERS.get(answer) + " (" + c.text("answerNotes")
              + "): chi bộ xem xét ngay (R-RK-04)."
          : "Đã yêu cầu " + request + " lần, đảng viên không tự kiểm điểm: chi bộ xem xét (R-RK-04).");
    }
  }

  /** XR02: the chi ủy met the member; a matter the registry holds open is a violation under consideration. */
  private void meeting(CaseReader c, Problems p) {
    LocalDate met = p.notBefore("meetingDate", "Ngày chi ủy gặp gỡ đảng viên", "requestDate", "ngày ghi trên đơn");
    p.required("meetingNotes", "Nội dung trao đổi");
    String found = p.required("violationFound", "Đảng viên có vi phạm đang được xem xét không");
    if (met == null || found == null) {
      return;
    }
    if ("CO".equals(found)) {
      p.required("violationNotes", "Vi phạm đang được xem xét");
      return;
    }
    var open = removal.violationProblems(registry.require(c.id(CaseVariables.MEMBER)), met);
    if (!open.isEmpty()) {
      open.forEach(p::add);
      p.add("Sổ đảng viên ghi việc trên đang mở: chọn “Có: xử lý kỷ luật trước”.");
      return;
    }
    c.set("chiBoReadyDate", met.toString());
    c.set("selfReviewText", "Chi ủy đã gặp gỡ đảng viên ngày " + fmt(met) + "; không có vi phạm đang được xem xét.");
  }

  /** The member is still an official member of the chi bộ on the meeting day (a death or a discipline may intervene). */
  private void stillOfficial(CaseReader c, Problems p, LocalDate day) {
    long memberId = c.id(CaseVariables.MEMBER);
    MemberStatus status = registry.statusOn(memberId, day);
    if (status != MemberStatus.CHINH_THUC) {
      p.add(c.text("memberName") + " không phải đảng viên chính thức vào ngày họp " + fmt(day) + " (“" + status.label()
          + "”).");
    }
  }

  /** XT07: delivered not before the decision; the card recovered, returned earlier, or why not. */
  private void delivery(CaseReader c, Problems p) {
    p.notBefore("deliveredDate", "Ngày đảng viên nhận quyết định", "decisionDate", "ngày quyết định");
    p.required("deliveryForm", "Hình thức giao");
    String card = p.required("cardRecovery", "Thẻ đảng viên");
    if ("DA_THU_HOI".equals(card)) {
      p.notBefore("cardRecoveredDate", "Ngày thu hồi thẻ", "decisionDate", "ngày quyết định");
    } else if ("CHUA_THU_HOI_DUOC".equals(card)) {
      p.required("cardNotes", "Ghi chú về thẻ");
    }
  }

  @Override
  public void prepare(String taskKey, CaseReader c) {
    switch (taskKey) {
      case "Task_ChiBoBieuQuyet" -> chiBoVote.prepare(c);
      case "Task_XuLyChamQuyetDinh" -> c.set("escalationReason", "Quá " + c.number("decisionWorkingDays")
          + " ngày làm việc kể từ nghị quyết của chi bộ mà " + c.text("authorityBody") + " chưa quyết định việc xóa tên "
          + c.text("memberName") + ".");
      case "Task_ThongBaoKetQua" -> c.set("refusalText", refusalText(c));
      default -> { }
    }
  }

  private static String refusalText(CaseReader c) {
    String outcome = RemovalSteps.refusalOutcome(c);
    String detail = switch (outcome) {
      case "VI_PHAM_XU_LY_KY_LUAT" -> c.text("violationNotes");
      case "CHI_BO_KHONG_DAT" -> c.text("chiBoResultText") + "; báo cáo số " + c.text("reportNumber") + " ngày "
          + fmt(c.date("reportDate"));
      case "KHONG_XOA_TEN" -> c.text("refusalReason");
      default -> null;
    };
    return RemovalSteps.OUTCOMES.get(outcome) + (detail == null ? "" : " (" + detail + ")") + ".";
  }

  @Override
  public void accepted(DelegateTask task, CaseReader c) {
    DossierInventory.refresh(c, DOSSIER);
  }
}

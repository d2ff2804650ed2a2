package vn.nq21.workflow.probation;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.CaseDates;
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
import vn.nq21.workflow.review.ReviewSteps;
import vn.nq21.workflow.rules.Period;
import vn.nq21.workflow.rules.Periods;
import vn.nq21.workflow.votes.ChiBoVote;

/**
 * The server-side check of each probation form, run by {@link CaseTaskCheck}, and what a probation task's
 * form is given when it opens. One check per step, by the task's id in {@code
 * bpmn/cong-nhan-dang-vien-chinh-thuc.bpmn}.
 */
@Component
class ProbationChecks implements ProcedureSteps {

  /** §13.2(c): the recognition dossier, each document by the variable holding its date. */
  static final String[][] DOSSIER = {
      {"newMemberCertificateDate", "Giấy chứng nhận học lớp bồi dưỡng đảng viên mới"},
      {"selfReviewDate", "Bản tự kiểm điểm của đảng viên dự bị (10-KNĐ)"},
      {"helperReportDate", "Bản nhận xét của người giúp đỡ (11-KNĐ)"},
      {"probationCommentSummaryDate", "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú (12-KNĐ)"},
      {"resolutionDate", "Nghị quyết của chi bộ về công nhận hoặc xóa tên (13-KNĐ)"},
      {"appraisalDate", "Báo cáo thẩm định của đảng ủy bộ phận (14-KNĐ)"},
      {"dangUyResolutionDate", "Nghị quyết của đảng ủy cơ sở (15-KNĐ)"},
      {"decisionDate", "Quyết định công nhận đảng viên chính thức hoặc xóa tên (16-KNĐ)"}};

  private final MemberRegistry registry;
  private final ChiBoVote chiBoVote;
  private final Periods periods;
  private final ReviewSteps review;
  private final Map<String, StepCheck> steps;

  ProbationChecks(MemberRegistry registry, ChiBoVote chiBoVote, Periods periods, ReviewSteps review) {
    this.registry = registry;
    this.chiBoVote = chiBoVote;
    this.periods = periods;
    this.review = review;
    this.steps = steps();
  }

  /** The date each step's act is recorded in, by which its lateness is judged (CaseLateness). */
  private static final Map<String, String> ACT_DATES = Map.ofEntries(
      Map.entry("Task_TuKiemDiem", "selfReviewDate"),
      Map.entry("Task_NhanXetGiupDo", "helperReportDate"),
      Map.entry("Task_ChiBoXetCongNhan", "voteDate"),
      Map.entry("Task_BaoCaoCapTren", "reportDate"),
      Map.entry("Task_CongBoQuyetDinh", "announcementDate"));

  @Override
  public String actDate(String taskKey) {
    return ACT_DATES.get(taskKey);
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(ProbationSteps.PROCESS_KEY);
  }

  @Override
  public Map<String, StepCheck> checks() {
    return steps;
  }

  /** Cases on models deployed before the review chain was a called process have its steps in themselves. */
  @Override
  public Map<String, StepCheck> earlierChecks() {
    return review.checksOfEarlierModels("Task_QuyetDinhCongNhan", null);
  }

  private Map<String, StepCheck> steps() {
    Map<String, StepCheck> steps = new LinkedHashMap<>();
    steps.put("Task_PhanCongGiupDo", this::helper);
    steps.put("Task_ChungNhanDangVienMoi", (c, p) -> {
      p.required("newMemberCertificateNumber", "Số giấy chứng nhận");
      p.required("newMemberCertificateIssuer", "Cơ sở đào tạo cấp");
      p.notBefore("newMemberCertificateDate", "Ngày cấp giấy chứng nhận", "ceremonyDate", "ngày lễ kết nạp");
    });
    steps.put("Task_TuKiemDiem", (c, p) -> p.notBefore("selfReviewDate", "Ngày bản tự kiểm điểm", "ceremonyDate",
        "ngày lễ kết nạp"));
    steps.put("Task_NhanXetGiupDo", (c, p) -> p.notBefore("helperReportDate", "Ngày bản nhận xét", "helperAssignmentDate",
        "ngày phân công người giúp đỡ"));
    steps.put("Task_YKienNhanXetDuBi", (c, p) -> {
      p.notBefore("probationMassOrgCommentDate", "Ngày nhận ý kiến của đoàn thể", "ceremonyDate", "ngày lễ kết nạp");
      p.notBefore("probationResidenceCommentDate", "Ngày nhận ý kiến nơi cư trú", "ceremonyDate", "ngày lễ kết nạp");
      p.notBefore("probationCommentSummaryDate", "Ngày lập tổng hợp ý kiến", "probationMassOrgCommentDate",
          "ngày nhận ý kiến của đoàn thể");
      p.notBefore("probationCommentSummaryDate", "Ngày lập tổng hợp ý kiến", "probationResidenceCommentDate",
          "ngày nhận ý kiến nơi cư trú");
    });
    // Not before the end of probation (R-CN-05); a failed vote is counted: the third sends the case up (R-CN-10)
    steps.put("Task_ChiBoXetCongNhan", (c, p) -> {
      if (p.required("proposal", "Đề nghị") != null) {
        chiBoVote.check(c, p, "HAI_PHAN_BA", "probationEnd", "ngày hết thời gian dự bị", (vote, problems) -> { });
      }
    });
    steps.put("Task_BaoCaoCapTren", (c, p) -> {
      p.required("reportNumber", "Số báo cáo");
      p.notBefore("reportDate", "Ngày báo cáo cấp ủy cấp trên", "voteDate", "ngày họp chi bộ lần cuối");
    });
    steps.put("Task_CongBoQuyetDinh", (c, p) -> {
      p.notBefore("announcementDate", "Ngày công bố quyết định tại chi bộ", "decisionDate", "ngày quyết định");
      if (c.text("cardHandedDate") != null) {
        p.notBefore("cardHandedDate", "Ngày trao thẻ đảng viên", "decisionDate", "ngày quyết định");
      }
    });
    steps.put("Task_XuLyChamXet", CommonChecks::lateReview);
    steps.put("Task_XuLyChamQuyetDinh", CommonChecks::lateReview);
    steps.put("Task_DungHoSo", CommonChecks::stop);
    return Map.copyOf(steps);
  }

  @Override
  public void prepare(String taskKey, CaseReader c) {
    switch (taskKey) {
      case "Task_ChiBoXetCongNhan" -> chiBoVote.prepare(c);
      case "Task_XuLyChamXet" -> {
        Period review = periods.of(ProbationSteps.PROCESS_KEY, ProbationSteps.REVIEW,
            c.dateOr("probationEnd", CaseDates.today()));
        c.set("escalationReason", "Quá " + review.text() + " sau khi " + c.text("memberName")
            + " hết thời gian dự bị (" + fmt(c.date("probationEnd"))
            + ") mà chi bộ chưa xét công nhận đảng viên chính thức (" + review.source() + ").");
      }
      case "Task_XuLyChamQuyetDinh" -> c.set("escalationReason", "Quá " + c.number("decisionWorkingDays")
          + " ngày làm việc kể từ nghị quyết của chi bộ mà " + c.text("authorityBody") + " chưa quyết định về "
          + c.text("memberName") + " (R-CN-07a).");
      default -> { }
    }
  }

  @Override
  public void accepted(DelegateTask task, CaseReader c) {
    DossierInventory.refresh(c, DOSSIER);
  }

  /** CN01: the helper is an official member of the same chi bộ (R-CN-02). */
  private void helper(CaseReader c, Problems p) {
    String record = p.required("helperRecordNumber", "Số lý lịch của người giúp đỡ");
    p.notBefore("helperAssignmentDate", "Ngày chi bộ phân công", "ceremonyDate", "ngày lễ kết nạp");
    if (record == null) {
      return;
    }
    Member helper = registry.findByRecordNumber(record).orElse(null);
    if (helper == null) {
      p.add("Không có số lý lịch " + record + " trong sổ đảng viên.");
    } else if (helper.status() != MemberStatus.CHINH_THUC || !helper.organizationCode().equals(c.orgCode())) {
      p.add("Người giúp đỡ (" + helper.fullName() + ") phải là đảng viên chính thức của chi bộ này.");
    } else if (helper.id() == c.numberOrZero(CaseVariables.MEMBER)) {
      p.add("Người giúp đỡ không thể là chính đảng viên dự bị.");
    }
  }
}

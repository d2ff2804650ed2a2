package vn.nq21.workflow.exemption;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
import vn.nq21.workflow.registry.Committees;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.votes.ChiBoVote;

/**
 * The server-side check of each exemption form, run by {@link CaseTaskCheck}, and what a task's form is given when
 * it opens. One check per step, by the task's id in {@code bpmn/mien-sinh-hoat-dang.bpmn}.
 */
@Component
class ExemptionChecks implements ProcedureSteps {

  /** §13.4: the exemption's documents, each by the variable holding its date. */
  static final String[][] DOSSIER = {
      {"applicationDate", "Đơn xin miễn công tác và sinh hoạt đảng (hoặc biên bản báo cáo trực tiếp)"},
      {"medicalCertificateDate", "Giấy xác nhận của cơ sở y tế"},
      {"proposalDate", "Đề xuất của chi ủy"},
      {"resolutionDate", "Nghị quyết chi bộ về việc miễn công tác và sinh hoạt đảng"},
      {"reportDate", "Báo cáo cấp ủy cấp trên trực tiếp"},
      {"returnDecisionDate", "Nghị quyết chi bộ cho đảng viên trở lại sinh hoạt"}};

  /** §8.4: the message for a ground the regulation does not list. */
  static final String NOT_A_GROUND = "Lý do không thuộc diện được xem xét miễn";

  private final ExemptionRules rules;
  private final ChiBoVote chiBoVote;
  private final MemberRegistry registry;
  private final Committees committees;
  private final Map<String, StepCheck> steps;

  ExemptionChecks(ExemptionRules rules, ChiBoVote chiBoVote, MemberRegistry registry, Committees committees) {
    this.rules = rules;
    this.chiBoVote = chiBoVote;
    this.registry = registry;
    this.committees = committees;
    this.steps = steps();
  }

  /** The date each step's act is recorded in, by which its lateness is judged (CaseLateness). */
  private static final Map<String, String> ACT_DATES = Map.of("Task_ChiUyXemXet", "proposalDate", "Task_ChiBoXetMien", "voteDate", "Task_BaoCaoCapTren", "reportDate", "Task_CapTrenGhiNhan", "notedDate", "Task_ThongBaoKetQua", "notificationDate");

  @Override
  public String actDate(String taskKey) {
    return ACT_DATES.get(taskKey);
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(ExemptionSteps.PROCESS_KEY);
  }

  @Override
  public Map<String, StepCheck> checks() {
    return steps;
  }

  private Map<String, StepCheck> steps() {
    Map<String, StepCheck> steps = new LinkedHashMap<>();
    steps.put("Task_ChiUyXemXet", this::proposal);
    steps.put("Task_ChiBoXetMien", this::vote);
    steps.put("Task_ThongBaoKetQua", (c, p) -> {
      LocalDate told = p.notBefore("notificationDate", "Ngày thông báo cho đảng viên", "proposalDate",
          "ngày chi ủy xem xét");
      if (c.text("voteDate") != null) {
        p.notBefore(told, "Ngày thông báo cho đảng viên", "voteDate", "ngày họp chi bộ");
      }
    });
    steps.put("Task_BaoCaoCapTren", (c, p) -> {
      p.required("reportNumber", "Số báo cáo");
      p.notBefore("reportDate", "Ngày báo cáo", "resolutionDate", "ngày nghị quyết của chi bộ");
    });
    steps.put("Task_CapTrenGhiNhan", (c, p) -> {
      p.notBefore("notedDate", "Ngày cấp ủy cấp trên nhận báo cáo", "reportDate", "ngày báo cáo");
    });
    steps.put("Task_TroLaiSomCoThoiHan", this::earlyReturn);
    steps.put("Task_TroLaiSomKhongThoiHan", this::earlyReturn);
    steps.put("Task_XacNhanTroLai", (c, p) -> {
      LocalDate back = p.past("returnMeetingDate", "Ngày đảng viên trở lại sinh hoạt");
      LocalDate last = c.date("exemptionEnd");
      if (back != null && last != null && !back.isAfter(last)) {
        p.add("“Ngày đảng viên trở lại sinh hoạt” (" + fmt(back) + ") phải sau ngày cuối được miễn (" + fmt(last) + ").");
      }
    });
    steps.put("Task_NhacXemXetLai", (c, p) -> {
      p.past("reviewDate", "Ngày chi ủy xem xét lại");
      p.required("reviewNotes", "Kết quả xem xét lại");
    });
    steps.put("Task_DungHoSo", (c, p) -> {
      CommonChecks.stop(c, p);
      if (c.id("exemptionPeriodId") != null && !"TU_TRAN".equals(c.text("stopReason"))) {
        p.add("Chi bộ đã quyết định miễn: hồ sơ không dừng được vì lý do khác. Khi đảng viên trở lại sinh hoạt,"
            + " ghi ở việc “Đảng viên đề nghị trở lại sinh hoạt” (MS05).");
      }
    });
    return Map.copyOf(steps);
  }

  /**
   * MS02: the chi ủy proposes, or does not. A proposal on a ground the regulation does not list is refused (§8.4);
   * a dự bị member's needs the chi ủy's justification (R-MS-08); a member on the chi ủy is a warning (R-MS-09); a
   * time-bound ground needs its planned end.
   */
  private void proposal(CaseReader c, Problems p) {
    LocalDate proposed = p.notBefore("proposalDate", "Ngày chi ủy xem xét", "applicationDate", "ngày ghi trên đơn");
    String conclusion = p.required("chiUyConclusion", "Chi ủy kết luận");
    if (conclusion == null || proposed == null) {
      return;
    }
    if ("KHONG_DE_XUAT".equals(conclusion)) {
      p.required("refusalReason", "Lý do không đề xuất");
      return;
    }
    ExemptionRules.Eligibility ground = rules.of(c.text("groundCode"), false, proposed);
    if (ground.notEligible()) {
      p.add(NOT_A_GROUND + " (“" + c.text("groundDetails") + "”): các trường hợp được xem xét là tuổi cao, sức khỏe"
          + " yếu, điều trị dài ngày hoặc ở xa, ra nước ngoài một mình vì việc riêng, làm việc một mình nơi không có tổ"
          + " chức đảng, làm việc lưu động dưới 1 năm, nghỉ thai sản (R-MS-01, R-MS-02). Chọn “Không đề xuất” để"
          + " trả lời đảng viên.");
      return;
    }
    if (registry.require(c.id(CaseVariables.MEMBER)).status() == MemberStatus.DU_BI) {
      p.required("probationJustification", "Lý do đề xuất miễn cho đảng viên dự bị (R-MS-08)");
    }
    if (ground.timeBound()) {
      LocalDate start = p.date("plannedStart", "Ngày dự kiến bắt đầu miễn");
      LocalDate end = p.date("plannedEnd", "Ngày dự kiến kết thúc (lý do có thời hạn)");
      if (start != null && end != null && !end.isAfter(start)) {
        p.add("Ngày dự kiến kết thúc (" + fmt(end) + ") phải sau ngày dự kiến bắt đầu (" + fmt(start) + ").");
      }
    }
    p.required("holdsChiUyRole", "Đảng viên có đang giữ chức vụ trong chi ủy không");
    List<String> seats = committees.heldByInWords(c.id(CaseVariables.MEMBER), proposed);
    if ("KHONG".equals(c.text("holdsChiUyRole")) && !seats.isEmpty()) {
      p.add("Sổ cấp ủy ghi đảng viên đang giữ " + String.join(", ", seats) + " ngày " + fmt(proposed)
          + ": chọn “Có” ở câu “Đảng viên có đang giữ chức vụ trong chi ủy không?” (R-MS-09).");
    }
    c.set("chiUyRoleWarning", "CO".equals(c.text("holdsChiUyRole")) ? "Đảng viên đang giữ chức vụ trong chi ủy: người được miễn"
        + " công tác và sinh hoạt đảng không đồng thời giữ chức vụ trong chi ủy (R-MS-09); chi bộ xem xét việc thôi"
        + " giữ chức vụ." : null);
  }

  /**
   * MS03: a health ground needs its medical certificate first (R-MS-03); the vote is a majority of the official
   * members on the meeting day's roll (R-MS-04, R-GEN-04/05); an exemption that passes states its start, and its end
   * for a time-bound ground.
   */
  private void vote(CaseReader c, Problems p) {
    boolean hasCertificate = c.text("medicalCertificateNumber") != null && c.date("medicalCertificateDate") != null;
    LocalDate day = c.dateOr("voteDate", c.date("proposalDate"));
    ExemptionRules.Eligibility ground = rules.of(c.text("groundCode"), hasCertificate, day);
    if ("NEEDS_EVIDENCE".equals(ground.eligibility())) {
      p.add("Lý do sức khỏe cần giấy xác nhận của cơ sở y tế (số, ngày cấp, nơi cấp) trước khi chi bộ xét (R-MS-03).");
      return;
    }
    if (hasCertificate) {
      p.required("medicalCertificateIssuer", "Cơ sở y tế xác nhận");
      LocalDate issued = p.past("medicalCertificateDate", "Ngày cấp giấy xác nhận");
      LocalDate meeting = c.date("voteDate");
      if (issued != null && meeting != null && issued.isAfter(meeting)) {
        p.add("Giấy xác nhận của cơ sở y tế (ngày " + fmt(issued) + ") phải có trước khi chi bộ họp xét (ngày "
            + fmt(meeting) + ", R-MS-03).");
      }
    }
    // the path after the vote follows the table's answer on the meeting day
    c.set("timeBound", ground.timeBound());
    c.set("groundLabel", ground.groundLabel());
    chiBoVote.check(c, p, "QUA_NUA", "proposalDate", "ngày chi ủy xem xét", (vote, problems) -> {
      if (registry.statusOn(c.id(CaseVariables.MEMBER), vote) == null
          || !registry.statusOn(c.id(CaseVariables.MEMBER), vote).isMember()) {
        problems.add("Ngày họp " + fmt(vote) + " " + c.text("memberName") + " không phải đảng viên.");
      }
    });
    if (!p.ok() || !c.flag("chiBoPassed")) {
      return;
    }
    // the resolution may exempt from a later day
    LocalDate start = p.notBefore(p.date("exemptionStart", "Miễn từ ngày"), "Miễn từ ngày", "resolutionDate",
        "ngày nghị quyết");
    if (ground.timeBound()) {
      LocalDate end = p.date("exemptionEnd", "Miễn đến hết ngày");
      if (start != null && end != null && !end.isAfter(start)) {
        p.add("“Miễn đến hết ngày” (" + fmt(end) + ") phải sau “Miễn từ ngày” (" + fmt(start) + ").");
      }
    } else if (c.text("exemptionEnd") != null) {
      p.add("“" + c.text("groundLabel") + "” là lý do không thời hạn: để trống “Miễn đến hết ngày” (R-MS-07).");
    }
  }

  /** MS05 early: the member asked to return, the chi bộ decided; before the end date of a time-bound exemption. */
  private void earlyReturn(CaseReader c, Problems p) {
    p.notBefore("returnRequestDate", "Ngày đảng viên đề nghị trở lại", "exemptionStart", "ngày bắt đầu miễn");
    p.required("returnResolutionNumber", "Số nghị quyết của chi bộ");
    LocalDate decided = p.notBefore("returnDecisionDate", "Ngày chi bộ quyết định", "returnRequestDate",
        "ngày đảng viên đề nghị");
    LocalDate start = c.date("exemptionStart");
    if (decided != null && start != null && !decided.isAfter(start)) {
      p.add("Ngày chi bộ quyết định cho trở lại (" + fmt(decided) + ") phải sau ngày bắt đầu miễn (" + fmt(start)
          + ").");
    }
    LocalDate end = c.date("exemptionEnd");
    if (decided != null && end != null && decided.isAfter(end)) {
      p.add("Thời hạn miễn đã hết ngày " + fmt(end) + ": không cần nghị quyết cho trở lại sớm.");
    }
  }

  @Override
  public void prepare(String taskKey, CaseReader c) {
    Long member = c.id(CaseVariables.MEMBER);
    if ("Task_ChiUyXemXet".equals(taskKey) && c.text("holdsChiUyRole") == null && member != null
        && !committees.heldByInWords(member, CaseDates.today()).isEmpty()) {
      c.set("holdsChiUyRole", "CO");
    }
    if ("Task_ChiBoXetMien".equals(taskKey)) {
      chiBoVote.prepare(c);
      if (c.text("exemptionStart") == null && c.text("plannedStart") != null) {
        c.set("exemptionStart", c.text("plannedStart"));
      }
      if (c.text("exemptionEnd") == null && c.text("plannedEnd") != null) {
        c.set("exemptionEnd", c.text("plannedEnd"));
      }
    }
  }

  @Override
  public void accepted(DelegateTask task, CaseReader c) {
    DossierInventory.refresh(c, DOSSIER);
  }
}

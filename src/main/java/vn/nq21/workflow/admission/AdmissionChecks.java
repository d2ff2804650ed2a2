package vn.nq21.workflow.admission;

import static vn.nq21.workflow.casework.CaseDates.fmt;
import static vn.nq21.workflow.casework.CaseDates.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.admission.rules.AdmissionRules;
import vn.nq21.workflow.admission.rules.ReadmissionCheck;
import vn.nq21.workflow.admission.rules.AgeCheck;
import vn.nq21.workflow.admission.rules.CertificateCheck;
import vn.nq21.workflow.admission.rules.EducationCheck;
import vn.nq21.workflow.admission.rules.IntroducerCheck;
import vn.nq21.workflow.admission.rules.IntroducerFacts;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.casework.CaseInstances;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.CaseTaskCheck;
import vn.nq21.workflow.casework.CommonChecks;
import vn.nq21.workflow.casework.DossierInventory;
import vn.nq21.workflow.casework.Problems;
import vn.nq21.workflow.casework.ProcedureSteps;
import vn.nq21.workflow.casework.StepCheck;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.engine.WithoutAuthorization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.review.ReviewSteps;
import vn.nq21.workflow.rules.Period;
import vn.nq21.workflow.rules.Periods;
import vn.nq21.workflow.votes.ChiBoVote;

/**
 * The server-side check of each admission form (Camunda Forms only validate in the browser, and only
 * what a form can say), run by {@link CaseTaskCheck}. One check per step, by the task's id in the model;
 * each collects every problem as a Vietnamese sentence naming the field the clerk sees, and may set the
 * variables the model's gateways and timers read. When a task opens, its form is given what the case
 * knows (the chi bộ's roll, a deadline, why an escalation came).
 */
@Component
class AdmissionChecks implements ProcedureSteps {

  /** The competent body's decision, a step of the review chain (bpmn/xet-duyet-cap-tren.bpmn). */
  static final String DECISION_TASK = "Task_QuyetDinh";

  /** The periods of thoi-han-quy-dinh this procedure's steps keep (R-KN-16, R-KN-18, R-KN-20). */
  static final String CEREMONY = "LE_KET_NAP";
  static final String PAPERWORK = "HOAN_THIEN_HO_SO";
  /** thoi-han-quy-dinh: after the chi ủy's reminder, how long before the supervisors above are told (R-KN-20 [I]). */
  static final String PAPERWORK_ESCALATION = "HOAN_THIEN_HO_SO_BAO_CAP_TREN";
  static final String MAX_EXTENSION = "GIA_HAN_TOI_DA";

  /** §13.2(a)(b): the admission dossier, each document by the variable holding its date. */
  static final String[][] DOSSIER = {
      {"certificateIssueDate", "Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng"},
      {"applicationDate", "Đơn xin vào Đảng (1-KNĐ)"},
      {"lyLichCertifiedDate", "Lý lịch của người xin vào Đảng (2-KNĐ) và các văn bản thẩm tra"},
      {"introducer1LetterDate", "Giấy giới thiệu người vào Đảng (3-KNĐ)"},
      {"introducer2LetterDate", "Giấy giới thiệu người vào Đảng thứ hai (3-KNĐ)"},
      {"introResolutionDate", "Nghị quyết giới thiệu của Đoàn / Công đoàn (4-KNĐ)"},
      {"commentSummaryDate", "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú (5-KNĐ)"},
      {"resolutionDate", "Nghị quyết đề nghị kết nạp của chi bộ (6-KNĐ)"},
      {"appraisalDate", "Báo cáo thẩm định của đảng ủy bộ phận (7-KNĐ)"},
      {"dangUyResolutionDate", "Nghị quyết đề nghị kết nạp của đảng ủy cơ sở (8-KNĐ)"},
      {"decisionDate", "Quyết định kết nạp đảng viên (9-KNĐ)"},
      {"partyRecordDate", "Lý lịch đảng viên"},
      {"partyCardSlipDate", "Phiếu đảng viên"}};

  private final AdmissionRules rules;
  private final WorkingDayCalendar workingDays;
  private final Periods periods;
  private final ChiBoVote chiBoVote;
  private final CaseInstances instances;
  private final ReviewSteps review;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final WithoutAuthorization withoutAuthorization;
  private final MemberRegistry registry;
  private final OrganizationService organizations;
  private final RelativesWhoAreMembers relatives;

  /** Each step's check, by the task's id in the model. */
  private final Map<String, StepCheck> steps;

  AdmissionChecks(AdmissionRules rules, WorkingDayCalendar workingDays, Periods periods, ChiBoVote chiBoVote,
      CaseInstances instances, ReviewSteps review, @Lazy TaskService taskService,
      @Lazy RuntimeService runtimeService, WithoutAuthorization withoutAuthorization, MemberRegistry registry,
      OrganizationService organizations, RelativesWhoAreMembers relatives) {
    this.registry = registry;
    this.organizations = organizations;
    this.relatives = relatives;
    this.rules = rules;
    this.workingDays = workingDays;
    this.periods = periods;
    this.chiBoVote = chiBoVote;
    this.instances = instances;
    this.review = review;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.withoutAuthorization = withoutAuthorization;
    this.steps = steps();
  }

  /** The date each step's act is recorded in, by which its lateness is judged (CaseLateness). */
  private static final Map<String, String> ACT_DATES = Map.ofEntries(
      Map.entry("Task_DonXinVaoDang", "applicationDate"),
      Map.entry("Task_ThamTraLyLich", "verificationDate"),
      Map.entry("Task_KetLuanLyLich", "lyLichCertifiedDate"),
      Map.entry("Task_ChiBoBieuQuyet", "voteDate"),
      Map.entry("Task_NhanQuyetDinh", "decisionReceivedDate"),
      Map.entry("Task_LeKetNap", "ceremonyDate"),
      Map.entry("Task_HoanThienHoSo", "partyRecordDate"),
      Map.entry("Task_BaoCaoKetQuaChiBo", "voteReportDate"),
      Map.entry("Task_BaoCaoKetQuaDangUy", "dangUyReportDate"),
      Map.entry("Task_NhanThongBaoKhongKetNap", "refusalNoticeReceivedDate"),
      Map.entry("Task_CapTrenNhanBaoCao", "authorisedReportDate"));

  @Override
  public String actDate(String taskKey) {
    return ACT_DATES.get(taskKey);
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(AdmissionSteps.PROCESS_KEY);
  }

  @Override
  public Map<String, StepCheck> checks() {
    return steps;
  }

  /** Cases on models deployed before the review chain was a called process have its steps in themselves. */
  @Override
  public Map<String, StepCheck> earlierChecks() {
    return review.checksOfEarlierModels("Task_QuyetDinhKetNap", "KHONG_KET_NAP");
  }

  @Override
  public void prepare(String taskKey, CaseReader c) {
    switch (taskKey) {
      case "Task_ChiBoBieuQuyet" -> chiBoVote.prepare(c);
      case "Task_NhanQuyetDinh" -> c.set("ceremonyWorkingDays", workingDays(CEREMONY, today()));
      // the form puts it after its own "Hạn tổ chức lễ kết nạp:"
      case "Task_LeKetNap" -> c.set("ceremonyDeadlineText", "hết ngày "
          + fmt(FormValues.toLocalDate(c.deadline("ceremonyDeadline"))) + " ("
          + period(CEREMONY, c.dateOr("decisionReceivedDate", today())).text()
          + " từ khi chi bộ nhận quyết định). Muộn hơn cần ý kiến đồng ý của cấp ủy cấp trên.");
      case "Task_QuaHanQuyetDinh" -> {
        c.set("maxExtensionWorkingDays", workingDays(MAX_EXTENSION, c.dateOr("resolutionDate", today())));
        c.set("escalationReason", "Quá " + c.number("decisionWorkingDays") + " ngày làm việc kể từ nghị quyết của"
            + " chi bộ (" + fmt(c.date("resolutionDate")) + ") mà " + c.text("authorityBody")
            + " chưa ra quyết định về việc kết nạp " + c.text("candidateName") + " (R-KN-16).");
      }
      case "Task_XuLyQuaHanQuyetDinh" -> c.set("escalationReason", "Hồ sơ kết nạp " + c.text("candidateName")
          + " vẫn chưa có quyết định sau thời hạn (kể cả gia hạn nếu có): cần kiểm điểm trách nhiệm (R-KN-16).");
      case "Task_NhacHoanThienHoSo" -> {
        Period paperwork = period(PAPERWORK, c.dateOr("ceremonyDate", today()));
        c.set("paperworkReminderText", "Đã quá " + paperwork.text() + " sau lễ kết nạp " + c.text("candidateName")
            + " (" + fmt(c.date("ceremonyDate")) + ") mà lý lịch đảng viên, phiếu đảng viên chưa hoàn thiện ("
            + paperwork.source() + ").");
      }
      case "Task_XuLyChamHoSo" -> {
        LocalDate ceremony = c.dateOr("ceremonyDate", today());
        Period paperwork = period(PAPERWORK, ceremony);
        Period more = period(PAPERWORK_ESCALATION, ceremony);
        c.set("escalationReason", "Quá " + paperwork.text() + " sau lễ kết nạp (" + fmt(c.date("ceremonyDate"))
            + "), chi ủy đã được nhắc" + (c.text("paperworkDelayReason") == null ? ""
            : " (lý do chậm: " + c.text("paperworkDelayReason") + "; dự kiến xong "
            + fmt(c.date("paperworkPlannedDate")) + ")") + ", thêm " + more.text() + " mà vẫn chưa hoàn thiện lý lịch"
            + " đảng viên, phiếu đảng viên của " + c.text("candidateName") + " (" + paperwork.source() + ").");
      }
      default -> { }
    }
  }

  /** An extension granted moves the decision task's due date; the dossier inventory follows every step. */
  @Override
  public void accepted(DelegateTask task, CaseReader c) {
    if ("Task_QuaHanQuyetDinh".equals(task.getTaskDefinitionKey()) && "CO".equals(c.text("extensionGranted"))) {
      moveDecisionDeadline(task.getExecution(), c.deadline("decisionDeadline"));
    }
    // a refusal is a written notice, not the admission decision
    DossierInventory.refresh(c, "KET_NAP".equals(c.text("decisionOutcome")) ? DOSSIER
        : Arrays.stream(DOSSIER).filter(doc -> !doc[0].equals("decisionDate")).toArray(String[][]::new));
  }

  /** A period of this procedure from thoi-han-quy-dinh, under the rule set in force on its start. */
  private Period period(String name, LocalDate start) {
    return periods.of(AdmissionSteps.PROCESS_KEY, name, start);
  }

  private int workingDays(String name, LocalDate start) {
    return periods.workingDays(AdmissionSteps.PROCESS_KEY, name, start);
  }

  /** The extension moves the decision's due date and deadline in the review chain the case is waiting in. */
  private void moveDecisionDeadline(DelegateExecution caseExecution, Date deadline) {
    withoutAuthorization.run(() -> {
      for (String instanceId : instances.of(caseExecution)) {
        for (Task decision : taskService.createTaskQuery().processInstanceId(instanceId)
            .taskDefinitionKeyIn(DECISION_TASK, "Task_QuyetDinhKetNap").list()) {
          decision.setDueDate(deadline);
          taskService.saveTask(decision);
          runtimeService.setVariable(instanceId, "decisionDeadline", deadline);
        }
      }
    });
  }


  private Map<String, StepCheck> steps() {
    Map<String, StepCheck> steps = new LinkedHashMap<>();
    steps.put("Task_ChungNhanNhanThuc", this::certificate);
    steps.put("Task_DonXinVaoDang", (c, p) -> p.notBefore("applicationDate", "Ngày ghi trên đơn xin vào Đảng",
        "certificateIssueDate", "ngày cấp giấy chứng nhận lớp nhận thức về Đảng"));
    steps.put("Task_NguoiGioiThieu", this::introducers);
    steps.put("Task_KhaiLyLich", (c, p) -> {
      p.notBefore("lyLichDate", "Ngày khai lý lịch", "applicationDate", "ngày ghi trên đơn xin vào Đảng");
      p.notBefore("lyLichStampDate", "Ngày đóng dấu giáp lai", "lyLichDate", "ngày khai lý lịch");
    });
    steps.put("Task_ThamTraLyLich", (c, p) -> {
      p.notBefore("verificationDate", "Ngày có đủ kết quả thẩm tra", "lyLichStampDate", "ngày đóng dấu giáp lai lý lịch");
      relatives.check(c, p);
    });
    steps.put("Task_KetLuanLyLich", (c, p) -> p.notBefore("lyLichCertifiedDate", "Ngày đảng ủy cơ sở xác nhận lý lịch",
        "verificationDate", "ngày có đủ kết quả thẩm tra (R-KN-07)"));
    steps.put("Task_YKienNhanXet", (c, p) -> {
      p.notBefore("massOrgCommentDate", "Ngày nhận ý kiến của đoàn thể", "applicationDate", "ngày ghi trên đơn");
      p.notBefore("residenceCommentDate", "Ngày nhận ý kiến nơi cư trú", "applicationDate", "ngày ghi trên đơn");
      p.notBefore("commentSummaryDate", "Ngày lập tổng hợp ý kiến", "massOrgCommentDate", "ngày nhận ý kiến của đoàn thể");
      p.notBefore("commentSummaryDate", "Ngày lập tổng hợp ý kiến", "residenceCommentDate", "ngày nhận ý kiến nơi cư trú");
    });
    steps.put("Task_ThamDinhDieuKien", this::eligibility);
    steps.put("Task_YKienBtvTinh", (c, p) -> {
      p.past("consentDate", "Ngày văn bản của Ban thường vụ tỉnh ủy");
      if ("DONG_Y".equals(c.text("consentGiven"))) {
        p.required("consentDocumentNumber", "Số văn bản của Ban thường vụ tỉnh ủy");
      }
    });
    steps.put("Task_ChiBoBieuQuyet", (c, p) -> chiBoVote.check(c, p, "HAI_PHAN_BA", "commentSummaryDate",
        "ngày lập tổng hợp ý kiến", (vote, problems) -> meetingDayRules(c, problems, vote)));
    steps.put("Task_QuaHanQuyetDinh", this::extension);
    steps.put("Task_XuLyQuaHanQuyetDinh", CommonChecks::lateReview);
    // R-GEN-09, R-KN-16: an outcome without an admission reaches the body above, the chi bộ and the candidate
    steps.put("Task_BaoCaoKetQuaChiBo", (c, p) -> {
      p.required("voteReportNumber", "Số báo cáo");
      p.notBefore("voteReportDate", "Ngày báo cáo", "voteDate", "ngày họp chi bộ");
    });
    steps.put("Task_BaoCaoKetQuaDangUy", (c, p) -> {
      p.required("dangUyReportNumber", "Số báo cáo");
      p.notBefore("dangUyReportDate", "Ngày báo cáo cấp trên", "dangUyVoteDate", "ngày họp đảng ủy cơ sở");
      p.notBefore("chiBoNotifiedDate", "Ngày thông báo cho chi bộ", "dangUyVoteDate", "ngày họp đảng ủy cơ sở");
    });
    steps.put("Task_NhanThongBaoKhongKetNap", (c, p) -> {
      p.notBefore("refusalNoticeReceivedDate", "Ngày chi bộ nhận văn bản", "decisionDate", "ngày văn bản của cấp có"
          + " thẩm quyền");
      p.notBefore("candidateToldDate", "Ngày báo cho người vào Đảng", "refusalNoticeReceivedDate",
          "ngày chi bộ nhận văn bản");
    });
    steps.put("Task_CapTrenNhanBaoCao", (c, p) -> {
      p.required("authorisedReportNumber", "Số báo cáo của đảng ủy cơ sở");
      p.notBefore("authorisedReportDate", "Ngày báo cáo", "decisionDate", "ngày quyết định kết nạp");
      p.notBefore("reportNotedDate", "Ngày cấp trên nhận báo cáo", "authorisedReportDate", "ngày báo cáo");
    });
    steps.put("Task_NhacHoanThienHoSo", (c, p) -> {
      p.required("paperworkDelayReason", "Lý do chậm hoàn thiện hồ sơ");
      LocalDate planned = p.date("paperworkPlannedDate", "Ngày dự kiến hoàn thành");
      if (planned != null && planned.isBefore(today())) {
        p.add("“Ngày dự kiến hoàn thành” (" + fmt(planned) + ") đã qua.");
      }
    });
    steps.put("Task_XuLyChamHoSo", CommonChecks::lateReview);
    steps.put("Task_NhanQuyetDinh", (c, p) -> {
      p.notBefore("decisionReceivedDate", "Ngày chi bộ nhận quyết định", "decisionDate", "ngày quyết định kết nạp");
      if (p.ok()) {
        LocalDate received = c.date("decisionReceivedDate");
        c.set("ceremonyDeadline", workingDays.deadline(received, workingDays(CEREMONY, received)));
      }
    });
    steps.put("Task_LeKetNap", this::ceremony);
    steps.put("Task_DongYLeMuon", (c, p) -> {
      p.required("lateCeremonyReason", "Lý do tổ chức lễ muộn");
      p.required("lateCeremonyApprovalNumber", "Số văn bản đồng ý");
      p.notBefore("lateCeremonyApprovalDate", "Ngày cấp ủy cấp trên trực tiếp đồng ý", "decisionReceivedDate",
          "ngày nhận quyết định");
    });
    steps.put("Task_HoanThienHoSo", (c, p) -> {
      p.notBefore("partyRecordDate", "Ngày hoàn thành lý lịch đảng viên", "ceremonyDate", "ngày lễ kết nạp");
      p.notBefore("partyCardSlipDate", "Ngày hoàn thành phiếu đảng viên", "ceremonyDate", "ngày lễ kết nạp");
      if (!c.flag("dossierIndexDone")) {
        p.add("Chưa xác nhận “Đã lập danh mục tài liệu trong hồ sơ đảng viên”.");
      }
    });
    steps.put("Task_DungHoSo", CommonChecks::stop);
    return Map.copyOf(steps);
  }

  private void certificate(CaseReader c, Problems p) {
    p.required("certificateNumber", "Số giấy chứng nhận");
    p.required("certificateIssuer", "Cơ sở đào tạo cấp");
    LocalDate issued = p.past("certificateIssueDate", "Ngày cấp");
    if (issued != null) {
      CertificateCheck check = rules.certificate(issued, today());
      if (!check.valid()) {
        p.add("Giấy chứng nhận cấp ngày " + fmt(issued) + " đã hết hạn (hiệu lực đến hết ngày "
            + fmt(check.validUntil()) + "): người vào Đảng cần học lại lớp bồi dưỡng nhận thức về Đảng.");
      }
    }
  }

  private void introducers(CaseReader c, Problems p) {
    String pattern = p.required("introducerPattern", "Hình thức giới thiệu");
    if (pattern == null) {
      return;
    }
    boolean twoMembers = "HAI_DANG_VIEN".equals(pattern);
    List<IntroducerFacts.MemberIntroducer> introducers = new ArrayList<>();
    introducers.add(introducer(c, p, 1, "người giới thiệu thứ nhất"));
    if (twoMembers) {
      introducers.add(introducer(c, p, 2, "người giới thiệu thứ hai"));
    } else {
      p.required("introResolutionNumber", "Số nghị quyết giới thiệu");
      p.notBefore("introResolutionDate", "Ngày nghị quyết giới thiệu", "applicationDate", "ngày ghi trên đơn");
    }
    if (!p.ok()) {
      return;
    }
    // The vote date is not known yet: Đoàn age is judged now on the letters' day, again at the vote (R-KN-10)
    IntroducerCheck check = rules.introducers(introducerFacts(c, introducers, c.date("introducer1LetterDate")));
    check.problems().forEach(p::add);
    c.set("introducerWarning", check.warnings().isEmpty() ? null : String.join(" ", check.warnings()));
  }

  private static IntroducerFacts introducerFacts(CaseReader c, List<IntroducerFacts.MemberIntroducer> introducers,
      LocalDate onDate) {
    return new IntroducerFacts(c.text("introducerPattern"), c.flag("isDoanVien"), c.date("candidateBirthDate"),
        c.flag("hasDoanOrganisation"), c.flag("isUnionMember"), onDate, introducers);
  }

  private static List<IntroducerFacts.MemberIntroducer> recordedIntroducers(CaseReader c) {
    List<IntroducerFacts.MemberIntroducer> introducers = new ArrayList<>();
    for (int n = 1; n <= 2; n++) {
      if (c.text("introducer" + n + "RecordNumber") != null) {
        introducers.add(new IntroducerFacts.MemberIntroducer(c.text("introducer" + n + "RecordNumber"),
            c.date("introducer" + n + "TogetherSince"), c.date("introducer" + n + "LetterDate")));
      }
    }
    return introducers;
  }

  private IntroducerFacts.MemberIntroducer introducer(CaseReader c, Problems p, int n, String who) {
    String record = p.required("introducer" + n + "RecordNumber", "Số lý lịch của " + who);
    LocalDate letter = p.past("introducer" + n + "LetterDate", "Ngày giấy giới thiệu của " + who);
    LocalDate together = p.past("introducer" + n + "TogetherSince", "Ngày bắt đầu cùng công tác của " + who);
    if (record != null && record.equals(c.text("candidateRecordNumber"))) {
      p.add("Người giới thiệu không thể là chính người vào Đảng.");
    }
    return new IntroducerFacts.MemberIntroducer(record, together, letter);
  }

  private void eligibility(CaseReader c, Problems p) {
    LocalDate vote = p.notBefore(p.date("plannedVoteDate", "Ngày dự kiến họp chi bộ"), "Ngày dự kiến họp chi bộ",
        "commentSummaryDate", "ngày lập tổng hợp ý kiến nhận xét");
    p.notBefore(vote, "Ngày dự kiến họp chi bộ", "lyLichCertifiedDate", "ngày xác nhận lý lịch");
    if (!c.flag("politicalStandardConcluded")) {
      p.add("Chưa có kết luận người vào Đảng đạt tiêu chuẩn chính trị (R-KN-07b).");
    }
    for (String[] doc : REQUIRED_BEFORE_VOTE) {
      if (c.text(doc[0]) == null) {
        p.add("Hồ sơ còn thiếu: " + doc[1] + ".");
      }
    }
    if (vote == null || !p.ok()) {
      return;
    }
    String route = "DU_DIEU_KIEN";
    List<String> consentReasons = new ArrayList<>();
    AgeCheck age = rules.age(c.date("candidateBirthDate"), vote);
    switch (age.result()) {
      case "TOO_YOUNG" -> p.add(age.message());
      case "OVER_60" -> consentReasons.add(age.message());
      default -> { }
    }
    EducationCheck education = rules.education(c.text("educationLevel"),
        c.text("educationException"), vote);
    // R-KN-04 (a): "vùng khó khăn" is where the chi bộ works, as the organisation tree records it
    if ("VUNG_KHO_KHAN".equals(c.text("educationException")) && organizations.areasOf(c.orgCode()).isEmpty()) {
      p.add("“Chi bộ ở vùng khó khăn”: tệp tổ chức không ghi " + organizations.require(c.orgCode()).name()
          + " (hay tổ chức cấp trên) ở miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số hay vùng đặc biệt"
          + " khó khăn (R-KN-04). Ngư dân thường xuyên làm việc trên biển: chọn trường hợp đó. Nếu địa bàn thuộc vùng"
          + " này, quản trị viên ghi “areas” cho tổ chức trong tệp tổ chức.");
    }
    switch (education.result()) {
      case "KHONG_DAT" -> p.add(education.message());
      case "CAN_DONG_Y_BTV_TINH" -> consentReasons.add(education.message());
      default -> { }
    }
    // a re-admission needs the BTV tỉnh ủy's written consent before the vote, and the conditions on the vote date
    ReadmissionCheck readmission = c.id("candidateId") == null ? null
        : rules.readmission(c.id("candidateId"), vote, false);
    if (readmission != null) {
      if (!readmission.allowed()) {
        p.add(readmission.message());
      } else {
        consentReasons.add("Kết nạp lại người đã ra khỏi Đảng ngày " + CaseDates.fmt(readmission.leftOn())
            + ": cần văn bản đồng ý của Ban thường vụ tỉnh ủy (R-KN-22).");
      }
    }
    if (!rules.certificate(c.date("certificateIssueDate"), vote).valid()) {
      route = "CHUNG_NHAN_HET_HAN";
    } else if (!consentReasons.isEmpty() && !"DONG_Y".equals(c.text("consentGiven"))) {
      route = "CAN_Y_KIEN_BTV_TINH";
    }
    if (p.ok()) {
      c.set("eligibility", route);
      c.set("consentReasonText", consentReasons.isEmpty() ? null : String.join(" ", consentReasons));
    }
  }

  /** Documents of §13.2(a) that must be in the dossier before the chi bộ votes (R-KN-12, §5.4). */
  static final String[][] REQUIRED_BEFORE_VOTE = {
      {"certificateIssueDate", "giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng"},
      {"applicationDate", "đơn xin vào Đảng (1-KNĐ)"},
      {"introducer1LetterDate", "giấy giới thiệu của người giới thiệu (3-KNĐ)"},
      {"lyLichCertifiedDate", "lý lịch người xin vào Đảng đã được xác nhận (2-KNĐ)"},
      {"massOrgCommentDate", "ý kiến nhận xét của đoàn thể nơi làm việc"},
      {"residenceCommentDate", "ý kiến nhận xét của chi ủy nơi cư trú"},
      {"commentSummaryDate", "tổng hợp ý kiến nhận xét (5-KNĐ)"}};

  /** Admission's hard rules judged again on the real meeting date (R-KN-01, R-KN-05, R-KN-10). */
  private void meetingDayRules(CaseReader c, Problems p, LocalDate vote) {
    AgeCheck age = rules.age(c.date("candidateBirthDate"), vote);
    if ("TOO_YOUNG".equals(age.result())) {
      p.add(age.message());
    } else if ("OVER_60".equals(age.result()) && !"DONG_Y".equals(c.text("consentGiven"))) {
      p.add(age.message() + " Chưa có văn bản đồng ý của Ban thường vụ tỉnh ủy.");
    }
    CertificateCheck certificate = rules.certificate(c.date("certificateIssueDate"), vote);
    if ("DOAN".equals(c.text("introducerPattern"))) {
      rules.introducers(introducerFacts(c, recordedIntroducers(c), vote)).problems().forEach(p::add);
    }
    if (!certificate.valid()) {
      p.add("Đến ngày họp " + fmt(vote) + " giấy chứng nhận lớp nhận thức về Đảng đã hết hạn (hiệu lực đến "
          + fmt(certificate.validUntil()) + "): người vào Đảng cần học lại trước khi chi bộ xét.");
    }
  }

  private void extension(CaseReader c, Problems p) {
    if (!"CO".equals(p.required("extensionGranted", "Gia hạn"))) {
      return;
    }
    Integer days = p.number("extensionWorkingDays", "Số ngày làm việc gia hạn");
    p.required("extensionReason", "Lý do gia hạn");
    p.past("extensionApprovalDate", "Ngày văn bản gia hạn");
    Period most = period(MAX_EXTENSION, c.dateOr("resolutionDate", today()));
    if (days != null && (days < 1 || days > most.amount())) {
      p.add("“Số ngày làm việc gia hạn” phải từ 1 đến " + most.amount() + " (" + most.source() + ").");
    }
    if (p.ok()) {
      c.set("decisionDeadline", workingDays.deadline(c.date("resolutionDate"),
          c.numberOrZero("decisionWorkingDays") + days));
    }
  }

  private void ceremony(CaseReader c, Problems p) {
    LocalDate ceremony = p.notBefore("ceremonyDate", "Ngày tổ chức lễ kết nạp", "decisionReceivedDate",
        "ngày nhận quyết định");
    if (ceremony == null || !p.ok()) {
      return;
    }
    // the ceremony makes the person a dự bị member on its own date, which the registry's order must allow
    Member candidate = registry.require(c.id(CaseVariables.CANDIDATE));
    if (candidate.statusSince() != null && ceremony.isBefore(candidate.statusSince())) {
      p.add("“Ngày tổ chức lễ kết nạp” (" + fmt(ceremony) + ") sớm hơn ngày sổ đảng viên ghi " + candidate.fullName()
          + " là “" + candidate.status().label() + "” (" + fmt(candidate.statusSince()) + "). Hồ sơ làm trên giấy"
          + " trước khi lập trên hệ thống cần ghi “Ngày chi bộ đưa vào nguồn kết nạp” khi lập hồ sơ; kiểm tra lại"
          + " ngày lễ.");
      return;
    }
    Period allowed = period(CEREMONY, c.dateOr("decisionReceivedDate", today()));
    LocalDate deadline = workingDays.plusWorkingDays(c.date("decisionReceivedDate"), allowed.amount());
    if (ceremony.isAfter(deadline)) {
      LocalDate approval = c.date("lateCeremonyApprovalDate");
      if (approval == null || approval.isAfter(ceremony)) {
        p.add("Lễ kết nạp ngày " + fmt(ceremony) + " muộn hơn hạn " + fmt(deadline) + " (" + allowed.text()
            + " từ khi nhận quyết định): cần ghi nhận ý kiến đồng ý của cấp ủy cấp trên trực tiếp"
            + " có trước ngày lễ (" + allowed.source() + ").");
      }
    }
    if (p.ok()) {
      int paperwork = workingDays(PAPERWORK, ceremony);
      c.set("paperworkWorkingDays", paperwork);
      c.set("paperworkDeadline", workingDays.deadline(ceremony, paperwork));
      // R-KN-20: late, the chi ủy that does the paperwork is reminded first; still undone, the supervisors above
      c.set("paperworkEscalation", workingDays.deadline(ceremony,
          paperwork + workingDays(PAPERWORK_ESCALATION, ceremony)));
    }
  }
}

package vn.nq21.workflow.admission;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.admission.rules.AdmissionRules;
import vn.nq21.workflow.admission.rules.AgeCheck;
import vn.nq21.workflow.admission.rules.CertificateCheck;
import vn.nq21.workflow.admission.rules.EducationCheck;
import vn.nq21.workflow.admission.rules.IntroducerCheck;
import vn.nq21.workflow.admission.rules.IntroducerFacts;
import vn.nq21.workflow.admission.rules.VoteRecord;
import vn.nq21.workflow.admission.rules.VoteResult;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;

/**
 * The server-side check of each admission form (Camunda Forms only validate in the browser, and only
 * what a form can say). One method per step, named by the task's id in the model; each collects every
 * problem as a Vietnamese sentence naming the field the clerk sees, and may set the variables the
 * model's gateways and timers read.
 */
@Component
class AdmissionChecks {

  static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final int CEREMONY_WORKING_DAYS = 30;
  static final int PAPERWORK_WORKING_DAYS = 30;
  static final int MAX_EXTENSION_WORKING_DAYS = 30;

  private final AdmissionRules rules;
  private final MemberRegistry registry;
  private final WorkingDayCalendar workingDays;

  /** Each step's check, by the task's id in the models. */
  private final Map<String, Step> steps;

  AdmissionChecks(AdmissionRules rules, MemberRegistry registry, WorkingDayCalendar workingDays) {
    this.rules = rules;
    this.registry = registry;
    this.workingDays = workingDays;
    this.steps = steps();
  }

  /** Runs the check of {@code taskKey}; returns the problems (empty when the submission is accepted). */
  List<String> check(String taskKey, AdmissionCase c) {
    Step step = steps.get(taskKey);
    if (step == null) {
      // every user task of the procedure has a check (ChecksBoundToTasksTest): a task without one is a defect
      throw new IllegalStateException("Bước " + taskKey + " không có kiểm tra phía máy chủ (AdmissionChecks)");
    }
    Problems p = new Problems(c);
    step.check(c, p);
    return p.list;
  }

  /** The tasks checked here, by their id in the models: each user task of the procedure's models, no other. */
  Set<String> checkedTasks() {
    return steps.keySet();
  }

  /** The check of one step: adds each problem to {@code p}; may set the variables the model reads next. */
  @FunctionalInterface
  private interface Step {
    void check(AdmissionCase c, Problems p);
  }

  private Map<String, Step> steps() {
    Map<String, Step> steps = new LinkedHashMap<>();
    steps.put("Task_ChungNhanNhanThuc", this::certificate);
    steps.put("Task_DonXinVaoDang", (c, p) -> p.notBefore("applicationDate", "Ngày ghi trên đơn xin vào Đảng",
        "certificateIssueDate", "ngày cấp giấy chứng nhận lớp nhận thức về Đảng"));
    steps.put("Task_NguoiGioiThieu", this::introducers);
    steps.put("Task_KhaiLyLich", (c, p) -> {
      p.notBefore("lyLichDate", "Ngày khai lý lịch", "applicationDate", "ngày ghi trên đơn xin vào Đảng");
      p.notBefore("lyLichStampDate", "Ngày đóng dấu giáp lai", "lyLichDate", "ngày khai lý lịch");
    });
    steps.put("Task_ThamTraLyLich", (c, p) -> p.notBefore("verificationDate", "Ngày có đủ kết quả thẩm tra",
        "lyLichStampDate", "ngày đóng dấu giáp lai lý lịch"));
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
    steps.put("Task_ChiBoBieuQuyet", (c, p) -> chiBoVote(c, p, true));
    steps.put("Task_DangUyBoPhanThamDinh", (c, p) -> p.notBefore("appraisalDate", "Ngày thẩm định", "resolutionDate",
        "ngày nghị quyết của chi bộ"));
    steps.put("Task_DangUyCoSoBieuQuyet", this::dangUyVote);
    steps.put("Task_QuyetDinhKetNap", this::decision);
    steps.put("Task_QuaHanQuyetDinh", this::extension);
    steps.put("Task_XuLyQuaHanQuyetDinh", this::lateReview);
    steps.put("Task_XuLyChamHoSo", this::lateReview);
    steps.put("Task_NhanQuyetDinh", (c, p) -> {
      p.notBefore("decisionReceivedDate", "Ngày chi bộ nhận quyết định", "decisionDate", "ngày quyết định kết nạp");
      if (p.ok()) {
        c.set("ceremonyDeadline", workingDays.deadline(c.date("decisionReceivedDate"), CEREMONY_WORKING_DAYS));
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
    // ---- Dự bị and công nhận chính thức (§6), model cong-nhan-dang-vien-chinh-thuc ----
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
    steps.put("Task_ChiBoXetCongNhan", (c, p) -> {
      if (p.required("proposal", "Đề nghị") != null) {
        chiBoVote(c, p, false);
      }
    });
    steps.put("Task_BaoCaoCapTren", (c, p) -> {
      p.required("reportNumber", "Số báo cáo");
      p.notBefore("reportDate", "Ngày báo cáo cấp ủy cấp trên", "voteDate", "ngày họp chi bộ lần cuối");
    });
    steps.put("Task_QuyetDinhCongNhan", this::decision);
    steps.put("Task_CongBoQuyetDinh", (c, p) -> {
      p.notBefore("announcementDate", "Ngày công bố quyết định tại chi bộ", "decisionDate", "ngày quyết định");
      if (c.text("cardHandedDate") != null) {
        p.notBefore("cardHandedDate", "Ngày trao thẻ đảng viên", "decisionDate", "ngày quyết định");
      }
    });
    steps.put("Task_XuLyChamXet", this::lateReview);
    steps.put("Task_XuLyChamQuyetDinh", this::lateReview);
    steps.put("Task_DungHoSo", (c, p) -> {
      p.required("stopReason", "Lý do dừng hồ sơ");
      p.past("stopDate", "Ngày dừng hồ sơ");
      if (!c.flag("stopConfirmed")) {
        p.add("Chưa đánh dấu “Tôi xác nhận dừng hồ sơ này”.");
      }
    });
    return Map.copyOf(steps);
  }

  /** A supervisor's review of a late step (the escalations of admission and probation). */
  private void lateReview(AdmissionCase c, Problems p) {
    p.past("lateReviewDate", "Ngày xử lý");
    p.required("lateReviewNotes", "Kiểm điểm trách nhiệm, biện pháp xử lý");
  }

  private void certificate(AdmissionCase c, Problems p) {
    p.required("certificateNumber", "Số giấy chứng nhận");
    p.required("certificateIssuer", "Cơ sở đào tạo cấp");
    LocalDate issued = p.past("certificateIssueDate", "Ngày cấp");
    if (issued != null) {
      CertificateCheck check = rules.certificate(issued, AdmissionSteps.today());
      if (!check.valid()) {
        p.add("Giấy chứng nhận cấp ngày " + fmt(issued) + " đã hết hạn (hiệu lực đến hết ngày "
            + fmt(check.validUntil()) + "): người vào Đảng cần học lại lớp bồi dưỡng nhận thức về Đảng.");
      }
    }
  }

  private void introducers(AdmissionCase c, Problems p) {
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

  private static IntroducerFacts introducerFacts(AdmissionCase c, List<IntroducerFacts.MemberIntroducer> introducers,
      LocalDate onDate) {
    return new IntroducerFacts(c.text("introducerPattern"), c.flag("isDoanVien"), c.date("candidateBirthDate"),
        c.flag("hasDoanOrganisation"), c.flag("isUnionMember"), onDate, introducers);
  }

  private static List<IntroducerFacts.MemberIntroducer> recordedIntroducers(AdmissionCase c) {
    List<IntroducerFacts.MemberIntroducer> introducers = new ArrayList<>();
    for (int n = 1; n <= 2; n++) {
      if (c.text("introducer" + n + "RecordNumber") != null) {
        introducers.add(new IntroducerFacts.MemberIntroducer(c.text("introducer" + n + "RecordNumber"),
            c.date("introducer" + n + "TogetherSince"), c.date("introducer" + n + "LetterDate")));
      }
    }
    return introducers;
  }

  private IntroducerFacts.MemberIntroducer introducer(AdmissionCase c, Problems p, int n, String who) {
    String record = p.required("introducer" + n + "RecordNumber", "Số lý lịch của " + who);
    LocalDate letter = p.past("introducer" + n + "LetterDate", "Ngày giấy giới thiệu của " + who);
    LocalDate together = p.past("introducer" + n + "TogetherSince", "Ngày bắt đầu cùng công tác của " + who);
    if (record != null && record.equals(c.text("candidateRecordNumber"))) {
      p.add("Người giới thiệu không thể là chính người vào Đảng.");
    }
    return new IntroducerFacts.MemberIntroducer(record, together, letter);
  }

  private void eligibility(AdmissionCase c, Problems p) {
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
    switch (education.result()) {
      case "KHONG_DAT" -> p.add(education.message());
      case "CAN_DONG_Y_BTV_TINH" -> consentReasons.add(education.message());
      default -> { }
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

  /**
   * The chi bộ's vote: on admission (after the comments; age, certificate and Đoàn age judged again on the
   * meeting day) or on recognition (not before the end of probation, R-CN-05). A failed recognition vote
   * is counted: the third sends the case up (R-CN-10).
   */
  private void chiBoVote(AdmissionCase c, Problems p, boolean admission) {
    String anchor = admission ? "commentSummaryDate" : "probationEnd";
    String anchorLabel = admission ? "ngày lập tổng hợp ý kiến" : "ngày hết thời gian dự bị";
    LocalDate vote = p.notBefore("voteDate", "Ngày họp chi bộ", anchor, anchorLabel);
    Integer onRoll = p.number("officialMembersOnRoll", "Số đảng viên chính thức của chi bộ");
    Integer present = p.number("presentVoters", "Số đảng viên chính thức có mặt");
    Integer votesFor = p.number("votesFor", "Số phiếu tán thành");
    Integer votesAgainst = p.number("votesAgainst", "Số phiếu không tán thành");
    if (!p.ok()) {
      return;
    }
    Map<String, Integer> exclusions = new LinkedHashMap<>();
    exclusions.put("TAM_THOI_NOI_KHAC", c.numberOrZero("excludedTemporary"));
    exclusions.put("MIEN_SH_VANG_MAT", c.numberOrZero("excludedExemptAbsent"));
    exclusions.put("DINH_CHI_TAM_GIAM", c.numberOrZero("excludedSuspended"));
    exclusions.put("VANG_CO_LY_DO", c.numberOrZero("excludedAbsentWithReason"));
    long registered = registry.countByStatus(c.orgCode(), vn.nq21.workflow.registry.MemberStatus.CHINH_THUC);
    if (onRoll != registered && c.text("exclusionNotes") == null) {
      p.add("“Số đảng viên chính thức của chi bộ” (" + onRoll + ") khác sổ đảng viên (" + registered
          + "): ghi lý do vào “Ghi chú” (R-GEN-08).");
    }
    rules.voteRecordProblems(new VoteRecord(onRoll, present, votesFor, votesAgainst, vote,
        c.date(anchor), anchorLabel)).forEach(p::add);
    if (admission) {
      meetingDayRules(c, p, vote);
    }
    if (!p.ok()) {
      return;
    }
    int denominator = rules.denominator(onRoll, exclusions, vote);
    VoteResult result = rules.vote("HAI_PHAN_BA", votesFor, denominator, vote);
    if (result.passed()) {
      p.required("resolutionNumber", "Số nghị quyết của chi bộ");
      p.notBefore("resolutionDate", "Ngày nghị quyết", "voteDate", "ngày họp chi bộ");
    }
    if (p.ok()) {
      c.set("chiBoDenominator", denominator);
      c.set("chiBoPassed", result.passed());
      c.set("chiBoResultText", votesFor + "/" + denominator + " đảng viên chính thức tán thành ("
          + result.thresholdLabel() + ": " + (result.passed() ? "đạt" : "không đạt") + ")");
      if (!result.passed()) {
        int failed = c.numberOrZero("failedVotes") + 1;
        c.set("failedVotes", failed);
        c.set("failedVotesText", "Chi bộ đã biểu quyết " + failed + " lần chưa đạt hai phần ba (lần gần nhất "
            + fmt(vote) + ": " + votesFor + "/" + denominator + ").");
      }
    }
  }

  /** Admission's hard rules judged again on the real meeting date (R-KN-01, R-KN-05, R-KN-10). */
  private void meetingDayRules(AdmissionCase c, Problems p, LocalDate vote) {
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

  private void dangUyVote(AdmissionCase c, Problems p) {
    p.notBefore("dangUyVoteDate", "Ngày họp đảng ủy", "resolutionDate", "ngày nghị quyết của chi bộ");
    if (c.text("appraisalDate") != null) {
      p.notBefore("dangUyVoteDate", "Ngày họp đảng ủy", "appraisalDate", "ngày thẩm định của đảng ủy bộ phận");
    }
    Integer total = p.number("dangUyMembersTotal", "Tổng số cấp ủy viên đương nhiệm");
    Integer votesFor = p.number("dangUyVotesFor", "Số cấp ủy viên tán thành");
    if (!p.ok()) {
      return;
    }
    String range = AdmissionRules.voteRangeProblem("Số cấp ủy viên tán thành", votesFor, "tổng số cấp ủy viên",
        total);
    if (range != null) {
      p.add(range);
      return;
    }
    VoteResult result = rules.vote("HAI_PHAN_BA_TONG_SO", votesFor, total, c.date("dangUyVoteDate"));
    if (result.passed()) {
      p.required("dangUyResolutionNumber", "Số nghị quyết của đảng ủy");
      p.notBefore("dangUyResolutionDate", "Ngày nghị quyết của đảng ủy", "dangUyVoteDate", "ngày họp đảng ủy");
    }
    if (p.ok()) {
      c.set("dangUyPassed", result.passed());
      if (!result.passed()) {
        c.set("dangUyFailedVotes", c.numberOrZero("dangUyFailedVotes") + 1);
      }
    }
  }

  private void decision(AdmissionCase c, Problems p) {
    String outcome = p.required("decisionOutcome", "Quyết định");
    LocalDate date = c.flag("chiBoPassed")
        ? p.notBefore("decisionDate", "Ngày quyết định", "resolutionDate", "ngày nghị quyết của chi bộ")
        : p.notBefore("decisionDate", "Ngày quyết định", "reportDate", "ngày báo cáo của chi bộ");
    if (c.text("dangUyResolutionDate") != null) {
      p.notBefore("decisionDate", "Ngày quyết định", "dangUyResolutionDate", "ngày nghị quyết của đảng ủy cơ sở");
    }
    Integer total = p.number("deciderMembersTotal", "Tổng số ủy viên của cơ quan quyết định");
    Integer votesFor = p.number("deciderVotesFor", "Số ủy viên tán thành");
    if (!p.ok()) {
      return;
    }
    String range = AdmissionRules.voteRangeProblem("Số ủy viên tán thành", votesFor, "tổng số ủy viên", total);
    if (range != null) {
      p.add(range);
      return;
    }
    if (!"KHONG_KET_NAP".equals(outcome)) {
      p.required("decisionNumber", "Số quyết định");
      VoteResult result = rules.vote(c.text("authorityVoteRule"), votesFor, total, date);
      if (!result.passed()) {
        p.add("Quyết định cần số ủy viên tán thành đạt " + result.thresholdLabel() + ": " + votesFor + "/"
            + total + " chưa đạt.");
      }
      if (c.text("consentReasonText") != null) {
        LocalDate consent = c.date("consentDate");
        if (!"DONG_Y".equals(c.text("consentGiven")) || consent == null || consent.isAfter(date)) {
          p.add("Cần văn bản đồng ý của Ban thường vụ tỉnh ủy có trước ngày quyết định (R-KN-02).");
        }
      }
    } else {
      p.required("refusalReason", "Lý do không kết nạp");
    }
  }

  /** CN01: the helper is an official member of the same chi bộ (R-CN-02). */
  private void helper(AdmissionCase c, Problems p) {
    String record = p.required("helperRecordNumber", "Số lý lịch của người giúp đỡ");
    p.notBefore("helperAssignmentDate", "Ngày chi bộ phân công", "ceremonyDate", "ngày lễ kết nạp");
    if (record == null) {
      return;
    }
    Member helper = registry.findByRecordNumber(record).orElse(null);
    if (helper == null) {
      p.add("Không có số lý lịch " + record + " trong sổ đảng viên.");
    } else if (helper.status() != vn.nq21.workflow.registry.MemberStatus.CHINH_THUC
        || !helper.organizationCode().equals(c.orgCode())) {
      p.add("Người giúp đỡ (" + helper.fullName() + ") phải là đảng viên chính thức của chi bộ này.");
    } else if (helper.id() == c.numberOrZero("memberId")) {
      p.add("Người giúp đỡ không thể là chính đảng viên dự bị.");
    }
  }

  private void extension(AdmissionCase c, Problems p) {
    if (!"CO".equals(p.required("extensionGranted", "Gia hạn"))) {
      return;
    }
    Integer days = p.number("extensionWorkingDays", "Số ngày làm việc gia hạn");
    p.required("extensionReason", "Lý do gia hạn");
    p.past("extensionApprovalDate", "Ngày văn bản gia hạn");
    if (days != null && (days < 1 || days > MAX_EXTENSION_WORKING_DAYS)) {
      p.add("“Số ngày làm việc gia hạn” phải từ 1 đến " + MAX_EXTENSION_WORKING_DAYS + " (R-KN-16).");
    }
    if (p.ok()) {
      c.set("decisionDeadline", workingDays.deadline(c.date("resolutionDate"),
          c.numberOrZero("decisionWorkingDays") + days));
    }
  }

  private void ceremony(AdmissionCase c, Problems p) {
    LocalDate ceremony = p.notBefore("ceremonyDate", "Ngày tổ chức lễ kết nạp", "decisionReceivedDate",
        "ngày nhận quyết định");
    if (ceremony == null || !p.ok()) {
      return;
    }
    LocalDate deadline = workingDays.plusWorkingDays(c.date("decisionReceivedDate"), CEREMONY_WORKING_DAYS);
    if (ceremony.isAfter(deadline)) {
      LocalDate approval = c.date("lateCeremonyApprovalDate");
      if (approval == null || approval.isAfter(ceremony)) {
        p.add("Lễ kết nạp ngày " + fmt(ceremony) + " muộn hơn hạn " + fmt(deadline)
            + " (30 ngày làm việc từ khi nhận quyết định): cần ghi nhận ý kiến đồng ý của cấp ủy cấp trên trực tiếp"
            + " có trước ngày lễ (R-KN-18).");
      }
    }
    if (p.ok()) {
      c.set("paperworkDeadline", workingDays.deadline(ceremony, PAPERWORK_WORKING_DAYS));
    }
  }

  static String fmt(LocalDate date) {
    return date == null ? "?" : VN_DATE.format(date);
  }

  /** Problems of one submission, with the date and field checks every step uses. */
  static final class Problems {
    final List<String> list = new ArrayList<>();
    private final AdmissionCase c;

    Problems(AdmissionCase c) {
      this.c = c;
    }

    void add(String problem) {
      list.add(problem);
    }

    boolean ok() {
      return list.isEmpty();
    }

    String required(String name, String label) {
      String value = c.text(name);
      if (value == null) {
        add("Chưa nhập “" + label + "”.");
      }
      return value;
    }

    Integer number(String name, String label) {
      Integer value = c.number(name);
      if (value == null) {
        add("Chưa nhập “" + label + "”.");
      }
      return value;
    }

    /** A required date that is not in the future. */
    LocalDate past(String name, String label) {
      LocalDate date = c.date(name);
      if (date == null) {
        add("Chưa nhập “" + label + "”.");
      } else if (date.isAfter(AdmissionSteps.today())) {
        add("“" + label + "” (" + fmt(date) + ") ở tương lai.");
      }
      return date;
    }

    /** A required date; it may lie ahead (a planned meeting). */
    LocalDate date(String name, String label) {
      LocalDate date = c.date(name);
      if (date == null) {
        add("Chưa nhập “" + label + "”.");
      }
      return date;
    }

    /** A required past date, not before an earlier step's date (R-KN-19). */
    LocalDate notBefore(String name, String label, String earlierName, String earlierLabel) {
      return notBefore(past(name, label), label, earlierName, earlierLabel);
    }

    LocalDate notBefore(LocalDate date, String label, String earlierName, String earlierLabel) {
      LocalDate earlier = c.date(earlierName);
      if (date != null && earlier != null && date.isBefore(earlier)) {
        add("“" + label + "” (" + fmt(date) + ") sớm hơn " + earlierLabel + " (" + fmt(earlier) + ").");
      }
      return date;
    }
  }
}

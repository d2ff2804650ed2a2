package vn.nq21.workflow.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.nq21.workflow.support.TestNames;

/**
 * One whole case of chi bộ thôn Đông as {@code AdmissionProcessTest} and {@code ProbationProcessTest} drive it:
 * the admission happy path (KN01–KN15), then the probation case the ceremony opens, up to recognition as an
 * official member (CN01–CN08): the start form, then each task's form with the values a clerk would type,
 * submitted by the demo user who works it. The bare reference is driven with the same variables, one user task
 * per step.
 *
 * <p>The case runs in two {@link Phase phases}, each on one engine-clock day: the clock is JVM-global and two
 * threads run cases at different steps, so it cannot move per case. It moves between phases, when no case is
 * at work: from the ceremony day (every admission date is on or before it; the dossier, KN15, is completed on
 * the ceremony day rather than 17 days later) to the day after probation ends, when the timer that opens the
 * review is due and is executed by the driver, as the job executor would.
 */
final class AdmissionStory {

  static final String PROCESS_KEY = "ket-nap-dang-vien";
  static final String PROBATION_KEY = "cong-nhan-dang-vien-chinh-thuc";
  static final String CHI_UY = "cb-thon-dong.chi-uy";
  static final String BAN_TO_CHUC_XA = "xa-an-phu.ban-to-chuc";
  /** The ceremony day: the engine clock of the first phase. */
  static final String CLOCK_DATE = "2026-02-03";
  /** Probation ends twelve months after the ceremony (R-CN-01); the review phase runs the day after. */
  static final String PROBATION_END = "2027-02-03";
  static final String REVIEW_DATE = "2027-02-04";

  /** A step: the task of {@code processKey}'s case that {@code user} completes with {@code form(case number)}. */
  record Step(String processKey, String taskKey, String user, IntFunction<Map<String, Object>> form) {

    Step(String processKey, String taskKey, String user, Map<String, Object> form) {
      this(processKey, taskKey, user, n -> form);
    }
  }

  /** Steps that run on one engine-clock day; before a phase's steps the timers due that day are executed. */
  record Phase(String clockDate, List<Step> steps) {}

  private AdmissionStory() {}

  /** The start form of case {@code n}: a 25-year-old candidate with a CCCD of her own. */
  static Map<String, Object> startForm(int n) {
    // a name is letters only: the case number becomes letters
    return vars("candidateName", "Ứng Viên Benchmark " + TestNames.letters(n), "candidateBirthDate", "2000-05-10",
        "candidateGender", "NU", "candidateIdentityNumber", String.format("0013%08d", n));
  }

  /** KN01–KN15. The vote notes why the roll differs from the register: recognised benchmark members join it. */
  static final List<Step> ADMISSION = List.of(
      admission("Task_ChungNhanNhanThuc", CHI_UY, vars("certificateNumber", "GCN-15/2025",
          "certificateIssueDate", "2025-08-15", "certificateIssuer", "Trung tâm Chính trị xã An Phú")),
      admission("Task_DonXinVaoDang", CHI_UY, vars("applicationDate", "2025-09-05")),
      admission("Task_NguoiGioiThieu", CHI_UY, vars("introducerPattern", "HAI_DANG_VIEN", "isDoanVien", false,
          "hasDoanOrganisation", false, "isUnionMember", false,
          "introducer1RecordNumber", "DEMO-0004", "introducer1LetterDate", "2025-09-20",
          "introducer1TogetherSince", "2019-01-01",
          "introducer2RecordNumber", "DEMO-0005", "introducer2LetterDate", "2025-09-20",
          "introducer2TogetherSince", "2019-01-01")),
      admission("Task_KhaiLyLich", CHI_UY, vars("lyLichDate", "2025-09-25", "lyLichStampDate", "2025-09-26")),
      admission("Task_ThamTraLyLich", CHI_UY, vars("verificationPersons", "Bản thân, cha, mẹ",
          "verificationDate", "2025-10-20", "verificationResult", "DAT")),
      admission("Task_KetLuanLyLich", CHI_UY, vars("lyLichCertifiedDate", "2025-10-25",
          "lyLichConclusion", "DU_DIEU_KIEN")),
      admission("Task_YKienNhanXet", CHI_UY, vars("massOrgCommentDate", "2025-11-05",
          "residenceCommentDate", "2025-11-06", "commentSummaryDate", "2025-11-10")),
      admission("Task_ThamDinhDieuKien", CHI_UY, vars("plannedVoteDate", "2025-12-05",
          "educationLevel", "THCS_TRO_LEN", "educationException", "KHONG", "politicalStandardConcluded", true)),
      admission("Task_ChiBoBieuQuyet", CHI_UY, vars("voteDate", "2025-12-05", "officialMembersOnRoll", 6,
          "exclusionNotes", "Theo biên bản", "excludedTemporary", 0, "excludedExemptAbsent", 0,
          "excludedSuspended", 0, "excludedAbsentWithReason", 0, "presentVoters", 6, "votesFor", 5,
          "votesAgainst", 1, "resolutionNumber", "12-NQ/CB", "resolutionDate", "2025-12-05")),
      admission("Task_QuyetDinh", BAN_TO_CHUC_XA, vars("decisionOutcome", "KET_NAP",
          "deciderMembersTotal", 7, "deciderVotesFor", 6, "decisionNumber", "45-QĐ/ĐU", "decisionDate", "2026-01-20")),
      admission("Task_NhanQuyetDinh", CHI_UY, vars("decisionReceivedDate", "2026-01-21")),
      admission("Task_LeKetNap", CHI_UY, vars("ceremonyDate", CLOCK_DATE)),
      admission("Task_HoanThienHoSo", CHI_UY, vars("partyRecordDate", CLOCK_DATE, "partyCardSlipDate", CLOCK_DATE,
          "dossierIndexDone", true)));

  /** CN01–CN02: the probation case's first steps, on the ceremony day. */
  static final List<Step> PROBATION_START = List.of(
      probation("Task_PhanCongGiupDo", CHI_UY, vars("helperRecordNumber", "DEMO-0004",
          "helperAssignmentDate", CLOCK_DATE)),
      probation("Task_ChungNhanDangVienMoi", CHI_UY, vars("newMemberCertificateNumber", "ĐVM-12",
          "newMemberCertificateDate", CLOCK_DATE, "newMemberCertificateIssuer", "Trung tâm Chính trị xã An Phú")));

  /** CN03–CN08: after the review timer, the dossier, the chi bộ's vote, the decision, the announcement. */
  static final List<Step> PROBATION_REVIEW = List.of(
      probation("Task_TuKiemDiem", CHI_UY, vars("selfReviewDate", PROBATION_END)),
      probation("Task_NhanXetGiupDo", CHI_UY, vars("helperReportDate", PROBATION_END)),
      probation("Task_YKienNhanXetDuBi", CHI_UY, vars("probationMassOrgCommentDate", PROBATION_END,
          "probationResidenceCommentDate", PROBATION_END, "probationCommentSummaryDate", PROBATION_END)),
      probation("Task_ChiBoXetCongNhan", CHI_UY, vars("proposal", "CONG_NHAN", "voteDate", REVIEW_DATE,
          "officialMembersOnRoll", 6, "exclusionNotes", "Theo biên bản", "excludedTemporary", 0,
          "excludedExemptAbsent", 0, "excludedSuspended", 0, "excludedAbsentWithReason", 0, "presentVoters", 6,
          "votesFor", 5, "votesAgainst", 1, "resolutionNumber", "20-NQ/CB", "resolutionDate", REVIEW_DATE)),
      probation("Task_QuyetDinh", BAN_TO_CHUC_XA, vars("decisionOutcome", "CONG_NHAN",
          "deciderMembersTotal", 7, "deciderVotesFor", 6, "decisionNumber", "88-QĐ/ĐU", "decisionDate",
          REVIEW_DATE)),
      new Step(PROBATION_KEY, "Task_CongBoQuyetDinh", CHI_UY, n -> vars("announcementDate", REVIEW_DATE,
          "cardNumber", String.format("48.%06d", n))));

  static final List<Phase> PHASES = List.of(new Phase(CLOCK_DATE, concat(ADMISSION, PROBATION_START)),
      new Phase(REVIEW_DATE, PROBATION_REVIEW));

  /** Task completions in one case. */
  static int steps() {
    return PHASES.stream().mapToInt(phase -> phase.steps().size()).sum();
  }

  private static Step admission(String taskKey, String user, Map<String, Object> form) {
    return new Step(PROCESS_KEY, taskKey, user, form);
  }

  private static Step probation(String taskKey, String user, Map<String, Object> form) {
    return new Step(PROBATION_KEY, taskKey, user, form);
  }

  private static List<Step> concat(List<Step> a, List<Step> b) {
    List<Step> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}

package vn.nq21.workflow.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admission happy path of chi bộ thôn Đông (KN01–KN15), as {@code AdmissionProcessTest} drives it: the start
 * form, then each task's form with the values a clerk would type, submitted by the demo user who works it.
 * The bare reference is driven with the same variables, one user task per step.
 */
final class AdmissionStory {

  static final String PROCESS_KEY = "ket-nap-dang-vien";
  static final String CHI_UY = "cb-thon-dong.chi-uy";
  static final String BAN_TO_CHUC_XA = "xa-an-phu.ban-to-chuc";
  /**
   * The engine clock during the whole run. The tests move it step by step; here it cannot move per case, because
   * it is JVM-global and two threads run cases at different steps. So it stays on the ceremony day: no form date
   * is in the future, and the registry changes the clock dates (KN01–KN03) are not later than the ceremony's,
   * which is why the dossier (KN15) is completed on the ceremony day here rather than 17 days later.
   */
  static final String CLOCK_DATE = "2026-02-03";

  record Step(String taskKey, String user, Map<String, Object> form) {}

  private AdmissionStory() {}

  /** The start form of case {@code n}: a 25-year-old candidate with a CCCD of her own. */
  static Map<String, Object> startForm(int n) {
    return vars("candidateName", "Ứng viên Benchmark " + n, "candidateBirthDate", "2000-05-10",
        "candidateGender", "NU", "candidateIdentityNumber", String.format("0013%08d", n));
  }

  static final List<Step> STEPS = List.of(
      new Step("Task_ChungNhanNhanThuc", CHI_UY, vars("certificateNumber", "GCN-15/2025",
          "certificateIssueDate", "2025-08-15", "certificateIssuer", "Trung tâm Chính trị xã An Phú")),
      new Step("Task_DonXinVaoDang", CHI_UY, vars("applicationDate", "2025-09-05")),
      new Step("Task_NguoiGioiThieu", CHI_UY, vars("introducerPattern", "HAI_DANG_VIEN", "isDoanVien", false,
          "hasDoanOrganisation", false, "isUnionMember", false,
          "introducer1RecordNumber", "DEMO-0004", "introducer1LetterDate", "2025-09-20",
          "introducer1TogetherSince", "2019-01-01",
          "introducer2RecordNumber", "DEMO-0005", "introducer2LetterDate", "2025-09-20",
          "introducer2TogetherSince", "2019-01-01")),
      new Step("Task_KhaiLyLich", CHI_UY, vars("lyLichDate", "2025-09-25", "lyLichStampDate", "2025-09-26")),
      new Step("Task_ThamTraLyLich", CHI_UY, vars("verificationPersons", "Bản thân, cha, mẹ",
          "verificationDate", "2025-10-20", "verificationResult", "DAT")),
      new Step("Task_KetLuanLyLich", CHI_UY, vars("lyLichCertifiedDate", "2025-10-25",
          "lyLichConclusion", "DU_DIEU_KIEN")),
      new Step("Task_YKienNhanXet", CHI_UY, vars("massOrgCommentDate", "2025-11-05",
          "residenceCommentDate", "2025-11-06", "commentSummaryDate", "2025-11-10")),
      new Step("Task_ThamDinhDieuKien", CHI_UY, vars("plannedVoteDate", "2025-12-05",
          "educationLevel", "THCS_TRO_LEN", "educationException", "KHONG", "politicalStandardConcluded", true)),
      new Step("Task_ChiBoBieuQuyet", CHI_UY, vars("voteDate", "2025-12-05", "officialMembersOnRoll", 6,
          "exclusionNotes", null, "excludedTemporary", 0, "excludedExemptAbsent", 0, "excludedSuspended", 0,
          "excludedAbsentWithReason", 0, "presentVoters", 6, "votesFor", 5, "votesAgainst", 1,
          "resolutionNumber", "12-NQ/CB", "resolutionDate", "2025-12-05")),
      new Step("Task_QuyetDinhKetNap", BAN_TO_CHUC_XA, vars("decisionOutcome", "KET_NAP",
          "deciderMembersTotal", 7, "deciderVotesFor", 6, "decisionNumber", "45-QĐ/ĐU", "decisionDate", "2026-01-20")),
      new Step("Task_NhanQuyetDinh", CHI_UY, vars("decisionReceivedDate", "2026-01-21")),
      new Step("Task_LeKetNap", CHI_UY, vars("ceremonyDate", "2026-02-03")),
      new Step("Task_HoanThienHoSo", CHI_UY, vars("partyRecordDate", "2026-02-03", "partyCardSlipDate", "2026-02-03",
          "dossierIndexDone", true)));

  static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}

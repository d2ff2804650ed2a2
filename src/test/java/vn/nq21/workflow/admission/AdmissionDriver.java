package vn.nq21.workflow.admission;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.nq21.workflow.support.CaseDriver;

/** Drives an admission case (see {@link CaseDriver}), with the standard story of a case step by step. */
public class AdmissionDriver extends CaseDriver {

  public static final String PROCESS_KEY = "ket-nap-dang-vien";

  public AdmissionDriver(ProcessEngine engine) {
    super(engine);
  }

  ProcessInstance start(String user, Map<String, Object> startForm) {
    return start(PROCESS_KEY, user, startForm);
  }

  /** A 25-year-old candidate of {@code chiBo}, introduced by two of its official members. */
  ProcessInstance open(String clerk, String name, Map<String, Object> overrides) {
    on("2025-09-01");
    Map<String, Object> form = vars("candidateName", name, "candidateBirthDate", "2000-05-10",
        "candidateGender", "NU", "candidateIdentityNumber", "001300012345");
    form.putAll(overrides);
    return start(clerk, form);
  }

  void throughCertificateAndApplication(String clerk) {
    on("2025-12-01");
    complete("Task_ChungNhanNhanThuc", clerk, vars("certificateNumber", "GCN-15/2025",
        "certificateIssueDate", "2025-08-15", "certificateIssuer", "Trung tâm Chính trị xã An Phú"));
    complete("Task_DonXinVaoDang", clerk, vars("applicationDate", "2025-09-05"));
  }

  void introducedBy(String clerk, String first, String second) {
    complete("Task_NguoiGioiThieu", clerk, vars("introducerPattern", "HAI_DANG_VIEN", "isDoanVien", false,
        "hasDoanOrganisation", false, "isUnionMember", false,
        "introducer1RecordNumber", first, "introducer1LetterDate", "2025-09-20", "introducer1TogetherSince", "2019-01-01",
        "introducer2RecordNumber", second, "introducer2LetterDate", "2025-09-20", "introducer2TogetherSince", "2019-01-01"));
  }

  void throughLyLich(String clerk, String tccsdOffice) {
    complete("Task_KhaiLyLich", clerk, vars("lyLichDate", "2025-09-25", "lyLichStampDate", "2025-09-26"));
    complete("Task_ThamTraLyLich", clerk, vars("verificationPersons", "Bản thân, cha, mẹ",
        "verificationDate", "2025-10-20", "verificationResult", "DAT"));
    complete("Task_KetLuanLyLich", tccsdOffice, vars("lyLichCertifiedDate", "2025-10-25",
        "lyLichConclusion", "DU_DIEU_KIEN"));
    complete("Task_YKienNhanXet", clerk, vars("massOrgCommentDate", "2025-11-05",
        "residenceCommentDate", "2025-11-06", "commentSummaryDate", "2025-11-10"));
  }

  void eligibilityChecked(String clerk, Map<String, Object> overrides) {
    Map<String, Object> form = vars("plannedVoteDate", "2025-12-05", "educationLevel", "THCS_TRO_LEN",
        "educationException", "KHONG", "politicalStandardConcluded", true);
    form.putAll(overrides);
    complete("Task_ThamDinhDieuKien", clerk, form);
  }

  /** KN01–KN09 with the standard story; the case then waits for the chi bộ's vote. */
  void preparedUpToTheVote(String clerk, String tccsdOffice, String name, String introducer1, String introducer2) {
    open(clerk, name, Map.of());
    throughCertificateAndApplication(clerk);
    introducedBy(clerk, introducer1, introducer2);
    throughLyLich(clerk, tccsdOffice);
    eligibilityChecked(clerk, Map.of());
  }

  /** The chi bộ's vote on 05/12/2025, recorded the next day. */
  void chiBoVotes(String clerk, int onRoll, int present, int votesFor) {
    on("2025-12-06");
    Map<String, Object> form = vars("voteDate", "2025-12-05", "officialMembersOnRoll", onRoll,
        "excludedTemporary", 0, "excludedExemptAbsent", 0, "excludedSuspended", 0, "excludedAbsentWithReason", 0,
        "presentVoters", present, "votesFor", votesFor, "votesAgainst", present - votesFor,
        "resolutionNumber", "12-NQ/CB", "resolutionDate", "2025-12-05",
        "exclusionNotes", "Số liệu theo biên bản họp chi bộ");
    complete("Task_ChiBoBieuQuyet", clerk, form);
  }

  void decides(String group, String outcome, int members, int votesFor) {
    on("2026-01-21");
    complete("Task_QuyetDinh", group, vars("decisionOutcome", outcome, "deciderMembersTotal", members,
        "deciderVotesFor", votesFor, "decisionNumber", "45-QĐ/ĐU", "decisionDate", "2026-01-20",
        "refusalReason", "KET_NAP".equals(outcome) ? null : "Chưa đủ tiêu chuẩn"));
  }
}

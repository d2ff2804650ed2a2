package vn.nq21.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.nq21.workflow.admission.AdmissionDriver.vars;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.StatusChange;
import vn.nq21.workflow.support.ApplicationTest;

/** The admission procedure of §5 through the engine, as the clerks of the demo đảng bộ work it. */
@ApplicationTest
class AdmissionProcessTest {

  static final String CHI_UY = "cb-thon-dong.chi-uy";
  static final String BAN_TO_CHUC_XA = "xa-an-phu.ban-to-chuc";

  @Autowired ProcessEngine engine;
  @Autowired MemberRegistry registry;
  AdmissionDriver d;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    d = new AdmissionDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** KN01–KN09 for a 25-year-old candidate of chi bộ thôn Đông, introduced by two official members. */
  void preparedUpToTheVote(String name) {
    d.on("2025-09-01");
    d.start(CHI_UY, vars("candidateName", name, "candidateBirthDate", "2000-05-10", "candidateGender", "NU",
        "candidateIdentityNumber", "001300012345"));
    assertThat(d.instance).isWaitingAt("Task_ChungNhanNhanThuc", "Task_DungHoSo");
    d.on("2025-12-01");
    d.complete("Task_ChungNhanNhanThuc", CHI_UY, vars("certificateNumber", "GCN-15/2025",
        "certificateIssueDate", "2025-08-15", "certificateIssuer", "Trung tâm Chính trị xã An Phú"));
    d.complete("Task_DonXinVaoDang", CHI_UY, vars("applicationDate", "2025-09-05"));
    d.complete("Task_NguoiGioiThieu", CHI_UY, vars("introducerPattern", "HAI_DANG_VIEN", "isDoanVien", false,
        "hasDoanOrganisation", false, "isUnionMember", false,
        "introducer1RecordNumber", "DEMO-0004", "introducer1LetterDate", "2025-09-20",
        "introducer1TogetherSince", "2019-01-01",
        "introducer2RecordNumber", "DEMO-0005", "introducer2LetterDate", "2025-09-20",
        "introducer2TogetherSince", "2019-01-01"));
    d.complete("Task_KhaiLyLich", CHI_UY, vars("lyLichDate", "2025-09-25", "lyLichStampDate", "2025-09-26"));
    d.complete("Task_ThamTraLyLich", CHI_UY, vars("verificationPersons", "Bản thân, cha, mẹ",
        "verificationDate", "2025-10-20", "verificationResult", "DAT"));
    d.complete("Task_KetLuanLyLich", CHI_UY, vars("lyLichCertifiedDate", "2025-10-25",
        "lyLichConclusion", "DU_DIEU_KIEN"));
    d.complete("Task_YKienNhanXet", CHI_UY, vars("massOrgCommentDate", "2025-11-05",
        "residenceCommentDate", "2025-11-06", "commentSummaryDate", "2025-11-10"));
    d.complete("Task_ThamDinhDieuKien", CHI_UY, vars("plannedVoteDate", "2025-12-05",
        "educationLevel", "THCS_TRO_LEN", "educationException", "KHONG", "politicalStandardConcluded", true));
    assertThat(d.instance).isWaitingAt("Task_ChiBoBieuQuyet");
  }

  Map<String, Object> vote(int onRoll, int present, int votesFor) {
    return vars("voteDate", "2025-12-05", "officialMembersOnRoll", onRoll,
        "exclusionNotes", onRoll == 6 ? null : "Sổ chưa cập nhật đảng viên mới chuyển đến", "excludedTemporary", 0,
        "excludedExemptAbsent", 0, "excludedSuspended", 0, "excludedAbsentWithReason", 0,
        "presentVoters", present, "votesFor", votesFor, "votesAgainst", present - votesFor,
        "resolutionNumber", "12-NQ/CB", "resolutionDate", "2025-12-05");
  }

  @Test
  void candidateIsAdmittedAndTheRegistryFollowsTheCaseToProbation() {
    preparedUpToTheVote("Nguyễn Thị Bình An");
    d.on("2025-12-06");
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote(6, 6, 5));
    // Chi bộ cơ sở under a commune: no đảng ủy cơ sở vote; the commune's standing committee decides (A1)
    assertThat(d.instance).isWaitingAt("Task_QuyetDinhKetNap");
    assertThat(d.task("Task_QuyetDinhKetNap")).hasCandidateGroup(BAN_TO_CHUC_XA);
    d.on("2026-01-21");
    d.complete("Task_QuyetDinhKetNap", BAN_TO_CHUC_XA, vars("decisionOutcome", "KET_NAP",
        "deciderMembersTotal", 7, "deciderVotesFor", 6, "decisionNumber", "45-QĐ/ĐU", "decisionDate", "2026-01-20"));
    d.complete("Task_NhanQuyetDinh", CHI_UY, vars("decisionReceivedDate", "2026-01-21"));
    d.on("2026-02-04");
    d.complete("Task_LeKetNap", CHI_UY, vars("ceremonyDate", "2026-02-03"));
    d.on("2026-02-21");
    d.complete("Task_HoanThienHoSo", CHI_UY, vars("partyRecordDate", "2026-02-20", "partyCardSlipDate", "2026-02-20",
        "dossierIndexDone", true));

    assertThat(d.instance).isEnded().hasPassed("EndEvent_DaKetNap");
    Member member = registry.findByRecordNumber(d.instance.getBusinessKey()).orElseThrow();
    assertThat(member.status()).isEqualTo(MemberStatus.DU_BI);
    assertThat(member.admissionDate()).isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(member.ceremonyDate()).isEqualTo(LocalDate.of(2026, 2, 3));
    assertThat(registry.history(member.id())).extracting(StatusChange::toStatus).containsExactly(
        MemberStatus.QUAN_CHUNG_UU_TU, MemberStatus.CAM_TINH_DANG, MemberStatus.DANG_XET_KET_NAP, MemberStatus.DU_BI);
    assertThat(registry.history(member.id())).allSatisfy(change -> {
      assertThat(change.caseId()).isEqualTo(d.instance.getId());
      assertThat(change.userId()).isIn(CHI_UY);
    });
  }

  @Test
  void chiBoVoteOfFiveOfEightFailsAndTheCandidateReturnsToCandidacy() {
    preparedUpToTheVote("Trần Văn Cường");
    d.on("2025-12-06");
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote(8, 8, 5));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_ChiBoKhongDeNghi");
    Member member = registry.findByRecordNumber(d.instance.getBusinessKey()).orElseThrow();
    assertThat(member.status()).isEqualTo(MemberStatus.CAM_TINH_DANG);
  }

  @Test
  void impossibleVoteRecordIsRejectedAndLeavesTheTaskOpenWithNothingWritten() {
    preparedUpToTheVote("Lê Thị Dung");
    d.on("2025-12-06");
    Member before = registry.findByRecordNumber(d.instance.getBusinessKey()).orElseThrow();

    assertThatThrownBy(() -> d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote(6, 7, 7)))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("“Số đảng viên chính thức có mặt” (7)");

    assertThat(d.instance).isWaitingAt("Task_ChiBoBieuQuyet");
    assertThat(d.variable("votesFor")).isNull();
    assertThat(d.variable("chiBoPassed")).isNull();
    assertThat(registry.findByRecordNumber(d.instance.getBusinessKey()).orElseThrow()).isEqualTo(before);
  }

  @Test
  void lateDecisionEscalatesToTheSupervisorAboveAndTheCaseStaysAlive() {
    preparedUpToTheVote("Phạm Minh Đức");
    d.on("2025-12-06");
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote(6, 6, 6));
    d.on("2026-03-20");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.instance).isWaitingAt("Task_QuyetDinhKetNap", "Task_QuaHanQuyetDinh", "Task_DungHoSo");
    assertThat(d.task("Task_QuaHanQuyetDinh")).hasCandidateGroup("tinh-demo.giam-sat");
  }
}

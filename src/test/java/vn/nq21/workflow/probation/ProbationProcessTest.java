package vn.nq21.workflow.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.nq21.workflow.support.CaseDriver.vars;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.KeyDates;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.ReasonCode;
import vn.nq21.workflow.registry.StatusChange;
import vn.nq21.workflow.support.CaseDriver;
import vn.nq21.workflow.support.ProcessTestBase;

/** Dự bị and công nhận đảng viên chính thức (§6) through the engine, as the chi ủy and the deciding body work it. */
class ProbationProcessTest extends ProcessTestBase {

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.boot.test.web.client.TestRestTemplate rest;

  static final String KEY = ProbationSteps.PROCESS_KEY;
  static final String DONG = "cb-thon-dong.chi-uy";
  static final String BTC_XA = "xa-an-phu.ban-to-chuc";
  static final AtomicInteger SEQ = new AtomicInteger();
  CaseDriver d;

  @BeforeEach
  void newDriver() {
    d = new CaseDriver(engine);
  }

  /** A dự bị member of chi bộ thôn Đông admitted by decision on {@code decision}, ceremony on {@code ceremony}. */
  Member probationer(String name, String decision, String ceremony) {
    return probationer("cb-thon-dong", name, decision, ceremony);
  }

  Member probationer(String chiBo, String name, String decision, String ceremony) {
    d.on(ceremony);
    Member m = registry.register(new vn.nq21.workflow.registry.NewPerson("TEST-DB-" + SEQ.incrementAndGet(), name, "NAM",
        LocalDate.of(1995, 3, 3), null, chiBo, MemberStatus.DU_BI, LocalDate.parse(ceremony)), null);
    return registry.updateKeyDates(m.id(), KeyDates.none().withAdmission(LocalDate.parse(decision), LocalDate.parse(ceremony)), null);
  }

  void openedFor(Member m) {
    d.start(KEY, m.organizationCode() + ".chi-uy", vars("memberRecordNumber", m.recordNumber()));
  }

  void dossierReady(Member m, String end, String assigned) {
    dossierReady(DONG, "DEMO-0004", end, assigned);
  }

  /** CN01–CN05 for a member whose probation ends on {@code end}. */
  void dossierReady(String clerk, String helper, String end, String assigned) {
    d.on(assigned);
    d.complete("Task_PhanCongGiupDo", clerk, vars("helperRecordNumber", helper, "helperAssignmentDate", assigned));
    d.complete("Task_ChungNhanDangVienMoi", clerk, vars("newMemberCertificateNumber", "ĐVM-12",
        "newMemberCertificateDate", assigned, "newMemberCertificateIssuer", "Trung tâm Chính trị"));
    assertThat(d.waitingAt()).contains("Timer_DenKyXet");
    d.on(end);
    assertThat(d.fireDueTimers()).isEqualTo(1);
    d.complete("Task_TuKiemDiem", clerk, vars("selfReviewDate", end));
    d.complete("Task_NhanXetGiupDo", clerk, vars("helperReportDate", end));
    d.complete("Task_YKienNhanXetDuBi", clerk, vars("probationMassOrgCommentDate", end,
        "probationResidenceCommentDate", end, "probationCommentSummaryDate", end));
    assertThat(d.waitingAt()).contains("Task_ChiBoXetCongNhan");
  }

  Map<String, Object> vote(String proposal, String date, int votesFor) {
    return vars("proposal", proposal, "voteDate", date, "officialMembersOnRoll", 6, "excludedTemporary", 0,
        "excludedExemptAbsent", 0, "excludedSuspended", 0, "excludedAbsentWithReason", 0, "presentVoters", 6,
        "votesFor", votesFor, "votesAgainst", 6 - votesFor, "resolutionNumber", "20-NQ/CB", "resolutionDate", date,
        "exclusionNotes", "Theo biên bản");
  }

  @Test
  void recognisedLateButOfficialFromTheEndOfProbationWithSeniorityFromTheAdmissionDecision() {
    Member m = probationer("Đinh Văn Chính", "2025-01-20", "2025-02-03");
    openedFor(m);
    assertThat(d.variable("probationEnd")).isEqualTo("2026-02-03");
    dossierReady(m, "2026-02-03", "2025-02-10");
    d.on("2026-02-10");
    d.complete("Task_ChiBoXetCongNhan", DONG, vote("CONG_NHAN", "2026-02-10", 5));
    assertThat(d.task("Task_QuyetDinh")).hasCandidateGroup(BTC_XA);
    // decided after its own 30-working-day limit: the supervisors are told, the member is official all the same
    d.on("2026-04-01");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_QuyetDinh", "Task_XuLyChamQuyetDinh", "Task_DungHoSo");
    d.complete("Task_QuyetDinh", BTC_XA, vars("decisionOutcome", "CONG_NHAN", "deciderMembersTotal", 7,
        "deciderVotesFor", 5, "decisionNumber", "88-QĐ/ĐU", "decisionDate", "2026-03-31"));
    d.complete("Task_CongBoQuyetDinh", DONG, vars("announcementDate", "2026-04-01", "cardNumber", "48.099001"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_DaCongNhan");
    assertThat((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(d.instance.getId()).variableName("hoSoDanhMuc").singleResult().getValue())
        .contains("Bản tự kiểm điểm của đảng viên dự bị (10-KNĐ)", "(16-KNĐ) – 31/03/2026")
        .doesNotContain("Đơn xin vào Đảng");

    Member after = registry.require(m.id());
    assertThat(after.status()).isEqualTo(MemberStatus.CHINH_THUC);
    assertThat(after.recognitionDate()).isEqualTo(LocalDate.of(2026, 2, 3));
    assertThat(after.statusSince()).isEqualTo(LocalDate.of(2026, 2, 3));
    assertThat(after.admissionDate()).isEqualTo(LocalDate.of(2025, 1, 20));
    assertThat(after.cardNumber()).isEqualTo("48.099001");
    StatusChange last = registry.history(m.id()).get(registry.history(m.id()).size() - 1);
    assertThat(last.toStatus()).isEqualTo(MemberStatus.CHINH_THUC);
    assertThat(last.caseId()).isEqualTo(d.instance.getId());
    assertThat(last.userId()).isEqualTo(BTC_XA);
  }

  @Test
  void chiBoProposesRemovalAndTheDecisionStrikesTheMemberOffTheProbationList() {
    Member m = probationer("Đinh Văn Xóa", "2025-01-20", "2025-02-03");
    openedFor(m);
    dossierReady(m, "2026-02-03", "2025-02-10");
    d.on("2026-02-10");
    d.complete("Task_ChiBoXetCongNhan", DONG, vote("XOA_TEN_DU_BI", "2026-02-10", 6));
    d.on("2026-02-20");
    d.complete("Task_QuyetDinh", BTC_XA, vars("decisionOutcome", "XOA_TEN_DU_BI", "deciderMembersTotal", 7,
        "deciderVotesFor", 6, "decisionNumber", "90-QĐ/ĐU", "decisionDate", "2026-02-19"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_DaXoaTen");
    Member after = registry.require(m.id());
    assertThat(after.status()).isEqualTo(MemberStatus.XOA_TEN);
    assertThat(registry.history(m.id()).get(registry.history(m.id()).size() - 1).reasonCode())
        .isEqualTo(ReasonCode.DU_BI_KHONG_DU_TU_CACH);
    assertThat(registry.lastRemoval(m.id()).orElseThrow().reason()).startsWith("Xóa tên khỏi danh sách đảng viên dự bị, quyết định số 90-QĐ/ĐU");
    assertThat(registry.removalsWith(ReasonCode.DU_BI_KHONG_DU_TU_CACH)).extracting(StatusChange::memberId)
        .contains(m.id());
  }

  @Test
  void threeFailedVotesSendTheCaseToTheCompetentBody() {
    Member m = probationer("Đinh Văn Ba Lần", "2025-01-20", "2025-02-03");
    openedFor(m);
    dossierReady(m, "2026-02-03", "2025-02-10");
    for (String date : new String[] {"2026-02-05", "2026-02-06", "2026-02-09"}) {
      d.on(date);
      d.complete("Task_ChiBoXetCongNhan", DONG, vote("CONG_NHAN", date, 3));
    }
    assertThat(d.variable("failedVotes")).isEqualTo(3);
    assertThat(d.waitingAt()).contains("Task_BaoCaoCapTren");
    d.complete("Task_BaoCaoCapTren", DONG, vars("reportNumber", "5-BC/CB", "reportDate", "2026-02-09"));
    assertThat(d.waitingAt()).contains("Task_QuyetDinh");
    assertThat((String) d.variable("proposalText")).contains("biểu quyết 3 lần không đạt");
  }

  @Test
  void threeFailedVotesOfAChiBoTrucThuocGoUpToItsDangUyCoSoThenTheCompetentBody() {
    // R-CN-10: "báo cáo cấp ủy cấp trên trực tiếp và cấp ủy có thẩm quyền xem xét, quyết định"
    Member m = probationer("cb-giao-vien", "Vũ Văn Ba Lần", "2025-01-20", "2025-02-03");
    openedFor(m);
    dossierReady("cb-giao-vien.chi-uy", "DEMO-0019", "2026-02-03", "2025-02-10");
    for (String date : new String[] {"2026-02-05", "2026-02-06", "2026-02-09"}) {
      d.on(date);
      d.complete("Task_ChiBoXetCongNhan", "cb-giao-vien.chi-uy", vote("CONG_NHAN", date, 3));
    }
    d.complete("Task_BaoCaoCapTren", "cb-giao-vien.chi-uy", vars("reportNumber", "6-BC/CB", "reportDate",
        "2026-02-09"));
    // the đảng ủy cơ sở considers the report, then the competent body decides; never back to the chi ủy
    assertThat(d.task("Task_DangUyCoSoBieuQuyet")).hasCandidateGroup("dbcs-thpt-an-phu.van-phong");
    assertThatThrownBy(() -> d.complete("Task_DangUyCoSoBieuQuyet", "dbcs-thpt-an-phu.van-phong",
        vars("dangUyVoteDate", "2026-02-06", "dangUyMembersTotal", 9, "dangUyVotesFor", 6,
            "dangUyResolutionNumber", "8-NQ/ĐU", "dangUyResolutionDate", "2026-02-06")))
        .isInstanceOf(vn.nq21.workflow.engine.SubmissionRejectedException.class)
        .hasMessageContaining("ngày báo cáo của chi bộ");
    d.on("2026-02-10");
    d.complete("Task_DangUyCoSoBieuQuyet", "dbcs-thpt-an-phu.van-phong", vars("dangUyVoteDate", "2026-02-10",
        "dangUyMembersTotal", 9, "dangUyVotesFor", 6, "dangUyResolutionNumber", "8-NQ/ĐU",
        "dangUyResolutionDate", "2026-02-10"));
    assertThat(d.task("Task_QuyetDinh")).hasCandidateGroup(BTC_XA);
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.DU_BI);
  }

  @Test
  void chiBoLateToReviewEscalatesToTheSupervisorsAbove() {
    Member m = probationer("Đinh Văn Chậm", "2025-01-20", "2025-02-03");
    openedFor(m);
    dossierReady(m, "2026-02-03", "2025-02-10");
    // 03/02/2026 + 30 working days (Tết 16–20/2 off): 24/03/2026
    d.on("2026-03-24");
    assertThat(d.fireDueTimers()).isZero();
    d.on("2026-03-25");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_ChiBoXetCongNhan", "Task_XuLyChamXet", "Task_DungHoSo");
    assertThat(d.task("Task_XuLyChamXet")).hasCandidateGroup("xa-an-phu.giam-sat");
  }

  @Test
  void voteBeforeTheEndOfProbationIsRejectedAndNothingIsWritten() {
    Member m = probationer("Đinh Văn Sớm", "2025-01-20", "2025-02-03");
    openedFor(m);
    dossierReady(m, "2026-02-03", "2025-02-10");
    assertThatThrownBy(() -> d.complete("Task_ChiBoXetCongNhan", DONG, vote("CONG_NHAN", "2026-02-02", 6)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("ngày hết thời gian dự bị");
    assertThat(d.waitingAt()).contains("Task_ChiBoXetCongNhan");
    assertThat(d.variable("chiBoPassed")).isNull();
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.DU_BI);
  }

  @Test
  void probationEndsTwelveCalendarMonthsAfterTheCeremonyAlsoAtMonthEnds() {
    Member january = probationer("Đinh Thị Ba Mốt", "2025-01-20", "2025-01-31");
    openedFor(january);
    assertThat(d.variable("probationEnd")).isEqualTo("2026-01-31");
    Member leap = probationer("Đinh Thị Nhuận", "2024-02-20", "2024-02-29");
    openedFor(leap);
    assertThat(d.variable("probationEnd")).isEqualTo("2025-02-28");
  }

  @Test
  void deathDuringProbationIsRecordedAndEndsTheCase() {
    Member m = probationer("Đinh Văn Mất", "2025-01-20", "2025-02-03");
    openedFor(m);
    d.on("2025-06-10");
    d.complete("Task_DungHoSo", DONG, vars("stopReason", "TU_TRAN", "stopDate", "2025-06-09", "stopConfirmed", true));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_HoSoDaDung");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.TU_TRAN);
  }

  @Test
  void transferDuringProbationHandsTheCaseToTheReceivingChiBo() {
    Member m = probationer("Đinh Văn Chuyển", "2025-01-20", "2025-02-03");
    openedFor(m);
    d.on("2025-05-05");
    engine.getRuntimeService().createMessageCorrelation(ProbationSteps.HAND_OVER_MESSAGE)
        .processInstanceId(d.instance.getId()).setVariable("newOrgId", "cb-thon-tay").correlate();
    assertThat(d.variable("caseOrgId")).isEqualTo("cb-thon-tay");
    assertThat(d.task("Task_PhanCongGiupDo")).hasCandidateGroup("cb-thon-tay.chi-uy");
    assertThat(registry.require(m.id()).organizationCode()).isEqualTo("cb-thon-tay");
    // the sending chi ủy neither sees nor works the task any more
    String handedOver = d.task("Task_PhanCongGiupDo").getId();
    d.as(DONG, () -> {
      assertThat(engine.getTaskService().createTaskQuery().taskId(handedOver).count()).isZero();
      assertThatThrownBy(() -> engine.getFormService().submitTaskForm(handedOver, vars("helperRecordNumber",
          "DEMO-0004", "helperAssignmentDate", "2025-05-05"))).isInstanceOf(AuthorizationException.class);
    });
    d.complete("Task_PhanCongGiupDo", "cb-thon-tay.chi-uy", vars("helperRecordNumber", "DEMO-0012",
        "helperAssignmentDate", "2025-05-05"));
    d.as("cb-thon-tay.giam-sat", () -> assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(d.instance.getId()).count()).isEqualTo(1));
    assertThat(d.waitingAt()).contains("Task_ChungNhanDangVienMoi", "Timer_DenKyXet", "Task_DungHoSo");
  }

  @Test
  void transferWhileTheReviewChainRunsTakesTheChainAlong() {
    Member m = probationer("Đinh Văn Chuyển Muộn", "2025-01-20", "2025-02-03");
    openedFor(m);
    dossierReady(m, "2026-02-03", "2025-02-10");
    d.on("2026-02-10");
    d.complete("Task_ChiBoXetCongNhan", DONG, vote("CONG_NHAN", "2026-02-10", 5));
    assertThat(d.waitingAt()).contains("CallActivity_XetDuyetCapTren", "Task_QuyetDinh");
    String chain = d.caseInstanceIds().get(1);
    engine.getRuntimeService().createMessageCorrelation(ProbationSteps.HAND_OVER_MESSAGE)
        .processInstanceId(d.instance.getId()).setVariable("newOrgId", "cb-thon-tay").correlate();
    // the chain, part of the case, now belongs to the receiving chi bộ, whose supervisors may read it
    assertThat(engine.getRuntimeService().getVariable(chain, "caseOrgId")).isEqualTo("cb-thon-tay");
    d.as("cb-thon-tay.giam-sat", () -> assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(chain).count()).isEqualTo(1));
    d.complete("Task_QuyetDinh", BTC_XA, vars("decisionOutcome", "CONG_NHAN", "deciderMembersTotal", 7,
        "deciderVotesFor", 5, "decisionNumber", "89-QĐ/ĐU", "decisionDate", "2026-02-10"));
    assertThat(d.waitingAt()).contains("Task_CongBoQuyetDinh");
    assertThat(d.task("Task_CongBoQuyetDinh")).hasCandidateGroup("cb-thon-tay.chi-uy");
    // the case page: the receiving chi bộ's supervisor reads the whole case, the chain's decision included (the chain
    // was opened for the case's first chi bộ, as the case was: one part)
    Map<String, Object> story = rest.withBasicAuth("cb-thon-tay.giam-sat", "Demo@2026")
        .getForObject("/api/cases/" + chain, Map.class);
    assertThat(story).containsEntry("caseId", d.instance.getId());
    assertThat(((java.util.List<Map<String, Object>>) story.get("done")).stream().map(x -> x.get("name")))
        .contains("Chi bộ xét, biểu quyết công nhận (13-KNĐ)", "Cấp có thẩm quyền xét, ra quyết định");
    assertThat(((java.util.List<Map<String, Object>>) story.get("documents")).stream().map(x -> x.get("number")))
        .contains("89-QĐ/ĐU");
  }

  @Test
  void aCaseHandedOverAfterItsDecisionShowsTheDecisionToItsNewChiBo() {
    Member m = probationer("Đinh Văn Chuyển Sau", "2025-01-20", "2025-02-03");
    openedFor(m);
    dossierReady(m, "2026-02-03", "2025-02-10");
    d.on("2026-02-10");
    d.complete("Task_ChiBoXetCongNhan", DONG, vote("CONG_NHAN", "2026-02-10", 5));
    String chain = d.caseInstanceIds().get(1);
    d.complete("Task_QuyetDinh", BTC_XA, vars("decisionOutcome", "CONG_NHAN", "deciderMembersTotal", 7,
        "deciderVotesFor", 5, "decisionNumber", "90-QĐ/ĐU", "decisionDate", "2026-02-10"));
    // the chain has ended under the first chi bộ; the case moves on to the second
    engine.getRuntimeService().createMessageCorrelation(ProbationSteps.HAND_OVER_MESSAGE)
        .processInstanceId(d.instance.getId()).setVariable("newOrgId", "cb-thon-tay").correlate();
    assertThat(d.task("Task_CongBoQuyetDinh")).hasCandidateGroup("cb-thon-tay.chi-uy");
    // its new chi bộ reads the case whole, the decision it is to announce included
    for (String user : java.util.List.of("cb-thon-tay.chi-uy", "cb-thon-tay.giam-sat")) {
      Map<String, Object> story = rest.withBasicAuth(user, "Demo@2026").getForObject("/api/cases/" + d.instance.getId(),
          Map.class);
      assertThat(((java.util.List<Map<String, Object>>) story.get("documents")).stream().map(x -> x.get("number")))
          .as(user).contains("90-QĐ/ĐU");
      assertThat(rest.withBasicAuth(user, "Demo@2026").getForObject("/api/cases/" + chain, Map.class))
          .containsEntry("caseId", d.instance.getId());
    }
  }

  @Test
  void theReviewChainIsNotACaseOfItsOwn() {
    String chain = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("xet-duyet-cap-tren")
        .latestVersion().singleResult().getId();
    d.as(DONG, () -> assertThatThrownBy(() -> engine.getFormService().submitStartForm(chain, Map.of()))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("không mở riêng được"));
    // every chain running is one a procedure's case called
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("xet-duyet-cap-tren")
        .list()).allMatch(p -> p.getRootProcessInstanceId() != null && !p.getRootProcessInstanceId().equals(p.getId()));
  }

  @Test
  void chiBoTrucThuocGoesThroughItsDangUyCoSoWhichMayVoteThreeTimesBeforeTheCommuneDecides() {
    Member m = probationer("cb-giao-vien", "Vũ Văn Trực Thuộc", "2025-01-20", "2025-02-03");
    openedFor(m);
    dossierReady("cb-giao-vien.chi-uy", "DEMO-0019", "2026-02-03", "2025-02-10");
    d.on("2026-02-10");
    d.complete("Task_ChiBoXetCongNhan", "cb-giao-vien.chi-uy", vote("CONG_NHAN", "2026-02-10", 5));
    String office = "dbcs-thpt-an-phu.van-phong";
    for (int round = 1; round <= 3; round++) {
      assertThat(d.waitingAt()).contains("Task_DangUyCoSoBieuQuyet");
      d.on("2026-02-1" + round);
      d.complete("Task_DangUyCoSoBieuQuyet", office, vars("dangUyVoteDate", "2026-02-1" + round,
          "dangUyMembersTotal", 9, "dangUyVotesFor", 5));
    }
    assertThat(d.waitingAt()).contains("Task_QuyetDinh");
    assertThat(d.task("Task_QuyetDinh")).hasCandidateGroup(BTC_XA);
  }

  @Test
  void chiBoUnderADangUyBoPhanIsAppraisedAndTheAuthorisedDangUyRecognises() {
    Member m = probationer("cb-thoi-su", "Kiều Thị Bộ Phận", "2025-01-20", "2025-02-03");
    openedFor(m);
    dossierReady("cb-thoi-su.chi-uy", "DEMO-0026", "2026-02-03", "2025-02-10");
    d.on("2026-02-10");
    d.complete("Task_ChiBoXetCongNhan", "cb-thoi-su.chi-uy", vote("CONG_NHAN", "2026-02-10", 5));
    d.complete("Task_DangUyBoPhanThamDinh", "dbbp-phong-vien.van-phong", vars("appraisalDate", "2026-02-10",
        "appraisalOpinion", "DONG_Y"));
    assertThat(d.task("Task_QuyetDinh")).hasCandidateGroup("dbcs-bao-tinh.van-phong");
    d.complete("Task_QuyetDinh", "dbcs-bao-tinh.van-phong", vars("decisionOutcome", "CONG_NHAN",
        "deciderMembersTotal", 9, "deciderVotesFor", 7, "decisionNumber", "12-QĐ/ĐU", "decisionDate", "2026-02-10"));
    d.complete("Task_CongBoQuyetDinh", "cb-thoi-su.chi-uy", vars("announcementDate", "2026-02-10"));
    assertThat(d.instance).isEnded();
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.CHINH_THUC);
  }

  @Test
  void supervisorsCloseTheirLatenessReviewsWhileTheCaseGoesOn() {
    Member m = probationer("Đinh Văn Kiểm Điểm", "2025-01-20", "2025-02-03");
    openedFor(m);
    dossierReady(m, "2026-02-03", "2025-02-10");
    d.on("2026-03-25");
    d.fireDueTimers();
    d.complete("Task_XuLyChamXet", "xa-an-phu.giam-sat", vars("lateReviewDate", "2026-03-25",
        "lateReviewNotes", "Nhắc chi bộ họp xét trong tháng"));
    d.complete("Task_ChiBoXetCongNhan", DONG, vote("CONG_NHAN", "2026-03-25", 5));
    d.on("2026-05-20");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    d.complete("Task_XuLyChamQuyetDinh", "tinh-demo.giam-sat", vars("lateReviewDate", "2026-05-20",
        "lateReviewNotes", "Đề nghị kiểm điểm"));
    assertThat(d.waitingAt()).contains("Task_QuyetDinh", "Task_DungHoSo");
  }

  @Test
  void dangUyCoSoPassingSendsTheRecognitionToTheCommune() {
    Member m = probationer("cb-giao-vien", "Vũ Thị Một Lần", "2025-01-20", "2025-02-03");
    openedFor(m);
    dossierReady("cb-giao-vien.chi-uy", "DEMO-0019", "2026-02-03", "2025-02-10");
    d.on("2026-02-10");
    d.complete("Task_ChiBoXetCongNhan", "cb-giao-vien.chi-uy", vote("CONG_NHAN", "2026-02-10", 5));
    d.on("2026-02-10");
    d.complete("Task_DangUyCoSoBieuQuyet", "dbcs-thpt-an-phu.van-phong", vars("dangUyVoteDate", "2026-02-10",
        "dangUyMembersTotal", 9, "dangUyVotesFor", 6, "dangUyResolutionNumber", "7-NQ/ĐU",
        "dangUyResolutionDate", "2026-02-10"));
    assertThat(d.waitingAt()).contains("Task_QuyetDinh");
  }
}

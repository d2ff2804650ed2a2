package vn.nq21.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.nq21.workflow.admission.AdmissionDriver.vars;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.StatusChange;

/** The admission procedure of §5 through the engine, as the clerks of the demo đảng bộ work it. */
class AdmissionProcessTest extends AdmissionTestBase {

  static final String CHI_UY = "cb-thon-dong.chi-uy";
  static final String BAN_TO_CHUC_XA = "xa-an-phu.ban-to-chuc";

  @Autowired TestRestTemplate rest;

  void preparedUpToTheVote(String name) {
    d.preparedUpToTheVote(CHI_UY, CHI_UY, name, "DEMO-0004", "DEMO-0005");
    assertThat(d.waitingAt()).contains("Task_ChiBoBieuQuyet", "Task_DungHoSo");
  }

  /** The vote as recorded; a roll that differs from the registry's on the day (other tests add members) gets its note. */
  Map<String, Object> vote(int onRoll, int present, int votesFor) {
    boolean asRegistered = onRoll == registry.rollOn("cb-thon-dong", LocalDate.of(2025, 12, 5)).officialCount();
    return vars("voteDate", "2025-12-05", "officialMembersOnRoll", onRoll,
        "exclusionNotes", asRegistered ? null : "Sổ chưa cập nhật đảng viên mới chuyển đến", "excludedTemporary", 0,
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
    assertThat(d.waitingAt()).contains("Task_QuyetDinh");
    assertThat(d.task("Task_QuyetDinh")).hasCandidateGroup(BAN_TO_CHUC_XA);
    d.on("2026-01-21");
    d.complete("Task_QuyetDinh", BAN_TO_CHUC_XA, vars("decisionOutcome", "KET_NAP",
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
    // no silent end: the chi ủy reports the full result to the cấp ủy above (R-GEN-09)
    assertThat(d.waitingAt()).contains("Task_BaoCaoKetQuaChiBo");
    assertThat(d.task("Task_BaoCaoKetQuaChiBo")).hasCandidateGroup(CHI_UY);
    d.complete("Task_BaoCaoKetQuaChiBo", CHI_UY, vars("voteReportNumber", "14-BC/CB", "voteReportDate", "2025-12-06"));
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
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("“Số đảng viên chính thức có mặt” (7)");

    assertThat(d.waitingAt()).contains("Task_ChiBoBieuQuyet");
    assertThat(d.variable("votesFor")).isNull();
    assertThat(d.variable("chiBoPassed")).isNull();
    assertThat(registry.findByRecordNumber(d.instance.getBusinessKey()).orElseThrow()).isEqualTo(before);
  }

  @Test
  void restClientsGetABadRequestWithTheVietnameseRejection() {
    preparedUpToTheVote("Lê Thị REST");
    d.on("2025-12-06");
    String taskId = d.task("Task_ChiBoBieuQuyet").getId();
    StringBuilder json = new StringBuilder("{\"variables\":{");
    vote(6, 7, 7).forEach((k, v) -> {
      if (v != null) {
        json.append('"').append(k).append("\":{\"value\":").append(v instanceof String ? "\"" + v + "\"" : v).append("},");
      }
    });
    json.setLength(json.length() - 1);
    json.append("}}");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> response = rest.withBasicAuth(CHI_UY, "Demo@2026").exchange(
        "/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST, new HttpEntity<>(json.toString(), headers),
        Map.class);
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
    // Camunda's REST prefixes "Cannot submit task form <id>: "; the clerk's Vietnamese message follows whole
    assertThat((String) response.getBody().get("message")).startsWith("Chưa thể hoàn thành bước này")
        .contains("“Số đảng viên chính thức có mặt” (7)").doesNotContain("ENGINE-");
    assertThat(d.waitingAt()).contains("Task_ChiBoBieuQuyet");
  }

  @Test
  void theVoteIsHeldToTheRollOfTheMeetingDayNotToday() {
    preparedUpToTheVote("Nguyễn Thị Đúng Ngày");
    // an official member joins the chi bộ after the meeting: today's roll has one more than the meeting's
    Member newcomer = registry.register(new NewPerson("KT-ROLL-" + System.nanoTime() % 100000, "Lê Văn Đến Sau", "NAM",
        LocalDate.of(1985, 1, 1), null, "cbcs-van-phong-tu", MemberStatus.CHINH_THUC, LocalDate.of(2010, 1, 1)), null);
    registry.moveTo(newcomer.id(), "cb-thon-dong", LocalDate.of(2026, 1, 10), "Chuyển sinh hoạt đảng", null);
    int onTheDay = registry.rollOn("cb-thon-dong", LocalDate.of(2025, 12, 5)).officialCount();
    assertThat(registry.countByStatus("cb-thon-dong", MemberStatus.CHINH_THUC)).isGreaterThan(onTheDay);

    d.on("2026-01-12");
    Map<String, Object> asOnTheDay = vote(onTheDay, onTheDay, onTheDay);
    asOnTheDay.put("exclusionNotes", null);
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, asOnTheDay);
    assertThat(d.waitingAt()).contains("Task_QuyetDinh");
  }

  @Test
  void lateDecisionEscalatesToTheSupervisorAboveAndTheCaseStaysAlive() {
    preparedUpToTheVote("Phạm Minh Đức");
    d.on("2025-12-06");
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote(6, 6, 6));
    d.on("2026-03-20");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_QuyetDinh", "Task_QuaHanQuyetDinh", "Task_DungHoSo");
    assertThat(d.task("Task_QuaHanQuyetDinh")).hasCandidateGroup("tinh-demo.giam-sat");
  }

  /** The clerk of the chi bộ whose admitted member the probation case then follows. */
  static final String PROBATION_CLERK = "cb-thon-dong.chi-uy";

  @Test
  void ceremonyRecordedInAdmissionOpensTheProbationCaseByItself() {
    d.preparedUpToTheVote(PROBATION_CLERK, PROBATION_CLERK, "Hà Thị Tự Mở", "DEMO-0004", "DEMO-0005");
    d.chiBoVotes(PROBATION_CLERK, 6, 6, 6);
    d.decides("xa-an-phu.ban-to-chuc", "KET_NAP", 7, 5);
    d.complete("Task_NhanQuyetDinh", PROBATION_CLERK, vars("decisionReceivedDate", "2026-01-21"));
    d.on("2026-02-04");
    d.complete("Task_LeKetNap", PROBATION_CLERK, vars("ceremonyDate", "2026-02-03"));
    String record = d.instance.getBusinessKey();

    d.follow("cong-nhan-dang-vien-chinh-thuc", record);
    assertThat(d.waitingAt()).contains("Task_PhanCongGiupDo", "Task_DungHoSo");
    assertThat(d.variable("probationEnd")).isEqualTo("2027-02-03");
    assertThat(d.task("Task_PhanCongGiupDo")).hasCandidateGroup(PROBATION_CLERK);
  }

  @Test
  void aCaseRecordedFromPaperKeepsEachActsOwnDateFromTheDayTheChiBoListedThePerson() {
    d.open(CHI_UY, "Nguyễn Thị Ghi Lại", Map.of("listedDate", "2025-06-01"));
    d.throughCertificateAndApplication(CHI_UY);
    Member member = registry.findByRecordNumber(d.instance.getBusinessKey()).orElseThrow();
    assertThat(registry.history(member.id())).extracting(StatusChange::toStatus, StatusChange::effectiveDate)
        .containsExactly(tuple(MemberStatus.QUAN_CHUNG_UU_TU, LocalDate.of(2025, 6, 1)),
            tuple(MemberStatus.CAM_TINH_DANG, LocalDate.of(2025, 8, 15)),
            tuple(MemberStatus.DANG_XET_KET_NAP, LocalDate.of(2025, 9, 5)));
  }

  @Test
  void aCeremonyBeforeTheRegistrysDateIsRefusedNamingBothDates() {
    d.on("2026-01-22");
    d.start(CHI_UY, vars("candidateName", "Nguyễn Thị Lập Muộn", "candidateBirthDate", "2000-05-10",
        "candidateGender", "NU", "candidateIdentityNumber", "001300012399"));
    d.throughCertificateAndApplication(CHI_UY);
    d.introducedBy(CHI_UY, "DEMO-0004", "DEMO-0005");
    d.throughLyLich(CHI_UY, CHI_UY);
    d.eligibilityChecked(CHI_UY, Map.of());
    d.on("2025-12-06");
    int onRoll = registry.rollOn("cb-thon-dong", LocalDate.of(2025, 12, 5)).officialCount();
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote(onRoll, onRoll, onRoll));
    d.on("2026-01-21");
    d.complete("Task_QuyetDinh", BAN_TO_CHUC_XA, vars("decisionOutcome", "KET_NAP",
        "deciderMembersTotal", 7, "deciderVotesFor", 6, "decisionNumber", "46-QĐ/ĐU", "decisionDate", "2026-01-20"));
    d.complete("Task_NhanQuyetDinh", CHI_UY, vars("decisionReceivedDate", "2026-01-21"));
    d.on("2026-02-04");
    assertThatThrownBy(() -> d.complete("Task_LeKetNap", CHI_UY, vars("ceremonyDate", "2026-01-21")))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("“Ngày tổ chức lễ kết nạp” (21/01/2026) sớm hơn ngày sổ đảng viên ghi")
        .hasMessageContaining("(22/01/2026)").hasMessageContaining("Ngày chi bộ đưa vào nguồn kết nạp");
    assertThat(d.waitingAt()).contains("Task_LeKetNap");
  }
}

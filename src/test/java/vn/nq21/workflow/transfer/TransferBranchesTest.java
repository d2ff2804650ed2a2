package vn.nq21.workflow.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.nq21.workflow.support.CaseDriver.vars;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.ledgers.LedgerKind;
import vn.nq21.workflow.ledgers.Ledgers;
import vn.nq21.workflow.ledgers.SheetReader;
import vn.nq21.workflow.registry.CustodyEvent;
import vn.nq21.workflow.registry.DossierCustody;
import vn.nq21.workflow.registry.DossierHolder;
import vn.nq21.workflow.registry.Hold;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberHolds;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.Membership;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.Overlay;
import vn.nq21.workflow.support.CaseDriver;
import vn.nq21.workflow.support.ProcessTestBase;

/**
 * The transfer's other branches (§7.6): a dự bị member, organisations outside the installation in both directions,
 * a death in transit, and every deadline at its boundary (R-CS-02, R-CS-08, U7, U8).
 */
class TransferBranchesTest extends TransferTestBase {

  @Test
  void aDuBiMembersProbationCaseFollowsThemAndTheRegistryMovesOnce() {
    Member m = probationerWithCase("Phạm Văn Dự Bị Đi");
    paidThrough(m, SENDER, YearMonth.of(2026, 3));
    List<String> index = new java.util.ArrayList<>(OFFICIAL_INDEX);
    index.add("HO_SO_KET_NAP");
    opens(m, "CHUYEN_CONG_TAC", "TRONG_HE_THONG", null);
    assertThat((String) d.variable("transferWarnings")).contains("R-CN-14");
    appliedAndCommented();
    // a dự bị member's hồ sơ carries the hồ sơ kết nạp
    assertThatThrownBy(() -> d.complete("Task_LapGiayGioiThieu", SENDER_CHI_UY, sealed(OFFICIAL_INDEX)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Hồ sơ kết nạp");
    d.complete("Task_LapGiayGioiThieu", SENDER_CHI_UY, sealed(index));
    d.on("2026-03-06");
    d.complete("Task_CapTrenGioiThieu", SENDER_SUPERIOR, vars("introductionDate", "2026-03-06", "toTccsdId", RECEIVER));
    d.on("2026-03-09");
    d.complete("Task_CapTrenNoiDenTiepNhan", RECEIVER_SUPERIOR, vars("receivedDate", "2026-03-09", "forwardDate",
        "2026-03-09"));
    d.complete("Task_DangVienTrinhDien", RECEIVER_OFFICE, vars("reportDate", "2026-03-09"));
    d.complete("Task_KiemTraHoSo", RECEIVER_OFFICE, vars("checkDate", "2026-03-09", "itemsReceived", index,
        "indexConfirmedSeen", true, "sealIntact", true, "checkConclusion", "TIEP_NHAN", "toChiBoId", "cb-tri-su"));
    assertThat(probationOf(m).caseOrgId()).isEqualTo(SENDER);
    d.on("2026-03-12");
    d.complete("Task_ChiBoGioiThieu", RECEIVING_CHI_UY, vars("introducedOn", "2026-03-11"));
    oneOfficialOrganisation(m, "cb-tri-su");
    // the probation case is the receiving chi bộ's now; the registry moved once, on the meeting day
    assertThat(probationOf(m).caseOrgId()).isEqualTo("cb-tri-su");
    assertThat(registry.memberships(m.id())).extracting(Membership::organizationCode)
        .containsExactly(SENDER, "cb-tri-su");
    assertThat(registry.memberships(m.id()).get(1).validFrom()).isEqualTo(LocalDate.of(2026, 3, 11));
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.DU_BI);
  }

  @Test
  void toAnOrganisationOutsideTheMemberLeavesOnTheConfirmedAcceptanceAndProbationEndsHere() {
    Member m = probationerWithCase("Phạm Văn Ra Ngoài");
    paidThrough(m, SENDER, YearMonth.of(2026, 3));
    List<String> index = new java.util.ArrayList<>(OFFICIAL_INDEX);
    index.add("HO_SO_KET_NAP");
    opens(m, "DOI_NOI_CU_TRU", "NGOAI_HE_THONG", null);
    appliedAndCommented();
    d.complete("Task_LapGiayGioiThieu", SENDER_CHI_UY, sealed(index));
    d.on("2026-03-06");
    d.complete("Task_CapTrenGioiThieu", SENDER_SUPERIOR, vars("introductionDate", "2026-03-06"));
    assertThat(d.waitingAt()).contains("Task_XacNhanNoiDenNgoai");
    assertThat(registry.overlays(m.id())).singleElement().satisfies(o -> {
      assertThat(o.overlay()).isEqualTo(Overlay.DANG_CHUYEN);
      assertThat(o.organizationCode()).isNull();
      assertThat(o.place()).isEqualTo("Báo tỉnh");
    });
    oneOfficialOrganisation(m, SENDER);
    d.on("2026-04-02");
    d.complete("Task_XacNhanNoiDenNgoai", SENDER_CHI_UY, vars("acceptedElsewhereDate", "2026-04-01",
        "acceptanceEvidence", "Phiếu báo số 12 của Đảng ủy phường X, tỉnh Y"));
    assertThat(outcome(d.instance.getId())).isEqualTo("DA_CHUYEN_NGOAI");
    // on the sender's roll to the day before, on no roll here from that day; the probation case ended here
    assertThat(registry.organizationOn(m.id(), LocalDate.of(2026, 3, 31))).contains(SENDER);
    assertThat(registry.organizationOn(m.id(), LocalDate.of(2026, 4, 1))).isEmpty();
    assertThat(registry.outside(m.id())).hasValueSatisfying(o -> assertThat(o.externalPlace()).isEqualTo("Báo tỉnh"));
    assertThat(registry.rollOn(SENDER, LocalDate.of(2026, 4, 1)).probationary()).extracting(e -> e.memberId())
        .doesNotContain(m.id());
    assertThat(registry.membersOf(SENDER)).extracting(Member::id).doesNotContain(m.id());
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2026, 4, 1))).isEmpty();
    assertThat(custody.current(m.id()).orElseThrow().holder()).isEqualTo(DossierHolder.EXTERNAL);
    assertThat(probationOf(m).runningId()).isNull();
    assertThat(outcome(probationOf(m).id())).isEqualTo("CHUYEN_DI");

    // gone from the chi bộ: a new transfer case there is refused; the member comes back through the papers
    CaseDriver again = driver();
    again.on("2026-05-04");
    assertThatThrownBy(() -> again.start(KEY, SENDER_CHI_UY, vars("memberRecordNumber", m.recordNumber(), "causeCode",
        "NGHI_HUU", "causeEffectiveDate", "2026-05-01", "destinationScope", "TRONG_HE_THONG", "destinationText", "X")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("đã chuyển sinh hoạt ra ngoài hệ thống");
    again.start(ReceivingSteps.PROCESS_KEY, RECEIVER_OFFICE, vars("memberRecordNumber", m.recordNumber(),
        "incomingFullName", m.fullName(), "incomingGender", "NAM", "incomingBirthDate", "1985-04-04", "incomingStatus",
        "DU_BI", "incomingAdmissionDate", "2025-12-22", "incomingCeremonyDate", "2026-01-05", "fromText",
        "Báo tỉnh", "introductionNumber", "GT-90", "introductionDate", "2026-05-04", "dossierIndex", index));
    again.complete("Task_DangVienTrinhDien", RECEIVER_OFFICE, vars("reportDate", "2026-05-04"));
    again.complete("Task_KiemTraHoSo", RECEIVER_OFFICE, vars("checkDate", "2026-05-04", "itemsReceived", index,
        "indexConfirmedSeen", true, "sealIntact", true, "checkConclusion", "TIEP_NHAN", "toChiBoId", "cb-tri-su"));
    again.complete("Task_ChiBoGioiThieu", RECEIVING_CHI_UY, vars("introducedOn", "2026-05-04"));
    assertThat(registry.organizationOn(m.id(), LocalDate.of(2026, 5, 4))).contains("cb-tri-su");
    // still dự bị: the receiving chi bộ follows the probation in a case of its own
    var probation = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("cong-nhan-dang-vien-chinh-thuc").processInstanceBusinessKey(m.recordNumber())
        .singleResult();
    assertThat(probation).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(probation.getId(), "caseOrgId")).isEqualTo("cb-tri-su");
    assertThat(registry.organizationOn(m.id(), LocalDate.of(2026, 4, 15))).isEmpty();
  }

  @Test
  void aMemberFromOutsideEntersTheRegistryFromThePapersAndTheRollsFromTheIntroduction() {
    d.on("2026-03-10");
    String record = "TEST-CS-NGOAI-" + SEQ.incrementAndGet();
    Map<String, Object> papers = vars("memberRecordNumber", record, "incomingFullName", "Hoàng Văn Từ Xa",
        "incomingGender", "NAM", "incomingBirthDate", "1980-02-02", "incomingStatus", "CHINH_THUC",
        "incomingAdmissionDate", "2010-05-19", "incomingRecognitionDate", "2011-05-19", "incomingCardNumber",
        "99887766", "fromText", "Đảng bộ phường X, tỉnh Y", "introductionNumber", "GT-77", "introductionDate",
        "2026-03-09", "dossierIndex", OFFICIAL_INDEX);
    // a chi ủy is not the office of a tổ chức cơ sở đảng
    assertThatThrownBy(() -> d.start(ReceivingSteps.PROCESS_KEY, RECEIVING_CHI_UY, papers))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("không phải tổ chức cơ sở đảng");
    d.start(ReceivingSteps.PROCESS_KEY, RECEIVER_OFFICE, papers);
    Member m = registry.findByRecordNumber(record).orElseThrow();
    assertThat(m.cardNumber()).isEqualTo("99887766");
    assertThat(registry.outside(m.id())).isPresent();
    assertThat(registry.membersOf(RECEIVER)).extracting(Member::id).doesNotContain(m.id());
    assertThat(d.waitingAt()).contains("Task_DangVienTrinhDien").doesNotContain("Task_CapTrenNoiDenTiepNhan");
    d.complete("Task_DangVienTrinhDien", RECEIVER_OFFICE, vars("reportDate", "2026-03-10"));
    d.complete("Task_KiemTraHoSo", RECEIVER_OFFICE, vars("checkDate", "2026-03-10", "itemsReceived", OFFICIAL_INDEX,
        "indexConfirmedSeen", true, "sealIntact", true, "checkConclusion", "TIEP_NHAN", "toChiBoId", "cb-tri-su"));
    d.on("2026-03-13");
    d.complete("Task_ChiBoGioiThieu", RECEIVING_CHI_UY, vars("introducedOn", "2026-03-12"));
    assertThat(outcome(d.instance.getId())).isEqualTo("DA_TIEP_NHAN");
    assertThat(registry.organizationOn(m.id(), LocalDate.of(2026, 3, 11))).isEmpty();
    assertThat(registry.organizationOn(m.id(), LocalDate.of(2026, 3, 12))).contains("cb-tri-su");
    assertThat(registry.rollOn("cb-tri-su", LocalDate.of(2026, 3, 11)).official()).extracting(e -> e.memberId())
        .doesNotContain(m.id());
    assertThat(registry.rollOn("cb-tri-su", LocalDate.of(2026, 3, 12)).official()).extracting(e -> e.memberId())
        .contains(m.id());
    assertThat(registry.outside(m.id())).isEmpty();
    // the same person cannot be opened twice from papers
    assertThatThrownBy(() -> d.start(ReceivingSteps.PROCESS_KEY, RECEIVER_OFFICE, papers))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("là đảng viên của Chi bộ Trị sự");
  }

  @Test
  void aDeathInTransitClosesBothSidesAndTheHoSoGoesBackToTheSender() {
    Member m = member("Phạm Văn Từ Trần", SENDER, MemberStatus.CHINH_THUC);
    paidThrough(m, SENDER, YearMonth.of(2026, 3));
    sendingSideDone(m);
    String sending = d.instance.getId();
    d.on("2026-03-20");
    d.complete("Task_DungHoSo", SENDER_CHI_UY, vars("stopReason", "TU_TRAN", "stopDate", "2026-03-18",
        "stopConfirmed", true));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(m.recordNumber())
        .processDefinitionKeyIn(KEY, ReceivingSteps.PROCESS_KEY).count()).isZero();
    assertThat(outcome(sending)).isEqualTo("TU_TRAN");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.TU_TRAN);
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2026, 3, 18))).isEmpty();
    CustodyEvent last = custody.current(m.id()).orElseThrow();
    assertThat(last.holder()).isEqualTo(DossierHolder.ORG);
    assertThat(last.organizationCode()).isEqualTo(SENDER);
    oneOfficialOrganisation(m, SENDER);
  }

  // ------------------------------------------------------------------ deadlines at their boundaries

  @Test
  void sixtyWorkingDaysAfterTheCauseTheLateStartGoesToTheOfficeUnlessItsReasonWasRecordedAtOpening() {
    Member m = member("Phạm Văn Chậm Trễ", SENDER, MemberStatus.CHINH_THUC);
    d.on("2026-03-02");
    d.start(KEY, SENDER_CHI_UY, vars("memberRecordNumber", m.recordNumber(), "causeCode", "NGHI_HUU",
        "causeEffectiveDate", "2026-03-02", "destinationScope", "TRONG_HE_THONG", "destinationText", "Báo tỉnh"));
    // 60 working days from 02/03/2026 end on 29/05/2026 (the 27/04 and 30/04–01/05 holidays counted out)
    LocalDate last = LocalDate.parse("2026-03-02");
    for (int n = 0; n < 60; ) {
      last = last.plusDays(1);
      if (workingDays.isWorkingDay(last)) {
        n++;
      }
    }
    d.on(last.toString());
    assertThat(d.fireDueTimers()).isZero();
    d.on(last.plusDays(1).toString());
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_GhiLyDoChamBatDau", "Task_DonTuKiemDiem");
    assertThat(d.task("Task_GhiLyDoChamBatDau")).hasCandidateGroup(SENDER_CHI_UY);
    d.complete("Task_GhiLyDoChamBatDau", SENDER_CHI_UY, vars("lateReviewDate", last.plusDays(1).toString(),
        "lateReviewNotes", "Nhắc đảng viên nộp đơn trong tuần"));
    assertThat(d.waitingAt()).containsOnly("Task_DonTuKiemDiem", "Task_DungHoSo");

    // opened after the 60 working days: the reason is asked for at opening, and no escalation follows
    Member late = member("Phạm Văn Mở Muộn", SENDER, MemberStatus.CHINH_THUC);
    CaseDriver other = driver();
    other.on("2026-06-15");
    Map<String, Object> opening = vars("memberRecordNumber", late.recordNumber(), "causeCode", "NGHI_HUU",
        "causeEffectiveDate", "2026-03-02", "destinationScope", "TRONG_HE_THONG", "destinationText", "Báo tỉnh");
    assertThatThrownBy(() -> other.start(KEY, SENDER_CHI_UY, opening)).isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Lý do chậm làm thủ tục");
    opening.put("lateStartReason", "Đảng viên ốm dài ngày sau khi nghỉ hưu");
    other.start(KEY, SENDER_CHI_UY, opening);
    assertThat(other.fireDueTimers()).isEqualTo(1);
    assertThat(other.waitingAt()).doesNotContain("Task_GhiLyDoChamBatDau").contains("Task_DonTuKiemDiem");
  }

  @Test
  void aTemporaryMemberNotReportedInThirtyWorkingDaysGivesTheChiUyAReminder() {
    Member m = member("Phạm Thị Chưa Báo", SENDER, MemberStatus.CHINH_THUC);
    opens(m, "HOC_TAP", "TRONG_HE_THONG", "2026-12-31");
    assertThat(d.variable("kind")).isEqualTo("TAM_THOI");
    d.on("2026-03-03");
    d.complete("Task_CapGiayTamThoi", SENDER_CHI_UY, vars("tempIntroNumber", "TT-9", "tempIntroDate", "2026-03-03",
        "tempScope", "NGOAI_HE_THONG", "tempPlaceText", "Học viện Chính trị khu vực I, Hà Nội", "tempStart",
        "2026-03-05", "tempEnd", "2026-12-31"));
    // outside the installation: the sending chi ủy follows the stay itself
    assertThat(d.task("Task_BaoCaoNoiTamThoi")).hasCandidateGroup(SENDER_CHI_UY);
    d.on("2026-04-14");
    assertThat(d.fireDueTimers()).isZero(); // day 30 (14/04/2026) ends tonight
    d.on("2026-04-15");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_NhacBaoCaoTamThoi", "Task_BaoCaoNoiTamThoi");
    // a study stay may run to 24 months: an extension to 20 months is fine
    d.complete("Task_BaoCaoNoiTamThoi", SENDER_CHI_UY, vars("tempReportDate", "2026-04-15"));
    d.on("2026-12-01");
    assertThatThrownBy(() -> d.complete("Task_GiaHan", SENDER_CHI_UY, vars("extensionRequestDate", "2026-12-01",
        "extensionAnswer", "GIA_HAN", "newTempEnd", "2027-10-31")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Ngày báo cho tổ chức đảng");
    d.complete("Task_GiaHan", SENDER_CHI_UY, vars("extensionRequestDate", "2026-12-01", "extensionAnswer",
        "GIA_HAN", "newTempEnd", "2027-10-31", "officialInformedDate", "2026-12-01"));
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2027, 10, 31))).containsExactly(Overlay.SH_TAM_THOI);
    // an early return ends the stay on the day back
    d.on("2027-02-01");
    d.complete("Task_GiaHan", SENDER_CHI_UY, vars("extensionRequestDate", "2027-01-25", "extensionAnswer", "TRO_VE"));
    d.complete("Task_NhanXetKetThuc", SENDER_CHI_UY, vars("tempCommentDate", "2027-01-30", "tempComments",
        "Học tập tốt"));
    d.complete("Task_TroLaiChinhThuc", SENDER_CHI_UY, vars("returnDate", "2027-02-01"));
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2027, 1, 31))).containsExactly(Overlay.SH_TAM_THOI);
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2027, 2, 1))).isEmpty();
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2027, 10, 31))).isEmpty();
    oneOfficialOrganisation(m, SENDER);
  }

  @Test
  void aMemberGoingOutsideWhoNeverArrivesIsReviewedAtTheSendingSide() {
    Member m = member("Phạm Văn Đi Xa", SENDER, MemberStatus.CHINH_THUC);
    paidThrough(m, SENDER, YearMonth.of(2026, 3));
    opens(m, "CHUYEN_CONG_TAC", "NGOAI_HE_THONG", null);
    appliedAndCommented();
    sealedAndIntroducedOutside("2026-03-06");
    d.on("2026-06-06");
    assertThat(d.fireDueTimers()).isZero();
    d.on("2026-06-07");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    d.complete("Task_XemXetKhongDenNgoai", SENDER_CHI_UY, vars("noShowReviewDate", "2026-06-07", "noShowDecision",
        "CHO_TIEP", "noShowNotes", "Nơi đến báo đảng viên đang chờ bố trí công tác"));
    assertThat(d.waitingAt()).contains("Task_XacNhanNoiDenNgoai");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.CHINH_THUC);
    oneOfficialOrganisation(m, SENDER);
  }

  // ------------------------------------------------------------------ the other ends of each branch

  /** At CS06 on the receiving side, introduced down on 09/03/2026. */
  void awaitingTheReport(Member m) {
    paidThrough(m, SENDER, YearMonth.of(2026, 3));
    sendingSideDone(m);
    d.on("2026-03-09");
    d.complete("Task_CapTrenNoiDenTiepNhan", RECEIVER_SUPERIOR, vars("receivedDate", "2026-03-09", "forwardDate",
        "2026-03-09"));
  }

  @Test
  void theReceivingOfficeRecordsOnlyADeathWhichEndsBothSides() {
    Member m = member("Phạm Văn Mất Ở Nơi Đến", SENDER, MemberStatus.CHINH_THUC);
    awaitingTheReport(m);
    d.on("2026-03-20");
    assertThatThrownBy(() -> d.complete("Task_DungHoSoNoiDen", RECEIVER_OFFICE, vars("stopReason", "KHAC",
        "stopDate", "2026-03-20", "stopConfirmed", true)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("chỉ dừng hồ sơ khi đảng viên từ trần");
    d.complete("Task_DungHoSoNoiDen", RECEIVER_OFFICE, vars("stopReason", "TU_TRAN", "stopDate", "2026-03-19",
        "stopConfirmed", true));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_TuTranKhiChuyen");
    assertThat(outcome(d.instance.getId())).isEqualTo("TU_TRAN");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.TU_TRAN);
    CustodyEvent last = custody.current(m.id()).orElseThrow();
    assertThat(last.holder()).isEqualTo(DossierHolder.POST);
    assertThat(last.destinationCode()).isEqualTo(SENDER);
  }

  @Test
  void aLateReportTheCapUyDoesNotAcceptGoesBackAsAProposalToConsiderXoaTen() {
    Member m = member("Phạm Văn Quá Muộn", SENDER, MemberStatus.CHINH_THUC);
    awaitingTheReport(m);
    d.on("2026-05-04");
    d.fireDueTimers();
    d.complete("Task_NhacDangVienBaoCao", RECEIVER_OFFICE, vars("reminderDate", "2026-05-04", "reminderNotes",
        "Đã gửi công văn đôn đốc"));
    d.complete("Task_DangVienTrinhDien", RECEIVER_OFFICE, vars("reportDate", "2026-05-04"));
    d.complete("Task_XetBaoCaoMuon", RECEIVER_OFFICE, vars("lateDecisionDate", "2026-05-04", "lateDecision",
        "DE_NGHI_XOA_TEN", "lateReason", "Không có lý do chính đáng"));
    assertThat(d.waitingAt()).contains("Task_MoXoaTen");
    d.complete("Task_MoXoaTen", SENDER_CHI_UY, vars("removalProposalDate", "2026-05-04", "removalProposalNotes",
        "Cấp ủy nơi đến không chấp nhận lý do báo cáo muộn"));
    assertThat(outcome(d.instance.getId())).isEqualTo("DE_NGHI_XOA_TEN");
    // the removal procedure opens a review at the sending chi ủy, never a removal by itself (R-CS-09)
    var review = engine.getTaskService().createTaskQuery().processDefinitionKey("dua-ra-khoi-dang")
        .processInstanceBusinessKey(m.recordNumber()).taskDefinitionKey("Task_RaSoat").singleResult();
    assertThat(review).isNotNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
        .anyMatch(l -> SENDER_CHI_UY.equals(l.getGroupId()));
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.CHINH_THUC);
    // the receiving office had taken the hồ sơ in: it goes back with the proposal
    CustodyEvent back = custody.current(m.id()).orElseThrow();
    assertThat(back.holder()).isEqualTo(DossierHolder.POST);
    assertThat(back.destinationCode()).isEqualTo(SENDER);
    oneOfficialOrganisation(m, SENDER);
  }

  @Test
  void aNoShowReviewMayWaitLongerAndTheMemberThenReports() {
    Member m = member("Phạm Văn Đến Sau", SENDER, MemberStatus.CHINH_THUC);
    awaitingTheReport(m);
    d.on("2026-06-10");
    d.fireDueTimers();
    d.complete("Task_XemXetKhongDen", RECEIVER_OFFICE, vars("noShowReviewDate", "2026-06-10", "noShowDecision",
        "CHO_TIEP", "noShowNotes", "Đảng viên báo đang điều trị"));
    assertThat(d.waitingAt()).contains("Task_DangVienTrinhDien").doesNotContain("Task_XemXetKhongDen");
    d.complete("Task_NhacDangVienBaoCao", RECEIVER_OFFICE, vars("reminderDate", "2026-06-10", "reminderNotes",
        "Đã liên hệ"));
    d.complete("Task_DangVienTrinhDien", RECEIVER_OFFICE, vars("reportDate", "2026-06-10"));
    assertThat(d.waitingAt()).contains("Task_XetBaoCaoMuon");
  }

  @Test
  void theChiUyStopsACaseAndWhatItStartedEnds() {
    Member early = member("Phạm Văn Rút Đề Nghị", SENDER, MemberStatus.CHINH_THUC);
    opens(early, "NGHI_HUU", "TRONG_HE_THONG", null);
    d.complete("Task_DungHoSo", SENDER_CHI_UY, vars("stopReason", "KHAC", "stopDate", "2026-03-02",
        "stopConfirmed", true));
    assertThat(outcome(d.instance.getId())).isEqualTo("KHAC");

    // stopped in transit: DANG_CHUYEN ends on the stop's day, the hồ sơ is back at the sending office
    Member moving = member("Phạm Văn Thôi Chuyển", SENDER, MemberStatus.CHINH_THUC);
    d = driver();
    awaitingTheReport(moving);
    d.on("2026-03-12");
    d.complete("Task_DungHoSo", SENDER_CHI_UY, vars("stopReason", "KHAC", "stopDate", "2026-03-12",
        "stopConfirmed", true));
    assertThat(registry.overlaysOn(moving.id(), LocalDate.of(2026, 3, 11))).containsExactly(Overlay.DANG_CHUYEN);
    assertThat(registry.overlaysOn(moving.id(), LocalDate.of(2026, 3, 12))).isEmpty();
    assertThat(custody.current(moving.id()).orElseThrow().organizationCode()).isEqualTo(SENDER);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(moving.recordNumber()).count()).isZero();
    oneOfficialOrganisation(moving, SENDER);
  }

  @Test
  void aStayThatWouldReachTwelveMonthsBecomesAnOfficialTransfer() {
    Member m = member("Phạm Thị Ở Lâu", SENDER, MemberStatus.CHINH_THUC);
    opens(m, "CU_TRU_NOI_KHAC", "TRONG_HE_THONG", "2026-08-31");
    d.on("2026-03-03");
    d.complete("Task_CapGiayTamThoi", SENDER_CHI_UY, vars("tempIntroNumber", "TT-5", "tempIntroDate", "2026-03-03",
        "tempScope", "TRONG_HE_THONG", "tempOrgId", "cb-thon-tay", "tempStart", "2026-03-05", "tempEnd",
        "2026-08-31"));
    d.on("2026-04-20"); // reported late: the chi ủy was reminded first
    d.fireDueTimers();
    d.complete("Task_NhacBaoCaoTamThoi", SENDER_CHI_UY, vars("reminderDate", "2026-04-20", "reminderNotes",
        "Đã nhắc đảng viên"));
    d.complete("Task_BaoCaoNoiTamThoi", "cb-thon-tay.chi-uy", vars("tempReportDate", "2026-04-20"));
    d.on("2026-08-10");
    d.complete("Task_GiaHan", "cb-thon-tay.chi-uy", vars("extensionRequestDate", "2026-08-10", "extensionAnswer",
        "CHUYEN_CHINH_THUC"));
    assertThat(d.variable("kind")).isEqualTo("CHINH_THUC");
    assertThat(d.waitingAt()).contains("Task_DonTuKiemDiem");
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2026, 8, 9))).containsExactly(Overlay.SH_TAM_THOI);
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2026, 8, 10))).isEmpty();
    oneOfficialOrganisation(m, SENDER);
  }

  @Test
  void aMemberGoingOutsideWhoNeverArrivesMayBeProposedForXoaTen() {
    Member m = member("Phạm Văn Biệt Tăm", SENDER, MemberStatus.CHINH_THUC);
    paidThrough(m, SENDER, YearMonth.of(2026, 3));
    opens(m, "CHUYEN_CONG_TAC", "NGOAI_HE_THONG", null);
    appliedAndCommented();
    sealedAndIntroducedOutside("2026-03-05");
    d.on("2026-06-10");
    d.fireDueTimers();
    d.complete("Task_XemXetKhongDenNgoai", SENDER_CHI_UY, vars("noShowReviewDate", "2026-06-10", "noShowDecision",
        "DE_NGHI_XOA_TEN", "noShowNotes", "Nơi đến báo không nhận được hồ sơ"));
    d.complete("Task_MoXoaTen", SENDER_CHI_UY, vars("removalProposalDate", "2026-06-10", "removalProposalNotes",
        "Tự ý bỏ sinh hoạt đảng"));
    assertThat(outcome(d.instance.getId())).isEqualTo("DE_NGHI_XOA_TEN");
    assertThat(registry.outside(m.id())).isEmpty();
    oneOfficialOrganisation(m, SENDER);
  }

  @Test
  void aMatterOpenedAfterTheBoxDateStillStopsTheSealing() {
    Member m = member("Phạm Văn Lùi Ngày", SENDER, MemberStatus.CHINH_THUC);
    paidThrough(m, SENDER, YearMonth.of(2026, 3));
    opens(m, "NGHI_HUU", "TRONG_HE_THONG", null);
    appliedAndCommented();
    d.on("2026-03-10");
    holds.start(m.id(), Hold.KHIEU_NAI, LocalDate.of(2026, 3, 9), "Đơn khiếu nại ngày 09/03/2026");
    assertThatThrownBy(() -> d.complete("Task_LapGiayGioiThieu", SENDER_CHI_UY, sealed(OFFICIAL_INDEX)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Có khiếu nại chưa giải quyết xong");
  }

  @Test
  void aChiBoCoSoDirectlyUnderTheProvinceIsIntroducedByTheBanToChucTinhUy() {
    Member m = member("Phạm Văn Tỉnh Ủy", "cbcs-van-phong-tu", MemberStatus.CHINH_THUC);
    d.on("2026-03-02");
    d.start(KEY, "cbcs-van-phong-tu.chi-uy", vars("memberRecordNumber", m.recordNumber(), "causeCode",
        "CHUYEN_CONG_TAC", "causeEffectiveDate", "2026-03-01", "destinationScope", "TRONG_HE_THONG",
        "destinationText", "Trường THPT An Phú"));
    assertThat(d.variable("introducerGroup")).isEqualTo("tinh-demo.ban-to-chuc"); // A11
    assertThat(d.variable("tccsdOffice")).isEqualTo("cbcs-van-phong-tu.chi-uy");
    // a kind the chi ủy chooses keeps the temporary limits
    Member other = member("Phạm Văn Lý Do Khác", SENDER, MemberStatus.CHINH_THUC);
    CaseDriver manual = driver();
    manual.on("2026-03-02");
    assertThatThrownBy(() -> manual.start(KEY, SENDER_CHI_UY, vars("memberRecordNumber", other.recordNumber(),
        "causeCode", "KHAC", "causeEffectiveDate", "2026-03-01", "destinationScope", "TRONG_HE_THONG",
        "destinationText", "Xã bên", "plannedEnd", "2026-04-15", "chosenKind", "TAM_THOI")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("dưới 3 tháng");
  }

  /** CS04 on 05/03/2026 and the superior's introduction to an organisation outside the installation. */
  void sealedAndIntroducedOutside(String introduced) {
    d.complete("Task_LapGiayGioiThieu", SENDER_CHI_UY, sealed(OFFICIAL_INDEX));
    d.on(introduced);
    d.complete("Task_CapTrenGioiThieu", SENDER_SUPERIOR, vars("introductionDate", introduced));
  }
}

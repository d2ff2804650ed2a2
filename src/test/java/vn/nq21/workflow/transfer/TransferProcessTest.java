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
 * Chuyển sinh hoạt đảng (§7) through the engine, as each side's own clerks work it: the official transfer within the
 * installation, its refusals and its return loop, a no-show, a temporary stay, an internal move. After every step the
 * member has exactly one official organisation (R-CS-11).
 */
class TransferProcessTest extends TransferTestBase {

  @Test
  void anOfficialTransferMovesTheMemberWhenTheReceivingChiBoIntroducesThem() {
    Member m = member("Phạm Văn Chuyển Đi", SENDER, MemberStatus.CHINH_THUC);
    paidThrough(m, SENDER, YearMonth.of(2026, 3));
    sendingSideDone(m);

    // in transit: still the sender's member, DANG_CHUYEN towards the receiving TCCSĐ, the hồ sơ with the member
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2026, 3, 6))).containsExactly(Overlay.DANG_CHUYEN);
    assertThat(registry.rollOn(SENDER, LocalDate.of(2026, 3, 6)).official()).extracting(e -> e.memberId())
        .contains(m.id());
    assertThat(custody.current(m.id()).orElseThrow().holder()).isEqualTo(DossierHolder.MEMBER);
    assertThat(d.waitingAt()).contains("Task_CapTrenNoiDenTiepNhan", "Task_DungHoSo", "Task_DungHoSoNoiDen");
    // each side's clerks see their own tasks only
    assertThat(tasksVisibleTo(RECEIVER_SUPERIOR)).extracting(Task::getTaskDefinitionKey)
        .containsExactly("Task_CapTrenNoiDenTiepNhan");
    assertThat(tasksVisibleTo(SENDER_CHI_UY)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_DungHoSo");
    assertThat(tasksVisibleTo(RECEIVER_OFFICE)).extracting(Task::getTaskDefinitionKey)
        .containsExactly("Task_DungHoSoNoiDen");
    // the same over REST, as Tasklist asks; a third chi bộ sees nothing of the case
    assertThat(restTasks(RECEIVER_SUPERIOR)).containsExactly("Task_CapTrenNoiDenTiepNhan");
    assertThat(restTasks(SENDER_CHI_UY)).containsExactly("Task_DungHoSo");
    assertThat(restTasks("cb-thon-tay.chi-uy")).isEmpty();
    assertThat(restCases("cb-thon-tay.giam-sat")).isZero();
    // supervisors: the receiving side's see both instances from the introduction on, the sending side's too
    assertThat(restCases("dbk-cq-dang.giam-sat")).isEqualTo(2);
    assertThat(restCases("xa-an-phu.giam-sat")).isEqualTo(2);

    d.on("2026-03-09");
    d.complete("Task_CapTrenNoiDenTiepNhan", RECEIVER_SUPERIOR, vars("receivedDate", "2026-03-09", "forwardDate",
        "2026-03-09"));
    assertThat(d.variable("reportLastDay")).isEqualTo("2026-04-20"); // 30 working days from 09/03
    d.on("2026-03-16");
    d.complete("Task_DangVienTrinhDien", RECEIVER_OFFICE, vars("reportDate", "2026-03-16"));
    assertThat(custody.current(m.id()).orElseThrow().organizationCode()).isEqualTo(RECEIVER);
    assertThat(engine.getRuntimeService().getVariable(d.instance.getId(), "transferState")).isEqualTo("DA_DEN");
    oneOfficialOrganisation(m, SENDER);
    d.on("2026-03-17");
    d.complete("Task_KiemTraHoSo", RECEIVER_OFFICE, vars("checkDate", "2026-03-17", "itemsReceived", OFFICIAL_INDEX,
        "indexConfirmedSeen", true, "sealIntact", true, "checkConclusion", "TIEP_NHAN", "toChiBoId", "cb-tri-su"));
    oneOfficialOrganisation(m, SENDER);
    // CS08 belongs to the receiving chi bộ alone
    assertThat(restTasks(RECEIVING_CHI_UY)).containsExactly("Task_ChiBoGioiThieu");
    assertThat(restTasks(SENDER_CHI_UY)).containsExactly("Task_DungHoSo");
    d.on("2026-03-20");
    d.complete("Task_ChiBoGioiThieu", RECEIVING_CHI_UY, vars("introducedOn", "2026-03-20"));

    // moved on the meeting day: the sender's roll until the day before, the receiver's from that day
    oneOfficialOrganisation(m, "cb-tri-su");
    assertThat(registry.organizationOn(m.id(), LocalDate.of(2026, 3, 19))).contains(SENDER);
    assertThat(registry.organizationOn(m.id(), LocalDate.of(2026, 3, 20))).contains("cb-tri-su");
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2026, 3, 19))).containsExactly(Overlay.DANG_CHUYEN);
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2026, 3, 20))).isEmpty();
    assertThat(d.waitingAt()).contains("Task_GhiNhanDaChuyen").doesNotContain("Task_DungHoSoNoiDen");
    d.on("2026-03-23");
    d.complete("Task_GhiNhanDaChuyen", SENDER_CHI_UY, vars("notedDate", "2026-03-23"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_DaChuyen");
    assertThat(outcome(d.instance.getId())).isEqualTo("DA_CHUYEN");
    // sealed at the sending office, carried by the member, presented, accepted
    assertThat(custody.history(m.id())).extracting(CustodyEvent::holder)
        .containsExactly(DossierHolder.ORG, DossierHolder.MEMBER, DossierHolder.ORG, DossierHolder.ORG);
    assertThat(custody.history(m.id()).get(0).organizationCode()).isEqualTo(SENDER);
    assertThat(custody.history(m.id()).get(0).items()).containsExactlyElementsOf(OFFICIAL_INDEX);
  }

  @Test
  void theSendingOfficeIsHeldToDuesHoldsAndTheIndexBeforeItSeals() {
    Member m = member("Phạm Văn Chưa Đủ", SENDER, MemberStatus.CHINH_THUC);
    paidThrough(m, SENDER, YearMonth.of(2026, 1));
    opens(m, "NGHI_HUU", "TRONG_HE_THONG", null);
    appliedAndCommented();
    holds.start(m.id(), Hold.KY_LUAT, LocalDate.of(2026, 3, 1), "Thông báo số 3-TB/UBKT về xem xét kỷ luật");
    // February and March unpaid, the hold open, the index lacks items and lists the hồ sơ kết nạp of a dự bị member
    List<String> wrong = List.of("GIAY_GIOI_THIEU_10_O", "PHIEU_DANG_VIEN", "HO_SO_KET_NAP");
    assertThatThrownBy(() -> d.complete("Task_LapGiayGioiThieu", SENDER_CHI_UY, sealed(wrong)))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Đảng phí phải đóng hết tháng 03/2026")
        .hasMessageContaining("02/2026 (chưa có trong sổ)")
        .hasMessageContaining("Đang xem xét kỷ luật từ ngày 01/03/2026")
        .hasMessageContaining("Danh mục hồ sơ còn thiếu: Lý lịch đảng viên")
        .hasMessageContaining("HO_SO_KET_NAP");
    paidThrough(m, SENDER, YearMonth.of(2026, 3));
    Map<String, Object> override = sealed(OFFICIAL_INDEX);
    override.put("holdOverride", true);
    assertThatThrownBy(() -> d.complete("Task_LapGiayGioiThieu", SENDER_CHI_UY, override))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Lý do vẫn chuyển sinh hoạt");
    override.put("holdOverrideReason", "Ủy ban kiểm tra kết luận không xử lý kỷ luật, chờ văn bản");
    override.put("holdOverrideBody", "Ủy ban kiểm tra Đảng ủy xã An Phú");
    d.complete("Task_LapGiayGioiThieu", SENDER_CHI_UY, override);
    assertThat(d.waitingAt()).contains("Task_CapTrenGioiThieu");
    // sealed on 05/03: the introduction cannot be dated before it
    assertThatThrownBy(() -> d.complete("Task_CapTrenGioiThieu", SENDER_SUPERIOR, vars("introductionDate",
        "2026-03-04", "toTccsdId", RECEIVER))).isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("sớm hơn ngày niêm phong hồ sơ (05/03/2026)");
    assertThat(d.variable("duesText")).isEqualTo("Đã đóng đảng phí hết tháng 03/2026.");
  }

  @Test
  void aLateReportGoesToTheCapUyAndAReturnedHoSoIsCorrectedAndSentAgain() {
    Member m = member("Phạm Văn Đến Muộn", SENDER, MemberStatus.CHINH_THUC);
    paidThrough(m, SENDER, YearMonth.of(2026, 3));
    sendingSideDone(m);
    d.on("2026-03-09");
    d.complete("Task_CapTrenNoiDenTiepNhan", RECEIVER_SUPERIOR, vars("receivedDate", "2026-03-09", "forwardDate",
        "2026-03-09"));
    // day 30 (20/04/2026) on time, day 31 late: the timer fires as day 30 ends
    d.on("2026-04-20");
    assertThat(d.fireDueTimers()).isZero();
    d.on("2026-04-21");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_NhacDangVienBaoCao", "Task_DangVienTrinhDien");
    d.complete("Task_NhacDangVienBaoCao", RECEIVER_OFFICE, vars("reminderDate", "2026-04-21", "reminderNotes",
        "Đã gọi điện cho đảng viên"));
    d.complete("Task_DangVienTrinhDien", RECEIVER_OFFICE, vars("reportDate", "2026-04-21"));
    assertThat(d.waitingAt()).contains("Task_XetBaoCaoMuon");
    d.complete("Task_XetBaoCaoMuon", RECEIVER_OFFICE, vars("lateDecisionDate", "2026-04-21", "lateDecision",
        "CHAP_NHAN", "lateReason", "Đảng viên ốm, có giấy viện"));

    // the contents differ from the index: not accepted, returned
    Map<String, Object> check = vars("checkDate", "2026-04-23", "itemsReceived", OFFICIAL_INDEX.subList(0, 5),
        "indexConfirmedSeen", true, "sealIntact", true, "checkConclusion", "TIEP_NHAN", "toChiBoId", "cb-tri-su");
    d.on("2026-04-23");
    assertThatThrownBy(() -> d.complete("Task_KiemTraHoSo", RECEIVER_OFFICE, check))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("thiếu: QUYET_DINH_CAN_CU")
        .hasMessageContaining("Trả lại");
    check.put("checkConclusion", "TRA_LAI");
    check.put("refusalNote", "Thiếu bản sao quyết định chuyển công tác");
    d.complete("Task_KiemTraHoSo", RECEIVER_OFFICE, check);
    assertThat(engine.getRuntimeService().getVariable(d.instance.getId(), "transferState")).isEqualTo("TRA_LAI_HO_SO");
    assertThat(d.waitingAt()).contains("Task_HoanThienLaiHoSo");
    assertThat(custody.current(m.id()).orElseThrow().holder()).isEqualTo(DossierHolder.POST);
    oneOfficialOrganisation(m, SENDER);

    d.on("2026-04-28");
    d.complete("Task_HoanThienLaiHoSo", SENDER_CHI_UY, vars("returnReceivedDate", "2026-04-27", "correctionNotes",
        "Bổ sung bản sao quyết định", "indexConfirmed", true, "sealedDate", "2026-04-28"));
    // sent again: the receiving side starts at the office, its 30 working days from the day it was sent again
    assertThat(d.waitingAt()).contains("Task_DangVienTrinhDien").doesNotContain("Task_CapTrenNoiDenTiepNhan");
    assertThat(d.variable("reportDayZero")).isEqualTo("2026-04-28");
    d.on("2026-05-04");
    d.complete("Task_DangVienTrinhDien", RECEIVER_OFFICE, vars("reportDate", "2026-05-04"));
    d.complete("Task_KiemTraHoSo", RECEIVER_OFFICE, vars("checkDate", "2026-05-04", "itemsReceived", OFFICIAL_INDEX,
        "indexConfirmedSeen", true, "sealIntact", true, "checkConclusion", "TIEP_NHAN", "toChiBoId", "cb-tri-su"));
    d.on("2026-05-08");
    d.complete("Task_ChiBoGioiThieu", RECEIVING_CHI_UY, vars("introducedOn", "2026-05-08"));
    oneOfficialOrganisation(m, "cb-tri-su");
  }

  @Test
  void aMemberWhoNeverReportsGivesAReviewNotARemoval() {
    Member m = member("Phạm Văn Không Đến", SENDER, MemberStatus.CHINH_THUC);
    paidThrough(m, SENDER, YearMonth.of(2026, 3));
    sendingSideDone(m);
    d.on("2026-03-09");
    d.complete("Task_CapTrenNoiDenTiepNhan", RECEIVER_SUPERIOR, vars("receivedDate", "2026-03-09", "forwardDate",
        "2026-03-09"));
    d.on("2026-06-09"); // three months after the notice: not yet
    d.fireDueTimers();
    assertThat(d.waitingAt()).doesNotContain("Task_XemXetKhongDen");
    d.on("2026-06-10");
    d.fireDueTimers();
    assertThat(d.waitingAt()).contains("Task_XemXetKhongDen", "Task_DangVienTrinhDien");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.CHINH_THUC);
    d.complete("Task_XemXetKhongDen", RECEIVER_OFFICE, vars("noShowReviewDate", "2026-06-10", "noShowDecision",
        "DE_NGHI_XOA_TEN", "noShowNotes", "Không liên lạc được"));
    // back at the sender, whose member they still are: the chi ủy records the proposal
    assertThat(d.waitingAt()).contains("Task_MoXoaTen");
    d.complete("Task_MoXoaTen", SENDER_CHI_UY, vars("removalProposalDate", "2026-06-10", "removalProposalNotes",
        "Tự ý bỏ sinh hoạt đảng"));
    assertThat(outcome(d.instance.getId())).isEqualTo("DE_NGHI_XOA_TEN");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.CHINH_THUC);
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2026, 6, 10))).isEmpty();
    oneOfficialOrganisation(m, SENDER);
  }

  @Test
  void aTemporaryStayIsRecordedAtBothEndsExtendedWithinTheLimitAndEndsOnItsDay() {
    Member m = member("Phạm Thị Tạm Thời", SENDER, MemberStatus.CHINH_THUC);
    d.on("2026-03-02");
    assertThatThrownBy(() -> opens(m, "LAM_VIEC_NOI_KHAC", "TRONG_HE_THONG", "2026-05-30"))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("dưới 3 tháng");
    opens(m, "LAM_VIEC_NOI_KHAC", "TRONG_HE_THONG", "2026-08-31");
    assertThat(d.variable("kind")).isEqualTo("TAM_THOI");
    d.on("2026-03-03");
    d.complete("Task_CapGiayTamThoi", SENDER_CHI_UY, vars("tempIntroNumber", "TT-4", "tempIntroDate", "2026-03-03",
        "tempScope", "TRONG_HE_THONG", "tempOrgId", "cb-thon-tay", "tempStart", "2026-03-05", "tempEnd",
        "2026-08-31"));
    // the official roll keeps them (out of the denominator), the temporary chi bộ lists them as attached
    var official = registry.rollOn(SENDER, LocalDate.of(2026, 3, 5));
    assertThat(official.temporarilyElsewhere()).extracting(e -> e.memberId()).contains(m.id());
    assertThat(registry.rollOn("cb-thon-tay", LocalDate.of(2026, 3, 5)).attached()).extracting(e -> e.memberId())
        .contains(m.id());
    oneOfficialOrganisation(m, SENDER);
    d.on("2026-03-06");
    d.complete("Task_BaoCaoNoiTamThoi", "cb-thon-tay.chi-uy", vars("tempReportDate", "2026-03-06"));
    // from 05/03/2026 through 04/03/2027 is 12 months: refused, the answer is the official transfer; through
    // 03/03/2027 (11 months) it would still be temporary
    d.on("2026-08-20");
    assertThatThrownBy(() -> d.complete("Task_GiaHan", "cb-thon-tay.chi-uy", vars("extensionRequestDate",
        "2026-08-20", "extensionAnswer", "GIA_HAN", "newTempEnd", "2027-03-04")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("là 12 tháng");
    assertThatThrownBy(() -> d.complete("Task_GiaHan", "cb-thon-tay.chi-uy", vars("extensionRequestDate",
        "2026-08-20", "extensionAnswer", "GIA_HAN", "newTempEnd", "2027-03-03")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Ngày báo cho tổ chức đảng")
        .hasMessageNotContaining("tháng:");
    d.complete("Task_GiaHan", "cb-thon-tay.chi-uy", vars("extensionRequestDate", "2026-08-20", "extensionAnswer",
        "GIA_HAN", "newTempEnd", "2026-12-31", "officialInformedDate", "2026-08-20"));
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2026, 12, 31))).containsExactly(Overlay.SH_TAM_THOI);
    d.on("2027-01-01");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    d.complete("Task_NhanXetKetThuc", "cb-thon-tay.chi-uy", vars("tempCommentDate", "2027-01-01", "tempComments",
        "Tham gia sinh hoạt đầy đủ"));
    d.complete("Task_TroLaiChinhThuc", SENDER_CHI_UY, vars("returnDate", "2027-01-01"));
    assertThat(outcome(d.instance.getId())).isEqualTo("TAM_THOI_DA_TRO_LAI");
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2027, 1, 1))).isEmpty();
    assertThat(registry.overlays(m.id())).hasSize(2);
    oneOfficialOrganisation(m, SENDER);
  }

  @Test
  void anInternalTransferIsTheDangUyCoSosDecisionEffectiveOnItsDate() {
    // chi bộ Thôn Đông is a chi bộ cơ sở: no other chi bộ in its đảng bộ to move to
    Member alone = member("Phạm Văn Một Mình", SENDER, MemberStatus.CHINH_THUC);
    d.on("2026-03-02");
    assertThatThrownBy(() -> d.start(KEY, SENDER_CHI_UY, vars("memberRecordNumber", alone.recordNumber(),
        "causeCode", "CHUYEN_CONG_TAC", "causeEffectiveDate", "2026-03-01", "destinationScope", "CUNG_DANG_BO",
        "destinationText", "Thôn Tây")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("là chi bộ cơ sở");
    Member m = member("Phạm Văn Nội Bộ", "cb-tri-su", MemberStatus.DU_BI);
    d.on("2026-03-02");
    d.start(KEY, "cb-tri-su.chi-uy", vars("memberRecordNumber", m.recordNumber(), "causeCode", "CHUYEN_CONG_TAC",
        "causeEffectiveDate", "2026-03-01", "destinationScope", "CUNG_DANG_BO", "destinationText",
        "Phòng phóng viên"));
    assertThat(d.variable("kind")).isEqualTo("NOI_BO");
    d.on("2026-03-10");
    assertThatThrownBy(() -> d.complete("Task_DangUyQuyetDinhChuyen", RECEIVER_OFFICE, vars("internalDecisionNumber",
        "45-QĐ/ĐU", "internalDecisionDate", "2026-03-09", "toChiBoId", "cb-thon-tay")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("cùng đảng bộ cơ sở");
    d.complete("Task_DangUyQuyetDinhChuyen", RECEIVER_OFFICE, vars("internalDecisionNumber", "45-QĐ/ĐU",
        "internalDecisionDate", "2026-03-09", "toChiBoId", "cb-thoi-su"));
    assertThat(outcome(d.instance.getId())).isEqualTo("DA_CHUYEN_NOI_BO");
    assertThat(registry.organizationOn(m.id(), LocalDate.of(2026, 3, 8))).contains("cb-tri-su");
    assertThat(registry.organizationOn(m.id(), LocalDate.of(2026, 3, 9))).contains("cb-thoi-su");
    assertThat(custody.history(m.id())).isEmpty(); // no sealed hồ sơ (R-CS-N01)
    oneOfficialOrganisation(m, "cb-thoi-su");
  }
}

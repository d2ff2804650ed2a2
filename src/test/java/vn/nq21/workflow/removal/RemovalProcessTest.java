package vn.nq21.workflow.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.nq21.workflow.support.CaseDriver.vars;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.Hold;
import vn.nq21.workflow.registry.HoldPeriod;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.ReasonCode;
import vn.nq21.workflow.registry.StatusChange;

/**
 * Xóa tên (§9.3) through the engine: the ground proven from the ledgers, the self-review sequence (R-RK-04), the chi
 * bộ's two thirds at its boundary, the chain up to the đảng ủy xã, khai trừ's precedence (R-RK-05), the registry's
 * XOA_TEN with its reason code on the decision's date, and the delivery that starts the complaint window.
 */
class RemovalProcessTest extends RemovalTestBase {

  @Test
  void aProvenGroundThreeUnansweredRequestsAndTheChainEndMembershipOnTheDecisionDate() {
    Member m = member("Phan Văn Nợ Phí");
    dues(m, 5, 2, 4); // two months unpaid: not a ground
    d.on("2026-06-01");
    assertThatThrownBy(() -> d.start(KEY, CHI_UY, vars("memberRecordNumber", m.recordNumber(), "variant", "XOA_TEN",
        "openedDate", "2026-06-01", "groundCode", "KHONG_DONG_DANG_PHI")))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("sổ ghi 2 tháng không đóng đảng phí (02/2026, 04/2026)");
    openOnUnpaidDues(m);
    assertThat(d.variable("reasonCode")).isEqualTo("KHONG_DONG_DANG_PHI");
    assertThat(d.variable("groundEvidence")).asString().contains("3 tháng không đóng đảng phí");
    assertThat(d.waitingAt()).containsExactlyInAnyOrder("Task_YeuCauTuKiemDiem", "Task_DungHoSo");

    // three requests, none answered: the chi bộ proceeds after the third (R-RK-04)
    d.on("2026-06-02");
    d.complete("Task_YeuCauTuKiemDiem", CHI_UY, request("2026-06-02", "CHUA_TU_KIEM_DIEM"));
    assertThat(d.waitingAt()).contains("Task_YeuCauTuKiemDiem");
    d.on("2026-06-16");
    assertThatThrownBy(() -> d.complete("Task_YeuCauTuKiemDiem", CHI_UY, request("2026-06-02", "CHUA_TU_KIEM_DIEM")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("phải sau lần yêu cầu trước");
    d.complete("Task_YeuCauTuKiemDiem", CHI_UY, request("2026-06-16", "CHUA_TU_KIEM_DIEM"));
    assertThat(d.waitingAt()).contains("Task_YeuCauTuKiemDiem");
    d.on("2026-06-30");
    d.complete("Task_YeuCauTuKiemDiem", CHI_UY, request("2026-06-30", "CHUA_TU_KIEM_DIEM"));
    assertThat(d.waitingAt()).contains("Task_ChiBoBieuQuyet");
    assertThat(d.variable("selfReviewText")).asString().contains("Đã yêu cầu 3 lần");

    // the meeting may not precede the last request; two thirds of the roll exactly passes
    d.on("2026-07-06");
    assertThatThrownBy(() -> d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote("2026-06-29", twoThirds("2026-06-29"))))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("sớm hơn ngày của bước trước");
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote("2026-07-06", twoThirds("2026-07-06")));
    assertThat(d.waitingAt()).contains("Task_DangUyCoSoBieuQuyet");
    d.on("2026-07-10");
    dangUyPasses("2026-07-10");
    assertThat(d.task("Task_QuyetDinh")).hasCandidateGroup(BTV_XA);
    assertThat(d.variable("proposalText")).asString().contains("Chi bộ đề nghị xóa tên Phan Văn Nợ Phí");

    // more than half of the BTV: 3 of 7 is refused, 4 of 7 decides
    d.on("2026-07-20");
    assertThatThrownBy(() -> d.complete("Task_QuyetDinh", BTV_XA, decision("2026-07-20", 3)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("3/7 chưa đạt");
    d.complete("Task_QuyetDinh", BTV_XA, decision("2026-07-20", 4));
    Member removed = registry.require(m.id());
    assertThat(removed.status()).isEqualTo(MemberStatus.XOA_TEN);
    assertThat(removed.statusSince()).isEqualTo(LocalDate.of(2026, 7, 20));
    StatusChange removal = registry.lastRemoval(m.id()).orElseThrow();
    assertThat(removal.reasonCode()).isEqualTo(ReasonCode.KHONG_DONG_DANG_PHI);
    assertThat(removal.hardship()).isNull();
    assertThat(removal.reason()).contains("88-QĐ/ĐU");
    assertThat(registry.statusOn(m.id(), LocalDate.of(2026, 7, 19))).isEqualTo(MemberStatus.CHINH_THUC);

    // XT07: delivered, the card recovered; the complaint window runs 30 working days from delivery
    d.on("2026-07-24");
    assertThatThrownBy(() -> d.complete("Task_GiaoQuyetDinh", CHI_UY, vars("deliveredDate", "2026-07-24",
        "deliveryForm", "TRUC_TIEP", "cardRecovery", "CHUA_THU_HOI_DUOC")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Ghi chú về thẻ");
    d.complete("Task_GiaoQuyetDinh", CHI_UY, vars("deliveredDate", "2026-07-24", "deliveryForm", "TRUC_TIEP",
        "cardRecovery", "DA_THU_HOI", "cardRecoveredDate", "2026-07-24"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_DaXoaTen");
    assertThat(outcome()).isEqualTo("DA_XOA_TEN");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(d.instance.getId())
        .variableName("complaintText").singleResult().getValue()).asString()
        .contains("nhận quyết định ngày 24/07/2026").contains("đến hết ngày 08/09/2026"); // 2/9 and 1/9 are days off
  }

  @Test
  void aDeliberateRefusalOrNoContactLetsTheChiBoProceedAtOnceAndOneVoteShortIsReportedUp() {
    Member m = member("Phan Văn Không Đạt");
    openOnUnpaidDues(m);
    d.on("2026-06-02");
    assertThatThrownBy(() -> d.complete("Task_YeuCauTuKiemDiem", CHI_UY, request("2026-06-02", "CO_Y_TU_CHOI")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Biên bản, ghi chú");
    d.complete("Task_YeuCauTuKiemDiem", CHI_UY, vars("requestDate", "2026-06-02", "requestAnswer", "CO_Y_TU_CHOI",
        "answerNotes", "Biên bản ngày 02/06/2026: đảng viên nói không viết kiểm điểm"));
    assertThat(d.waitingAt()).contains("Task_ChiBoBieuQuyet");

    d.on("2026-06-08");
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote("2026-06-08", twoThirds("2026-06-08") - 1));
    assertThat(d.variable("chiBoPassed")).isEqualTo(false);
    assertThat(d.waitingAt()).contains("Task_BaoCaoKhongDat");
    d.complete("Task_BaoCaoKhongDat", CHI_UY, vars("reportNumber", "03-BC/CB", "reportDate", "2026-06-08"));
    assertThat(d.variable("refusalText")).asString().contains("Chi bộ biểu quyết không đạt hai phần ba")
        .contains("03-BC/CB");
    d.complete("Task_ThongBaoKetQua", CHI_UY, vars("notificationDate", "2026-06-08", "notificationForm", "VAN_BAN"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_KhongXoaTen");
    assertThat(outcome()).isEqualTo("CHI_BO_KHONG_DAT");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.CHINH_THUC);
  }

  @Test
  void aDisciplineCaseProposingKhaiTruBlocksTheDecisionUntilItEnds() {
    Member m = member("Phan Văn Khai Trừ");
    openOnUnpaidDues(m);
    d.on("2026-06-05");
    d.complete("Task_YeuCauTuKiemDiem", CHI_UY, vars("requestDate", "2026-06-02", "requestAnswer", "DA_TU_KIEM_DIEM",
        "selfReviewDate", "2026-06-05", "selfReviewSummary", "Nhận khuyết điểm"));
    d.on("2026-06-09");
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote("2026-06-09", onRoll("2026-06-09")));
    dangUyPasses("2026-06-09");
    HoldPeriod khaiTru = holds.start(m.id(), Hold.DE_NGHI_KHAI_TRU, LocalDate.of(2026, 6, 9),
        "Tờ trình số 5-TTr/UBKT đề nghị khai trừ");
    d.on("2026-06-15");
    assertThatThrownBy(() -> d.complete("Task_QuyetDinh", BTV_XA, decision("2026-06-15", 5)))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("đang bị xem xét kỷ luật với đề nghị khai trừ").hasMessageContaining("R-RK-05");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.CHINH_THUC);
    d.on("2026-06-22");
    holds.end(m.id(), khaiTru.id(), LocalDate.of(2026, 6, 20), "Kết luận: không khai trừ, khiển trách");
    d.complete("Task_QuyetDinh", BTV_XA, decision("2026-06-22", 5));
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.XOA_TEN);
  }

  @Test
  void aRefusalByTheCompetentBodyIsNotifiedToTheMember() {
    Member m = member("Phan Văn Được Giữ");
    openOnUnpaidDues(m);
    d.on("2026-06-02");
    d.complete("Task_YeuCauTuKiemDiem", CHI_UY, vars("requestDate", "2026-06-02", "requestAnswer",
        "KHONG_LIEN_LAC_DUOC", "answerNotes", "Biên bản xác minh nơi cư trú"));
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote("2026-06-02", onRoll("2026-06-02")));
    dangUyPasses("2026-06-02");
    d.complete("Task_QuyetDinh", BTV_XA, vars("decisionOutcome", "KHONG_XOA_TEN", "deciderMembersTotal", 7,
        "deciderVotesFor", 2, "decisionDate", "2026-06-02", "refusalReason", "Đã nộp đủ đảng phí"));
    assertThat(d.variable("refusalText")).asString().contains("không xóa tên").contains("Đã nộp đủ đảng phí");
    d.complete("Task_ThongBaoKetQua", CHI_UY, vars("notificationDate", "2026-06-02", "notificationForm", "VAN_BAN"));
    assertThat(outcome()).isEqualTo("KHONG_XOA_TEN");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.CHINH_THUC);
  }

  @Test
  void onlyAnOfficialMemberOfTheChiBoWithNoOtherCaseOpen() {
    Member m = member("Phan Văn Hai Hồ Sơ");
    openOnUnpaidDues(m);
    assertThatThrownBy(() -> d.start(KEY, CHI_UY, vars("memberRecordNumber", m.recordNumber(), "variant", "XOA_TEN",
        "openedDate", "2026-06-01", "groundCode", "KHONG_DONG_DANG_PHI")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("đã có hồ sơ đưa ra khỏi Đảng đang mở");
    assertThatThrownBy(() -> d.start(KEY, "cb-thon-dong.chi-uy", vars("memberRecordNumber", m.recordNumber(),
        "variant", "XIN_RA", "openedDate", "2026-06-01", "requestDate", "2026-06-01", "requestReasons", "Lý do riêng")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("không phải đảng viên của chi bộ này");
    // the stop task ends it; a death is recorded
    d.follow(KEY, m.recordNumber());
    d.complete("Task_DungHoSo", CHI_UY, vars("stopReason", "TU_TRAN", "stopDate", "2026-06-01",
        "stopConfirmed", true));
    assertThat(outcome()).isEqualTo("TU_TRAN");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.TU_TRAN);
  }

  @Test
  void aLateDecisionEscalatesAndADangUyThatDoesNotProposeEndsTheCaseWithANotice() {
    Member m = member("Phan Văn Đảng Ủy Không");
    openOnUnpaidDues(m);
    d.on("2026-06-02");
    d.complete("Task_YeuCauTuKiemDiem", CHI_UY, vars("requestDate", "2026-06-02", "requestAnswer", "CO_Y_TU_CHOI",
        "answerNotes", "Biên bản"));
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote("2026-06-02", onRoll("2026-06-02")));
    // two thirds of the đảng ủy's nine members is six: five does not propose (one vote allowed)
    d.complete("Task_DangUyCoSoBieuQuyet", DANG_UY, vars("dangUyVoteDate", "2026-06-02", "dangUyMembersTotal", 9,
        "dangUyVotesFor", 5));
    assertThat(d.waitingAt()).contains("Task_ThongBaoKetQua");
    assertThat(d.variable("refusalText")).asString().contains("Đảng ủy cơ sở không đề nghị xóa tên");
    d.complete("Task_ThongBaoKetQua", CHI_UY, vars("notificationDate", "2026-06-02", "notificationForm", "VAN_BAN"));
    assertThat(outcome()).isEqualTo("DANG_UY_KHONG_DE_NGHI");

    Member late = member("Phan Văn Chờ Quyết Định");
    openOnUnpaidDues(late);
    d.on("2026-06-02");
    d.complete("Task_YeuCauTuKiemDiem", CHI_UY, vars("requestDate", "2026-06-02", "requestAnswer", "CO_Y_TU_CHOI",
        "answerNotes", "Biên bản"));
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote("2026-06-02", onRoll("2026-06-02")));
    dangUyPasses("2026-06-02");
    // 30 working days from the chi bộ's resolution (QUYET_DINH), then the supervisors above the deciding body
    d.on("2026-07-20");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_XuLyChamQuyetDinh", "Task_QuyetDinh");
    assertThat(d.variable("escalationReason")).asString().contains("Quá 30 ngày làm việc");
    d.complete("Task_XuLyChamQuyetDinh", "tinh-demo.giam-sat", vars("lateReviewDate", "2026-07-20",
        "lateReviewNotes", "Nhắc ban thường vụ xét trong tháng"));
    d.complete("Task_DungHoSo", CHI_UY, vars("stopReason", "KHAC", "stopDate", "2026-07-20", "stopConfirmed", true,
        "stopNotes", "Đảng viên đã bị khai trừ theo quyết định kỷ luật"));
    assertThat(d.instance).isEnded();
    assertThat(outcome()).isEqualTo("KHAC");
  }

  @Test
  void anAuthorisedDangUyCoSoDecidesItselfWithTwoThirdsOfItsMembersAfterTheDangUyBoPhansOpinion() {
    // chi bộ Thời sự sits under đảng ủy bộ phận Phòng viên of Đảng bộ Báo tỉnh, which is authorised (§3.2 A4)
    d.on("2026-01-05");
    Member m = registry.register(new vn.nq21.workflow.registry.NewPerson("TEST-XT-TS-" + SEQ.incrementAndGet(),
        "Phan Văn Trả Thẻ", "NAM", LocalDate.of(1980, 1, 1), null, "cb-thoi-su", MemberStatus.CHINH_THUC,
        LocalDate.of(2026, 1, 5)), null);
    d.on("2026-06-01");
    d.start(KEY, "cb-thoi-su.chi-uy", vars("memberRecordNumber", m.recordNumber(), "variant", "XOA_TEN",
        "openedDate", "2026-06-01", "groundCode", "TU_Y_TRA_HUY_THE", "cardActDate", "2026-05-20"));
    d.complete("Task_YeuCauTuKiemDiem", "cb-thoi-su.chi-uy", vars("requestDate", "2026-06-01", "requestAnswer",
        "DA_TU_KIEM_DIEM", "selfReviewDate", "2026-06-01", "selfReviewSummary", "Trả thẻ vì bất mãn"));
    int onRoll = registry.rollOn("cb-thoi-su", LocalDate.of(2026, 6, 1)).officialCount();
    d.complete("Task_ChiBoBieuQuyet", "cb-thoi-su.chi-uy", vars("voteDate", "2026-06-01", "officialMembersOnRoll",
        onRoll, "excludedExemptAbsent", 0, "excludedAbsentWithReason", 0, "presentVoters", onRoll, "votesFor", onRoll,
        "votesAgainst", 0, "resolutionNumber", "02-NQ/CB", "resolutionDate", "2026-06-01"));
    assertThat(d.waitingAt()).contains("Task_DangUyBoPhanThamDinh");
    d.complete("Task_DangUyBoPhanThamDinh", "dbbp-phong-vien.van-phong", vars("appraisalDate", "2026-06-01",
        "appraisalOpinion", "DONG_Y"));
    // no separate đảng ủy vote: the authorised đảng ủy cơ sở decides, two thirds of its members in office
    assertThat(d.task("Task_QuyetDinh")).hasCandidateGroup("dbcs-bao-tinh.van-phong");
    assertThatThrownBy(() -> d.complete("Task_QuyetDinh", "dbcs-bao-tinh.van-phong", vars("decisionOutcome",
        "XOA_TEN", "deciderMembersTotal", 8, "deciderVotesFor", 5, "decisionNumber", "40-QĐ/ĐU",
        "decisionDate", "2026-06-01")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("5/8 chưa đạt");
    d.complete("Task_QuyetDinh", "dbcs-bao-tinh.van-phong", vars("decisionOutcome", "XOA_TEN",
        "deciderMembersTotal", 9, "deciderVotesFor", 6, "decisionNumber", "40-QĐ/ĐU", "decisionDate", "2026-06-01"));
    assertThat(registry.lastRemoval(m.id()).orElseThrow().reasonCode()).isEqualTo(ReasonCode.TU_Y_TRA_HUY_THE);
    assertThat(d.waitingAt()).contains("Task_GiaoQuyetDinh");
  }

  @Test
  void aXoaTenOpenedWhileKhaiTruIsProposedWarnsTheChiUyFromTheStart() {
    Member m = member("Phan Văn Báo Trước");
    d.on("2026-05-25");
    holds.start(m.id(), Hold.DE_NGHI_KHAI_TRU, LocalDate.of(2026, 5, 25), "Tờ trình số 9-TTr/UBKT");
    openOnUnpaidDues(m);
    assertThat(d.variable("removalWarnings")).asString().contains("đề nghị khai trừ").contains("R-RK-05");
    // a xin ra is not taken up at all while it is proposed (R-RK-08)
    Member other = member("Phan Văn Xin Ra Khi Bị Xét");
    d.on("2026-06-01");
    holds.start(other.id(), Hold.DE_NGHI_KHAI_TRU, LocalDate.of(2026, 6, 1), "Tờ trình số 10-TTr/UBKT");
    assertThatThrownBy(() -> d.start(KEY, CHI_UY, vars("memberRecordNumber", other.recordNumber(), "variant",
        "XIN_RA", "openedDate", "2026-06-01", "requestDate", "2026-06-01", "requestReasons", "Lý do riêng")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("không giải quyết đơn xin ra");
  }
}

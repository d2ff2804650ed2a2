package vn.nq21.workflow.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.nq21.workflow.support.CaseDriver.vars;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.Hold;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.ReasonCode;
import vn.nq21.workflow.registry.StatusChange;

/**
 * Xin ra (§9.4, R-RK-08) with and without a violation under consideration, the hardship flag it stores, and the review
 * another procedure asks for (R-RK-03, R-CS-09): a task at the chi ủy, never a removal by itself.
 */
class XinRaAndReviewTest extends RemovalTestBase {

  Map<String, Object> request(Member m, boolean hardship) {
    return vars("memberRecordNumber", m.recordNumber(), "variant", "XIN_RA", "openedDate", "2026-06-03",
        "requestDate", "2026-06-01", "requestReasons", "Hoàn cảnh gia đình", "hardship", hardship,
        "hardshipDetails", hardship ? "Con ốm nặng, một mình nuôi mẹ già" : null);
  }

  @Test
  void aXinRaDecidedIsStoredAsXoaTenWithReasonXinRaAndTheHardshipFlag() {
    Member m = member("Lý Thị Xin Ra");
    d.on("2026-06-03");
    d.start(KEY, CHI_UY, request(m, true));
    assertThat(d.waitingAt()).contains("Task_GapGoXemXet");
    d.complete("Task_GapGoXemXet", CHI_UY, vars("meetingDate", "2026-06-03", "meetingNotes", "Đã động viên",
        "violationFound", "KHONG"));
    d.on("2026-06-10");
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote("2026-06-10", onRoll("2026-06-10")));
    dangUyPasses("2026-06-10");
    assertThat(d.variable("reviewDecisionType")).isEqualTo("XIN_RA");
    d.complete("Task_QuyetDinh", BTV_XA, decision("2026-06-10", 4));
    StatusChange removal = registry.lastRemoval(m.id()).orElseThrow();
    assertThat(removal.toStatus()).isEqualTo(MemberStatus.XOA_TEN);
    assertThat(removal.reasonCode()).isEqualTo(ReasonCode.XIN_RA);
    assertThat(removal.hardship()).isTrue();
  }

  @Test
  void aXinRaIsRefusedWhileAViolationIsUnderConsiderationAndTheMemberIsTold() {
    Member m = member("Lý Văn Đang Kỷ Luật");
    d.on("2026-06-03");
    holds.start(m.id(), Hold.KY_LUAT, LocalDate.of(2026, 5, 20), "Thông báo số 3-TB/UBKT");
    assertThatThrownBy(() -> d.start(KEY, CHI_UY, request(m, false)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("xử lý kỷ luật trước");

    // a violation the registry does not hold yet, found when the chi ủy meets the member
    Member other = member("Lý Văn Có Vi Phạm");
    d.on("2026-06-03");
    d.start(KEY, CHI_UY, request(other, false));
    d.complete("Task_GapGoXemXet", CHI_UY, vars("meetingDate", "2026-06-03", "meetingNotes", "Đã gặp",
        "violationFound", "CO", "violationNotes", "Đơn tố cáo đang được chi ủy xác minh"));
    assertThat(d.waitingAt()).contains("Task_ThongBaoKetQua");
    assertThat(d.variable("refusalText")).asString().contains("kỷ luật trước").contains("Đơn tố cáo");
    d.complete("Task_ThongBaoKetQua", CHI_UY, vars("notificationDate", "2026-06-03", "notificationForm", "VAN_BAN"));
    assertThat(outcome()).isEqualTo("VI_PHAM_XU_LY_KY_LUAT");
    assertThat(registry.require(other.id()).status()).isEqualTo(MemberStatus.CHINH_THUC);
  }

  @Test
  void aMeetingThatMissesAnOpenMatterInTheRegistryIsRefused() {
    Member m = member("Lý Văn Bị Kiểm Tra");
    d.on("2026-06-03");
    d.start(KEY, CHI_UY, request(m, false));
    holds.start(m.id(), Hold.KIEM_TRA, LocalDate.of(2026, 6, 3), "Quyết định kiểm tra số 9-QĐ/UBKT");
    assertThatThrownBy(() -> d.complete("Task_GapGoXemXet", CHI_UY, vars("meetingDate", "2026-06-03",
        "meetingNotes", "Đã gặp", "violationFound", "KHONG")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Đang bị kiểm tra")
        .hasMessageContaining("chọn “Có: xử lý kỷ luật trước”");
  }

  void askForReview(Member m, String source) {
    d.on("2026-06-01");
    d.instance = engine.getRuntimeService().createMessageCorrelation("de-nghi-ra-soat-xoa-ten")
        .processInstanceBusinessKey(m.recordNumber())
        .setVariables(vars("memberId", m.id(), "caseOrgId", CHI_BO, "reviewSource", source))
        .correlateStartMessage();
  }

  @Test
  void twoYearsRatedKhtnvOpenAReviewThatTheChiUyMayCloseWithItsReason() {
    Member m = member("Lý Văn Rà Soát");
    askForReview(m, "HAI_NAM_KHTNV");
    assertThat(d.waitingAt()).containsExactly("Task_RaSoat");
    assertThat(d.task("Task_RaSoat")).hasCandidateGroup(CHI_UY);
    assertThat(d.variable("reviewSourceText")).asString().contains("Không hoàn thành nhiệm vụ");
    assertThatThrownBy(() -> d.complete("Task_RaSoat", CHI_UY, vars("reviewDate", "2026-06-01",
        "reviewConclusion", "KHONG_MO")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Nhận xét, lý do");
    d.complete("Task_RaSoat", CHI_UY, vars("reviewDate", "2026-06-01", "reviewConclusion", "KHONG_MO",
        "reviewNotes", "Đã tiến bộ, hoàn thành nhiệm vụ năm nay"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_KhongMoHoSo");
    assertThat(outcome()).isEqualTo("KHONG_MO_HO_SO");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.CHINH_THUC);
  }

  @Test
  void aReviewOpensAXoaTenOnlyOnAGroundTheRecordsProve() {
    Member m = member("Lý Văn Không Đến");
    askForReview(m, "CHUYEN_SH_KHONG_DEN");
    assertThatThrownBy(() -> d.complete("Task_RaSoat", CHI_UY, vars("reviewDate", "2026-06-01",
        "reviewConclusion", "MO_HO_SO", "groundCode", "BO_SINH_HOAT")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Chưa đủ căn cứ");
    dues(m, 5, 1, 2, 5);
    d.complete("Task_RaSoat", CHI_UY, vars("reviewDate", "2026-06-01", "reviewConclusion", "MO_HO_SO",
        "groundCode", "KHONG_DONG_DANG_PHI"));
    assertThat(d.waitingAt()).contains("Task_YeuCauTuKiemDiem", "Task_DungHoSo");
    assertThat(d.variable("variant")).isEqualTo("XOA_TEN");
    assertThat(d.variable("reasonCode")).isEqualTo("KHONG_DONG_DANG_PHI");
  }

  @Test
  void aReviewDoesNotOpenASecondRemovalForAMemberWhoseCaseIsOpen() {
    Member m = member("Lý Văn Đã Có Hồ Sơ");
    openOnUnpaidDues(m);
    String open = d.instance.getId();
    askForReview(m, "HAI_NAM_KHTNV");
    assertThat(d.instance.getId()).isNotEqualTo(open);
    assertThatThrownBy(() -> d.complete("Task_RaSoat", CHI_UY, vars("reviewDate", "2026-06-01",
        "reviewConclusion", "MO_HO_SO", "groundCode", "KHONG_DONG_DANG_PHI")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("đã có hồ sơ đưa ra khỏi Đảng đang mở");
    d.complete("Task_RaSoat", CHI_UY, vars("reviewDate", "2026-06-01", "reviewConclusion", "KHONG_MO",
        "reviewNotes", "Đã có hồ sơ xóa tên đang xem xét"));
    assertThat(outcome()).isEqualTo("KHONG_MO_HO_SO");
  }
}

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
import vn.nq21.workflow.support.CaseDriver;

/**
 * The complaint about a xóa tên (R-RK-07): filed on day 30 of the window taken up, on day 31 not (unless the office
 * records why), sent to the cấp ủy above the deciding one (the tỉnh ủy above the đảng ủy xã), resolved within 90 working
 * days or escalated, and when upheld the status restored with its original date.
 */
class ComplaintProcessTest extends RemovalTestBase {

  static final String COMPLAINT = ComplaintSteps.PROCESS_KEY;
  static final String TINH = "tinh-demo.van-phong";

  /** A member struck off by the đảng ủy xã on 20/07/2026, the decision delivered on 24/07/2026. */
  Member removed(String name) {
    Member m = member(name);
    openOnUnpaidDues(m);
    d.on("2026-06-02");
    d.complete("Task_YeuCauTuKiemDiem", CHI_UY, vars("requestDate", "2026-06-02", "requestAnswer", "CO_Y_TU_CHOI",
        "answerNotes", "Biên bản"));
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote("2026-06-02", onRoll("2026-06-02")));
    dangUyPasses("2026-06-02");
    d.on("2026-07-24");
    d.complete("Task_QuyetDinh", BTV_XA, decision("2026-07-20", 4));
    d.complete("Task_GiaoQuyetDinh", CHI_UY, vars("deliveredDate", "2026-07-24", "deliveryForm", "TRUC_TIEP",
        "cardRecovery", "DA_THU_HOI", "cardRecoveredDate", "2026-07-24"));
    d = new CaseDriver(engine);
    return m;
  }

  Map<String, Object> complaint(Member m, String filed) {
    return vars("memberRecordNumber", m.recordNumber(), "complaintAddressee", "CAP_UY_CAP_TREN",
        "complaintFiledDate", filed, "complaintReceivedDate", filed, "complaintContent", "Tôi đã nộp đủ đảng phí");
  }

  Object outcome(String caseId) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(caseId)
        .variableName("caseOutcome").singleResult().getValue();
  }

  @Test
  void dayThirtyIsTakenUpAndAnUpheldComplaintRestoresTheStatusWithItsOriginalDate() {
    Member m = removed("Trương Văn Khiếu Nại");
    d.on("2026-09-08");
    // the office of the đảng ủy xã that decided cannot take it: the complaint goes above
    assertThatThrownBy(() -> d.start(COMPLAINT, "xa-an-phu.van-phong", complaint(m, "2026-09-08")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Đảng bộ tỉnh Demo nhận và giải quyết");
    d.start(COMPLAINT, TINH, complaint(m, "2026-09-08")); // day 30 after 24/07/2026
    assertThat(d.variable("complaintAccepted")).isEqualTo(true);
    assertThat(d.variable("filingText")).asString().contains("trong thời hạn");
    assertThat(d.task("Task_GiaiQuyet")).hasCandidateGroup(TINH);
    assertThat(holds.on(m.id(), LocalDate.of(2026, 9, 8))).extracting(h -> h.hold()).contains(Hold.KHIEU_NAI);
    // the decision is not suspended meanwhile (U12)
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.XOA_TEN);

    d.on("2026-10-15");
    d.complete("Task_GiaiQuyet", TINH, vars("complaintOutcome", "CHAP_NHAN", "complaintResolutionNumber",
        "12-QĐ/TU", "complaintResolutionDate", "2026-10-15", "complaintResolvedBy", "Ban Thường vụ Tỉnh ủy"));
    Member back = registry.require(m.id());
    assertThat(back.status()).isEqualTo(MemberStatus.CHINH_THUC);
    assertThat(back.statusSince()).isEqualTo(LocalDate.of(2026, 1, 5));
    d.on("2026-10-16");
    d.complete("Task_ThongBaoKetQua", TINH, vars("notificationDate", "2026-10-16", "chiBoNotifiedDate",
        "2026-10-16"));
    assertThat(d.instance).isEnded();
    assertThat(outcome(d.instance.getId())).isEqualTo("CHAP_NHAN");
    assertThat(holds.on(m.id(), LocalDate.of(2026, 10, 16))).isEmpty();
  }

  @Test
  void dayThirtyOneIsNotTakenUpUnlessTheOfficeRecordsWhyAndTheMemberIsAnswered() {
    Member m = removed("Trương Văn Quá Hạn");
    d.on("2026-09-09");
    d.start(COMPLAINT, TINH, complaint(m, "2026-09-09")); // day 31
    assertThat(d.variable("complaintAccepted")).isEqualTo(false);
    assertThat(d.waitingAt()).containsExactly("Task_ThongBaoKetQua");
    assertThat(d.variable("complaintResultText")).asString().contains("không thụ lý");
    d.complete("Task_ThongBaoKetQua", TINH, vars("notificationDate", "2026-09-09", "chiBoNotifiedDate", "2026-09-09"));
    assertThat(outcome(d.instance.getId())).isEqualTo("KHONG_THU_LY");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.XOA_TEN);

    Map<String, Object> late = complaint(m, "2026-09-09");
    late.put("lateAcceptanceReason", "Đảng viên nằm viện từ 20/8 đến 8/9, có giấy ra viện");
    d.start(COMPLAINT, TINH, late);
    assertThat(d.variable("complaintAccepted")).isEqualTo(true);
    assertThat(d.variable("filingText")).asString().contains("vẫn thụ lý vì");
  }

  @Test
  void aResolutionLaterThanNinetyWorkingDaysEscalatesAndTheDecisionStands() {
    Member m = removed("Trương Văn Chờ Lâu");
    d.on("2026-08-03");
    d.start(COMPLAINT, TINH, complaint(m, "2026-08-03"));
    assertThat(d.variable("complaintDeadlineText")).asString().contains("90 ngày làm việc");
    d.on("2026-12-31");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_XuLyChamGiaiQuyet", "Task_GiaiQuyet");
    d.complete("Task_XuLyChamGiaiQuyet", "tinh-demo.giam-sat", vars("lateReviewDate", "2026-12-31",
        "lateReviewNotes", "Yêu cầu ban tổ chức trình trong tháng"));
    d.complete("Task_GiaiQuyet", TINH, vars("complaintOutcome", "GIU_NGUYEN", "complaintResolutionNumber",
        "20-KL/TU", "complaintResolutionDate", "2026-12-31", "complaintResolvedBy", "Ban Thường vụ Tỉnh ủy"));
    d.complete("Task_ThongBaoKetQua", TINH, vars("notificationDate", "2026-12-31", "chiBoNotifiedDate", "2026-12-31"));
    assertThat(outcome(d.instance.getId())).isEqualTo("GIU_NGUYEN");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.XOA_TEN);
  }

  @Test
  void aComplaintToTheCentralLevelIsFollowedByTheProvinceWithinOneHundredEightyWorkingDays() {
    Member m = removed("Trương Văn Trung Ương");
    d.on("2026-08-03");
    Map<String, Object> central = complaint(m, "2026-08-03");
    central.put("complaintAddressee", "TRUNG_UONG");
    d.start(COMPLAINT, TINH, central);
    assertThat(d.variable("complaintDeadlineText")).asString().contains("180 ngày làm việc");
    // a withdrawal needs no document number; the complaint's hold ends with it
    d.complete("Task_GiaiQuyet", TINH, vars("complaintOutcome", "RUT_DON", "complaintResolutionDate", "2026-08-03",
        "complaintResolvedBy", "Văn phòng Tỉnh ủy"));
    d.complete("Task_ThongBaoKetQua", TINH, vars("notificationDate", "2026-08-03", "chiBoNotifiedDate", "2026-08-03"));
    assertThat(outcome(d.instance.getId())).isEqualTo("RUT_DON");
    assertThat(holds.on(m.id(), LocalDate.of(2026, 8, 3))).extracting(h -> h.hold()).contains(Hold.KHIEU_NAI);
    assertThat(holds.on(m.id(), LocalDate.of(2026, 8, 4))).isEmpty();
  }
}

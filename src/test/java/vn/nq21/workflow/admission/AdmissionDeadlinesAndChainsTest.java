package vn.nq21.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.nq21.workflow.admission.AdmissionDriver.vars;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.CommitteeRole;
import vn.nq21.workflow.registry.Committees;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.Roll;

/**
 * The working-day deadlines of §5 (decision 60 WD + extension ≤ 30, ceremony 30 WD, paperwork 30 WD),
 * each escalating without ending the case, and the chains of §3.3 for chi bộ under a đảng ủy.
 */
class AdmissionDeadlinesAndChainsTest extends AdmissionTestBase {

  @org.springframework.beans.factory.annotation.Autowired Committees committees;
  @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  static final String DONG = "cb-thon-dong.chi-uy";
  static final String BTC_XA = "xa-an-phu.ban-to-chuc";

  static LocalDate day(Object deadline) {
    return FormValues.toLocalDate((Date) deadline);
  }

  void votedIn(String name) {
    d.preparedUpToTheVote(DONG, DONG, name, "DEMO-0004", "DEMO-0005");
    d.chiBoVotes(DONG, 6, 6, 6);
  }

  @Test
  void decisionIsDueSixtyWorkingDaysAfterTheResolutionAndLatenessEscalatesWithoutEndingTheCase() {
    votedIn("Cao Thị Chờ");
    // 05/12/2025 + 60 working days: 1/1 and 2/1 off, Saturday 10/1 worked (swap), Tết 16–20/2 off: 09/03/2026
    assertThat(day(d.variable("decisionDeadline"))).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(day(d.task("Task_QuyetDinh").getDueDate())).isEqualTo(LocalDate.of(2026, 3, 9));
    d.on("2026-03-09");
    assertThat(d.fireDueTimers()).isZero();
    d.on("2026-03-10");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_QuyetDinh", "Task_QuaHanQuyetDinh", "Task_DungHoSo");
    assertThat(d.task("Task_QuaHanQuyetDinh")).hasCandidateGroup("tinh-demo.giam-sat");
    assertThat((String) d.variable("escalationReason")).contains("60 ngày làm việc");
  }

  @Test
  void extensionIsAtMostThirtyWorkingDaysAndMovesTheDeadline() {
    votedIn("Cao Văn Gia Hạn");
    d.on("2026-03-10");
    d.fireDueTimers();
    assertThatThrownBy(() -> d.complete("Task_QuaHanQuyetDinh", "tinh-demo.giam-sat", vars("extensionGranted", "CO",
        "extensionWorkingDays", 31, "extensionReason", "Chờ xác minh thêm", "extensionApprovalDate", "2026-03-10")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("30");
    d.complete("Task_QuaHanQuyetDinh", "tinh-demo.giam-sat", vars("extensionGranted", "CO",
        "extensionWorkingDays", 30, "extensionReason", "Chờ xác minh thêm", "extensionApprovalNumber", "5-CV/TU",
        "extensionApprovalDate", "2026-03-10"));
    // 60 + 30 working days from 05/12/2025: 20/04/2026
    LocalDate extended = day(d.variable("decisionDeadline"));
    assertThat(extended).isEqualTo(LocalDate.of(2026, 4, 20));
    assertThat(day(d.task("Task_QuyetDinh").getDueDate())).isEqualTo(extended);
    assertThat(d.waitingAt()).contains("Timer_HanSauGiaHan");
    d.on("2026-04-21");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_XuLyQuaHanQuyetDinh");
    d.complete("Task_XuLyQuaHanQuyetDinh", "tinh-demo.giam-sat", vars("lateReviewDate", "2026-04-21",
        "lateReviewNotes", "Đề nghị Ban thường vụ đảng ủy xã kiểm điểm"));
    assertThat(d.waitingAt()).contains("Task_QuyetDinh");
  }

  @Test
  void lateDecisionWithoutExtensionGoesStraightToTheReview() {
    votedIn("Cao Văn Không Gia Hạn");
    d.on("2026-03-10");
    d.fireDueTimers();
    d.complete("Task_QuaHanQuyetDinh", "tinh-demo.giam-sat", vars("extensionGranted", "KHONG",
        "extensionReason", "Không có lý do chính đáng"));
    assertThat(d.waitingAt()).contains("Task_XuLyQuaHanQuyetDinh", "Task_QuyetDinh");
  }

  void decidedAndReceived(String name) {
    votedIn(name);
    d.decides(BTC_XA, "KET_NAP", 7, 5);
    d.complete("Task_NhanQuyetDinh", DONG, vars("decisionReceivedDate", "2026-01-21"));
  }

  @Test
  void ceremonyLaterThanThirtyWorkingDaysNeedsTheSuperiorsAgreementRecordedFirst() {
    decidedAndReceived("Bùi Thị Lễ Muộn");
    // 21/01/2026 + 30 working days, Tết 16–20/2 off: 11/03/2026
    assertThat(day(d.variable("ceremonyDeadline"))).isEqualTo(LocalDate.of(2026, 3, 11));
    // the form writes "Hạn tổ chức lễ kết nạp:" before it, once
    assertThat((String) d.variable("ceremonyDeadlineText")).startsWith("hết ngày 11/03/2026 (");
    d.on("2026-03-12");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_LeKetNap", "Task_DongYLeMuon");
    d.on("2026-03-13");
    assertThatThrownBy(() -> d.complete("Task_LeKetNap", DONG, vars("ceremonyDate", "2026-03-13")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("R-KN-18");
    d.complete("Task_DongYLeMuon", DONG, vars("lateCeremonyReason", "Người vào Đảng đi công tác",
        "lateCeremonyApprovalNumber", "9-CV/ĐU", "lateCeremonyApprovalDate", "2026-03-12"));
    d.complete("Task_LeKetNap", DONG, vars("ceremonyDate", "2026-03-13"));
    assertThat(registry.findByRecordNumber(d.instance.getBusinessKey()).orElseThrow().status())
        .isEqualTo(MemberStatus.DU_BI);
  }

  @Test
  void ceremonyOnTheLastDayNeedsNoAgreement() {
    decidedAndReceived("Bùi Văn Đúng Hạn");
    d.on("2026-03-11");
    d.complete("Task_LeKetNap", DONG, vars("ceremonyDate", "2026-03-11"));
    assertThat(d.waitingAt()).contains("Task_HoanThienHoSo");
  }

  @Test
  void latePaperworkRemindsTheChiUyFirstAndThenTheSupervisorsAbove() {
    decidedAndReceived("Bùi Văn Hồ Sơ");
    d.on("2026-02-04");
    d.complete("Task_LeKetNap", DONG, vars("ceremonyDate", "2026-02-03"));
    // 03/02/2026 + 30 working days: 24/03/2026; 10 working days more: 07/04/2026
    assertThat(day(d.variable("paperworkDeadline"))).isEqualTo(LocalDate.of(2026, 3, 24));
    assertThat(day(d.variable("paperworkEscalation"))).isEqualTo(LocalDate.of(2026, 4, 7));
    d.on("2026-03-25");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    // first the chi ủy that does the paperwork (R-KN-20), not the supervisors
    assertThat(d.waitingAt()).contains("Task_HoanThienHoSo", "Task_NhacHoanThienHoSo")
        .doesNotContain("Task_XuLyChamHoSo");
    assertThat(d.task("Task_NhacHoanThienHoSo")).hasCandidateGroup(DONG);
    assertThat(d.variable("paperworkReminderText")).asString().contains("03/02/2026");
    d.complete("Task_NhacHoanThienHoSo", DONG, vars("paperworkDelayReason", "Chờ ảnh và xác nhận của đoàn thể",
        "paperworkPlannedDate", "2026-04-03"));
    d.on("2026-04-08");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.task("Task_XuLyChamHoSo")).hasCandidateGroup("xa-an-phu.giam-sat");
    assertThat(d.variable("escalationReason")).asString().contains("chi ủy đã được nhắc")
        .contains("Chờ ảnh và xác nhận của đoàn thể");
    d.complete("Task_XuLyChamHoSo", "xa-an-phu.giam-sat", vars("lateReviewDate", "2026-04-08",
        "lateReviewNotes", "Nhắc chi ủy hoàn thiện trong tuần"));
    d.complete("Task_HoanThienHoSo", DONG, vars("partyRecordDate", "2026-04-08", "partyCardSlipDate", "2026-04-08",
        "dossierIndexDone", true));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_DaKetNap");
    assertThat((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(d.instance.getId()).variableName("hoSoDanhMuc").singleResult().getValue())
        .contains("Đơn xin vào Đảng (1-KNĐ)", "Quyết định kết nạp đảng viên (9-KNĐ) – 20/01/2026", "Phiếu đảng viên");
  }

  @Test
  void chiBoTrucThuocGoesThroughItsDangUyCoSoVoteThenTheCommuneDecides() {
    String clerk = "cb-giao-vien.chi-uy";
    String office = "dbcs-thpt-an-phu.van-phong";
    d.preparedUpToTheVote(clerk, office, "Vũ Thị Giáo", "DEMO-0019", "DEMO-0020");
    d.chiBoVotes(clerk, 5, 5, 4);
    assertThat(d.waitingAt()).contains("Task_DangUyCoSoBieuQuyet");
    assertThat(d.task("Task_DangUyCoSoBieuQuyet")).hasCandidateGroup(office);
    d.complete("Task_DangUyCoSoBieuQuyet", office, vars("dangUyVoteDate", "2025-12-06", "dangUyMembersTotal", 9,
        "dangUyVotesFor", 6, "dangUyResolutionNumber", "3-NQ/ĐU", "dangUyResolutionDate", "2025-12-06"));
    assertThat(d.waitingAt()).contains("Task_QuyetDinh");
    assertThat(d.task("Task_QuyetDinh")).hasCandidateGroup(BTC_XA);
  }

  @Test
  void dangUyCoSoBelowTwoThirdsOfAllItsMembersEndsTheCase() {
    String clerk = "cb-giao-vien.chi-uy";
    String office = "dbcs-thpt-an-phu.van-phong";
    d.preparedUpToTheVote(clerk, office, "Vũ Văn Chưa Đạt", "DEMO-0019", "DEMO-0020");
    d.chiBoVotes(clerk, 5, 5, 5);
    d.complete("Task_DangUyCoSoBieuQuyet", office, vars("dangUyVoteDate", "2025-12-06", "dangUyMembersTotal", 9,
        "dangUyVotesFor", 5));
    // the đảng ủy's office reports the result up and tells the chi bộ (R-GEN-09)
    assertThat(d.task("Task_BaoCaoKetQuaDangUy")).hasCandidateGroup(office);
    d.complete("Task_BaoCaoKetQuaDangUy", office, vars("dangUyReportNumber", "5-BC/ĐU", "dangUyReportDate",
        "2025-12-06", "chiBoNotifiedDate", "2025-12-06"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_DangUyKhongDeNghi");
  }

  @Test
  void theDangUyTotalInOfficeIsHeldToItsRecordedCommittee() {
    String clerk = "cb-giao-vien.chi-uy";
    String office = "dbcs-thpt-an-phu.van-phong";
    // three official members of the school's chi bộ sit on its đảng ủy
    List<Roll.Entry> seated = registry.rollOn("cb-giao-vien", LocalDate.of(2025, 11, 3)).official().subList(0, 3);
    try {
      seated.forEach(e -> committees.seat("dbcs-thpt-an-phu", e.recordNumber(), CommitteeRole.UY_VIEN,
          LocalDate.of(2025, 11, 3), "Nghị quyết đại hội, quyết định chuẩn y số 40-QĐ/ĐU"));
      d.preparedUpToTheVote(clerk, office, "Vũ Thị Ba Ủy Viên", "DEMO-0019", "DEMO-0020");
      d.chiBoVotes(clerk, 5, 5, 5);
      // the vote's form opens with the members in office, and a total that differs is refused with their names
      assertThat(d.variable("dangUyMembersTotal")).isEqualTo(3);
      assertThatThrownBy(() -> d.complete("Task_DangUyCoSoBieuQuyet", office, vars("dangUyVoteDate", "2025-12-06",
          "dangUyMembersTotal", 9, "dangUyVotesFor", 6, "dangUyResolutionNumber", "9-NQ/ĐU",
          "dangUyResolutionDate", "2025-12-06")))
          .isInstanceOf(SubmissionRejectedException.class)
          .hasMessageContaining("“Tổng số cấp ủy viên đương nhiệm” (9) khác danh sách cấp ủy của Đảng bộ Trường THPT"
              + " An Phú ngày 06/12/2025 (3 đồng chí: " + seated.get(0).fullName());
      d.complete("Task_DangUyCoSoBieuQuyet", office, vars("dangUyVoteDate", "2025-12-06", "dangUyMembersTotal", 3,
          "dangUyVotesFor", 2, "dangUyResolutionNumber", "9-NQ/ĐU", "dangUyResolutionDate", "2025-12-06"));
      assertThat(d.variable("dangUyPassed")).isEqualTo(true);
    } finally {
      jdbc.sql("delete from nq21_committee_seat where organization_code = 'dbcs-thpt-an-phu'").update();
    }
  }

  @Test
  void chiBoUnderADangUyBoPhanIsAppraisedThenTheAuthorisedDangUyCoSoDecides() {
    String clerk = "cb-thoi-su.chi-uy";
    String office = "dbcs-bao-tinh.van-phong";
    d.preparedUpToTheVote(clerk, office, "Kiều Văn Báo", "DEMO-0026", "DEMO-0027");
    d.chiBoVotes(clerk, 5, 5, 4);
    assertThat(d.waitingAt()).contains("Task_DangUyBoPhanThamDinh");
    assertThat(d.task("Task_DangUyBoPhanThamDinh")).hasCandidateGroup("dbbp-phong-vien.van-phong");
    d.complete("Task_DangUyBoPhanThamDinh", "dbbp-phong-vien.van-phong", vars("appraisalDate", "2025-12-06",
        "appraisalOpinion", "DONG_Y"));
    // Authorised to admit (A4): no separate đảng ủy resolution, the đảng ủy decides with 2/3 of all its members
    assertThat(d.waitingAt()).contains("Task_QuyetDinh");
    assertThat(d.task("Task_QuyetDinh")).hasCandidateGroup(office);
    assertThatThrownBy(() -> d.decides(office, "KET_NAP", 9, 5))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("hai phần ba");
    d.decides(office, "KET_NAP", 9, 6);
    // the chi bộ receives the decision, and the authorised đảng ủy reports it to its superior at the same time (A4)
    assertThat(d.waitingAt()).contains("Task_NhanQuyetDinh", "Task_CapTrenNhanBaoCao");
    assertThat(d.task("Task_CapTrenNhanBaoCao")).hasCandidateGroup("dbk-cq-dang.van-phong");
    d.complete("Task_CapTrenNhanBaoCao", "dbk-cq-dang.van-phong", vars("authorisedReportNumber", "12-BC/ĐU",
        "authorisedReportDate", "2026-01-20", "reportNotedDate", "2026-01-21"));
    assertThat(d.waitingAt()).contains("Task_NhanQuyetDinh").doesNotContain("Task_CapTrenNhanBaoCao");
  }
}

package vn.nq21.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.nq21.workflow.support.SeparateJvm;

/** The demo as a new user first sees it: admission cases at different steps, one decision overdue. */
@SeparateJvm
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:nq21-demo;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class DemoDataTest {

  @Autowired ProcessEngine engine;
  @Autowired vn.nq21.workflow.registry.MemberRegistry registry;

  @Test
  void twoChiUyAreOnRecordWithTheirBiThu(@Autowired vn.nq21.workflow.registry.Committees committees) {
    assertThat(committees.on("cb-thon-tay", java.time.LocalDate.now()))
        .extracting(vn.nq21.workflow.registry.CommitteeSeat::describe)
        .containsExactly("Bí thư: Hoàng Văn Sơn", "Phó bí thư: Đỗ Thị Mai");
    assertThat(committees.on("cb-tri-su", java.time.LocalDate.now())).hasSize(2);
  }

  @Test
  void theEngineClockIsBackToNowOnceTheDemoIsSeeded() {
    // the demo plays its cases with the clock set back; a clock left on the last demo day dated every new
    // case and task in the past (found by the browser test: a new task "created 2 months ago")
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs())
        .isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void admissionAndProbationCasesWaitAtDifferentStepsWithOverdueOnes() {
    // the admission cases, with the review chain one of them has called (no probation case is in it)
    List<String> waitingAt = engine.getTaskService().createTaskQuery()
        .processDefinitionKeyIn("ket-nap-dang-vien", "xet-duyet-cap-tren").list().stream().map(t -> t.getTaskDefinitionKey()).filter(k -> !k.equals("Task_DungHoSo")).toList();
    assertThat(waitingAt).containsExactlyInAnyOrder("Task_ChungNhanNhanThuc", "Task_NguoiGioiThieu", "Task_ThamTraLyLich",
        "Task_YKienNhanXet", "Task_ChiBoBieuQuyet", "Task_QuyetDinh", "Task_LeKetNap");

    List<Job> overdue = engine.getManagementService().createJobQuery().timers()
        .duedateLowerThan(new Date()).list();
    // the admission decision, the near-end probation's review start, the other's review deadline
    assertThat(overdue).hasSize(3);
    overdue.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_QuaHanQuyetDinh")
        .singleResult().getDueDate()).isNotNull();
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_QuyetDinh")
        .taskCandidateGroup("dbcs-bao-tinh.van-phong").count()).isEqualTo(1);
    // probation: one case near its end with its review tasks open, one past the chi bộ's review deadline
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_TuKiemDiem").count()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ChiBoXetCongNhan")
        .taskCandidateGroup("cb-giao-vien.chi-uy").count()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_XuLyChamXet")
        .taskCandidateGroup("dbcs-thpt-an-phu.giam-sat").count()).isEqualTo(1);
  }

  @Test
  void exemptionCasesWaitAtTheirStepsAndOneMemberIsExemptedOnTheRollOfToday() {
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("mien-sinh-hoat-dang").list().stream()
        .map(t -> t.getTaskDefinitionKey()).filter(k -> !k.equals("Task_DungHoSo")).toList())
        .containsExactlyInAnyOrder("Task_ChiUyXemXet", "Task_ChiBoXetMien", "Task_TroLaiSomCoThoiHan");
    long exempted = registry.findByRecordNumber("DEMO-0021").orElseThrow().id();
    // chi bộ Giáo viên's admission vote, still to be recorded, may leave her out as exempted and absent
    assertThat(registry.rollOn("cb-giao-vien", java.time.LocalDate.now()).exempted())
        .extracting(vn.nq21.workflow.registry.Roll.Entry::memberId).containsExactly(exempted);
  }

  @Test
  void transfersWaitOnBothSidesOneLateOneReturnedOneTemporaryAndOneDone() {
    List<String> waiting = engine.getTaskService().createTaskQuery()
        .processDefinitionKeyIn("chuyen-sinh-hoat-dang", "tiep-nhan-chuyen-sinh-hoat").list().stream()
        .map(t -> t.getTaskDefinitionKey()).filter(k -> !k.startsWith("Task_DungHoSo")).toList();
    assertThat(waiting).containsExactlyInAnyOrder("Task_DangVienTrinhDien", "Task_DangVienTrinhDien",
        "Task_NhacDangVienBaoCao", "Task_HoanThienLaiHoSo", "Task_GiaHan");
    long moving = registry.findByRecordNumber("DEMO-0005").orElseThrow().id();
    assertThat(registry.overlaysOn(moving, java.time.LocalDate.now()))
        .containsExactly(vn.nq21.workflow.registry.Overlay.DANG_CHUYEN);
    assertThat(registry.findByRecordNumber("DEMO-0030").orElseThrow().organizationCode()).isEqualTo("cb-tri-su");
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_HoanThienLaiHoSo")
        .taskCandidateGroup("cbcs-van-phong-tu.chi-uy").count()).isEqualTo(1);
  }

  @Test
  void removalsWaitForTheSecondSelfReviewTheMeetingAndTheComplaintsResolution() {
    List<String> waiting = engine.getTaskService().createTaskQuery()
        .processDefinitionKeyIn("dua-ra-khoi-dang", "khieu-nai-xoa-ten").list().stream()
        .map(t -> t.getTaskDefinitionKey()).filter(k -> !k.equals("Task_DungHoSo")).toList();
    assertThat(waiting).containsExactlyInAnyOrder("Task_YeuCauTuKiemDiem", "Task_GapGoXemXet", "Task_GiaiQuyet");
    assertThat(engine.getRuntimeService().getVariable(engine.getTaskService().createTaskQuery()
        .taskDefinitionKey("Task_YeuCauTuKiemDiem").singleResult().getProcessInstanceId(), "selfReviewRequests"))
        .isEqualTo(1);
    var struckOff = registry.findByRecordNumber("DEMO-0034").orElseThrow();
    assertThat(struckOff.status()).isEqualTo(vn.nq21.workflow.registry.MemberStatus.XOA_TEN);
    assertThat(registry.lastRemoval(struckOff.id()).orElseThrow().reasonCode())
        .isEqualTo(vn.nq21.workflow.registry.ReasonCode.TU_Y_TRA_HUY_THE);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_GiaiQuyet")
        .taskCandidateGroup("dbk-cq-dang.van-phong").count()).isEqualTo(1);
  }
}

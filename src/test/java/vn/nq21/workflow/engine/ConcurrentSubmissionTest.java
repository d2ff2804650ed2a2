package vn.nq21.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.nq21.workflow.support.CaseDriver.vars;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.support.CaseDriver;
import vn.nq21.workflow.support.ProcessTestBase;

/**
 * A clerk's submission that meets a change made at the same moment (a deadline's timer firing on the case: the
 * engine's optimistic lock, ENGINE-03005) is run once more from what is stored, and completes; a second collision
 * reaches the clerk as the conflict it is (the REST layer answers it in Vietnamese, 409).
 */
class ConcurrentSubmissionTest extends ProcessTestBase {

  /** A submission whose first {@code collisions} runs meet a concurrent change, as a timer firing would cause. */
  static class CollidingSubmission extends SubmitTaskFormCmd {
    final AtomicInteger runs = new AtomicInteger();
    final int collisions;

    CollidingSubmission(String taskId, Map<String, Object> form, int collisions) {
      super(taskId, form, false, false);
      this.collisions = collisions;
    }

    @Override
    public VariableMap execute(CommandContext commandContext) {
      if (runs.incrementAndGet() <= collisions) {
        throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity' failed. Entity"
            + " was updated by another transaction concurrently.");
      }
      return super.execute(commandContext);
    }
  }

  private Task proposalTaskOfANewExemptionCase(CaseDriver d, String record) {
    d.on("2026-03-02");
    registry.register(new NewPerson(record, "Đỗ Văn Cùng Lúc", "NAM", LocalDate.of(1944, 2, 2), null,
        "cb-giao-vien", MemberStatus.CHINH_THUC, LocalDate.of(2026, 3, 2)), null);
    d.start("mien-sinh-hoat-dang", "cb-giao-vien.chi-uy", vars("memberRecordNumber", record, "applicationForm",
        "DON", "applicationDate", "2026-03-02", "groundCode", "TUOI_CAO", "groundDetails", "82 tuổi"));
    return d.task("Task_ChiUyXemXet");
  }

  private Map<String, Object> proposal() {
    return vars("proposalDate", "2026-03-02", "chiUyConclusion", "DE_XUAT_MIEN", "plannedStart", "2026-03-10",
        "holdsChiUyRole", "KHONG");
  }

  @Test
  void aSubmissionThatMeetsATimerIsRunOnceMoreAndCompletes() {
    CaseDriver d = new CaseDriver(engine);
    Task task = proposalTaskOfANewExemptionCase(d, "CS-0001");
    CollidingSubmission submission = new CollidingSubmission(task.getId(), proposal(), 1);
    d.as("cb-giao-vien.chi-uy", () -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(submission));
    assertThat(submission.runs).hasValue(2);
    assertThat(d.waitingAt()).contains("Task_ChiBoXetMien").doesNotContain("Task_ChiUyXemXet");
    assertThat(d.variable("chiUyConclusion")).isEqualTo("DE_XUAT_MIEN");
  }

  @Test
  void aSecondCollisionReachesTheClerkAsAConflictAndNothingIsWritten() {
    CaseDriver d = new CaseDriver(engine);
    Task task = proposalTaskOfANewExemptionCase(d, "CS-0002");
    CollidingSubmission submission = new CollidingSubmission(task.getId(), proposal(), 2);
    assertThatThrownBy(() -> d.as("cb-giao-vien.chi-uy", () -> ((ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getCommandExecutorTxRequired().execute(submission)))
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(submission.runs).hasValue(2);
    assertThat(d.waitingAt()).contains("Task_ChiUyXemXet");
    assertThat(d.variable("chiUyConclusion")).isNull();
  }
}

package vn.nq21.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.JobDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.security.ClientCommandGuard.Verdict;

/** How the guard tells a clerk's commands apart: the form doors and reads pass, other writes and engine-wide reads do not. */
class ClientCommandGuardTest {

  @Test
  void theFormDoorsAndReadsPass() {
    for (Class<?> c : new Class<?>[] {SubmitTaskFormCmd.class, SubmitStartFormCmd.class, ClaimTaskCmd.class,
        GetTaskFormCmd.class, GetTaskFormVariablesCmd.class, TaskQueryImpl.class, String.class}) {
      assertThat(ClientCommandGuard.verdict(c)).as(c.getSimpleName()).isEqualTo(Verdict.ALLOWED);
    }
  }

  @Test
  void everyOtherWriteIsRefused() {
    for (Class<?> c : new Class<?>[] {CompleteTaskCmd.class, ResolveTaskCmd.class, SaveTaskCmd.class,
        SetTaskVariablesCmd.class, PatchExecutionVariablesCmd.class, CorrelateMessageCmd.class,
        MigrateProcessInstanceCmd.class, SetVariablesToProcessInstancesBatchCmd.class}) {
      assertThat(ClientCommandGuard.verdict(c)).as(c.getSimpleName()).isEqualTo(Verdict.WRITE_REFUSED);
    }
  }

  @Test
  void engineWideReadsAreForAdmins() {
    assertThat(ClientCommandGuard.verdict(JobDefinitionQueryImpl.class)).isEqualTo(Verdict.LISTS_NOTHING);
    assertThat(ClientCommandGuard.verdict(MetricsQueryImpl.class)).isEqualTo(Verdict.LISTS_NOTHING);
    assertThat(ClientCommandGuard.verdict(org.camunda.bpm.engine.impl.cmd.GetTableCountCmd.class))
        .isEqualTo(Verdict.ADMIN_ONLY);
  }
}

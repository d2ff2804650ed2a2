package vn.nq21.workflow.benchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one case the way Tasklist does: the user is authenticated with its groups, submits the start form,
 * then each task's form through the form service. Only {@code submitTaskForm} is timed per task.
 */
final class CaseDriver {

  /** Receives the duration of every task completion, in nanoseconds. */
  interface Latencies {
    void record(long nanos);
  }

  private final ProcessEngine engine;
  private final String processKey;
  /** True: find each step's task by its key (the application); false: the one open task (the bare reference). */
  private final boolean byTaskKey;
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
  private volatile String definitionId;
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
  /** CPU time of the calling threads in task completions since the last {@link #takeCpuNanos()}. */
  private final java.util.concurrent.atomic.LongAdder cpuNanos = new java.util.concurrent.atomic.LongAdder();
  /** While set, the SQL statements of each task completion are counted into it. */
  private volatile SqlCounter.Tally tally;

  CaseDriver(ProcessEngine engine, String processKey, boolean byTaskKey) {
    this.engine = engine;
    this.processKey = processKey;
    this.byTaskKey = byTaskKey;
  }

  /** Runs case {@code n} from start form to end; returns the number of tasks completed. */
  int runCase(int n, Latencies latencies) {
    String user = AdmissionStory.CHI_UY;
    ProcessInstance instance = as(user, () -> engine.getFormService()
        .submitStartForm(definitionId(), AdmissionStory.startForm(n)));
    int completed = 0;
    for (AdmissionStory.Step step : AdmissionStory.STEPS) {
      String taskUser = byTaskKey ? step.user() : user;
      Task task = as(taskUser, () -> {
        var query = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId());
        return byTaskKey ? query.taskDefinitionKey(step.taskKey()).singleResult() : query.singleResult();
      });
      if (task == null) {
        throw new IllegalStateException("Case " + n + ": no open task " + step.taskKey() + " for " + taskUser);
      }
      SqlCounter.Tally counting = tally;
      if (counting != null) {
        SqlCounter.start();
      }
      long cpuStarted = CPU.getCurrentThreadCpuTime();
      long started = System.nanoTime();
      as(taskUser, () -> {
        engine.getFormService().submitTaskForm(task.getId(), step.form());
        return null;
      });
      latencies.record(System.nanoTime() - started);
      cpuNanos.add(CPU.getCurrentThreadCpuTime() - cpuStarted);
      if (counting != null) {
        Map<String, Integer> statements = SqlCounter.stop();
        counting.add(SqlCounter.kinds(statements), statements);
      }
      completed++;
    }
    boolean ended = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .count() == 0;
    if (!ended) {
      throw new IllegalStateException("Case " + n + " did not end after the last step");
    }
    return completed;
  }

  /**
   * CPU time the driving threads spent in task completions since the last call (in the JVM: the application or
   * engine and, on H2, the database; not PostgreSQL's server processes). Less disturbed by other work on the
   * machine than wall time.
   */
  long takeCpuNanos() {
    return cpuNanos.sumThenReset();
  }

  /** Counts the SQL of the task completions into {@code tally} from now on (null: stop counting). */
  void countSql(SqlCounter.Tally tally) {
    this.tally = tally;
  }

  String definitionId() {
    if (definitionId == null) {
      definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
          .latestVersion().singleResult().getId();
    }
    return definitionId;
  }

  private <T> T as(String user, java.util.function.Supplier<T> work) {
    List<String> userGroups = groups.computeIfAbsent(user, u -> engine.getIdentityService().createGroupQuery()
        .groupMember(u).list().stream().map(Group::getId).toList());
    engine.getIdentityService().setAuthentication(user, userGroups);
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}

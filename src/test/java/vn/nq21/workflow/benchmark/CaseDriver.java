package vn.nq21.workflow.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.nq21.workflow.engine.FormValues;

/**
 * Drives whole cases ({@link AdmissionStory}) the way Tasklist does: the user is authenticated with its groups,
 * submits the start form, then each task's form through the form service; between phases the due timers are
 * executed as the job executor would. Only {@code submitTaskForm} is timed per task.
 *
 * <p>In the application each step names its process (the admission case, then the probation case the ceremony
 * opened) and its task; in the bare reference the whole story is one process instance with one open task at a
 * time.
 */
final class CaseDriver {

  /** Receives the duration of every task completion, in nanoseconds. */
  interface Latencies {
    void record(long nanos);
  }

  /** A case on its way: its process instances by process key, the first one is the one the start form opened. */
  static final class Case {
    final int number;
    final Map<String, String> instances = new LinkedHashMap<>();

    Case(int number) {
      this.number = number;
    }

    List<String> instanceIds() {
      return new ArrayList<>(instances.values());
    }
  }

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final ProcessEngine engine;
  private final String processKey;
  /** True: find each step's task by its process and key (the application); false: the one open task (bare). */
  private final boolean byTaskKey;
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
  private volatile String definitionId;
  /** CPU time of the calling threads in task completions since the last {@link #takeCpuNanos()}. */
  private final LongAdder cpuNanos = new LongAdder();
  /** While set, the SQL statements of each task completion are counted into it. */
  private volatile SqlCounter.Tally tally;

  CaseDriver(ProcessEngine engine, String processKey, boolean byTaskKey) {
    this.engine = engine;
    this.processKey = processKey;
    this.byTaskKey = byTaskKey;
  }

  /** Phases of a case; each runs with the engine clock on its own day. */
  int phases() {
    return AdmissionStory.PHASES.size();
  }

  /** Sets the engine clock to 09:00 (Vietnam) of {@code phase}'s day; only while no case is at work. */
  static void clock(int phase) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(AdmissionStory.PHASES.get(phase).clockDate())
        .atTime(LocalTime.of(9, 0)).atZone(FormValues.ZONE).toInstant()));
  }

  /**
   * Runs case {@code n} from start form to end on the calling thread, moving the clock between phases; only
   * when no other thread drives cases on this engine. Returns the case.
   */
  Case runCase(int n, Latencies latencies) {
    try {
      clock(0);
      Case c = begin(n, latencies);
      for (int phase = 1; phase < phases(); phase++) {
        clock(phase);
        resume(c, phase, latencies);
      }
      finish(c);
      return c;
    } finally {
      clock(0);
    }
  }

  /** The start form of case {@code n} and the steps of the first phase. */
  Case begin(int n, Latencies latencies) {
    ProcessInstance instance = as(AdmissionStory.CHI_UY, () -> engine.getFormService()
        .submitStartForm(definitionId(), AdmissionStory.startForm(n)));
    Case c = new Case(n);
    c.instances.put(byTaskKey ? AdmissionStory.PROCESS_KEY : processKey, instance.getId());
    steps(c, AdmissionStory.PHASES.get(0).steps(), latencies);
    return c;
  }

  /** Executes the case's timers due now, then the steps of {@code phase} (the clock is on its day). */
  void resume(Case c, int phase, Latencies latencies) {
    int fired = 0;
    for (String instanceId : c.instanceIds()) {
      List<Job> due = engine.getManagementService().createJobQuery().rootProcessInstanceId(instanceId).timers()
          .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list();
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        fired++;
      }
    }
    if (fired == 0) {
      throw new IllegalStateException("Case " + c.number + ": no timer due before phase " + phase);
    }
    steps(c, AdmissionStory.PHASES.get(phase).steps(), latencies);
  }

  /** Fails unless every process instance of the case has ended. */
  void finish(Case c) {
    for (String instanceId : c.instanceIds()) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
        throw new IllegalStateException("Case " + c.number + ": instance " + instanceId
            + " did not end after the last step");
      }
    }
  }

  private void steps(Case c, List<AdmissionStory.Step> steps, Latencies latencies) {
    for (AdmissionStory.Step step : steps) {
      String taskUser = byTaskKey ? step.user() : AdmissionStory.CHI_UY;
      String instanceId = byTaskKey ? instance(c, step.processKey()) : c.instances.get(processKey);
      Task task = as(taskUser, () -> {
        // the case's instance and the review chain it called
        List<String> ids = new ArrayList<>(List.of(instanceId));
        engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstanceId(instanceId).list()
            .forEach(p -> ids.add(p.getId()));
        var query = engine.getTaskService().createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new));
        return byTaskKey ? query.taskDefinitionKey(step.taskKey()).singleResult() : query.singleResult();
      });
      if (task == null) {
        throw new IllegalStateException("Case " + c.number + ": no open task " + step.taskKey() + " for "
            + taskUser);
      }
      Map<String, Object> form = step.form().apply(c.number);
      SqlCounter.Tally counting = tally;
      if (counting != null) {
        SqlCounter.start();
      }
      long cpuStarted = CPU.getCurrentThreadCpuTime();
      long started = System.nanoTime();
      as(taskUser, () -> {
        engine.getFormService().submitTaskForm(task.getId(), form);
        return null;
      });
      latencies.record(System.nanoTime() - started);
      cpuNanos.add(CPU.getCurrentThreadCpuTime() - cpuStarted);
      if (counting != null) {
        Map<String, Integer> statements = SqlCounter.stop();
        counting.add(SqlCounter.kinds(statements), statements);
      }
    }
  }

  /** The case's instance of {@code key}: a case opened by another of the case (probation after the ceremony). */
  private String instance(Case c, String key) {
    return c.instances.computeIfAbsent(key, k -> {
      ProcessInstance opened = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(k)
          .variableValueEquals("admissionCaseId", c.instances.get(AdmissionStory.PROCESS_KEY)).singleResult();
      if (opened == null) {
        throw new IllegalStateException("Case " + c.number + ": no " + k + " case opened by the admission case");
      }
      return opened.getId();
    });
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

  private <T> T as(String user, Supplier<T> work) {
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

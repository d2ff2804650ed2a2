package vn.nq21.workflow.caseview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.nq21.workflow.casework.StopStep;
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.engine.WithoutAuthorization;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.MemberRegistry;

/**
 * The running cases of a procedure that the signed-in user may read (the engine decides, as in Cockpit), each as a
 * supervisor reads it: who it is about, where, what it waits on, who must act and by when. Only for the cases the
 * engine lets the user read are the open steps then read, without the engine's checks (a supervisor reads a case,
 * not its tasks). Every open step is one the case waits on, with its due date when it has one, but the step that
 * records that the case stops ({@link StopStep}, open throughout): it is listed apart, so it never hides the late one.
 */
@Service
public class CaseList {

  static final int MAX_CASES = 500;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** One step the case waits on. */
  public record Step(String name, String who, String due, boolean overdue, long daysLate) {}

  /** The cases listed, and how many the user may read in all (more than listed when over {@value #MAX_CASES}). */
  public record Page(long total, List<Row> rows) {}

  /** One case. */
  public record Row(String caseId, String businessKey, String person, String organization, String opened,
      List<Step> waiting, List<String> alwaysOpen, boolean overdue, String nextDue) {}

  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final MemberRegistry registry;
  private final OrganizationService organizations;
  private final WithoutAuthorization withoutAuthorization;

  public CaseList(RuntimeService runtime, HistoryService history, TaskService tasks, IdentityService identity,
      MemberRegistry registry, OrganizationService organizations, WithoutAuthorization withoutAuthorization) {
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.registry = registry;
    this.organizations = organizations;
    this.withoutAuthorization = withoutAuthorization;
  }

  /**
   * The readable running cases of the procedure {@code processKey}: the late ones first, then by their next due date.
   * At most {@value #MAX_CASES} are read (the page says so when there are more).
   */
  public Page of(String processKey) {
    long total = runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count();
    List<ProcessInstance> readable = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
        .orderByProcessInstanceId().asc().listPage(0, MAX_CASES);
    if (readable.isEmpty()) {
      return new Page(total, List.of());
    }
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.ZONE);
    // the processes each case called that the user may read too (the review chain; a transfer's receiving side only
    // for those the engine lets read it): the engine decides, instance by instance
    Map<String, List<String>> called = new HashMap<>();
    for (ProcessInstance instance : readable) {
      called.put(instance.getId(), runtime.createProcessInstanceQuery().rootProcessInstanceId(instance.getId()).list()
          .stream().map(ProcessInstance::getId).filter(id -> !id.equals(instance.getId())).toList());
    }
    return withoutAuthorization.call(() -> {
      Actors actors = new Actors(identity, tasks);
      Map<String, Date> startTimes = new HashMap<>();
      history.createHistoricProcessInstanceQuery().processInstanceIds(readable.stream().map(ProcessInstance::getId)
          .collect(java.util.stream.Collectors.toSet())).list().forEach(h -> startTimes.put(h.getId(), h.getStartTime()));
      List<Row> rows = new ArrayList<>();
      for (ProcessInstance instance : readable) {
        rows.add(row(instance, called.get(instance.getId()), today, actors, startTimes));
      }
      rows.sort(Comparator.comparing((Row r) -> !r.overdue())
          .thenComparing((Row r) -> -r.waiting().stream().mapToLong(Step::daysLate).max().orElse(0))
          .thenComparing(r -> r.nextDue() == null ? LocalDate.MAX : LocalDate.parse(r.nextDue(), DAY)));
      return new Page(total, rows);
    });
  }

  private Row row(ProcessInstance instance, List<String> called, LocalDate today, Actors actors,
      Map<String, Date> startTimes) {
    Set<String> ids = new LinkedHashSet<>(List.of(instance.getId()));
    ids.addAll(called);
    List<Step> waiting = new ArrayList<>();
    List<String> alwaysOpen = new ArrayList<>();
    LocalDate nextDue = null;
    for (Task task : tasks.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new)).orderByDueDate().asc()
        .list()) {
      if (StopStep.is(task)) {
        alwaysOpen.add(task.getName());
        continue;
      }
      if (task.getDueDate() == null) {
        waiting.add(new Step(task.getName(), actors.mustAct(task), null, false, 0));
        continue;
      }
      LocalDate due = day(task.getDueDate());
      long late = due.isBefore(today) ? ChronoUnit.DAYS.between(due, today) : 0;
      waiting.add(new Step(task.getName(), actors.mustAct(task), DAY.format(due), late > 0, late));
      if (nextDue == null || due.isBefore(nextDue)) {
        nextDue = due;
      }
    }
    Object org = runtime.getVariable(instance.getId(), "caseOrgId");
    String organization = org == null ? null
        : organizations.find(org.toString()).map(Organization::name).orElse(org.toString());
    String person = registry.subjectName(instance.getId()).orElse(null);
    Date started = startTimes.get(instance.getId());
    return new Row(instance.getId(), instance.getBusinessKey(), person, organization,
        started == null ? null : DAY.format(day(started)), waiting, alwaysOpen,
        waiting.stream().anyMatch(Step::overdue), nextDue == null ? null : DAY.format(nextDue));
  }

  private static LocalDate day(Date date) {
    return LocalDate.ofInstant(date.toInstant(), FormValues.ZONE);
  }
}

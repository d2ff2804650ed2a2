package vn.nq21.workflow.caseview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;
import vn.nq21.workflow.casework.DossierInventory;
import vn.nq21.workflow.casework.StepNumbers;
import vn.nq21.workflow.casework.StopStep;
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.engine.WithoutAuthorization;
import vn.nq21.workflow.engine.form.FormFile;
import vn.nq21.workflow.engine.form.StepForms;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;

/**
 * A whole case on one page, as a clerk or a supervisor reads it: every step done with its day, who did it and what
 * the step's form recorded (by the form's own labels and choices); the steps it waits on, who must act and by when;
 * the deadlines ahead (the models' timers); the hồ sơ inventory; the decisions, resolutions and other numbered
 * documents with their dates; and the diagrams with the current step marked. The case is its procedure's process
 * instance with those it called (the review chain). Who may read it is {@link CaseAccess}'s to say; once allowed,
 * the case is read without the engine's checks (a supervisor reads a case, not its tasks).
 */
@Service
public class CaseStory {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * Fields ending in "Number" that name a person, not a document: số lý lịch, CCCD, số thẻ đảng viên. Every other
   * "…Number" a form records is a document's number (a decision, a resolution, a report, a certificate…).
   */
  private static final List<String> PERSON_NUMBERS = List.of("RecordNumber", "IdentityNumber", "CardNumber");

  /** What the history lists as a step done: the kinds of element a person or the system does or waits on. */
  private static final Set<String> STEP_KINDS = Set.of("userTask", "serviceTask", "sendTask", "scriptTask",
      "businessRuleTask", "boundaryTimer", "intermediateTimer", "boundaryMessage", "intermediateMessageCatch",
      "boundarySignal", "intermediateSignalCatch", "boundaryEscalation", "boundaryError", "noneEndEvent",
      "terminateEndEvent", "errorEndEvent", "escalationEndEvent", "messageEndEvent", "signalEndEvent");

  /** One value a step's form recorded, under the form's label. */
  public record Recorded(String label, String value) {}

  /**
   * A step done (or closed without being done: {@code completed} false, e.g. a task a deadline took away).
   *
   * @param at the day and time it ended, in Vietnam (dd/MM/yyyy HH:mm)
   * @param by who completed it (a user task), or null (the system)
   */
  public record Done(String name, String kind, String at, String by, boolean completed, List<Recorded> recorded) {}

  /**
   * A step the case waits on now; {@code step} which of how many ("3/13", or null off the main line), {@code due} in
   * dd/MM/yyyy or null (a step open throughout).
   */
  public record Current(String taskId, String name, String step, String who, String since, String due,
      boolean overdue, long daysLate, boolean yours) {}

  /** A deadline ahead: a timer of the models (a reminder, an escalation, the end of a period). */
  public record Ahead(String what, String step, String due, boolean overdue) {}

  /** A numbered document the case recorded: a decision, a resolution, a report, a certificate. */
  public record Document(String step, String label, String number, String date) {}

  /** The whole case. */
  public record Story(String caseId, String procedure, String version, String businessKey, String person,
      Long memberId, String organization, String state, String opened, String openedBy, String ended,
      List<Done> done, List<Current> current, List<Current> alwaysOpen, List<Ahead> ahead, String inventory,
      List<Document> documents) {}

  /** A process of the case drawn: its model, where it stands now and where it has been. */
  public record Diagram(String processInstanceId, String name, String xml, List<String> current,
      List<String> passed) {}

  private final CaseAccess access;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final ManagementService management;
  private final IdentityService identity;
  private final MemberRegistry registry;
  private final OrganizationService organizations;
  private final StepForms forms;
  private final WithoutAuthorization withoutAuthorization;

  public CaseStory(CaseAccess access, RuntimeService runtime, HistoryService history, TaskService tasks,
      RepositoryService repository, ManagementService management, IdentityService identity, MemberRegistry registry,
      OrganizationService organizations, StepForms forms, WithoutAuthorization withoutAuthorization) {
    this.access = access;
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
    this.repository = repository;
    this.management = management;
    this.identity = identity;
    this.registry = registry;
    this.organizations = organizations;
    this.forms = forms;
    this.withoutAuthorization = withoutAuthorization;
  }

  /**
   * The story of the case that {@code instanceId} (the procedure's or a called process's) belongs to: what of it the
   * user reads ({@link CaseAccess.Scope}).
   */
  public Optional<Story> of(String instanceId) {
    Optional<CaseAccess.Scope> scope = access.caseOf(instanceId);
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    Set<String> workable = new HashSet<>();
    List<HistoricProcessInstance> instances = instances(scope.get());
    tasks.createTaskQuery().processInstanceIdIn(ids(instances)).list().forEach(t -> workable.add(t.getId()));
    return Optional.of(withoutAuthorization.call(() -> tell(scope.get(), instances, workable)));
  }

  /** The diagrams of the case: its procedure's, then each called process still running. */
  public Optional<List<Diagram>> diagrams(String instanceId) {
    Optional<CaseAccess.Scope> scope = access.caseOf(instanceId);
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(withoutAuthorization.call(() -> {
      List<Diagram> diagrams = new ArrayList<>();
      for (HistoricProcessInstance instance : instances(scope.get())) {
        boolean running = instance.getEndTime() == null;
        if (!running && !instance.getId().equals(scope.get().first())) {
          continue;
        }
        // passed: done, not a container, not taken away (a task a deadline interrupted)
        List<String> passed = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .finished().list().stream().filter(a -> !"subProcess".equals(a.getActivityType()) && !a.isCanceled())
            .map(HistoricActivityInstance::getActivityId).distinct().toList();
        String xml;
        try (var in = repository.getProcessModel(instance.getProcessDefinitionId())) {
          xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
          throw new IllegalStateException("Không đọc được mô hình " + instance.getProcessDefinitionId(), e);
        }
        diagrams.add(new Diagram(instance.getId(), procedureName(instance), xml,
            running ? runtime.getActiveActivityIds(instance.getId()) : List.of(), passed));
      }
      return diagrams;
    }));
  }

  /** The process instances the user reads of the case, in the scope's order (its first first). */
  private List<HistoricProcessInstance> instances(CaseAccess.Scope scope) {
    return withoutAuthorization.call(() -> {
      List<HistoricProcessInstance> all = new ArrayList<>(history.createHistoricProcessInstanceQuery()
          .processInstanceIds(Set.copyOf(scope.instances())).list());
      all.sort(Comparator.comparing((HistoricProcessInstance h) -> scope.instances().indexOf(h.getId())));
      return all;
    });
  }

  private static String[] ids(Collection<HistoricProcessInstance> instances) {
    return instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
  }

  private Story tell(CaseAccess.Scope scope, List<HistoricProcessInstance> instances, Set<String> workable) {
    HistoricProcessInstance root = instances.get(0);
    Actors actors = new Actors(identity, tasks);
    Date now = ClockUtil.getCurrentTime();
    LocalDate today = day(now);

    Map<String, String> completedBy = new HashMap<>();
    Map<String, HistoricTaskInstance> taskByActivity = new HashMap<>();
    Map<String, Map<String, Object>> valuesByActivity = new HashMap<>();
    List<HistoricActivityInstance> activities = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      activities.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).finished()
          .orderPartiallyByOccurrence().asc().list());
      history.createUserOperationLogQuery().processInstanceId(instance.getId())
          .entityType(org.camunda.bpm.engine.EntityTypes.TASK)
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()
          .forEach(entry -> completedBy.putIfAbsent(entry.getTaskId(), entry.getUserId()));
      history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).finished().list()
          .forEach(task -> taskByActivity.put(task.getActivityInstanceId(), task));
    }
    // the values each step wrote, the last of each variable, in the order written
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceIdIn(ids(instances))
        .variableUpdates().orderPartiallyByOccurrence().asc().list()) {
      if (detail instanceof HistoricVariableUpdate update && update.getActivityInstanceId() != null) {
        valuesByActivity.computeIfAbsent(update.getActivityInstanceId(), k -> new LinkedHashMap<>())
            .put(update.getVariableName(), update.getValue());
      }
    }

    activities.removeIf(a -> !STEP_KINDS.contains(a.getActivityType()) || a.getActivityName() == null
        || a.getActivityName().isBlank());
    // by the moment each ended, then began; steps of one instance ended in one transaction keep the order they
    // happened in (a stable sort)
    activities.sort(Comparator.comparing(HistoricActivityInstance::getEndTime)
        .thenComparing(HistoricActivityInstance::getStartTime));
    List<Done> done = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    for (HistoricActivityInstance activity : activities) {
      HistoricTaskInstance task = taskByActivity.get(activity.getId());
      List<Recorded> recorded = List.of();
      String by = null;
      boolean completed = true;
      if (task != null) {
        completed = "completed".equals(task.getDeleteReason());
        by = actors.user(completedBy.getOrDefault(task.getId(), completed ? task.getAssignee() : null));
        FormFile form = forms.ofStep(task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
            name -> variable(task.getProcessInstanceId(), name));
        Map<String, Object> values = valuesByActivity.getOrDefault(activity.getId(), Map.of());
        if (form != null && completed) {
          recorded = recorded(form, values);
          documents.addAll(documents(activity.getActivityName(), form, values));
        }
      }
      done.add(new Done(activity.getActivityName(), kind(activity.getActivityType()), moment(activity.getEndTime()),
          by, completed, recorded));
    }
    // the opening: when, by whom, and what the start form recorded
    FormFile startForm = forms.ofStart(root.getProcessDefinitionId());
    Map<String, Object> startValues = valuesByActivity.getOrDefault(root.getId(), Map.of());
    done.add(0, new Done("Mở hồ sơ", "start", moment(root.getStartTime()), actors.user(root.getStartUserId()), true,
        startForm == null ? List.of() : recorded(startForm, startValues)));
    documents.addAll(0, documents("Mở hồ sơ", startForm, startValues));

    List<Current> current = new ArrayList<>();
    List<Current> alwaysOpen = new ArrayList<>();
    List<String> running = instances.stream().filter(i -> i.getEndTime() == null).map(HistoricProcessInstance::getId)
        .toList();
    if (!running.isEmpty()) {
      for (Task task : tasks.createTaskQuery().processInstanceIdIn(running.toArray(String[]::new)).orderByDueDate()
          .asc().list()) {
        LocalDate due = task.getDueDate() == null ? null : day(task.getDueDate());
        long late = due != null && due.isBefore(today) ? ChronoUnit.DAYS.between(due, today) : 0;
        Object number = tasks.getVariableLocal(task.getId(), StepNumbers.VARIABLE);
        Current step = new Current(task.getId(), task.getName(), number == null ? null : number.toString(),
            actors.mustAct(task), DAY.format(day(task.getCreateTime())), due == null ? null : DAY.format(due), late > 0,
            late, workable.contains(task.getId()) && !task.isSuspended());
        (StopStep.is(task) ? alwaysOpen : current).add(step);
      }
    }

    Long memberId = registry.subjectOf(scope.caseRoot()).orElse(null);
    String person = memberId == null ? null : registry.find(memberId).map(Member::fullName).orElse(null);
    return new Story(root.getId(), procedureName(root), "phiên bản " + root.getProcessDefinitionVersion(),
        root.getBusinessKey(), person, memberId, organization(root), state(root),
        DAY.format(day(root.getStartTime())), actors.user(root.getStartUserId()),
        root.getEndTime() == null ? null : DAY.format(day(root.getEndTime())), done, current, alwaysOpen,
        ahead(running, now), inventory(instances), documents);
  }

  /** A variable of one process instance of the case, as it last was (a form's key the chain was given). */
  private Object variable(String processInstanceId, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
        .list().stream().map(HistoricVariableInstance::getValue).filter(java.util.Objects::nonNull).findFirst()
        .orElse(null);
  }

  /** The values a step's form recorded, in the form's order, by its labels; choices by the labels the form shows. */
  private static List<Recorded> recorded(FormFile form, Map<String, Object> values) {
    List<Recorded> recorded = new ArrayList<>();
    for (FormFile.Field field : form.fields()) {
      if (field.disabled() || !field.key().equals(field.variable()) || !values.containsKey(field.variable())) {
        continue;
      }
      String text = text(field, values.get(field.variable()));
      if (text != null && !text.isBlank()) {
        recorded.add(new Recorded(field.displayName(), text));
      }
    }
    return recorded;
  }

  /** The numbered documents a step recorded: each "…Number" field (not a person's number) with its date. */
  private static List<Document> documents(String step, FormFile form, Map<String, Object> values) {
    List<Document> found = new ArrayList<>();
    if (form == null) {
      return found;
    }
    for (FormFile.Field field : form.fields()) {
      String key = field.variable();
      if (!key.endsWith("Number") || PERSON_NUMBERS.stream().anyMatch(key::endsWith)
          || !(values.get(key) instanceof String number) || number.isBlank()) {
        continue;
      }
      String prefix = key.substring(0, key.length() - "Number".length());
      String date = form.fields().stream()
          .filter(f -> "datetime".equals(f.type()) && f.variable().startsWith(prefix) && values.get(f.variable()) != null)
          .map(f -> text(f, values.get(f.variable()))).findFirst().orElse(null);
      found.add(new Document(step, field.displayName(), number.trim(), date));
    }
    return found;
  }

  /** A value as the form shows it: a day as dd/MM/yyyy, yes/no, a choice by its label, a list joined. */
  private static String text(FormFile.Field field, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean b) {
      return b ? "Có" : "Không";
    }
    if (value instanceof Collection<?> list) {
      return String.join(", ", list.stream().map(v -> field.optionLabels().getOrDefault(String.valueOf(v),
          String.valueOf(v))).toList());
    }
    if (value instanceof Date date) {
      return DAY.format(day(date));
    }
    String text = String.valueOf(value);
    if (field.optionLabels().containsKey(text)) {
      return field.optionLabels().get(text);
    }
    if (text.length() >= 10 && ISO_DAY.matcher(text.substring(0, 10)).matches()) {
      return DAY.format(LocalDate.parse(text.substring(0, 10)));
    }
    return text;
  }

  /** The timers of the running instances: reminders, escalations, the ends of periods, soonest first. */
  private List<Ahead> ahead(List<String> running, Date now) {
    List<Ahead> ahead = new ArrayList<>();
    Map<String, BpmnModelInstance> models = new HashMap<>();
    for (String instanceId : running) {
      for (Job job : management.createJobQuery().processInstanceId(instanceId).timers().orderByJobDuedate().asc()
          .list()) {
        if (job.getDuedate() == null) {
          continue;
        }
        JobDefinition definition = job.getJobDefinitionId() == null ? null : management.createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId()).singleResult();
        String what = null;
        String step = null;
        if (definition != null && definition.getActivityId() != null) {
          BpmnModelInstance model = models.computeIfAbsent(job.getProcessDefinitionId(),
              repository::getBpmnModelInstance);
          FlowElement timer = model.getModelElementById(definition.getActivityId());
          what = timer == null ? null : timer.getName();
          if (timer instanceof org.camunda.bpm.model.bpmn.instance.BoundaryEvent boundary
              && boundary.getAttachedTo() != null) {
            step = boundary.getAttachedTo().getName();
          }
        }
        ahead.add(new Ahead(what == null || what.isBlank() ? "Hạn theo quy trình" : what, step,
            DAY.format(day(job.getDuedate())), job.getDuedate().before(now)));
      }
    }
    ahead.sort(Comparator.comparing(a -> LocalDate.parse(a.due(), DAY)));
    return ahead;
  }

  /** The hồ sơ inventory the procedure keeps on the case, or null when it keeps none. */
  private String inventory(List<HistoricProcessInstance> instances) {
    String found = null;
    for (var variable : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids(instances))
        .variableName(DossierInventory.VARIABLE).list()) {
      if (variable.getValue() instanceof String text
          && (found == null || variable.getProcessInstanceId().equals(instances.get(0).getId()))) {
        found = text;
      }
    }
    return found;
  }

  private String organization(HistoricProcessInstance root) {
    Object org = history.createHistoricVariableInstanceQuery().processInstanceId(root.getId())
        .variableName("caseOrgId").list().stream().map(v -> v.getValue()).filter(v -> v != null).findFirst()
        .orElse(null);
    return org == null ? null : organizations.find(org.toString()).map(Organization::name).orElse(org.toString());
  }

  private String procedureName(HistoricProcessInstance instance) {
    if (instance.getProcessDefinitionName() != null) {
      return instance.getProcessDefinitionName();
    }
    ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
    return definition.getName() == null ? definition.getKey() : definition.getName();
  }

  /** A case's state in words: đang giải quyết, tạm dừng, đã xong, đã dừng. */
  public static String state(HistoricProcessInstance i) {
    if (i.getState() == null) {
      return i.getEndTime() == null ? "Đang giải quyết" : "Đã xong";
    }
    return switch (i.getState()) {
      case HistoricProcessInstance.STATE_ACTIVE -> "Đang giải quyết";
      case HistoricProcessInstance.STATE_SUSPENDED -> "Tạm dừng";
      case HistoricProcessInstance.STATE_COMPLETED -> "Đã xong";
      case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED, HistoricProcessInstance.STATE_INTERNALLY_TERMINATED ->
          "Đã dừng";
      default -> i.getState();
    };
  }

  /** The kind of step, for the page's icons: a person's task, the system's work, a deadline, a message, the end. */
  private static String kind(String activityType) {
    if ("userTask".equals(activityType)) {
      return "task";
    }
    if (activityType.endsWith("Timer")) {
      return "timer";
    }
    if (activityType.endsWith("EndEvent")) {
      return "end";
    }
    if (activityType.contains("Message") || activityType.contains("Signal")) {
      return "message";
    }
    return "system";
  }

  private static String moment(Date date) {
    return date == null ? null : MOMENT.format(LocalDateTime.ofInstant(date.toInstant(), FormValues.ZONE));
  }

  private static LocalDate day(Date date) {
    return LocalDate.ofInstant(date.toInstant(), FormValues.ZONE);
  }
}

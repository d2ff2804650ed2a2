package vn.nq21.workflow.casework;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.StartupOrder;
import vn.nq21.workflow.engine.WithoutAuthorization;

/**
 * Which step of how many a task is, as a clerk reads it on the task's card ("Bước 3/13"). The models say it: a step
 * of a procedure's main line carries the extension property {@value #PROPERTY} with its number (Camunda Modeler:
 * Extensions → Properties), steps done side by side share a number, and a procedure has as many steps as its highest
 * number. A step off the main line (a reminder, a report of a failed vote, the stop task) has none and shows none. A
 * called process whose steps carry no number (the review chain) takes the number of the step that called it; one
 * that numbers its own steps keeps them (a transfer's receiving side, also a procedure on its own: "2/4" there while
 * the sending case stands at its step 5 of 6). An admin renumbers by deploying the model; nothing here names a step.
 * The number is put on a task when it is created; at start-up, the open tasks that carry none yet (opened before
 * their model was numbered, or before an upgrade) are given theirs.
 */
@Component
@Order(StartupOrder.STEP_NUMBERS)
public class StepNumbers implements ApplicationRunner {

  /** The extension property that numbers a step. */
  public static final String PROPERTY = "buoc";
  /** The task variable Tasklist shows on the card (a filter's variables), "3/13". */
  public static final String VARIABLE = "buocHoSo";

  private static final Logger LOG = LoggerFactory.getLogger(StepNumbers.class);
  /** Open tasks read and numbered at a time at start-up. */
  private static final int PAGE = 200;

  /** The highest step number of each deployed process: deployed models never change. */
  private final Map<String, Integer> totals = new ConcurrentHashMap<>();

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final WithoutAuthorization withoutAuthorization;

  public StepNumbers(TaskService tasks, RuntimeService runtime, WithoutAuthorization withoutAuthorization) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.withoutAuthorization = withoutAuthorization;
  }

  /**
   * Gives the open tasks that carry no number theirs, a page at a time, each page in its own transaction: a page that
   * fails (another node of a cluster numbering the same tasks at the same moment) is logged and left, and the start
   * goes on. The stop step is never numbered and is not read.
   */
  @Override
  public void run(ApplicationArguments args) {
    Set<String> numbered = new HashSet<>();
    withoutAuthorization.run(() -> runtime.createVariableInstanceQuery().variableName(VARIABLE).list()
        .forEach(v -> numbered.add(v.getTaskId())));
    int marked = 0;
    for (int first = 0; ; first += PAGE) {
      int from = first;
      List<String> page = withoutAuthorization.call(() -> tasks.createTaskQuery().taskMinPriority(StopStep.PRIORITY + 1)
          .orderByTaskId().asc().listPage(from, PAGE).stream().map(Task::getId).toList());
      List<String> missing = page.stream().filter(id -> !numbered.contains(id)).toList();
      try {
        marked += missing.isEmpty() ? 0 : withoutAuthorization.call(() -> {
          int count = 0;
          for (Task task : tasks.createTaskQuery().taskIdIn(missing.toArray(String[]::new)).list()) {
            if (task instanceof DelegateTask open && open.getExecution() != null) {
              Optional<String> number = of(open);
              if (number.isPresent()) {
                open.setVariableLocal(VARIABLE, number.get());
                count++;
              }
            }
          }
          return count;
        });
      } catch (RuntimeException e) {
        LOG.warn("Số bước: không ghi được số bước cho {} việc đang mở ({}); các việc khác vẫn được ghi.", missing.size(),
            e.getMessage());
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    if (marked > 0) {
      LOG.info("Số bước: {} việc đang mở được ghi số bước (mở trước khi mô hình đánh số bước).", marked);
    }
  }

  /** Puts "n/m" on a new task when its step, or the step that called its process, is numbered. */
  public void mark(DelegateTask task) {
    of(task).ifPresent(text -> task.setVariableLocal(VARIABLE, text));
  }

  /** "n/m" for the task, or empty when neither its step nor the step that called its process is numbered. */
  Optional<String> of(DelegateTask task) {
    Integer own = number(task.getBpmnModelElementInstance(), task.getProcessDefinitionId());
    if (own != null) {
      return Optional.of(own + "/" + total(task.getBpmnModelInstance(), task.getProcessDefinitionId()));
    }
    DelegateExecution caller = task.getExecution().getProcessInstance().getSuperExecution();
    if (caller == null || !(caller.getBpmnModelElementInstance() instanceof CallActivity call)) {
      return Optional.empty();
    }
    Integer called = number(call, caller.getProcessDefinitionId());
    return called == null ? Optional.empty()
        : Optional.of(called + "/" + total(caller.getBpmnModelInstance(), caller.getProcessDefinitionId()));
  }

  private int total(BpmnModelInstance model, String processDefinitionId) {
    return totals.computeIfAbsent(processDefinitionId, id -> {
      int highest = 0;
      for (Class<? extends BaseElement> type : java.util.List.of(UserTask.class, CallActivity.class)) {
        for (BaseElement step : model.getModelElementsByType(type)) {
          Integer n = number(step, id);
          if (n != null && n > highest) {
            highest = n;
          }
        }
      }
      return highest;
    });
  }

  /** The step's number, or null when it has none (or one that is not a whole number above 0, which is logged). */
  private static Integer number(BaseElement step, String processDefinitionId) {
    ExtensionElements extensions = step == null ? null : step.getExtensionElements();
    if (extensions == null) {
      return null;
    }
    for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if (PROPERTY.equals(property.getCamundaName())) {
          String value = property.getCamundaValue() == null ? "" : property.getCamundaValue().trim();
          if (value.matches("[1-9]\\d{0,2}")) {
            return Integer.valueOf(value);
          }
          LOG.warn("Bước {} của quy trình {} có số bước “{}” không phải số nguyên dương: không hiện số bước.",
              step.getId(), processDefinitionId, value);
        }
      }
    }
    return null;
  }
}

package vn.nq21.workflow.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.FormValues;

/**
 * How the demo works its cases as clerks do: the engine clock set back to the step's day (9:00 in Vietnam), and the
 * work done as a demo user with that user's groups, so the application's checks and grants apply as in Tasklist.
 */
@Component
@Profile("demo")
class DemoClerks {

  private final IdentityService identityService;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FormService formService;

  DemoClerks(IdentityService identityService, RepositoryService repositoryService, RuntimeService runtimeService,
      TaskService taskService, FormService formService) {
    this.identityService = identityService;
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.formService = formService;
  }

  /** {@code user} opens a case of the latest {@code processKey} on {@code day} through its start form. */
  ProcessInstance start(String processKey, String user, LocalDate day, Map<String, Object> form) {
    at(day);
    return as(user, () -> formService.submitStartForm(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult().getId(), form));
  }

  /** {@code user} submits the form of the case's open task {@code taskKey}, in the case or a process it called. */
  void submit(String user, ProcessInstance instance, String taskKey, Map<String, Object> form) {
    List<String> ids = new java.util.ArrayList<>(List.of(instance.getId()));
    runtimeService.createProcessInstanceQuery().rootProcessInstanceId(instance.getId()).list().stream()
        .map(ProcessInstance::getId).filter(id -> !id.equals(instance.getId())).forEach(ids::add);
    Task task = taskService.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new))
        .taskDefinitionKey(taskKey).active().singleResult();
    if (task == null) {
      throw new IllegalStateException("Dữ liệu demo: hồ sơ " + instance.getBusinessKey() + " không có việc " + taskKey);
    }
    submit(user, task, form);
  }

  /** {@code user} submits the form of {@code task}. */
  void submit(String user, Task task, Map<String, Object> form) {
    as(user, () -> {
      formService.submitTaskForm(task.getId(), form);
      return null;
    });
  }

  static void at(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(FormValues.ZONE).toInstant()));
  }

  <T> T as(String user, Supplier<T> work) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}

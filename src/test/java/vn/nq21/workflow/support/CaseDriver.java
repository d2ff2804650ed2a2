package vn.nq21.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.nq21.workflow.engine.FormValues;

/**
 * Drives a case the way Tasklist does: a user logs in, submits the start form, then submits each task's form
 * through the form service, with the engine's clock set to the day it happens.
 */
public class CaseDriver {

  protected final ProcessEngine engine;
  public ProcessInstance instance;

  public CaseDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  public static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /** Sets the engine clock to 09:00 of {@code isoDate} in Vietnam. */
  public void on(String isoDate) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(isoDate).atTime(LocalTime.of(9, 0))
        .atZone(FormValues.ZONE).toInstant()));
  }

  public ProcessInstance start(String processKey, String user, Map<String, Object> startForm) {
    as(user, () -> {
      String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(processKey).latestVersion().singleResult().getId();
      instance = engine.getFormService().submitStartForm(definitionId, startForm);
    });
    return instance;
  }

  /** Follows the case another case opened (e.g. probation after the ceremony), by business key. */
  public ProcessInstance follow(String processKey, String businessKey) {
    instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).singleResult();
    return instance;
  }

  /** The ids of the case's running instances: the procedure's and those it called (the review chain). */
  public List<String> caseInstanceIds() {
    List<String> ids = new java.util.ArrayList<>(List.of(instance.getId()));
    engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstanceId(instance.getId()).list().stream()
        .map(ProcessInstance::getId).filter(id -> !id.equals(instance.getId())).forEach(ids::add);
    return ids;
  }

  /** The activities the case waits at, in any of its instances. */
  public java.util.Set<String> waitingAt() {
    java.util.Set<String> activities = new java.util.TreeSet<>();
    for (String id : caseInstanceIds()) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        activities.addAll(engine.getRuntimeService().getActiveActivityIds(id));
      }
    }
    return activities;
  }

  /** The case's open task {@code taskKey}, in whichever of its instances it is. */
  public Task task(String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceIdIn(caseInstanceIds().toArray(String[]::new))
        .taskDefinitionKey(taskKey).singleResult();
  }

  /** Submits the form of the open task {@code taskKey} as {@code user}, who must be able to see it. */
  public void complete(String taskKey, String user, Map<String, Object> form) {
    as(user, () -> {
      Task task = engine.getTaskService().createTaskQuery()
          .processInstanceIdIn(caseInstanceIds().toArray(String[]::new)).taskDefinitionKey(taskKey).singleResult();
      assertThat(task).as("task %s visible to %s", taskKey, user).isNotNull();
      engine.getFormService().submitTaskForm(task.getId(), form);
    });
  }

  /** A variable of the case: the procedure's own, or while the review chain runs, the chain's. */
  public Object variable(String name) {
    Object value = null;
    for (String id : caseInstanceIds()) {
      Object v = engine.getRuntimeService().getVariable(id, name);
      if (v != null) {
        value = v;
      }
    }
    return value;
  }

  /** Runs the timers that are due at the current engine time, as the job executor would. */
  public int fireDueTimers() {
    List<Job> due = new java.util.ArrayList<>();
    for (String id : caseInstanceIds()) {
      due.addAll(engine.getManagementService().createJobQuery().processInstanceId(id)
          .timers().duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list());
    }
    due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    return due.size();
  }

  public void as(String user, Runnable work) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      work.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}

package vn.nq21.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The engine, with {@link WorkingDayBusinessCalendarPlugin}, dates BPMN deadlines in working days
 * (domain spec §14.4, R-GEN-01a). Labour-Code holidays only: 30/4 and 1/5/2026 are Thursday and Friday.
 */
class WorkingDayTimerEngineTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("calendar/camunda.cfg.xml").build();

  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  @AfterEach
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  @Test
  @Deployment(resources = "calendar/working-day-deadlines.bpmn")
  void taskDueIn5WorkingDaysAndReminderAfter2WorkingDaysSkipTheHolidays() {
    RuntimeService runtimeService = engine.getRuntimeService();
    TaskService taskService = engine.getTaskService();
    ManagementService managementService = engine.getManagementService();

    // Wednesday 29/4/2026 09:00 in Vietnam is day 0
    ClockUtil.setCurrentTime(at(2026, 4, 29, 9, 0, 0));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("calendarWorkingDayDeadlines");

    // 30/4, 1/5 holidays, 2–3/5 weekend: WD 1..5 are Monday 4/5 .. Friday 8/5
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(review.getDueDate()).isEqualTo(at(2026, 5, 8, 23, 59, 59));

    Job reminder = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(reminder.getDuedate()).isEqualTo(at(2026, 5, 5, 23, 59, 59));

    // still 2 WD on the evening of Tuesday 5/5: the timer is not due
    ClockUtil.setCurrentTime(at(2026, 5, 5, 23, 59, 0));
    assertThat(managementService.createJobQuery().executable().count()).isZero();

    // just after midnight it is due; executing it creates the reminder, the review stays open
    ClockUtil.setCurrentTime(at(2026, 5, 6, 0, 0, 1));
    Job due = managementService.createJobQuery().executable().singleResult();
    assertThat(due).isNotNull();
    managementService.executeJob(due.getId());
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list())
        .extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder("reviewDossier", "remindClerk");
  }

  @Test
  @Deployment(resources = "calendar/working-day-deadline-expression.bpmn")
  void timeDateExpressionOnTheWorkingDaysBeanTakesAFormDateString() {
    ClockUtil.setCurrentTime(at(2026, 4, 29, 9, 0, 0));
    // Camunda Forms submit a date field as a "yyyy-MM-dd" string
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "calendarDeadlineExpression", Map.of("resolutionDate", "2026-04-29"));

    Job timer =
        engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(2026, 5, 6, 23, 59, 59));
  }

  private static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(OffsetDateTime.of(year, month, day, hour, minute, second, 0, VIETNAM).toInstant());
  }
}

package vn.nq21.workflow.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's business calendars so that BPMN can say {@code <timeDuration>30WD</timeDuration>}
 * or {@code camunda:dueDate="5 ngày làm việc"} (domain spec §14.4). The "cycle" calendar stays
 * Camunda's own: {@code TimerEntity} casts it to {@link CycleBusinessCalendar}.
 *
 * <p>The Camunda Spring Boot starter adds every {@code ProcessEnginePlugin} bean to the engine. The
 * calendar manager must be set in {@code preInit}: the engine only creates its default manager when
 * none is set.
 *
 * <p>A timer's due date is computed once, when the job is created; a later change of the holiday
 * configuration does not move existing timers (use {@code ManagementService#setJobDuedate} or {@code
 * recalculateJobDuedate}).
 */
@Component
public class WorkingDayBusinessCalendarPlugin extends AbstractProcessEnginePlugin {

  private final WorkingDayCalendar workingDays;

  public WorkingDayBusinessCalendarPlugin(WorkingDayCalendar workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
    manager.addBusinessCalendar(
        DueDateBusinessCalendar.NAME, new WorkingDayDueDateBusinessCalendar(workingDays));
    manager.addBusinessCalendar(
        DurationBusinessCalendar.NAME, new WorkingDayDurationBusinessCalendar(workingDays));
    manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(manager);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}

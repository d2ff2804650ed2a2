package vn.nq21.workflow.calendar;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;

/**
 * Camunda's "dueDate" calendar (timer {@code timeDate}, task {@code camunda:dueDate} and {@code
 * camunda:followUpDate}) that also reads {@code "30WD"}: the end of the 30th working day after today
 * (R-GEN-01a). Anything else (ISO 8601 date or duration) is resolved as before.
 */
public class WorkingDayDueDateBusinessCalendar extends DueDateBusinessCalendar {

  private final WorkingDayCalendar workingDays;

  public WorkingDayDueDateBusinessCalendar(WorkingDayCalendar workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public Date resolveDuedate(String duedate, Date startDate) {
    return workingDays.resolve(duedate, startDate).orElseGet(() -> super.resolveDuedate(duedate, startDate));
  }
}

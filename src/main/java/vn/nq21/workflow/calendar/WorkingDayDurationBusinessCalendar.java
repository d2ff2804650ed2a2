package vn.nq21.workflow.calendar;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;

/**
 * Camunda's "duration" calendar (timer {@code timeDuration}) that also reads {@code "2WD"}: the end of
 * the 2nd working day after today (R-GEN-01a). ISO 8601 durations such as {@code P5D} are resolved as
 * before, in calendar time.
 */
public class WorkingDayDurationBusinessCalendar extends DurationBusinessCalendar {

  private final WorkingDayCalendar workingDays;

  public WorkingDayDurationBusinessCalendar(WorkingDayCalendar workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public Date resolveDuedate(String duration, Date startDate) {
    return workingDays.resolve(duration, startDate).orElseGet(() -> super.resolveDuedate(duration, startDate));
  }
}

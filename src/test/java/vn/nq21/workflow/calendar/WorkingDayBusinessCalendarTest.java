package vn.nq21.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine's "dueDate" and "duration" calendars read working days and keep ISO 8601 (§14.4). */
class WorkingDayBusinessCalendarTest {

  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  /** Wednesday 29/4/2026 09:00 in Vietnam, the day before the 30/4–1/5 holidays. */
  private static final Date NOW = at(2026, 4, 29, 9, 0, 0);

  private final WorkingDayCalendar workingDays = new WorkingDayCalendar(CalendarProperties.defaults());
  private final BusinessCalendar dueDate = new WorkingDayDueDateBusinessCalendar(workingDays);
  private final BusinessCalendar duration = new WorkingDayDurationBusinessCalendar(workingDays);

  @BeforeEach
  void stopTheEngineClock() {
    ClockUtil.setCurrentTime(NOW);
  }

  @AfterEach
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest
  @ValueSource(strings = {"5WD", "5 WD", " 5wd ", "5 ngày làm việc", "5 Ngày Làm Việc", "5 ngay lam viec"})
  void workingDayExpressionsEndOnTheLastSecondOfTheNthWorkingDay(String expression) {
    // 30/4, 1/5 holidays, 2–3/5 weekend: WD 1–5 are 4–8/5/2026
    Date endOf8May = at(2026, 5, 8, 23, 59, 59);
    assertThat(dueDate.resolveDuedate(expression)).isEqualTo(endOf8May);
    assertThat(duration.resolveDuedate(expression)).isEqualTo(endOf8May);
    assertThat(dueDate.resolveDuedate(expression, (org.camunda.bpm.engine.task.Task) null))
        .isEqualTo(endOf8May);
  }

  @Test
  void vietnameseTypedInDecomposedUnicodeIsUnderstoodToo() {
    String decomposed = Normalizer.normalize("2 ngày làm việc", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("2 ngày làm việc");
    assertThat(duration.resolveDuedate(decomposed)).isEqualTo(at(2026, 5, 5, 23, 59, 59));
  }

  @Test
  void aStartDateGivenByTheEngineIsDayZero() {
    // recalculating a timer from its creation date: Friday 8/5/2026 + 2 WD = Tuesday 12/5
    assertThat(duration.resolveDuedate("2WD", at(2026, 5, 8, 16, 0, 0)))
        .isEqualTo(at(2026, 5, 12, 23, 59, 59));
  }

  @Test
  void isoDurationsAndDatesKeepCamundasMeaning() {
    assertThat(duration.resolveDuedate("P5D")).isEqualTo(at(2026, 5, 4, 9, 0, 0));
    assertThat(duration.resolveDuedate("PT30M")).isEqualTo(at(2026, 4, 29, 9, 30, 0));
    assertThat(dueDate.resolveDuedate("P1D")).isEqualTo(at(2026, 4, 30, 9, 0, 0));
    assertThat(dueDate.resolveDuedate("2026-06-01T08:00:00+07:00")).isEqualTo(at(2026, 6, 1, 8, 0, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "WD", "-5WD", "5 days", "5 ngày", "P5D", "5WDX"})
  void onlyAWholeNumberOfWorkingDaysIsAWorkingDayExpression(String text) {
    assertThat(WorkingDayExpression.parse(text)).isEmpty();
  }

  private static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(OffsetDateTime.of(year, month, day, hour, minute, second, 0, VIETNAM).toInstant());
  }
}

/**
 * Working-day calendar ("lịch ngày làm việc") for deadlines counted in working days (WD).
 *
 * <ul>
 *   <li>{@link vn.nq21.workflow.calendar.VietnameseLunarCalendar}: the Vietnamese lunisolar calendar
 *       (âm lịch), computed with ICU4J for the UTC+7 meridian, never typed in per year.</li>
 *   <li>{@link vn.nq21.workflow.calendar.WorkingDayCalendar} (Spring bean {@code workingDays}):
 *       public holidays of the Labour Code 2019 Điều 112, compensatory days (nghỉ bù, Điều 111 khoản 3),
 *       the days off and make-up working days the Government announces each year, and the
 *       counting rule of R-GEN-01a ("within N WD from day X": X is day 0).</li>
 *   <li>{@link vn.nq21.workflow.calendar.WorkingDayBusinessCalendarPlugin}: teaches the Camunda engine's
 *       "dueDate" and "duration" business calendars to read {@code 30WD} / {@code 30 ngày làm việc}.</li>
 * </ul>
 *
 * <p>Rules: domain spec §4 R-GEN-01, R-GEN-01a, R-GEN-15 and §14.4. Configuration: prefix
 * {@code nq21.calendar}, defaults in {@code classpath:config/calendar-vn.yaml}.
 */
package vn.nq21.workflow.calendar;

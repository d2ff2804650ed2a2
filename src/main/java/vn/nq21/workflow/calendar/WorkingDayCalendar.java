package vn.nq21.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.nq21.workflow.engine.FormValues;

/**
 * Working days (ngày làm việc, R-GEN-01) and deadlines counted in working days (R-GEN-01a).
 *
 * <p>A day is a working day unless it is a weekly rest day, a public holiday, a compensatory day or an
 * announced day off; an announced make-up working day (ngày làm bù) is always a working day.
 *
 * <p>Registered as bean {@value #BEAN_NAME} so that BPMN expressions can use it, e.g. {@code
 * <timeDate>${workingDays.deadline(resolutionDate, 60)}</timeDate>}. A deadline is the end of its last
 * day (23:59:59 in {@link #zone()}); whether it is hard or soft is the process's business (R-GEN-15).
 */
@Service(WorkingDayCalendar.BEAN_NAME)
public class WorkingDayCalendar {

  /** Name of the bean in BPMN expressions. */
  public static final String BEAN_NAME = "workingDays";

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

  static final String ANNOUNCED_DAY_OFF = "Ngày nghỉ theo thông báo";

  /** A deadline ends with the last second of its day. */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  /** How an admin reads a date in the log. */
  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CalendarProperties properties;
  private final Map<LocalDate, DayOff> announcedDaysOff;
  private final Set<LocalDate> makeUpWorkingDays;
  private final Map<Integer, NavigableMap<LocalDate, DayOff>> holidaysByYear =
      new ConcurrentHashMap<>();

  public WorkingDayCalendar(CalendarProperties properties) {
    this.properties = properties;
    validate(properties);
    Map<LocalDate, DayOff> daysOff = new HashMap<>();
    Set<LocalDate> makeUp = new HashSet<>();
    for (CalendarProperties.YearSettings settings : properties.years().values()) {
      settings.extraDaysOff().forEach(day -> daysOff.put(day.date(), announced(day)));
      settings.makeUpWorkingDays().forEach(day -> makeUp.add(day.date()));
    }
    properties.extraDaysOff().forEach(day -> daysOff.put(day.date(), announced(day)));
    properties.makeUpWorkingDays().forEach(day -> makeUp.add(day.date()));
    Set<LocalDate> both = new HashSet<>(makeUp);
    both.retainAll(daysOff.keySet());
    if (!both.isEmpty()) {
      throw new IllegalArgumentException(
          "nq21.calendar: days both announced off and make-up working days: " + both);
    }
    this.announcedDaysOff = Map.copyOf(daysOff);
    this.makeUpWorkingDays = Set.copyOf(makeUp);
  }

  /**
   * Tells the administrator when this year's or next year's announcements are missing: deadlines are
   * then computed with the default Tết days and the default day next to 2/9, which the Government may
   * choose differently.
   */
  @PostConstruct
  void reportMissingAnnouncements() {
    int thisYear = today().getYear();
    for (int year = thisYear; year <= thisYear + 1; year++) {
      if (!properties.years().containsKey(year)) {
        List<LocalDate> tet = PublicHolidays.tetDays(year, properties.year(year));
        LOG.warn(
            "Lịch ngày làm việc: chưa có thông báo nghỉ lễ của năm {} (nq21.calendar.years.{}); tạm tính nghỉ"
                + " Tết từ {} đến {} và ngày {} liền kề Quốc khánh 2/9, cho đến khi bổ sung quyết định của"
                + " Chính phủ",
            year,
            year,
            tet.get(0).format(DAY),
            tet.get(tet.size() - 1).format(DAY),
            PublicHolidays.nationalDayAdjacentDay(year, properties.year(year), properties.weekendDays()).format(DAY));
      }
    }
  }

  /** The zone in which instants are turned into calendar days. */
  public ZoneId zone() {
    return properties.zone();
  }

  /** Whether {@code date} is a working day (R-GEN-01). */
  public boolean isWorkingDay(LocalDate date) {
    return dayOff(date).isEmpty();
  }

  /**
   * Why {@code date} is not a working day, or empty if it is one. A public holiday is reported by its
   * name even when it falls on a weekend.
   */
  public Optional<DayOff> dayOff(LocalDate date) {
    if (makeUpWorkingDays.contains(date)) {
      return Optional.empty();
    }
    DayOff holiday = holidayOrCompensatoryDay(date);
    if (holiday != null) {
      return Optional.of(holiday);
    }
    DayOff announced = announcedDaysOff.get(date);
    if (announced != null) {
      return Optional.of(announced);
    }
    if (properties.weekendDays().contains(date.getDayOfWeek())) {
      return Optional.of(
          new DayOff(date, DayOff.Kind.WEEKEND, "Ngày nghỉ hằng tuần", weekdayName(date)));
    }
    return Optional.empty();
  }

  /**
   * For clerks and forms: the Vietnamese reason why a day is off, e.g. "Giỗ Tổ Hùng Vương (mùng 10
   * tháng 3 âm lịch)", or {@code null} if it is a working day. Accepts the same arguments as {@link
   * #deadline(Object, int)}.
   */
  public String reasonOff(Object date) {
    return dayOff(toLocalDate(date)).map(DayOff::describe).orElse(null);
  }

  /** The days off of a year other than ordinary weekends, sorted: holidays, nghỉ bù, announced days. */
  public List<DayOff> daysOff(int year) {
    List<DayOff> result = new ArrayList<>();
    for (LocalDate date = LocalDate.of(year, Month.JANUARY, 1);
        date.getYear() == year;
        date = date.plusDays(1)) {
      dayOff(date).filter(day -> day.kind() != DayOff.Kind.WEEKEND).ifPresent(result::add);
    }
    return result;
  }

  /**
   * R-GEN-01a: "within N working days from day X". X is day 0 whether or not it is a working day; the
   * result is the N-th working day after X. {@code n == 0} returns X itself; a negative {@code n} counts
   * backwards (the |n|-th working day before X).
   */
  public LocalDate plusWorkingDays(LocalDate from, int n) {
    int step = n >= 0 ? 1 : -1;
    int remaining = Math.abs(n);
    LocalDate date = from;
    while (remaining > 0) {
      date = date.plusDays(step);
      if (isWorkingDay(date)) {
        remaining--;
      }
    }
    return date;
  }

  /**
   * The number of working days in the interval (a, b], so that {@code workingDaysBetween(x,
   * plusWorkingDays(x, n)) == n}. Negative if {@code b} is before {@code a}.
   */
  public long workingDaysBetween(LocalDate a, LocalDate b) {
    if (b.isBefore(a)) {
      return -workingDaysBetween(b, a);
    }
    long count = 0;
    for (LocalDate date = a.plusDays(1); !date.isAfter(b); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }

  /**
   * For BPMN expressions: the end (23:59:59 in {@link #zone()}) of the N-th working day after {@code
   * from} (R-GEN-01a).
   *
   * @param from a {@link Date}, a {@link LocalDate}, another {@code java.time} date or date-time, or an
   *     ISO string ("2025-01-31" as Camunda Forms submit it, or a date-time)
   */
  public Date deadline(Object from, int n) {
    return endOfDay(plusWorkingDays(toLocalDate(from), n));
  }

  /** The end of the N-th working day after today, today being read from the engine clock. */
  public Date deadlineFromNow(int n) {
    return endOfDay(plusWorkingDays(today(), n));
  }

  /** Today in {@link #zone()}, by Camunda's engine clock ({@link ClockUtil}, which tests can move). */
  public LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone()).toLocalDate();
  }

  /** The last second of {@code date} in {@link #zone()}. */
  public Date endOfDay(LocalDate date) {
    return Date.from(date.atTime(END_OF_DAY).atZone(zone()).toInstant());
  }

  /**
   * A working-day expression of a timer or due date ({@code "30WD"}, {@code "30 ngày làm việc"}) as the end
   * of that working day counted from {@code startDate} (the engine clock's now when null); empty for any
   * other expression, which Camunda's own calendars resolve.
   */
  public Optional<Date> resolve(String expression, Date startDate) {
    java.util.OptionalInt n = WorkingDayExpression.parse(expression);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(deadline(startDate != null ? startDate : ClockUtil.getCurrentTime(), n.getAsInt()));
  }

  /** The calendar day of {@code value} in {@link #zone()}; see {@link #deadline(Object, int)}. */
  public LocalDate toLocalDate(Object value) {
    LocalDate date = FormValues.toLocalDate(value, zone());
    if (date == null) {
      throw new IllegalArgumentException("Cần một ngày, nhưng giá trị đang trống");
    }
    return date;
  }

  private DayOff holidayOrCompensatoryDay(LocalDate date) {
    DayOff day = holidaysOf(date.getYear()).get(date);
    // a compensatory day for a late-December holiday would fall in January of the next year
    return day != null ? day : holidaysOf(date.getYear() - 1).get(date);
  }

  private NavigableMap<LocalDate, DayOff> holidaysOf(int year) {
    return holidaysByYear.computeIfAbsent(year, y -> PublicHolidays.of(y, properties));
  }

  private static DayOff announced(CalendarProperties.DatedNote day) {
    return new DayOff(day.date(), DayOff.Kind.ANNOUNCED, ANNOUNCED_DAY_OFF, day.note());
  }

  private static String weekdayName(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SUNDAY
        ? "Chủ nhật"
        : "Thứ " + new String[] {"Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"}[date.getDayOfWeek().ordinal()];
  }

  /** Fails fast on settings that cannot be what the Government announced. */
  private static void validate(CalendarProperties properties) {
    properties
        .years()
        .forEach(
            (year, settings) -> {
              LocalDate adjacent = settings.nationalDayAdjacentDay();
              if (adjacent != null
                  && !adjacent.equals(LocalDate.of(year, Month.SEPTEMBER, 1))
                  && !adjacent.equals(LocalDate.of(year, Month.SEPTEMBER, 3))) {
                throw new IllegalArgumentException(
                    "nq21.calendar.years."
                        + year
                        + ".national-day-adjacent-day must be 1/9 or 3/9 of "
                        + year
                        + ", got "
                        + adjacent);
              }
              for (LocalDate tetDay : settings.tet()) {
                if (tetDay.getYear() != year) {
                  throw new IllegalArgumentException(
                      "nq21.calendar.years." + year + ".tet contains a day of another year: " + tetDay);
                }
              }
            });
  }
}

package vn.nq21.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public holidays of one Gregorian year and the compensatory days they give (R-GEN-01).
 *
 * <p>Labour Code 2019 Điều 112 khoản 1: Tết Dương lịch 1/1; Tết Âm lịch 5 days; Ngày Chiến thắng 30/4;
 * Quốc tế Lao động 1/5; Quốc khánh 2/9 and one day before or after it; Giỗ Tổ Hùng Vương 10/3 âm lịch.
 * Khoản 3: the Prime Minister fixes the Tết days and the day next to 2/9 each year. Điều 111 khoản 3: a
 * holiday that falls on a weekly rest day gives a compensatory day off (nghỉ bù) on the next working
 * day. Announced swaps (extra days off, make-up Saturdays) are not handled here but in {@link
 * WorkingDayCalendar}.
 */
final class PublicHolidays {

  static final String NEW_YEAR = "Tết Dương lịch";
  static final String TET = "Tết Nguyên đán";
  static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
  static final String LIBERATION_DAY = "Ngày Giải phóng miền Nam";
  static final String LABOUR_DAY = "Quốc tế Lao động";
  static final String NATIONAL_DAY = "Quốc khánh";
  static final String COMPENSATORY = "Nghỉ bù";

  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private PublicHolidays() {}

  /** Holidays and compensatory days of {@code year}, sorted by date. */
  static NavigableMap<LocalDate, DayOff> of(int year, CalendarProperties properties) {
    CalendarProperties.YearSettings settings = properties.year(year);
    NavigableMap<LocalDate, DayOff> holidays = new TreeMap<>();

    holiday(holidays, LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR, null);
    for (LocalDate tetDay : tetDays(year, settings)) {
      holiday(holidays, tetDay, TET, VietnameseLunarCalendar.toLunar(tetDay).toVietnamese());
    }
    // Giỗ Tổ Hùng Vương has been a paid holiday since 2007
    if (year >= 2007) {
      holiday(
          holidays,
          VietnameseLunarCalendar.solarDateOf(year, 3, 10),
          HUNG_KINGS,
          "mùng 10 tháng 3 âm lịch");
    }
    holiday(holidays, LocalDate.of(year, Month.APRIL, 30), LIBERATION_DAY, null);
    holiday(holidays, LocalDate.of(year, Month.MAY, 1), LABOUR_DAY, null);
    LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
    holiday(holidays, nationalDay, NATIONAL_DAY, null);
    holiday(
        holidays,
        nationalDayAdjacentDay(year, settings, properties.weekendDays()),
        NATIONAL_DAY,
        "ngày liền kề 2/9");
    for (CalendarProperties.AnnualDayOff annual : properties.annualDaysOff()) {
      if (annual.appliesTo(year)) {
        holiday(holidays, LocalDate.of(year, annual.month(), annual.day()), annual.name(), null);
      }
    }

    addCompensatoryDays(holidays, properties.weekendDays());
    return Collections.unmodifiableNavigableMap(holidays);
  }

  /**
   * The five Tết days: the configured ones, else the last day of the old lunar year plus mùng 1–4.
   * Governments have also chosen two days before Tết plus mùng 1–3 (2020, 2021, 2023–2025), so every
   * announced year should be configured.
   */
  static List<LocalDate> tetDays(int year, CalendarProperties.YearSettings settings) {
    if (!settings.tet().isEmpty()) {
      return settings.tet();
    }
    LocalDate firstDay = VietnameseLunarCalendar.lunarNewYear(year);
    List<LocalDate> days = new ArrayList<>(5);
    for (int offset = -1; offset <= 3; offset++) {
      days.add(firstDay.plusDays(offset));
    }
    return days;
  }

  /**
   * The day next to 2/9: the configured one, else 1/9 unless 1/9 is a weekly rest day or 3/9 is a
   * Friday, in which case 3/9. This reproduces the choices of 2021 (3/9, Friday), 2024 (3/9, after a
   * Monday 2/9), 2025 (1/9, Monday) and 2026 (1/9, Tuesday).
   */
  static LocalDate nationalDayAdjacentDay(
      int year, CalendarProperties.YearSettings settings, Set<DayOfWeek> weekendDays) {
    if (settings.nationalDayAdjacentDay() != null) {
      return settings.nationalDayAdjacentDay();
    }
    LocalDate before = LocalDate.of(year, Month.SEPTEMBER, 1);
    LocalDate after = LocalDate.of(year, Month.SEPTEMBER, 3);
    boolean useAfter =
        weekendDays.contains(before.getDayOfWeek()) || after.getDayOfWeek() == DayOfWeek.FRIDAY;
    return useAfter ? after : before;
  }

  private static void holiday(
      Map<LocalDate, DayOff> holidays, LocalDate date, String name, String note) {
    holidays.putIfAbsent(date, new DayOff(date, DayOff.Kind.PUBLIC_HOLIDAY, name, note));
  }

  /**
   * Labour Code 2019 Điều 111 khoản 3: for every holiday on a weekly rest day, the next day that is
   * neither a rest day, nor a holiday, nor already a compensatory day becomes a compensatory day. Taking
   * the holidays in date order gives consecutive compensatory days after a block (2022: 30/4 Sat and
   * 1/5 Sun give 2/5 and 3/5).
   */
  private static void addCompensatoryDays(
      NavigableMap<LocalDate, DayOff> holidays, Set<DayOfWeek> weekendDays) {
    List<DayOff> publicHolidays = new ArrayList<>(holidays.values());
    for (DayOff holiday : publicHolidays) {
      if (!weekendDays.contains(holiday.date().getDayOfWeek())) {
        continue;
      }
      LocalDate candidate = holiday.date().plusDays(1);
      while (weekendDays.contains(candidate.getDayOfWeek()) || holidays.containsKey(candidate)) {
        candidate = candidate.plusDays(1);
      }
      holidays.put(
          candidate,
          new DayOff(
              candidate,
              DayOff.Kind.COMPENSATORY,
              COMPENSATORY,
              "bù cho " + holiday.name() + " " + holiday.date().format(VN_DATE)));
    }
  }
}

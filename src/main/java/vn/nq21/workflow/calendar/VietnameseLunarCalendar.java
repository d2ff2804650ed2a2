package vn.nq21.workflow.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically, never typed in per year.
 *
 * <p>The Vietnamese calendar follows the same rules as the Chinese one, but the new moons and solar
 * terms are dated on the UTC+7 meridian (Vietnam's standard time since 1967 in the North and 1975 in
 * the whole country) instead of UTC+8. A new moon that happens between 23:00 and midnight Beijing time
 * therefore starts a month one day earlier in Vietnam (Tết 2007 was 17/2 in Vietnam, 18/2 in China), and
 * the shifted dates can move the leap month so that whole months differ (Tết 1985 was 21/1 in Vietnam,
 * 20/2 in China). This class uses ICU4J's {@link ChineseCalendar}
 * through its protected constructor that takes the time zone of the astronomical computations (the
 * same hook ICU's own {@code DangiCalendar} uses for Korea).
 *
 * <p>Precision: ICU's lunar algorithm is accurate to a few minutes. We compared its UTC+7 month starts
 * with an independent new-moon computation (Meeus, Astronomical Algorithms ch. 49, without the small
 * planetary terms) for 2000–2100: they agree on every month up to 2050; the first difference is a month
 * start in March 2051. Government announcements remain the authority for the days off; a
 * per-year Tết override exists in {@link CalendarProperties.YearSettings#tet()}.
 *
 * <p>Thread-safe: every call uses a fresh ICU calendar instance (ICU calendars are mutable).
 */
public final class VietnameseLunarCalendar {

  /** UTC+7, the meridian of the astronomical computations (múi giờ Việt Nam). */
  static final TimeZone VIETNAM_ASTRONOMY_ZONE =
      new SimpleTimeZone(7 * 60 * 60 * 1000, "UTC+07:00").freeze();

  private static final long MILLIS_PER_DAY = 24L * 60 * 60 * 1000;

  private VietnameseLunarCalendar() {}

  /** The Gregorian date of Tết Nguyên đán (mùng 1 tháng Giêng) in the given Gregorian year. */
  public static LocalDate lunarNewYear(int gregorianYear) {
    return solarDateOf(gregorianYear, 1, 1);
  }

  /**
   * The last day of the lunar year that begins in {@code lunarYear} (29 or 30 tháng Chạp, the day
   * before the next Tết). Example: {@code lastDayOfLunarYear(2025)} is 16/2/2026.
   */
  public static LocalDate lastDayOfLunarYear(int lunarYear) {
    return lunarNewYear(lunarYear + 1).minusDays(1);
  }

  /**
   * The Gregorian date of a lunar date in a non-leap month.
   *
   * @param lunarYear the Gregorian year in which the lunar year begins (2026 for Bính Ngọ)
   * @param lunarMonth 1–12
   * @param lunarDay 1–30
   * @throws IllegalArgumentException if that lunar month has no such day (e.g. day 30 of a 29-day
   *     month)
   */
  public static LocalDate solarDateOf(int lunarYear, int lunarMonth, int lunarDay) {
    return solarDateOf(new LunarDate(lunarYear, lunarMonth, false, lunarDay));
  }

  /** The Gregorian date of a lunar date, leap months included. */
  public static LocalDate solarDateOf(LunarDate lunar) {
    Calendar calendar = newIcuCalendar();
    // 1 July always lies in the lunar year that began in the same Gregorian year (Tết is in 21/1–20/2),
    // so it gives ICU's own era and cycle-year for that lunar year without relying on how a given ICU
    // version numbers EXTENDED_YEAR.
    calendar.setTimeInMillis(LocalDate.of(lunar.year(), 7, 1).toEpochDay() * MILLIS_PER_DAY);
    int era = calendar.get(Calendar.ERA);
    int yearOfCycle = calendar.get(Calendar.YEAR);
    calendar.clear();
    calendar.set(Calendar.ERA, era);
    calendar.set(Calendar.YEAR, yearOfCycle);
    calendar.set(Calendar.MONTH, lunar.month() - 1);
    calendar.set(Calendar.IS_LEAP_MONTH, lunar.leapMonth() ? 1 : 0);
    calendar.set(Calendar.DAY_OF_MONTH, lunar.day());
    LocalDate result = LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
    // ICU is lenient: day 30 of a 29-day month, or a leap month that does not exist, rolls over.
    if (!toLunar(result).equals(lunar)) {
      throw new IllegalArgumentException("No such lunar date: " + lunar);
    }
    return result;
  }

  /** The lunar date of a Gregorian date. */
  public static LunarDate toLunar(LocalDate date) {
    Calendar calendar = newIcuCalendar();
    calendar.setTimeInMillis(LocalDate.of(date.getYear(), 7, 1).toEpochDay() * MILLIS_PER_DAY);
    int eraOfMidYear = calendar.get(Calendar.ERA);
    int yearOfMidYear = calendar.get(Calendar.YEAR);
    calendar.setTimeInMillis(date.toEpochDay() * MILLIS_PER_DAY);
    boolean sameLunarYearAsMidYear =
        calendar.get(Calendar.ERA) == eraOfMidYear && calendar.get(Calendar.YEAR) == yearOfMidYear;
    int lunarYear = sameLunarYearAsMidYear ? date.getYear() : date.getYear() - 1;
    return new LunarDate(
        lunarYear,
        calendar.get(Calendar.MONTH) + 1,
        calendar.get(Calendar.IS_LEAP_MONTH) == 1,
        calendar.get(Calendar.DAY_OF_MONTH));
  }

  private static Calendar newIcuCalendar() {
    return new VietnameseIcuCalendar();
  }

  /**
   * ICU's Chinese calendar with the astronomy done for UTC+7. Its own time zone is GMT so that a
   * calendar day maps to {@code epochDay * 86 400 000} exactly.
   */
  static final class VietnameseIcuCalendar extends ChineseCalendar {

    private static final long serialVersionUID = 1L;

    VietnameseIcuCalendar() {
      super(TimeZone.GMT_ZONE, new ULocale("vi_VN"), VIETNAM_ASTRONOMY_ZONE);
    }
  }
}

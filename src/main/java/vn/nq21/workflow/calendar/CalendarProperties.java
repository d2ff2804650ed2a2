package vn.nq21.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the working-day calendar (R-GEN-01), prefix {@code nq21.calendar}. The shipped
 * defaults, with the Government announcements for recent years, are in {@code
 * classpath:config/calendar-vn.yaml}.
 *
 * <p>Government announcements are best kept per year under {@link #years()}: Spring merges map entries
 * from several property sources, so a site file can add a year without repeating the others. Lists, on
 * the other hand, are replaced as a whole by a higher-priority source; the top-level {@link
 * #extraDaysOff()} and {@link #makeUpWorkingDays()} are meant for local additions.
 *
 * @param zone the zone that decides which calendar day an instant belongs to (default
 *     Asia/Ho_Chi_Minh)
 * @param weekendDays the weekly rest days (ngày nghỉ hằng tuần), default Saturday and Sunday (U19: a
 *     Saturday is not a working day for party offices)
 * @param extraDaysOff additional days off (ngày nghỉ theo thông báo) not tied to a year block
 * @param makeUpWorkingDays additional make-up working days (ngày làm bù), usually Saturdays
 * @param annualDaysOff days off repeated every year, e.g. a future 24/11 "Ngày Văn hóa Việt Nam";
 *     empty by default (R-GEN-01, U19). They are treated like public holidays, so they earn a
 *     compensatory day when they fall on a weekend day.
 * @param years per-year settings: Tết days, the day next to 2/9, announced days off and make-up days
 */
@ConfigurationProperties(prefix = "nq21.calendar")
public record CalendarProperties(
    ZoneId zone,
    Set<DayOfWeek> weekendDays,
    List<DatedNote> extraDaysOff,
    List<DatedNote> makeUpWorkingDays,
    List<AnnualDayOff> annualDaysOff,
    Map<Integer, YearSettings> years) {

  /** Giờ Việt Nam. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  public CalendarProperties {
    zone = zone == null ? DEFAULT_ZONE : zone;
    weekendDays =
        weekendDays == null || weekendDays.isEmpty()
            ? Set.copyOf(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
            : Set.copyOf(weekendDays);
    extraDaysOff = extraDaysOff == null ? List.of() : List.copyOf(extraDaysOff);
    makeUpWorkingDays = makeUpWorkingDays == null ? List.of() : List.copyOf(makeUpWorkingDays);
    annualDaysOff = annualDaysOff == null ? List.of() : List.copyOf(annualDaysOff);
    years = years == null ? Map.of() : Map.copyOf(years);
  }

  /** Labour-Code defaults only: no announcements, Saturday and Sunday off, Asia/Ho_Chi_Minh. */
  public static CalendarProperties defaults() {
    return new CalendarProperties(null, null, null, null, null, null);
  }

  /** The settings of one year, or empty settings if the year is not configured. */
  public YearSettings year(int year) {
    return years.getOrDefault(year, YearSettings.NONE);
  }

  /** A date with an optional note, e.g. the decision that announced it. */
  public record DatedNote(LocalDate date, String note) {
    public DatedNote {
      Objects.requireNonNull(date, "date is required");
    }

    public static DatedNote of(LocalDate date) {
      return new DatedNote(date, null);
    }
  }

  /**
   * A day off that repeats every year on the same Gregorian day.
   *
   * @param month 1–12
   * @param day 1–31
   * @param name the Vietnamese name shown to clerks
   * @param fromYear first year it applies to (inclusive), or null for all years
   */
  public record AnnualDayOff(int month, int day, String name, Integer fromYear) {
    public AnnualDayOff {
      if (month < 1 || month > 12 || day < 1 || day > 31) {
        throw new IllegalArgumentException("Invalid annual day off: " + day + "/" + month);
      }
      Objects.requireNonNull(name, "name is required");
    }

    boolean appliesTo(int year) {
      return fromYear == null || year >= fromYear;
    }
  }

  /**
   * The Government's decisions for one Gregorian year.
   *
   * @param tet the five days of Tết Nguyên đán chosen by the Prime Minister (Labour Code 2019 Điều 112
   *     khoản 3); when empty, the default is the last day of the lunar year plus mùng 1–4
   * @param nationalDayAdjacentDay the day next to 2/9 (1/9 or 3/9); when null a default rule applies
   * @param extraDaysOff announced days off (e.g. a working day swapped to a later Saturday)
   * @param makeUpWorkingDays announced make-up working days (ngày làm bù), usually Saturdays
   * @param source the decisions these settings come from, for the record
   */
  public record YearSettings(
      List<LocalDate> tet,
      LocalDate nationalDayAdjacentDay,
      List<DatedNote> extraDaysOff,
      List<DatedNote> makeUpWorkingDays,
      String source) {

    static final YearSettings NONE = new YearSettings(null, null, null, null, null);

    public YearSettings {
      tet = tet == null ? List.of() : List.copyOf(tet);
      if (!tet.isEmpty() && (tet.size() != 5 || Set.copyOf(tet).size() != 5)) {
        throw new IllegalArgumentException(
            "Tết Nguyên đán has 5 days (Labour Code 2019 Điều 112 khoản 1 điểm b), got " + tet);
      }
      extraDaysOff = extraDaysOff == null ? List.of() : List.copyOf(extraDaysOff);
      makeUpWorkingDays = makeUpWorkingDays == null ? List.of() : List.copyOf(makeUpWorkingDays);
    }
  }
}

package vn.nq21.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.calendar.CalendarProperties.AnnualDayOff;
import vn.nq21.workflow.calendar.CalendarProperties.DatedNote;
import vn.nq21.workflow.calendar.CalendarProperties.YearSettings;

/**
 * R-GEN-01 (which days are working days) and R-GEN-01a (counting). Expected dates come from the
 * announcements and articles named in each test; sources not repeated here are listed in {@link
 * VietnameseLunarCalendarTest}.
 */
class WorkingDayCalendarTest {

  /** Labour Code rules only, nothing announced. */
  private final WorkingDayCalendar lawOnly = new WorkingDayCalendar(CalendarProperties.defaults());

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Nested
  class CountingFromDayX {

    @Test
    void dayXIsDayZeroAndTheResultIsTheNthWorkingDayAfterIt() {
      LocalDate friday = LocalDate.of(2026, 3, 6);
      assertThat(lawOnly.plusWorkingDays(friday, 0)).isEqualTo(friday);
      assertThat(lawOnly.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
      assertThat(lawOnly.plusWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void whenDayXIsNotAWorkingDayTheFirstWorkingDayAfterItIsDayOne() {
      LocalDate saturday = LocalDate.of(2026, 3, 7);
      LocalDate sunday = LocalDate.of(2026, 3, 8);
      assertThat(lawOnly.plusWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
      assertThat(lawOnly.plusWorkingDays(sunday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterXUpToAndIncludingTheEnd() {
      LocalDate x = LocalDate.of(2026, 2, 11);
      for (int n = 0; n <= 40; n++) {
        assertThat(lawOnly.workingDaysBetween(x, lawOnly.plusWorkingDays(x, n))).isEqualTo(n);
      }
      assertThat(lawOnly.workingDaysBetween(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 6)))
          .isEqualTo(-5);
    }

    @Test
    void aNegativeCountGoesBackToTheNthWorkingDayBeforeX() {
      assertThat(lawOnly.plusWorkingDays(LocalDate.of(2026, 3, 9), -1))
          .isEqualTo(LocalDate.of(2026, 3, 6));
    }
  }

  @Nested
  class Holidays {

    @Test
    void tet2026DefaultRuleGivesTheAnnouncedDays16To20February() {
      // vietnammedia.vnanet.vn 17/10/2025: Tết 2026 is Monday 16/2 to Friday 20/2 (29 Chạp – mùng 4)
      assertThat(offDays(lawOnly, 2026, 2))
          .containsExactly(
              LocalDate.of(2026, 2, 16),
              LocalDate.of(2026, 2, 17),
              LocalDate.of(2026, 2, 18),
              LocalDate.of(2026, 2, 19),
              LocalDate.of(2026, 2, 20));
    }

    @Test
    void addingWorkingDaysAcrossTet2026SkipsTheNineDayBreak() {
      // Friday 13/2/2026, the last working day before the break 14–22/2 (congan.com.vn 13/10/2025)
      assertThat(lawOnly.plusWorkingDays(LocalDate.of(2026, 2, 13), 1))
          .isEqualTo(LocalDate.of(2026, 2, 23));
      // Wednesday 11/2 + 5 WD: 12, 13, 23, 24, 25
      assertThat(lawOnly.plusWorkingDays(LocalDate.of(2026, 2, 11), 5))
          .isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void addingWorkingDaysAcrossTet2027UsesTheDefaultRuleUntilAnnounced() {
      // Tết Đinh Mùi is Saturday 6/2/2027 ([TETLIST]). Not announced yet: the default rule gives the
      // last day of the lunar year (Fri 5/2) + mùng 1–4 (6–9/2), and nghỉ bù Wed 10/2, Thu 11/2 for
      // mùng 1 and mùng 2 falling on Saturday and Sunday.
      assertThat(offDays(lawOnly, 2027, 2))
          .containsExactly(
              LocalDate.of(2027, 2, 5),
              LocalDate.of(2027, 2, 6),
              LocalDate.of(2027, 2, 7),
              LocalDate.of(2027, 2, 8),
              LocalDate.of(2027, 2, 9),
              LocalDate.of(2027, 2, 10),
              LocalDate.of(2027, 2, 11));
      assertThat(lawOnly.dayOff(LocalDate.of(2027, 2, 10)).orElseThrow().name()).isEqualTo("Nghỉ bù");
      assertThat(lawOnly.plusWorkingDays(LocalDate.of(2027, 2, 4), 1))
          .isEqualTo(LocalDate.of(2027, 2, 12));
      assertThat(lawOnly.plusWorkingDays(LocalDate.of(2027, 2, 4), 2))
          .isEqualTo(LocalDate.of(2027, 2, 15));
    }

    @Test
    void addingWorkingDaysAcrossThirtiethOfAprilAndFirstOfMay() {
      // 2026: Thursday 30/4 and Friday 1/5, a four-day break to 3/5 (thanhnien.vn 23/2/2026)
      assertThat(lawOnly.plusWorkingDays(LocalDate.of(2026, 4, 29), 1))
          .isEqualTo(LocalDate.of(2026, 5, 4));
      assertThat(lawOnly.dayOff(LocalDate.of(2026, 4, 30)).orElseThrow().name())
          .isEqualTo("Ngày Giải phóng miền Nam");
      assertThat(lawOnly.dayOff(LocalDate.of(2026, 5, 1)).orElseThrow().name())
          .isEqualTo("Quốc tế Lao động");
    }

    @Test
    void addingWorkingDaysAcrossNationalDay() {
      // 2026: 1/9 and 2/9 are the holidays (kienthuc.net.vn 13/10/2025); without the announced swap
      // Monday 31/8 is a working day, so Monday + 1 WD is Thursday 3/9.
      assertThat(lawOnly.plusWorkingDays(LocalDate.of(2026, 8, 31), 1))
          .isEqualTo(LocalDate.of(2026, 9, 3));
      assertThat(lawOnly.dayOff(LocalDate.of(2026, 9, 1)).orElseThrow().describe())
          .isEqualTo("Quốc khánh (ngày liền kề 2/9)");
    }

    @Test
    void theDayNextToNationalDayFollowsTheRecentAnnouncementsByDefault() {
      // 2021: 2/9 Thu + 3/9 Fri (sggpnews.org.vn 9/12/2020: National Day 2–5/9/2021)
      // 2024: 2/9 Mon + 3/9 Tue (en.sggp.org.vn: holiday 31/8–3/9/2024)
      // 2025: 1/9 Mon + 2/9 Tue (en.sggp.org.vn 3/8/2025; vietnamnews.vn 4/8/2025)
      // 2026: 1/9 Tue + 2/9 Wed (kienthuc.net.vn 13/10/2025; vietnamnews.vn 25/12/2025)
      Map<Integer, LocalDate> expected =
          Map.of(
              2021, LocalDate.of(2021, 9, 3),
              2024, LocalDate.of(2024, 9, 3),
              2025, LocalDate.of(2025, 9, 1),
              2026, LocalDate.of(2026, 9, 1));
      expected.forEach(
          (year, day) -> {
            assertThat(lawOnly.dayOff(day)).get().extracting(DayOff::name).isEqualTo("Quốc khánh");
            LocalDate otherSide = day.getDayOfMonth() == 1 ? day.plusDays(2) : day.minusDays(2);
            assertThat(lawOnly.dayOff(otherSide).filter(d -> d.name().equals("Quốc khánh")))
                .as("%s is not a holiday in %d", otherSide, year)
                .isEmpty();
          });
    }

    @Test
    void newYearsDayIsTetDuongLich() {
      assertThat(lawOnly.reasonOff(LocalDate.of(2026, 1, 1))).isEqualTo("Tết Dương lịch");
    }
  }

  @Nested
  class CompensatoryDays {

    @Test
    void hungKings2026OnSundayGivesMonday27AprilOff() {
      // thanhnien.vn 23/2/2026, news.laodong.vn, vietnam-briefing.com: Giỗ Tổ Sunday 26/4/2026, nghỉ bù
      // Monday 27/4
      DayOff monday = lawOnly.dayOff(LocalDate.of(2026, 4, 27)).orElseThrow();
      assertThat(monday.kind()).isEqualTo(DayOff.Kind.COMPENSATORY);
      assertThat(monday.describe()).isEqualTo("Nghỉ bù (bù cho Giỗ Tổ Hùng Vương 26/04/2026)");
      assertThat(lawOnly.reasonOff("2026-04-26")).startsWith("Giỗ Tổ Hùng Vương");
      assertThat(lawOnly.plusWorkingDays(LocalDate.of(2026, 4, 24), 1))
          .isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void weekendHolidaysInARowGiveConsecutiveCompensatoryDaysAfterTheBlock() {
      // 2022: Giỗ Tổ Sunday 10/4 → Monday 11/4; 30/4 Saturday and 1/5 Sunday → Monday 2/5 and Tuesday
      // 3/5 (en.sggp.org.vn "Calendar of public holidays in April, May" 2022; sggpnews.org.vn, VNA)
      assertThat(compensatoryDays(lawOnly, 2022))
          .contains(LocalDate.of(2022, 4, 11), LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 3));
      // 2023: Giỗ Tổ Saturday 29/4, 30/4 Sunday, 1/5 Monday → 2/5 and 3/5 (en.vietnamplus.vn 30/1/2023,
      // vietnaminsider.vn 29/1/2023)
      assertThat(compensatoryDays(lawOnly, 2023))
          .contains(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 3));
      assertThat(lawOnly.plusWorkingDays(LocalDate.of(2023, 4, 28), 1))
          .isEqualTo(LocalDate.of(2023, 5, 4));
    }

    @Test
    void weekendTetDaysChosenByTheGovernmentGiveCompensatoryDays() {
      // Tết 2020: the five days were 23–27/1 (29 Chạp – mùng 3); 25 and 26/1 are Saturday and Sunday,
      // so 28 and 29/1 are nghỉ bù; the break was 23–29/1/2020 (vneconomictimes.com "2020 public
      // holidays announced", MoLISA notice).
      WorkingDayCalendar calendar =
          calendar(
              Map.of(
                  2020,
                  new YearSettings(
                      List.of(
                          LocalDate.of(2020, 1, 23),
                          LocalDate.of(2020, 1, 24),
                          LocalDate.of(2020, 1, 25),
                          LocalDate.of(2020, 1, 26),
                          LocalDate.of(2020, 1, 27)),
                      null,
                      null,
                      null,
                      null)));
      assertThat(offDays(calendar, 2020, 1))
          .containsExactly(
              LocalDate.of(2020, 1, 1),
              LocalDate.of(2020, 1, 23),
              LocalDate.of(2020, 1, 24),
              LocalDate.of(2020, 1, 25),
              LocalDate.of(2020, 1, 26),
              LocalDate.of(2020, 1, 27),
              LocalDate.of(2020, 1, 28),
              LocalDate.of(2020, 1, 29));
    }
  }

  @Nested
  class AnnouncedDays {

    private final WorkingDayCalendar announced2026 =
        new WorkingDayCalendar(
            new CalendarProperties(
                null,
                null,
                List.of(new DatedNote(LocalDate.of(2026, 1, 2), "12729/VPCP-KGVX")),
                List.of(new DatedNote(LocalDate.of(2026, 1, 10), "12729/VPCP-KGVX")),
                null,
                null));

    @Test
    void aConfiguredMakeUpSaturdayIsAWorkingDay() {
      // Công văn 12729/VPCP-KGVX 25/12/2025: Friday 2/1/2026 swapped to Saturday 10/1/2026
      LocalDate saturday = LocalDate.of(2026, 1, 10);
      assertThat(lawOnly.isWorkingDay(saturday)).isFalse();
      assertThat(announced2026.isWorkingDay(saturday)).isTrue();
      assertThat(announced2026.plusWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(saturday);
    }

    @Test
    void aConfiguredExtraDayOffIsNotAWorkingDay() {
      LocalDate friday = LocalDate.of(2026, 1, 2);
      assertThat(lawOnly.isWorkingDay(friday)).isTrue();
      assertThat(announced2026.isWorkingDay(friday)).isFalse();
      assertThat(announced2026.reasonOff(friday)).isEqualTo("Ngày nghỉ theo thông báo (12729/VPCP-KGVX)");
      // 31/12/2025 + 1 WD: 1/1 holiday, 2/1 announced, 3–4/1 weekend → Monday 5/1
      assertThat(announced2026.plusWorkingDays(LocalDate.of(2025, 12, 31), 1))
          .isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void vietnameseCultureDayIsAWorkingDayUnlessConfigured() {
      // R-GEN-01/U19: 24/11 is proposed, not law (vnexpress.net 17/1/2026, vneconomy.vn 26/2/2026)
      assertThat(lawOnly.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();
      WorkingDayCalendar withCultureDay =
          new WorkingDayCalendar(
              new CalendarProperties(
                  null,
                  null,
                  null,
                  null,
                  List.of(new AnnualDayOff(11, 24, "Ngày Văn hóa Việt Nam", 2026)),
                  null));
      assertThat(withCultureDay.reasonOff(LocalDate.of(2026, 11, 24))).isEqualTo("Ngày Văn hóa Việt Nam");
      assertThat(withCultureDay.isWorkingDay(LocalDate.of(2025, 11, 24))).isTrue();
      // 24/11/2029 is a Saturday: like any holiday it gives a nghỉ bù on Monday 26/11
      assertThat(withCultureDay.dayOff(LocalDate.of(2029, 11, 26)))
          .get()
          .extracting(DayOff::kind)
          .isEqualTo(DayOff.Kind.COMPENSATORY);
    }

    @Test
    void settingsThatCannotBeAnAnnouncementAreRejectedAtStartup() {
      assertThatThrownBy(
              () ->
                  calendar(
                      Map.of(2026, new YearSettings(null, LocalDate.of(2026, 9, 4), null, null, null))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("national-day-adjacent-day");
      assertThatThrownBy(
              () ->
                  new YearSettings(
                      List.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17)), null, null, null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("5 days");
      LocalDate saturday = LocalDate.of(2026, 1, 10);
      assertThatThrownBy(
              () ->
                  new WorkingDayCalendar(
                      new CalendarProperties(
                          null, null, List.of(DatedNote.of(saturday)), List.of(DatedNote.of(saturday)), null, null)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2026-01-10");
    }
  }

  @Nested
  class DeadlinesForProcesses {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    @Test
    void aDeadlineIsTheEndOfItsLastWorkingDayInVietnam() {
      // Wednesday 29/4/2026 + 5 WD: 30/4, 1/5 holidays, 2–3/5 weekend → 4, 5, 6, 7, 8/5
      Date expected = Date.from(OffsetDateTime.of(2026, 5, 8, 23, 59, 59, 0, VIETNAM).toInstant());
      assertThat(lawOnly.deadline("2026-04-29", 5)).isEqualTo(expected);
      assertThat(lawOnly.deadline(LocalDate.of(2026, 4, 29), 5)).isEqualTo(expected);
      Date eveningOf29April = Date.from(OffsetDateTime.of(2026, 4, 29, 22, 0, 0, 0, VIETNAM).toInstant());
      assertThat(lawOnly.deadline(eveningOf29April, 5)).isEqualTo(expected);
    }

    @Test
    void aDateVariableIsReadInVietnameseTimeNotUtc() {
      // 20:00 UTC on 29/4 is already 03:00 on 30/4 in Vietnam: day 0 is 30/4, WD 1 is Monday 4/5
      Date utcEvening = Date.from(OffsetDateTime.of(2026, 4, 29, 20, 0, 0, 0, ZoneOffset.UTC).toInstant());
      assertThat(lawOnly.deadline(utcEvening, 1))
          .isEqualTo(Date.from(OffsetDateTime.of(2026, 5, 4, 23, 59, 59, 0, VIETNAM).toInstant()));
      assertThat(lawOnly.deadline("2026-04-29T20:00:00Z", 1)).isEqualTo(lawOnly.deadline(utcEvening, 1));
    }

    @Test
    void somethingThatIsNotADateIsRejectedWithTheValueInTheMessage() {
      assertThatThrownBy(() -> lawOnly.deadline("29/04/2026", 5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("29/04/2026");
      assertThatThrownBy(() -> lawOnly.deadline(null, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlineFromNowCountsFromTheEngineClock() {
      // 10:00 on Friday 13/2/2026 in Vietnam; 1 WD later is Monday 23/2 after the Tết break
      ClockUtil.setCurrentTime(Date.from(OffsetDateTime.of(2026, 2, 13, 10, 0, 0, 0, VIETNAM).toInstant()));
      assertThat(lawOnly.deadlineFromNow(1))
          .isEqualTo(Date.from(OffsetDateTime.of(2026, 2, 23, 23, 59, 59, 0, VIETNAM).toInstant()));
    }
  }

  private static WorkingDayCalendar calendar(Map<Integer, YearSettings> years) {
    return new WorkingDayCalendar(new CalendarProperties(null, null, null, null, null, years));
  }

  /** Days off other than plain weekends in one month. */
  static List<LocalDate> offDays(WorkingDayCalendar calendar, int year, int month) {
    return calendar.daysOff(year).stream()
        .map(DayOff::date)
        .filter(date -> date.getMonthValue() == month)
        .collect(Collectors.toList());
  }

  private static List<LocalDate> compensatoryDays(WorkingDayCalendar calendar, int year) {
    return calendar.daysOff(year).stream()
        .filter(day -> day.kind() == DayOff.Kind.COMPENSATORY)
        .map(DayOff::date)
        .collect(Collectors.toList());
  }
}

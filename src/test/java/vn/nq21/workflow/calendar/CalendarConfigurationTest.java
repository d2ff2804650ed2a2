package vn.nq21.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nq21.workflow.calendar.WorkingDayCalendarTest.offDays;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The shipped {@code config/calendar-vn.yaml}, imported the way application.yaml imports it, binds and
 * holds the announcements. Expected days come from the announcements themselves (sources named in each
 * test), not from the YAML.
 */
class CalendarConfigurationTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withInitializer(new ConfigDataApplicationContextInitializer())
          .withPropertyValues("spring.config.import=classpath:config/calendar-vn.yaml")
          .withUserConfiguration(ScanCalendarPackage.class);

  /** What the application's component scan finds in this package. */
  @Configuration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = WorkingDayCalendar.class)
  static class ScanCalendarPackage {}

  @Test
  void theWorkingDayServiceIsTheBeanNamedWorkingDaysAndThePluginIsABean() {
    context.run(
        ctx -> {
          assertThat(ctx).hasNotFailed();
          assertThat(ctx.getBean("workingDays")).isInstanceOf(WorkingDayCalendar.class);
          assertThat(ctx).hasSingleBean(WorkingDayBusinessCalendarPlugin.class);
          CalendarProperties properties = ctx.getBean(CalendarProperties.class);
          assertThat(properties.zone()).hasToString("Asia/Ho_Chi_Minh");
          assertThat(properties.years()).containsKeys(2024, 2025, 2026);
          assertThat(properties.annualDaysOff()).as("24/11 is off by default").isEmpty();
        });
  }

  @Test
  void aSiteFileImportedAfterwardsAddsAYearWithoutRepeatingTheOthers() {
    context
        .withPropertyValues(
            "spring.config.import=classpath:config/calendar-vn.yaml,"
                + "classpath:calendar/site-calendar-example.yaml")
        .run(
            ctx -> {
              CalendarProperties properties = ctx.getBean(CalendarProperties.class);
              assertThat(properties.years()).containsKeys(2024, 2025, 2026, 2027);
              WorkingDayCalendar calendar = ctx.getBean(WorkingDayCalendar.class);
              assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isFalse();
              assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
            });
  }

  @Test
  void year2025FollowsTheAnnouncements() {
    context.run(
        ctx -> {
          WorkingDayCalendar calendar = ctx.getBean(WorkingDayCalendar.class);
          // Tết: five days 27–31/1/2025, break 25/1–2/2 (en.sggp.org.vn 27/11/2024, Công văn
          // 8726/VPCP-KGVX); Monday 3/2 is a working day again
          assertThat(offDays(calendar, 2025, 1))
              .containsExactly(
                  LocalDate.of(2025, 1, 1),
                  LocalDate.of(2025, 1, 27),
                  LocalDate.of(2025, 1, 28),
                  LocalDate.of(2025, 1, 29),
                  LocalDate.of(2025, 1, 30),
                  LocalDate.of(2025, 1, 31));
          assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 1, 24), 1))
              .isEqualTo(LocalDate.of(2025, 2, 3));
          // Giỗ Tổ Monday 7/4/2025, three days 5–7/4 (en.baochinhphu.vn 4/3/2025)
          assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 7))).isFalse();
          // 30/4–4/5 off, Friday 2/5 swapped to Saturday 26/4 (en.baochinhphu.vn 4/3/2025; VietnamPlus)
          assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
          assertThat(calendar.reasonOff(LocalDate.of(2025, 5, 2))).startsWith("Ngày nghỉ theo thông báo");
          assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 4, 29), 1))
              .isEqualTo(LocalDate.of(2025, 5, 5));
          // Quốc khánh 30/8–2/9, the holidays being Monday 1/9 and Tuesday 2/9 (vietnamnews.vn 4/8/2025)
          assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 8, 29), 1))
              .isEqualTo(LocalDate.of(2025, 9, 3));
        });
  }

  @Test
  void year2026FollowsTheAnnouncements() {
    context.run(
        ctx -> {
          WorkingDayCalendar calendar = ctx.getBean(WorkingDayCalendar.class);
          // Tết Dương lịch 1–4/1, Friday 2/1 swapped to Saturday 10/1 (Công văn 12729/VPCP-KGVX
          // 25/12/2025; vietnam.vnanet.vn 26/12/2025)
          assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
          assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
          // Tết 14–22/2: the five days 16–20/2 plus two weekends (kienthuc.net.vn 13/10/2025)
          assertThat(IntStream.rangeClosed(14, 22).mapToObj(d -> LocalDate.of(2026, 2, d)))
              .noneMatch(calendar::isWorkingDay);
          assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
          // Giỗ Tổ Sunday 26/4 → nghỉ bù Monday 27/4 (thanhnien.vn 23/2/2026)
          assertThat(calendar.dayOff(LocalDate.of(2026, 4, 27)).orElseThrow().name()).isEqualTo("Nghỉ bù");
          // Quốc khánh 29/8–2/9: 1/9 and 2/9 holidays, Monday 31/8 swapped to Saturday 22/8
          // (kienthuc.net.vn 13/10/2025; vietnam-briefing.com)
          assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
          assertThat(IntStream.rangeClosed(29, 31).mapToObj(d -> LocalDate.of(2026, 8, d)))
              .noneMatch(calendar::isWorkingDay);
          assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 8, 28), 1))
              .isEqualTo(LocalDate.of(2026, 9, 3));
        });
  }

  @Test
  void year2024FollowsTheAnnouncements() {
    context.run(
        ctx -> {
          WorkingDayCalendar calendar = ctx.getBean(WorkingDayCalendar.class);
          // Tết 8–14/2/2024, seven days (vietnamnet.vn/VGP "17 public holiday dates in 2024")
          assertThat(offDays(calendar, 2024, 2))
              .containsExactlyElementsOf(
                  IntStream.rangeClosed(8, 14).mapToObj(d -> LocalDate.of(2024, 2, d)).toList());
          // 27/4–1/5, Monday 29/4 swapped to Saturday 4/5 (Công văn 2450/VPCP-KGVX 12/4/2024)
          assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
          assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
          // Quốc khánh 31/8–3/9/2024 (en.sggp.org.vn)
          assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 3))).isFalse();
          assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 4))).isTrue();
        });
  }
}

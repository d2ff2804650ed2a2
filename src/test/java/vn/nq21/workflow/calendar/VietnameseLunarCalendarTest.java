package vn.nq21.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lunar dates are checked against dates published by others, never against our own output. Sources
 * (looked up February 2026 and later):
 *
 * <ul>
 *   <li>[TAD] timeanddate.com, "Hung Kings Festival in Vietnam", archived 20/4/2021
 *       (web.archive.org/web/20210420114520/https://www.timeanddate.com/holidays/vietnam/vietnamese-kings-day):
 *       Giỗ Tổ 2016–2026.
 *   <li>[VNN24] vietnamnet.vn "Lịch nghỉ lễ Giỗ Tổ Hùng Vương 2024": 18/4/2024 is 10/3 âm lịch.
 *   <li>[LAWNET25] lawnet.vn "What is the date of Hung Kings Commemoration Day in 2025": 7/4/2025.
 *   <li>[TN26] thanhnien.vn 23/2/2026: Giỗ Tổ 2026 is Sunday 26/4.
 *   <li>[VNP23] en.vietnamplus.vn 30/1/2023: Giỗ Tổ 2023 is Saturday 29/4.
 *   <li>[SGGP22] en.sggp.org.vn "Calendar of public holidays in April, May" (2022): Giỗ Tổ Sunday 10/4.
 *   <li>[TETLIST] boxhoidap.com/tet2023 (a copy of a holiday site's table "Tet Nguyen Dan / Vietnamese New
 *       Year 2022–2032"): 1/2/2022, 22/1/2023, 10/2/2024, 29/1/2025, 17/2/2026, 6/2/2027, 26/1/2028,
 *       13/2/2029, 2/2/2030, 23/1/2031, 11/2/2032.
 *   <li>[DAKLAK20] socongthuong.daklak.gov.vn 7/1/2020: nghỉ 23/1/2020 (29 tháng Chạp Kỷ Hợi) to 29/1/2020
 *       (mùng 5), so mùng 1 is 25/1/2020.
 *   <li>[SGGP21] sggpnews.org.vn 9/12/2020: Tết 10–16/2/2021 is "29th day of the last month – 5th day of the
 *       first month", so mùng 1 is 12/2/2021.
 *   <li>[CAO26] congan.com.vn / kienthuc.net.vn 13/10/2025: 14/2/2026 is 27 tháng Chạp Ất Tỵ and 22/2/2026
 *       is mùng 6 tháng Giêng Bính Ngọ; [VNEWS26] vietnammedia.vnanet.vn 17/10/2025: 16/2/2026 is 29 tháng
 *       Chạp.
 *   <li>[SGGP25] en.sggp.org.vn 27/11/2024 "Prime Minister approves 9-day Tet break for 2025": Tết days
 *       27–31/1/2025 are "the 28th day of the last month … to the 3rd day of the first month".
 *   <li>[VIETJO07] viet-jo.com 6/7/2006, quoting a Vietnamese official: Tết 2007 is 17/2/2007 in Vietnam,
 *       18/2/2007 in China, because of the time difference.
 *   <li>[WIKI85] Vietnamese calendar articles (e.g. piglix.com/piglix/Vietnamese_calendar) and
 *       oreateai.com "1985 Lunar New Year": Vietnam celebrated Tết on 21/1/1985, China on 20/2/1985.
 * </ul>
 */
class VietnameseLunarCalendarTest {

  @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} (10/3 âm lịch) is {1} [{2}]")
  @CsvSource({
    "2016, 2016-04-16, TAD",
    "2017, 2017-04-06, TAD",
    "2018, 2018-04-25, TAD",
    "2019, 2019-04-14, TAD",
    "2020, 2020-04-02, TAD",
    "2021, 2021-04-21, TAD",
    "2022, 2022-04-10, TAD SGGP22",
    "2023, 2023-04-29, TAD VNP23",
    "2024, 2024-04-18, TAD VNN24",
    "2025, 2025-04-07, TAD LAWNET25",
    "2026, 2026-04-26, TAD TN26",
  })
  void hungKingsCommemorationIsTheTenthDayOfTheThirdLunarMonth(
      int year, LocalDate expected, String source) {
    assertThat(VietnameseLunarCalendar.solarDateOf(year, 3, 10)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Tết {0} is {1} [{2}]")
  @CsvSource({
    "2020, 2020-01-25, DAKLAK20",
    "2021, 2021-02-12, SGGP21",
    "2022, 2022-02-01, TETLIST",
    "2023, 2023-01-22, TETLIST",
    "2024, 2024-02-10, TETLIST",
    "2025, 2025-01-29, TETLIST",
    "2026, 2026-02-17, TETLIST CAO26",
    "2027, 2027-02-06, TETLIST",
    "2028, 2028-01-26, TETLIST",
    "2029, 2029-02-13, TETLIST",
    "2030, 2030-02-02, TETLIST",
    "2031, 2031-01-23, TETLIST",
    "2032, 2032-02-11, TETLIST",
  })
  void tetIsTheFirstDayOfTheFirstLunarMonth(int year, LocalDate expected, String source) {
    assertThat(VietnameseLunarCalendar.lunarNewYear(year)).isEqualTo(expected);
  }

  @Test
  void vietnameseTetDiffersFromChineseNewYearWhereTheNewMoonFallsBetween23hAndMidnightBeijingTime() {
    // [VIETJO07] Vietnam 17/2/2007, China 18/2/2007
    assertThat(VietnameseLunarCalendar.lunarNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    assertThat(chineseNewYearByIcu(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
    // [WIKI85] a whole month apart in 1985: Vietnam 21/1/1985, China 20/2/1985
    assertThat(VietnameseLunarCalendar.lunarNewYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
    assertThat(chineseNewYearByIcu(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
  }

  @Test
  void lastDayOfTheLunarYearIsTheDayBeforeTet() {
    // [VNEWS26] 16/2/2026 is 29 tháng Chạp, the last day of Ất Tỵ (Tết Bính Ngọ is 17/2/2026)
    assertThat(VietnameseLunarCalendar.lastDayOfLunarYear(2025)).isEqualTo(LocalDate.of(2026, 2, 16));
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 16)))
        .isEqualTo(new LunarDate(2025, 12, false, 29));
    // [DAKLAK20] 23/1/2020 is 29 tháng Chạp Kỷ Hợi and Tết is 25/1: that Chạp had 30 days
    assertThat(VietnameseLunarCalendar.lastDayOfLunarYear(2019)).isEqualTo(LocalDate.of(2020, 1, 24));
  }

  @Test
  void gregorianDatesConvertToTheLunarDatesTheAnnouncementsName() {
    // [CAO26] 14/2/2026 = 27 tháng Chạp năm Ất Tỵ; 22/2/2026 = mùng 6 tháng Giêng năm Bính Ngọ
    LunarDate from = VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 14));
    LunarDate to = VietnameseLunarCalendar.toLunar(LocalDate.of(2026, 2, 22));
    assertThat(from).isEqualTo(new LunarDate(2025, 12, false, 27));
    assertThat(from.toVietnamese()).isEqualTo("27 tháng Chạp năm Ất Tỵ");
    assertThat(to.toVietnamese()).isEqualTo("mùng 6 tháng Giêng năm Bính Ngọ");
    // [SGGP25] 27/1/2025 = 28 tháng Chạp Giáp Thìn
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 1, 27)))
        .isEqualTo(new LunarDate(2024, 12, false, 28));
  }

  @Test
  void aLunarDayThatDoesNotExistIsRejectedInsteadOfRollingOver() {
    // Chạp of Ất Tỵ has 29 days ([VNEWS26]: 16/2/2026 is its 29th and last day)
    assertThatThrownBy(() -> VietnameseLunarCalendar.solarDateOf(2025, 12, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No such lunar date");
  }

  private static LocalDate chineseNewYearByIcu(int year) {
    ChineseCalendar chinese = new ChineseCalendar(TimeZone.GMT_ZONE);
    chinese.setTimeInMillis(LocalDate.of(year, 7, 1).toEpochDay() * 86_400_000L);
    int era = chinese.get(ChineseCalendar.ERA);
    int cycleYear = chinese.get(ChineseCalendar.YEAR);
    chinese.clear();
    chinese.set(ChineseCalendar.ERA, era);
    chinese.set(ChineseCalendar.YEAR, cycleYear);
    chinese.set(ChineseCalendar.MONTH, 0);
    chinese.set(ChineseCalendar.DAY_OF_MONTH, 1);
    return LocalDate.ofEpochDay(Math.floorDiv(chinese.getTimeInMillis(), 86_400_000L));
  }
}

package vn.nq21.workflow.ledgers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.Overlay;
import vn.nq21.workflow.registry.OverlayStart;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * R-RK-01a and R-RK-01b at their boundaries, under both window settings: months that are not consecutive, months
 * across a year boundary, a late payment, months covered by an exemption, a reduction or a recorded reason, the
 * running month, miễn sinh hoạt (still pays), meetings missed with and without a reason.
 */
@ApplicationTest
@Transactional
class LedgerCountsTest {

  @Autowired Ledgers ledgers;
  @Autowired LedgerRepository repository;
  @Autowired MemberRegistry registry;
  @Autowired LedgerCounts calendarYear;
  @Autowired vn.nq21.workflow.organization.OrganizationService organizations;

  LedgerCounts rolling12;
  Member m;

  @BeforeEach
  void member() {
    rolling12 = new LedgerCounts(repository, registry, new LedgerSettings(LedgerSettings.Window.ROLLING_12,
        LedgerSettings.DuesPlace.OFFICIAL),
        organizations);
    m = registry.register(new NewPerson("LC-0001", "Đặng Văn Đếm", "NAM", LocalDate.of(1960, 1, 1), null,
        "cb-thon-dong", MemberStatus.CHINH_THUC, LocalDate.of(1990, 5, 1)), null);
  }

  /** The months of {@code from}..{@code to} paid on the 10th, except those listed as unpaid. */
  private void dues(String from, String to, String... unpaid) {
    List<String> lines = new ArrayList<>(List.of("so_ly_lich,thang,ngay_nop,trang_thai"));
    for (YearMonth month = YearMonth.parse(from); !month.isAfter(YearMonth.parse(to)); month = month.plusMonths(1)) {
      boolean isUnpaid = List.of(unpaid).contains(month.toString());
      lines.add("LC-0001," + month + "," + (isUnpaid ? "," + "CHUA_NOP" : month.atDay(10) + ",DA_NOP"));
    }
    load(LedgerKind.DANG_PHI, String.join("\n", lines));
  }

  private void load(LedgerKind kind, String csv) {
    ledgers.importRows("cb-thon-dong", kind, SheetReader.read("so.csv", csv.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<YearMonth> months(String... months) {
    return List.of(months).stream().map(YearMonth::parse).toList();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void monthsNeedNotBeConsecutiveAndALatePaymentStillCounts() {
    dues("2025-01", "2025-12", "2025-02", "2025-05");
    load(LedgerKind.DANG_PHI, "so_ly_lich,thang,ngay_nop\nLC-0001,2025-09,02/10/2025\n"); // paid after September ended
    MonthCount count = calendarYear.unpaidMonths(m.id(), d("2026-01-01"));
    assertThat(count.counted()).isEqualTo(months("2025-02", "2025-05", "2025-09"));
    assertThat(count.from()).isEqualTo(YearMonth.of(2025, 1));
    assertThat(count.to()).isEqualTo(YearMonth.of(2025, 12));
    // the year-end sweep of the commune finds the member with the same count
    assertThat(calendarYear.unpaidMonthsAtLeast("xa-an-phu", d("2026-01-01"), 3)).containsEntry(m.id(), 3);
    assertThat(calendarYear.unpaidMonthsAtLeast("cb-thon-tay", d("2026-01-01"), 3)).doesNotContainKey(m.id());
    assertThat(calendarYear.unpaidMonthsAtLeast("xa-an-phu", d("2026-01-01"), 4)).doesNotContainKey(m.id());
  }

  @Test
  void monthsAcrossAYearBoundaryDependOnTheWindow() {
    dues("2025-01", "2026-01", "2025-11", "2025-12", "2026-01");
    // November and December 2025 in 2025, January 2026 in 2026: two, then one, under CALENDAR_YEAR
    assertThat(calendarYear.unpaidMonths(m.id(), d("2026-01-20")).count()).isEqualTo(2);
    assertThat(calendarYear.unpaidMonths(m.id(), d("2026-02-01")).counted()).isEqualTo(months("2026-01"));
    // three within the last 12 ended months under ROLLING_12
    MonthCount rolling = rolling12.unpaidMonths(m.id(), d("2026-02-01"));
    assertThat(rolling.counted()).isEqualTo(months("2025-11", "2025-12", "2026-01"));
    assertThat(rolling.from()).isEqualTo(YearMonth.of(2025, 2));
  }

  @Test
  void theRunningMonthIsNeverCountedAndMonthsWithoutARecordAreListedApart() {
    dues("2025-01", "2025-10", "2025-03");
    MonthCount count = calendarYear.unpaidMonths(m.id(), d("2025-12-15"));
    assertThat(count.to()).isEqualTo(YearMonth.of(2025, 11));
    assertThat(count.counted()).isEqualTo(months("2025-03"));
    assertThat(count.unrecorded()).isEqualTo(months("2025-11"));
  }

  @Test
  void anExemptionAReductionOrARecordedReasonIsNotCountedButMienSinhHoatIs() {
    dues("2025-01", "2025-12", "2025-03", "2025-06", "2025-07", "2025-10", "2025-11");
    load(LedgerKind.MIEN_GIAM_DANG_PHI, """
        so_ly_lich,loai,ty_le,tu_thang,den_thang,quyet_dinh
        LC-0001,MIEN,,06/2025,08/2025,QĐ 12-QĐ/ĐU
        LC-0001,GIAM,50,10/2025,03/2026,QĐ 30-QĐ/ĐU
        """);
    load(LedgerKind.DANG_PHI, "so_ly_lich,thang,trang_thai,ghi_chu\nLC-0001,11/2025,CO_LY_DO,Nằm viện dài ngày\n");
    registry.startOverlay(m.id(), Overlay.MIEN_SH, d("2025-01-01"), OverlayStart.because("Tuổi cao"), null);
    MonthCount count = calendarYear.unpaidMonths(m.id(), d("2026-01-01"));
    assertThat(count.counted()).isEqualTo(months("2025-03")); // March unpaid while exempted from meetings
    assertThat(count.excused()).containsExactly(YearMonth.of(2025, 6), YearMonth.of(2025, 7), YearMonth.of(2025, 8),
        YearMonth.of(2025, 10), YearMonth.of(2025, 11), YearMonth.of(2025, 12));
    assertThat(calendarYear.unpaidMonthsAtLeast("cb-thon-dong", d("2026-01-01"), 1)).containsEntry(m.id(), 1);
  }

  @Test
  void oneByOneAndTheCommunesSweepAgree() {
    LedgerScenarios.unpaidMonthsCountedAlikeOneByOneAndForTheCommune(ledgers, calendarYear, registry, "LC-0003");
  }

  @Test
  void monthsBeforeAdmissionDoNotCount() {
    Member late = registry.register(new NewPerson("LC-0002", "Đặng Thị Mới", "NU", LocalDate.of(1995, 1, 1), null,
        "cb-thon-dong", MemberStatus.DU_BI, LocalDate.of(2025, 6, 20)), null);
    MonthCount count = calendarYear.unpaidMonths(late.id(), d("2026-01-01"));
    assertThat(count.unrecorded()).first().isEqualTo(YearMonth.of(2025, 6));
    assertThat(count.unrecorded()).hasSize(7);
  }

  @Test
  void meetingsMissedWithoutAReasonCountThoseWithAReasonOrWhileExemptedDoNot() {
    load(LedgerKind.SINH_HOAT, """
        ngay_hop,so_ly_lich,tham_du,ly_do
        05/01/2025,LC-0001,VANG_KHONG_LY_DO,
        05/02/2025,LC-0001,CO_MAT,
        05/03/2025,LC-0001,VANG_CO_LY_DO,Đi viện
        05/04/2025,LC-0001,VANG_KHONG_LY_DO,
        05/08/2025,LC-0001,VANG_KHONG_LY_DO,
        05/12/2025,LC-0001,VANG_KHONG_LY_DO,
        05/01/2026,LC-0001,VANG_KHONG_LY_DO,
        """);
    registry.startOverlay(m.id(), Overlay.MIEN_SH, d("2025-07-01"), new OverlayStart(null, null, d("2025-09-01"),
        "Điều trị dài ngày", null), null);
    MonthCount year = calendarYear.missedMeetings(m.id(), d("2026-01-01"));
    assertThat(year.counted()).isEqualTo(months("2025-01", "2025-04", "2025-12"));
    assertThat(year.excused()).isEqualTo(months("2025-03", "2025-08"));
    assertThat(rolling12.missedMeetings(m.id(), d("2026-02-01")).counted())
        .isEqualTo(months("2025-04", "2025-12", "2026-01"));
  }

  @Test
  void theEducationClockAndTheLastTwoRatings() {
    registry.startOverlay(m.id(), Overlay.DANG_GIAO_DUC, d("2025-03-15"), OverlayStart.because("Vi phạm tư cách"),
        null);
    assertThat(calendarYear.educationStart(m.id(), d("2026-03-14"))).contains(d("2025-03-15"));
    assertThat(calendarYear.educationYearPassed(m.id(), d("2026-03-14"))).isFalse();
    assertThat(calendarYear.educationYearPassed(m.id(), d("2026-03-15"))).isTrue();
    load(LedgerKind.XEP_LOAI, """
        nam,so_ly_lich,xep_loai
        2023,LC-0001,HTNV
        2024,LC-0001,KHTNV
        2025,LC-0001,KHTNV
        """);
    assertThat(calendarYear.lastTwoRatings(m.id())).extracting(Records.Rating::year).containsExactly(2025, 2024);
  }
}

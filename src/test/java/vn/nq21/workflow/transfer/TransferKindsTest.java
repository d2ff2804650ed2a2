package vn.nq21.workflow.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.rules.Periods;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * The kind a cause calls for (table loai-chuyen-sinh-hoat, R-CS-01, R-CS-T01, R-CS-T02, R-CS-12) at every boundary,
 * the months counted as R-GEN-02 counts them, and the table's month limits equal to those of thoi-han-quy-dinh.
 */
@ApplicationTest
class TransferKindsTest {

  static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Autowired TransferRules rules;
  @Autowired TransferSteps steps;
  @Autowired Periods periods;

  private String kind(String cause, boolean sameTccsd, Integer months) {
    return rules.kind(cause, sameTccsd, months, DAY).kind();
  }

  @Test
  void monthsAreReachedOnTheSameDayNumberOrTheMonthsLastDay() {
    assertThat(TransferSteps.months(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 6, 3))).isEqualTo(2);
    assertThat(TransferSteps.months(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 6, 4))).isEqualTo(3);
    // 30/11 + 3 months = 28/02: a stay through 27/02 lasts 3 months
    assertThat(TransferSteps.months(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 27))).isEqualTo(3);
    assertThat(TransferSteps.months(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 26))).isEqualTo(2);
    assertThat(TransferSteps.months(LocalDate.of(2026, 1, 31), LocalDate.of(2027, 1, 30))).isEqualTo(12);
    assertThat(TransferSteps.months(DAY, null)).isNull();
  }

  @Test
  void everyCauseAtItsBoundaries() {
    for (String permanent : new String[] {"CHUYEN_CONG_TAC", "NGHI_HUU", "NGHI_MAT_SUC", "THOI_VIEC", "XUAT_NGU",
        "DOI_NOI_CU_TRU"}) {
      assertThat(kind(permanent, false, null)).as(permanent).isEqualTo("CHINH_THUC");
      assertThat(kind(permanent, true, null)).as(permanent).isEqualTo("NOI_BO");
    }
    assertThat(kind("HOC_TAP", false, 2)).isEqualTo("KHONG_CHUYEN");
    assertThat(kind("HOC_TAP", false, 3)).isEqualTo("TAM_THOI");
    assertThat(kind("HOC_TAP", false, 24)).isEqualTo("TAM_THOI");
    assertThat(kind("HOC_TAP", false, 25)).isEqualTo("CHU_UY_CHON");
    for (String elsewhere : new String[] {"LAM_VIEC_NOI_KHAC", "CU_TRU_NOI_KHAC"}) {
      assertThat(kind(elsewhere, false, 2)).isEqualTo("KHONG_CHUYEN");
      assertThat(kind(elsewhere, false, 3)).isEqualTo("TAM_THOI");
      assertThat(kind(elsewhere, true, 11)).isEqualTo("TAM_THOI");
      assertThat(kind(elsewhere, false, 12)).isEqualTo("CHINH_THUC");
      assertThat(kind(elsewhere, true, 12)).isEqualTo("NOI_BO");
      assertThat(kind(elsewhere, false, null)).isEqualTo("THIEU_THOI_HAN");
    }
    assertThat(kind("TOT_NGHIEP_CHO_VIEC", false, 12)).isEqualTo("KHONG_CHUYEN");
    assertThat(kind("TOT_NGHIEP_CHO_VIEC", false, 13)).isEqualTo("CHINH_THUC");
    assertThat(kind("KHAC", false, null)).isEqualTo("CHU_UY_CHON");
    assertThat(rules.kind("HOC_TAP", false, 2, DAY).message()).contains("dưới 3 tháng");
  }

  @Test
  void theTablesMonthLimitsAreThoseOfThePeriodsTable() {
    String key = TransferSteps.PROCESS_KEY;
    int min = periods.of(key, "TAM_THOI_TOI_THIEU", DAY).amount();
    int max = periods.of(key, "TAM_THOI_TOI_DA", DAY).amount();
    int study = periods.of(key, "HOC_TAP_TOI_DA", DAY).amount();
    assertThat(kind("LAM_VIEC_NOI_KHAC", false, min - 1)).isEqualTo("KHONG_CHUYEN");
    assertThat(kind("LAM_VIEC_NOI_KHAC", false, min)).isEqualTo("TAM_THOI");
    assertThat(kind("LAM_VIEC_NOI_KHAC", false, max - 1)).isEqualTo("TAM_THOI");
    assertThat(kind("LAM_VIEC_NOI_KHAC", false, max)).isEqualTo("CHINH_THUC");
    assertThat(kind("HOC_TAP", false, study)).isEqualTo("TAM_THOI");
    assertThat(kind("HOC_TAP", false, study + 1)).isEqualTo("CHU_UY_CHON");
    // a kind the chi ủy chose is held to the same limits
    assertThat(steps.temporaryLimitProblem("KHAC", DAY, DAY.plusMonths(1))).contains("dưới 3 tháng");
    assertThat(steps.temporaryLimitProblem("KHAC", DAY, DAY.plusMonths(12).minusDays(1))).contains("từ 12 tháng");
    assertThat(steps.temporaryLimitProblem("HOC_TAP", DAY, DAY.plusMonths(24).minusDays(1))).isNull();
    assertThat(steps.temporaryLimitProblem("KHAC", DAY, DAY.plusMonths(6))).isNull();
  }
}

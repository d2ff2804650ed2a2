package vn.nq21.workflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * The regulation's periods and counts, from the deployed table thoi-han-quy-dinh, under each rule set: the
 * numbers the procedures' timers, checks and messages use (R-KN-16, R-KN-18, R-KN-20, R-CN-01, R-CN-05,
 * R-CN-07a, R-CN-10).
 */
@ApplicationTest
class PeriodsTest {

  static final String ADMISSION = "ket-nap-dang-vien";
  static final String PROBATION = "cong-nhan-dang-vien-chinh-thuc";
  /** One day under each rule set of bo-quy-tac: RS2021, RS2025A, RS2025B. */
  static final LocalDate[] RULE_SET_DAYS = {LocalDate.of(2024, 6, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1)};

  @Autowired Periods periods;

  @Test
  void admissionPeriodsUnderEveryRuleSet() {
    for (LocalDate day : RULE_SET_DAYS) {
      assertThat(periods.workingDays(ADMISSION, "QUYET_DINH", day)).isEqualTo(60);
      assertThat(periods.workingDays(ADMISSION, "GIA_HAN_TOI_DA", day)).isEqualTo(30);
      assertThat(periods.workingDays(ADMISSION, "LE_KET_NAP", day)).isEqualTo(30);
      assertThat(periods.workingDays(ADMISSION, "HOAN_THIEN_HO_SO", day)).isEqualTo(30);
      assertThat(periods.of(ADMISSION, "SO_LAN_BIEU_QUYET", day).text()).isEqualTo("1 lần");
    }
    Period decision = periods.of(ADMISSION, "QUYET_DINH", RULE_SET_DAYS[2]);
    assertThat(decision.ruleSet()).isEqualTo("RS2025B");
    assertThat(decision.cited()).isEqualTo("60 ngày làm việc, R-KN-16");
  }

  @Test
  void probationPeriodsUnderEveryRuleSet() {
    for (LocalDate day : RULE_SET_DAYS) {
      Period probation = periods.of(PROBATION, "THOI_GIAN_DU_BI", day);
      assertThat(probation.text()).isEqualTo("12 tháng");
      assertThat(probation.unit()).isEqualTo(Period.Unit.THANG);
      assertThat(periods.workingDays(PROBATION, "XET_CONG_NHAN", day)).isEqualTo(30);
      assertThat(periods.workingDays(PROBATION, "QUYET_DINH", day)).isEqualTo(30);
      assertThat(periods.of(PROBATION, "SO_LAN_BIEU_QUYET", day).text()).isEqualTo("3 lần");
    }
  }

  @Test
  void aPeriodTheTableDoesNotKnowOrInAnotherUnitIsRefused() {
    assertThatThrownBy(() -> periods.of(ADMISSION, "KHONG_CO", RULE_SET_DAYS[2]))
        .isInstanceOf(NoMatchingRuleException.class);
    assertThatThrownBy(() -> periods.workingDays(PROBATION, "THOI_GIAN_DU_BI", RULE_SET_DAYS[2]))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tháng");
  }
}

package vn.nq21.workflow.admission.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.ReasonCode;
import vn.nq21.workflow.support.ApplicationTest;

/** Re-admission (R-KN-22, R-KN-23, table dieu-kien-ket-nap-lai): allowed, waiting, barred, and only once. */
@ApplicationTest
@Transactional
class ReadmissionRulesTest {

  static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired AdmissionRules rules;
  @Autowired MemberRegistry registry;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** An official member since 2015 removed on {@code leftOn} for {@code code}. */
  private Member removed(ReasonCode code, String leftOn) {
    Member m = registry.register(new NewPerson("RA-" + SEQ.incrementAndGet(), "Đỗ Văn Kết Nạp Lại", "NAM",
        d("1980-01-01"), null, "cb-thon-dong", MemberStatus.CHINH_THUC, d("2015-05-19")), null);
    return registry.changeStatus(m.id(), code.leadsTo(), d(leftOn), code, "Quyết định xóa tên", null);
  }

  @Test
  void thirtySixMonthsAfterLeavingThePersonMayBeConsideredNotADayBefore() {
    Member m = removed(ReasonCode.KHONG_DONG_DANG_PHI, "2023-03-15");
    ReadmissionCheck early = rules.readmission(m.id(), d("2026-03-14"), false);
    assertThat(early.result()).isEqualTo("WAIT");
    assertThat(early.earliest()).isEqualTo(d("2026-03-15"));
    assertThat(early.message()).contains("ra khỏi Đảng ngày 15/03/2023").contains("sớm nhất từ ngày 15/03/2026");
    ReadmissionCheck due = rules.readmission(m.id(), d("2026-03-15"), false);
    assertThat(due.allowed()).isTrue();
    assertThat(due.message()).contains("Ban thường vụ tỉnh ủy");
  }

  @Test
  void abandoningActivityAndAskingToLeaveWithoutHardshipAreBarred() {
    assertThat(rules.readmission(removed(ReasonCode.BO_SINH_HOAT, "2020-01-10").id(), d("2026-03-01"), false).result())
        .isEqualTo("BARRED");
    Member left = removed(ReasonCode.XIN_RA, "2020-01-10");
    ReadmissionCheck barred = rules.readmission(left.id(), d("2026-03-01"), false);
    assertThat(barred.result()).isEqualTo("BARRED");
    assertThat(barred.message()).contains("R-KN-23");
    assertThat(rules.readmission(left.id(), d("2026-03-01"), true).allowed()).isTrue();
  }

  @Test
  void someoneNeverRemovedHasNoReadmissionQuestionAndSomeoneReadmittedOnceIsBarred() {
    Member never = registry.register(new NewPerson("RA-X" + SEQ.incrementAndGet(), "Đỗ Văn Chưa Ra", "NAM",
        d("1980-01-01"), null, "cb-thon-dong", MemberStatus.CHINH_THUC, d("2015-05-19")), null);
    assertThat(rules.readmission(never.id(), d("2026-03-01"), false)).isNull();

    Member twice = removed(ReasonCode.TU_Y_TRA_HUY_THE, "2019-01-10");
    registry.changeStatus(twice.id(), MemberStatus.DANG_XET_KET_NAP, d("2022-06-01"), "Kết nạp lại", null);
    registry.changeStatus(twice.id(), MemberStatus.DU_BI, d("2022-09-02"), "Lễ kết nạp lại", null);
    registry.changeStatus(twice.id(), MemberStatus.XOA_TEN, d("2023-01-05"), ReasonCode.DU_BI_KHONG_DU_TU_CACH,
        "Quyết định xóa tên khỏi danh sách đảng viên dự bị", null);
    ReadmissionCheck again = rules.readmission(twice.id(), d("2026-06-01"), false);
    assertThat(again.result()).isEqualTo("BARRED");
    assertThat(again.message()).contains("một lần");
  }
}

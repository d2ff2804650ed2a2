package vn.nq21.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * The registry on dates: which organisation a person belonged to on any day, and an organisation's roll on any
 * day (R-GEN-08), across moves, recognitions dated back and removals. Each test works on its own people (the
 * demo chi bộ's own members are on the rolls too: the assertions are about the test's people).
 */
@ApplicationTest
@Transactional
class RollOnDateTest {

  @Autowired MemberRegistry registry;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private Member person(String record, String name, String org, MemberStatus status, String since) {
    return registry.register(new NewPerson(record, name, "NAM", d("1990-03-03"), null, org, status, d(since)), null);
  }

  private List<Long> official(String org, String date) {
    return registry.rollOn(org, d(date)).official().stream().map(Roll.Entry::memberId).toList();
  }

  private List<Long> probationary(String org, String date) {
    return registry.rollOn(org, d(date)).probationary().stream().map(Roll.Entry::memberId).toList();
  }

  @Test
  void aMemberWhoMovedIsOnTheOldRollBeforeTheMoveAndOnTheNewOneFromIt() {
    Member m = person("RD-0001", "Lê Văn Chuyển", "cb-thon-dong", MemberStatus.CHINH_THUC, "2020-05-01");
    registry.moveTo(m.id(), "cb-thon-tay", d("2026-03-10"), "Chuyển sinh hoạt đảng chính thức", null);

    assertThat(registry.organizationOn(m.id(), d("2026-03-09"))).contains("cb-thon-dong");
    assertThat(registry.organizationOn(m.id(), d("2026-03-10"))).contains("cb-thon-tay");
    assertThat(official("cb-thon-dong", "2026-03-09")).contains(m.id());
    assertThat(official("cb-thon-dong", "2026-03-10")).doesNotContain(m.id());
    assertThat(official("cb-thon-tay", "2026-03-09")).doesNotContain(m.id());
    assertThat(official("cb-thon-tay", "2026-03-10")).contains(m.id());

    // and back again: three stretches, each day in exactly one organisation
    registry.moveTo(m.id(), "cb-thon-dong", d("2026-06-01"), "Chuyển về", null);
    assertThat(registry.memberships(m.id())).extracting(Membership::organizationCode)
        .containsExactly("cb-thon-dong", "cb-thon-tay", "cb-thon-dong");
    assertThat(official("cb-thon-tay", "2026-05-31")).contains(m.id());
    assertThat(official("cb-thon-dong", "2026-06-01")).contains(m.id());
    assertThat(registry.require(m.id()).organizationCode()).isEqualTo("cb-thon-dong");
  }

  @Test
  void aRecognitionCountsFromItsEffectiveDateAndARemovalEndsTheMembership() {
    Member m = person("RD-0002", "Lê Thị Dự Bị", "cb-thon-dong", MemberStatus.DU_BI, "2025-02-03");
    // decided in March, effective at the end of probation (R-CN-07)
    registry.changeStatus(m.id(), MemberStatus.CHINH_THUC, d("2026-02-03"), "Công nhận chính thức", null);
    assertThat(probationary("cb-thon-dong", "2026-02-02")).contains(m.id());
    assertThat(official("cb-thon-dong", "2026-02-02")).doesNotContain(m.id());
    assertThat(official("cb-thon-dong", "2026-02-03")).contains(m.id());

    registry.changeStatus(m.id(), MemberStatus.XOA_TEN, d("2026-09-01"), ReasonCode.KHONG_DONG_DANG_PHI, "Xóa tên", null);
    assertThat(official("cb-thon-dong", "2026-08-31")).contains(m.id());
    assertThat(official("cb-thon-dong", "2026-09-01")).doesNotContain(m.id());
    assertThat(probationary("cb-thon-dong", "2026-09-01")).doesNotContain(m.id());
  }

  @Test
  void aMoveWithoutADateOrBeforeTheCurrentStretchIsRefusedAndChangesNothing() {
    Member m = person("RD-0003", "Lê Văn Ngày", "cb-thon-dong", MemberStatus.CHINH_THUC, "2020-05-01");
    registry.moveTo(m.id(), "cb-thon-tay", d("2026-03-10"), "Chuyển sinh hoạt", null);

    assertThatThrownBy(() -> registry.moveTo(m.id(), "cb-thon-dong", null, "Chuyển về", null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("Cần ngày");
    assertThatThrownBy(() -> registry.moveTo(m.id(), "cb-thon-dong", d("2026-03-01"), "Chuyển về", null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("sớm hơn");
    assertThat(registry.memberships(m.id())).hasSize(2);
    assertThat(registry.require(m.id()).organizationCode()).isEqualTo("cb-thon-tay");
  }

  @Test
  void aSecondMoveOnTheSameDayCorrectsTheFirst() {
    Member m = person("RD-0004", "Lê Văn Sửa", "cb-thon-dong", MemberStatus.CHINH_THUC, "2020-05-01");
    registry.moveTo(m.id(), "cb-thon-tay", d("2026-03-10"), "Chuyển sinh hoạt", null);
    registry.moveTo(m.id(), "cb-tri-su", d("2026-03-10"), "Sửa nơi đến", null);
    assertThat(registry.memberships(m.id())).extracting(Membership::organizationCode)
        .containsExactly("cb-thon-dong", "cb-tri-su");
    assertThat(registry.organizationOn(m.id(), d("2026-03-10"))).contains("cb-tri-su");
  }

  @Test
  void theDemoChiBoHasSixOfficialMembersOnADayOfTheDemoStory() {
    // demo/members.yaml: cb-thon-dong's official members, recognised long before 2025
    assertThat(registry.rollOn("cb-thon-dong", d("2025-06-01")).officialCount()).isEqualTo(6);
    assertThat(registry.rollOn("cb-thon-dong", d("1950-01-01")).officialCount()).isZero();
  }
}

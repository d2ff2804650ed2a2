package vn.nq21.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

/** Registry stories told the same way on H2 and on PostgreSQL. */
public final class RollScenarios {

  private RollScenarios() {}

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Set<Overlay> on(MemberRegistry registry, String org, long memberId, String date) {
    return registry.rollOn(org, d(date)).official().stream().filter(e -> e.memberId() == memberId)
        .map(Roll.Entry::overlays).findFirst().orElse(null);
  }

  /**
   * A member of cb-thon-dong is exempted, then transferred to cb-thon-tay (in transit for a while), then comes
   * back: on every date they are on exactly one roll, with the overlays of that day.
   */
  public static void exemptedThenTransferredThenBack(MemberRegistry registry, String recordNumber) {
    Member m = registry.register(new NewPerson(recordNumber, "Trần Văn Đi Về", "NAM", d("1956-01-02"), null,
        "cb-thon-dong", MemberStatus.CHINH_THUC, d("1990-01-05")), null);
    OverlayPeriod exempted = registry.startOverlay(m.id(), Overlay.MIEN_SH, d("2026-01-01"),
        OverlayStart.because("Tuổi cao, sức khỏe yếu"), null);
    registry.startOverlay(m.id(), Overlay.DANG_CHUYEN, d("2026-03-01"),
        new OverlayStart("cb-thon-tay", null, null, "Chuyển về ở với con", null), null);
    registry.endOverlay(m.id(), exempted.id(), d("2026-03-20"), "Chuyển đi: chi bộ mới xét lại", null);
    registry.moveTo(m.id(), "cb-thon-tay", d("2026-03-20"), "Chi bộ thôn Tây đã tiếp nhận", null);
    registry.moveTo(m.id(), "cb-thon-dong", d("2026-09-01"), "Chuyển về", null);

    assertThat(on(registry, "cb-thon-dong", m.id(), "2025-12-31")).isEmpty();
    assertThat(on(registry, "cb-thon-dong", m.id(), "2026-02-01")).containsExactly(Overlay.MIEN_SH);
    assertThat(registry.rollOn("cb-thon-dong", d("2026-02-01")).exempted()).extracting(Roll.Entry::memberId)
        .contains(m.id());
    assertThat(on(registry, "cb-thon-dong", m.id(), "2026-03-05"))
        .containsExactlyInAnyOrder(Overlay.MIEN_SH, Overlay.DANG_CHUYEN);
    assertThat(on(registry, "cb-thon-tay", m.id(), "2026-03-05")).isNull();
    assertThat(on(registry, "cb-thon-dong", m.id(), "2026-03-20")).isNull();
    assertThat(on(registry, "cb-thon-tay", m.id(), "2026-03-20")).isEmpty();
    assertThat(on(registry, "cb-thon-tay", m.id(), "2026-09-01")).isNull();
    assertThat(on(registry, "cb-thon-dong", m.id(), "2026-09-01")).isEmpty();
    assertThat(registry.overlays(m.id())).extracting(OverlayPeriod::validUntil)
        .containsExactly(d("2026-03-20"), d("2026-03-20"));
  }
}

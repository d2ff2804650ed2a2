package vn.nq21.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's status on a date from their history, without the application. */
class StatusTimelineTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Member member(MemberStatus now, LocalDate recognition) {
    return new Member(1, "TL-1", "Lê Thị Dòng", "NU", d("1990-01-01"), null, "cb-a", now, null, null, null,
        recognition, null, null, 0);
  }

  private static StatusChange change(long id, MemberStatus from, MemberStatus to, String effective) {
    return new StatusChange(id, 1, from, to, d(effective), "lý do", null, "he-thong", Instant.EPOCH, null, null);
  }

  @Test
  void theLastChangeOnOrBeforeTheDateHoldsAndNothingIsKnownBeforeTheFirst() {
    List<StatusChange> history = List.of(change(1, null, MemberStatus.DU_BI, "2025-02-03"),
        change(2, MemberStatus.DU_BI, MemberStatus.CHINH_THUC, "2026-02-03"));
    Member m = member(MemberStatus.CHINH_THUC, d("2026-02-03"));
    assertThat(StatusTimeline.statusOn(m, history, d("2025-02-02"))).isNull();
    assertThat(StatusTimeline.statusOn(m, history, d("2025-02-03"))).isEqualTo(MemberStatus.DU_BI);
    assertThat(StatusTimeline.statusOn(m, history, d("2026-02-02"))).isEqualTo(MemberStatus.DU_BI);
    assertThat(StatusTimeline.statusOn(m, history, d("2026-02-03"))).isEqualTo(MemberStatus.CHINH_THUC);
  }

  @Test
  void aMoveBetweenOrganisationsIsNoStatusChange() {
    // handed over after the end of probation, recognised later with effect from the end of probation (R-CN-07)
    List<StatusChange> history = List.of(change(1, null, MemberStatus.DU_BI, "2025-02-03"),
        change(2, MemberStatus.DU_BI, MemberStatus.CHINH_THUC, "2026-02-03"),
        change(3, MemberStatus.DU_BI, MemberStatus.DU_BI, "2026-02-20"));
    Member m = member(MemberStatus.CHINH_THUC, d("2026-02-03"));
    assertThat(StatusTimeline.statusOn(m, history, d("2026-03-01"))).isEqualTo(MemberStatus.CHINH_THUC);
  }

  @Test
  void aMemberRegisteredLaterAsOfficialCountsFromTheRecognitionDate() {
    Member m = member(MemberStatus.CHINH_THUC, d("1993-05-01"));
    List<StatusChange> history = List.of(change(1, null, MemberStatus.CHINH_THUC, "2025-01-01"));
    assertThat(StatusTimeline.statusOn(m, history, d("2000-01-01"))).isEqualTo(MemberStatus.CHINH_THUC);
    assertThat(StatusTimeline.statusOn(m, history, d("1993-04-30"))).isNull();
  }
}

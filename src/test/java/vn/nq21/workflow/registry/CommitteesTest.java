package vn.nq21.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * Committee membership as data (R-CN-11, R-MS-09): who sits on a cấp ủy on a day, who may, and what leaves it without a
 * second record. Each test works on its own people.
 */
@ApplicationTest
@Transactional
class CommitteesTest {

  @Autowired MemberRegistry registry;
  @Autowired Committees committees;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private Member person(String record, String name, String org, MemberStatus status, String since) {
    return registry.register(new NewPerson(record, name, "NAM", d("1980-03-03"), null, org, status, d(since)), null);
  }

  @Test
  void aDuBiMemberIsRefusedByNameAndOnceRecognisedMaySit() {
    Member m = person("CU-0001", "Lê Văn Dự Bị", "cb-thon-tay", MemberStatus.DU_BI, "2025-03-01");
    assertThatThrownBy(() -> committees.seat("cb-thon-tay", "CU-0001", CommitteeRole.UY_VIEN, d("2025-09-01"),
        "Quyết định chuẩn y số 12-QĐ/ĐU"))
        .isInstanceOf(RegistryException.class)
        .hasMessageContaining("Đồng chí Lê Văn Dự Bị (số lý lịch CU-0001) là đảng viên dự bị ngày 01/09/2025: đảng viên dự bị"
            + " không được bầu, chỉ định vào cấp ủy (R-CN-11).");
    assertThat(committees.history("cb-thon-tay")).noneMatch(s -> s.memberId() == m.id());

    registry.changeStatus(m.id(), MemberStatus.CHINH_THUC, d("2026-03-01"), "Công nhận chính thức", null);
    // the seat's first day is judged, not today: still dự bị on 28/02/2026
    assertThatThrownBy(() -> committees.seat("cb-thon-tay", "CU-0001", CommitteeRole.UY_VIEN, d("2026-02-28"),
        "Quyết định chuẩn y số 13-QĐ/ĐU")).hasMessageContaining("là đảng viên dự bị ngày 28/02/2026");
    Committees.Seated seated = committees.seat("cb-thon-tay", "CU-0001", CommitteeRole.UY_VIEN, d("2026-03-02"),
        "Quyết định chuẩn y số 13-QĐ/ĐU");
    assertThat(seated.warnings()).isEmpty();
    assertThat(committees.on("cb-thon-tay", d("2026-03-01"))).noneMatch(s -> s.memberId() == m.id());
    assertThat(committees.on("cb-thon-tay", d("2026-03-02"))).anyMatch(s -> s.memberId() == m.id());
    assertThat(committees.heldByInWords(m.id(), d("2026-03-02")))
        .containsExactly("Cấp ủy viên của Chi bộ thôn Tây (từ 02/03/2026)");
  }

  @Test
  void aSeatIsHeldOnlyInsideTheOrganisationAndOneBiThuAtATime() {
    Member a = person("CU-0002", "Phạm Văn Bí Thư", "cb-thon-dong", MemberStatus.CHINH_THUC, "2010-01-01");
    Member b = person("CU-0003", "Phạm Thị Phó", "cb-thon-dong", MemberStatus.CHINH_THUC, "2012-01-01");
    assertThatThrownBy(() -> committees.seat("cb-thon-tay", "CU-0002", CommitteeRole.BI_THU, d("2025-01-05"),
        "Quyết định 1")).hasMessageContaining("không sinh hoạt trong");
    committees.seat("cb-thon-dong", "CU-0002", CommitteeRole.BI_THU, d("2025-01-05"), "Quyết định 1");
    assertThatThrownBy(() -> committees.seat("cb-thon-dong", "CU-0003", CommitteeRole.BI_THU, d("2025-02-01"),
        "Quyết định 2")).hasMessageContaining("đang có Bí thư Phạm Văn Bí Thư từ ngày 05/01/2025");
    // a member of a chi bộ sits on the đảng ủy above it
    committees.seat("xa-an-phu", "CU-0003", CommitteeRole.UY_VIEN, d("2025-02-01"), "Nghị quyết đại hội");
    assertThat(committees.on("xa-an-phu", d("2025-02-01"))).anyMatch(s -> s.memberId() == b.id());

    // moved away: off the chi ủy from the move's date, with no second record
    registry.moveTo(a.id(), "cb-thon-tay", d("2026-03-10"), "Chuyển sinh hoạt", null);
    assertThat(committees.on("cb-thon-dong", d("2026-03-09"))).anyMatch(s -> s.memberId() == a.id());
    assertThat(committees.on("cb-thon-dong", d("2026-03-10"))).noneMatch(s -> s.memberId() == a.id());
    // still inside the đảng ủy's tree: the đảng ủy seat stays
    registry.moveTo(b.id(), "cb-thon-tay", d("2026-03-10"), "Chuyển sinh hoạt", null);
    assertThat(committees.on("xa-an-phu", d("2026-03-10"))).anyMatch(s -> s.memberId() == b.id());
  }

  @Test
  void aSeatEndsOnItsDateWithAReasonAndAnExemptedMemberIsAWarning() {
    Member m = person("CU-0004", "Đỗ Văn Miễn", "cb-thon-tay", MemberStatus.CHINH_THUC, "2000-01-01");
    registry.startOverlay(m.id(), Overlay.MIEN_SH, d("2025-06-01"), OverlayStart.because("Tuổi cao"), null);
    Committees.Seated seated = committees.seat("cb-thon-tay", "CU-0004", CommitteeRole.PHO_BI_THU, d("2025-07-01"),
        "Quyết định 3");
    assertThat(seated.warnings()).singleElement().asString().contains("đang được miễn công tác và sinh hoạt đảng")
        .contains("R-MS-09");
    long id = seated.seat().id();
    assertThatThrownBy(() -> committees.end("cb-thon-tay", id, d("2025-08-01"), " "))
        .hasMessageContaining("Cần ghi lý do");
    assertThatThrownBy(() -> committees.end("cb-thon-tay", id, d("2025-07-01"), "Thôi"))
        .hasMessageContaining("phải sau ngày bắt đầu (01/07/2025)");
    committees.end("cb-thon-tay", id, d("2025-08-01"), "Xin thôi giữ chức vụ vì được miễn sinh hoạt");
    assertThat(committees.on("cb-thon-tay", d("2025-07-31"))).anyMatch(s -> s.memberId() == m.id());
    assertThat(committees.on("cb-thon-tay", d("2025-08-01"))).noneMatch(s -> s.memberId() == m.id());
    assertThat(committees.heldBy(m.id(), d("2025-08-01"))).isEmpty();
  }
}

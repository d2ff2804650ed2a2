package vn.nq21.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.support.ApplicationTest;

/** What the registry's changes return is what is stored: callers act on it without reading the member again. */
@ApplicationTest
class MemberRegistryTest {

  @Autowired MemberRegistry registry;

  @Test
  void eachChangeReturnsTheMemberAsStored() {
    Member member = registry.register(new NewPerson("KT-REG-0001", "Lê Văn Sổ", "NAM", LocalDate.of(1995, 4, 2),
        "001095000111", "cb-thon-dong", MemberStatus.QUAN_CHUNG_UU_TU, LocalDate.of(2025, 1, 6)), null);

    Member changed = registry.changeStatus(member.id(), MemberStatus.CAM_TINH_DANG, LocalDate.of(2025, 3, 10),
        "Có giấy chứng nhận", null);
    assertThat(changed).isEqualTo(registry.require(member.id()));
    assertThat(changed.status()).isEqualTo(MemberStatus.CAM_TINH_DANG);

    Member dated = registry.updateKeyDates(member.id(), KeyDates.none().withCertificate(LocalDate.of(2025, 3, 1)), null);
    assertThat(dated).isEqualTo(registry.require(member.id()));
    // a null field keeps what is stored
    Member admitted = registry.updateKeyDates(member.id(),
        KeyDates.none().withAdmission(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 3)), null);
    assertThat(admitted).isEqualTo(registry.require(member.id()));
    assertThat(admitted.certificateIssueDate()).isEqualTo(LocalDate.of(2025, 3, 1));

    Member moved = registry.moveTo(member.id(), "cb-thon-tay", LocalDate.of(2026, 2, 10), "Chuyển sinh hoạt", null);
    assertThat(moved).isEqualTo(registry.require(member.id()));
    assertThat(moved.organizationCode()).isEqualTo("cb-thon-tay");
  }
}

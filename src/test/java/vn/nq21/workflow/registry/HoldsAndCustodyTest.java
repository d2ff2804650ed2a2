package vn.nq21.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.engine.CaseIdentityException;
import vn.nq21.workflow.support.ApplicationTest;

/** The matters that stop a transfer or a removal (R-CS-03, R-RK-05), and where each hồ sơ đảng viên is (R-CS-06). */
@ApplicationTest
@Transactional
class HoldsAndCustodyTest {

  @Autowired MemberRegistry registry;
  @Autowired MemberHolds holds;
  @Autowired DossierCustody custody;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private Member person(String record, String name, String org) {
    return registry.register(new NewPerson(record, name, "NU", d("1980-03-03"), null, org, MemberStatus.CHINH_THUC,
        d("2026-01-05")), null);
  }

  @Test
  void aHoldIsOpenFromItsDayUntilItIsConcludedAndOnlyOnceAtATime() {
    Member m = person("HC-0001", "Trần Thị Kiểm Tra", "cb-thon-dong");
    HoldPeriod inspection = holds.start(m.id(), Hold.KIEM_TRA, d("2026-03-02"), "Quyết định kiểm tra số 12-QĐ/UBKT");
    assertThat(holds.on(m.id(), d("2026-03-01"))).isEmpty();
    assertThat(holds.on(m.id(), d("2026-03-02"))).extracting(HoldPeriod::hold).containsExactly(Hold.KIEM_TRA);
    assertThatThrownBy(() -> holds.start(m.id(), Hold.KIEM_TRA, d("2026-04-01"), "Lần hai"))
        .isInstanceOf(RegistryException.class).hasMessageContaining("đang có “Đang bị kiểm tra” từ ngày 02/03/2026");
    assertThatThrownBy(() -> holds.start(m.id(), Hold.KHIEU_NAI, d("2026-04-01"), " "))
        .isInstanceOf(RegistryException.class).hasMessageContaining("Cần ghi căn cứ");
    assertThatThrownBy(() -> holds.start(m.id(), Hold.KY_LUAT, LocalDate.now().plusDays(3), "Tương lai"))
        .isInstanceOf(RegistryException.class).hasMessageContaining("không ở tương lai");
    assertThatThrownBy(() -> holds.end(m.id(), inspection.id(), d("2026-03-02"), "Kết luận"))
        .isInstanceOf(RegistryException.class).hasMessageContaining("phải sau ngày bắt đầu (02/03/2026)");

    HoldPeriod ended = holds.end(m.id(), inspection.id(), d("2026-05-04"), "Kết luận kiểm tra: không vi phạm");
    assertThat(ended.validUntil()).isEqualTo(d("2026-05-04"));
    assertThat(holds.on(m.id(), d("2026-05-03"))).hasSize(1);
    assertThat(holds.on(m.id(), d("2026-05-04"))).isEmpty();
    assertThatThrownBy(() -> holds.end(m.id(), inspection.id(), d("2026-06-01"), "Lại"))
        .isInstanceOf(RegistryException.class).hasMessageContaining("đã kết thúc ngày 04/05/2026");
    // concluded, the same kind may be opened again
    holds.start(m.id(), Hold.KIEM_TRA, d("2026-06-01"), "Quyết định kiểm tra số 20-QĐ/UBKT");
    assertThat(holds.holds(m.id())).hasSize(2);
  }

  @Test
  void theDossierIsWhereTheLastHandOverPutItAndTransitIsAskedBySubtree() {
    Member m = person("HC-0002", "Nguyễn Văn Mang Hồ Sơ", "cb-thon-dong");
    assertThat(custody.current(m.id())).isEmpty();
    custody.handOver(m.id(), new CustodyEvent.Handover(DossierHolder.ORG, "xa-an-phu", null, null, true,
        List.of("PHIEU_DANG_VIEN", "LY_LICH_DANG_VIEN"), d("2026-03-02"), "Niêm phong"), null);
    custody.handOver(m.id(), new CustodyEvent.Handover(DossierHolder.MEMBER, null, null, "cb-tri-su", true, List.of(),
        d("2026-03-05"), "Đảng viên nhận hồ sơ niêm phong"), null);
    CustodyEvent now = custody.current(m.id()).orElseThrow();
    assertThat(now.holder()).isEqualTo(DossierHolder.MEMBER);
    assertThat(now.destinationCode()).isEqualTo("cb-tri-su");
    assertThat(custody.history(m.id())).extracting(CustodyEvent::holder)
        .containsExactly(DossierHolder.ORG, DossierHolder.MEMBER);
    assertThat(custody.history(m.id()).get(0).items()).containsExactly("PHIEU_DANG_VIEN", "LY_LICH_DANG_VIEN");

    // in transit since 05/03: found with a cutoff on or after that day, by the sender's subtree and the receiver's
    assertThat(custody.inTransitSince(List.of(pathOf("cb-thon-dong")), d("2026-03-05")))
        .extracting(CustodyEvent::memberId).contains(m.id());
    assertThat(custody.inTransitSince(List.of(pathOf("cb-tri-su")), d("2026-03-05")))
        .extracting(CustodyEvent::memberId).contains(m.id());
    assertThat(custody.inTransitSince(List.of(pathOf("cb-thon-dong")), d("2026-03-04")))
        .extracting(CustodyEvent::memberId).doesNotContain(m.id());

    assertThatThrownBy(() -> custody.handOver(m.id(), new CustodyEvent.Handover(DossierHolder.ORG, "xa-an-phu", null,
        null, true, List.of(), d("2026-03-04"), "Lùi ngày"), null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("sớm hơn lần bàn giao trước (ngày 05/03/2026");
    assertThatThrownBy(() -> custody.handOver(m.id(), new CustodyEvent.Handover(DossierHolder.EXTERNAL, null, " ",
        null, true, List.of(), d("2026-03-06"), null), null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("ngoài hệ thống");

    // received: no longer in transit
    custody.handOver(m.id(), new CustodyEvent.Handover(DossierHolder.ORG, "dbcs-bao-tinh", null, null, true, List.of(),
        d("2026-03-10"), "Nhận hồ sơ"), null);
    assertThat(custody.inTransitSince(List.of(pathOf("cb-thon-dong")), d("2026-12-31")))
        .extracting(CustodyEvent::memberId).doesNotContain(m.id());
  }

  @Test
  void aCaseRecordsTheHandOversOfItsOwnMemberOnly() {
    Member mine = person("HC-0003", "Lê Văn Của Hồ Sơ", "cb-thon-dong");
    Member other = person("HC-0004", "Lê Văn Người Khác", "cb-thon-dong");
    registry.bindCase("case-hc-3", mine.id());
    custody.handOver(mine.id(), new CustodyEvent.Handover(DossierHolder.ORG, "xa-an-phu", null, null, true, List.of(),
        d("2026-03-02"), null), "case-hc-3");
    assertThatThrownBy(() -> custody.handOver(other.id(), new CustodyEvent.Handover(DossierHolder.ORG, "xa-an-phu",
        null, null, true, List.of(), d("2026-03-02"), null), "case-hc-3"))
        .isInstanceOf(CaseIdentityException.class);
  }

  @Autowired vn.nq21.workflow.organization.OrganizationService organizations;

  private String pathOf(String code) {
    return organizations.require(code).path();
  }
}

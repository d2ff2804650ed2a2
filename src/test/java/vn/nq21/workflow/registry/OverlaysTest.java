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

/**
 * Overlays on dates (§12.2) and the moves §12.3 forbids: what a member may carry on which status, periods that
 * may not overlap or go back in time, leaving ends them, and the roll of a date shows them. Each test works on its
 * own people and rolls back.
 */
@ApplicationTest
@Transactional
class OverlaysTest {

  @Autowired MemberRegistry registry;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private Member person(String record, String name, MemberStatus status, String since) {
    return registry.register(new NewPerson(record, name, "NAM", d("1950-03-03"), null, "cb-thon-dong", status,
        d(since)), null);
  }

  private static OverlayStart because(String reason) {
    return OverlayStart.because(reason);
  }

  @Test
  void anExemptionIsForMembersAndForADuBiMemberOnlyWithAJustification() {
    Member official = person("OV-0001", "Lê Văn Cao Tuổi", MemberStatus.CHINH_THUC, "1980-05-01");
    OverlayPeriod period = registry.startOverlay(official.id(), Overlay.MIEN_SH, d("2026-03-01"),
        because("Tuổi cao"), null);
    assertThat(period.open()).isTrue();
    assertThat(registry.overlaysOn(official.id(), d("2026-02-28"))).isEmpty();
    assertThat(registry.overlaysOn(official.id(), d("2026-03-01"))).containsExactly(Overlay.MIEN_SH);

    Member probationer = person("OV-0002", "Lê Văn Dự Bị", MemberStatus.DU_BI, "2026-01-05");
    assertThatThrownBy(() -> registry.startOverlay(probationer.id(), Overlay.MIEN_SH, d("2026-03-01"),
        because("Ốm dài ngày"), null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("cần ghi lý do").hasMessageContaining("R-MS-08");
    registry.startOverlay(probationer.id(), Overlay.MIEN_SH, d("2026-03-01"),
        new OverlayStart(null, null, d("2026-09-01"), "Ốm dài ngày", "Điều trị dài ngày ở tuyến trên"), null);
    assertThat(registry.overlaysOn(probationer.id(), d("2026-08-31"))).containsExactly(Overlay.MIEN_SH);
    assertThat(registry.overlaysOn(probationer.id(), d("2026-09-01"))).isEmpty();

    // DANG_GIAO_DUC is for official members only; nothing is for a candidate
    assertThatThrownBy(() -> registry.startOverlay(probationer.id(), Overlay.DANG_GIAO_DUC, d("2026-03-01"),
        because("Vi phạm"), null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("chỉ áp dụng cho “Đảng viên chính thức”");
    Member candidate = person("OV-0003", "Lê Văn Cảm Tình", MemberStatus.CAM_TINH_DANG, "2025-05-01");
    assertThatThrownBy(() -> registry.startOverlay(candidate.id(), Overlay.DINH_CHI, d("2026-03-01"),
        because("?"), null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("chỉ đảng viên");
    assertThat(registry.overlays(candidate.id())).isEmpty();
  }

  @Test
  void theStatusOnTheFirstDayDecidesNotTodays() {
    Member m = person("OV-0004", "Lê Thị Mới Chính Thức", MemberStatus.DU_BI, "2025-02-03");
    registry.changeStatus(m.id(), MemberStatus.CHINH_THUC, d("2026-02-03"), "Công nhận", null);
    // official today, but dự bị on 2026-01-10: the list for education is for official members
    assertThatThrownBy(() -> registry.startOverlay(m.id(), Overlay.DANG_GIAO_DUC, d("2026-01-10"),
        because("Vi phạm tư cách"), null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("Đảng viên dự bị");
    registry.startOverlay(m.id(), Overlay.DANG_GIAO_DUC, d("2026-02-10"), because("Vi phạm tư cách"), null);
  }

  @Test
  void periodsOfOneOverlayNeitherOverlapNorGoBackNorEndBeforeTheyBegin() {
    Member m = person("OV-0005", "Lê Văn Chồng Lấn", MemberStatus.CHINH_THUC, "2000-05-01");
    OverlayPeriod first = registry.startOverlay(m.id(), Overlay.DINH_CHI, d("2026-01-10"), because("Kỷ luật"), null);
    assertThatThrownBy(() -> registry.startOverlay(m.id(), Overlay.DINH_CHI, d("2026-02-01"), because("Lần hai"),
        null)).isInstanceOf(RegistryException.class).hasMessageContaining("đang có");
    assertThatThrownBy(() -> registry.endOverlay(m.id(), first.id(), d("2026-01-09"), "Hết", null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("không được trước ngày bắt đầu");
    registry.endOverlay(m.id(), first.id(), d("2026-03-01"), "Hết thời hạn", null);
    assertThatThrownBy(() -> registry.endOverlay(m.id(), first.id(), d("2026-04-01"), "Lại", null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("đã kết thúc");
    // a later period may start once the first has ended; one dated back into the first may not
    assertThatThrownBy(() -> registry.startOverlay(m.id(), Overlay.DINH_CHI, d("2026-02-15"), because("Lùi"), null))
        .isInstanceOf(RegistryException.class);
    assertThatThrownBy(() -> registry.startOverlay(m.id(), Overlay.DINH_CHI, d("2025-12-01"), because("Trước"), null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("phải bắt đầu sau");
    assertThatThrownBy(() -> registry.startOverlay(m.id(), Overlay.MIEN_SH, d("2026-05-01"),
        new OverlayStart(null, null, d("2026-04-01"), "Ngược", null), null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("không sau ngày bắt đầu");
    registry.startOverlay(m.id(), Overlay.DINH_CHI, d("2026-03-01"), because("Lần hai"), null);
    assertThat(registry.overlays(m.id())).hasSize(2);
  }

  @Test
  void aStayOrATransferSaysWhereAndNotTheMembersOwnChiBo() {
    Member m = person("OV-0006", "Lê Văn Đi Xa", MemberStatus.CHINH_THUC, "2000-05-01");
    assertThatThrownBy(() -> registry.startOverlay(m.id(), Overlay.SH_TAM_THOI, d("2026-01-10"), because("Học"),
        null)).isInstanceOf(RegistryException.class).hasMessageContaining("Cần ghi nơi");
    assertThatThrownBy(() -> registry.startOverlay(m.id(), Overlay.DANG_CHUYEN, d("2026-01-10"),
        new OverlayStart("cb-thon-dong", null, null, "Chuyển", null), null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("trùng tổ chức");
    registry.startOverlay(m.id(), Overlay.SH_TAM_THOI, d("2026-01-10"),
        new OverlayStart(null, "Học viện Chính trị khu vực I, Hà Nội", null, "Đi học dài hạn", null), null);
  }

  @Test
  void leavingEndsEveryOverlayAndAMoveEndsTheTransfer() {
    Member m = person("OV-0007", "Lê Văn Từ Trần", MemberStatus.CHINH_THUC, "1970-05-01");
    registry.startOverlay(m.id(), Overlay.MIEN_SH, d("2025-06-01"), because("Tuổi cao"), null);
    registry.changeStatus(m.id(), MemberStatus.TU_TRAN, d("2026-02-14"), "Từ trần", null);
    assertThat(registry.overlays(m.id())).singleElement().extracting(OverlayPeriod::validUntil)
        .isEqualTo(d("2026-02-14"));

    Member moving = person("OV-0008", "Lê Văn Chuyển Đi", MemberStatus.CHINH_THUC, "2000-05-01");
    registry.startOverlay(moving.id(), Overlay.DANG_CHUYEN, d("2026-03-02"),
        new OverlayStart("cb-thon-tay", null, null, "Chuyển sinh hoạt chính thức", null), null);
    // in transit the sender counts the member (R-CS-11)
    assertThat(registry.rollOn("cb-thon-dong", d("2026-03-05")).official()).extracting(Roll.Entry::memberId)
        .contains(moving.id());
    registry.moveTo(moving.id(), "cb-thon-tay", d("2026-03-20"), "Chi bộ mới đã tiếp nhận", null);
    assertThat(registry.overlays(moving.id())).singleElement().extracting(OverlayPeriod::validUntil)
        .isEqualTo(d("2026-03-20"));
    assertThat(registry.overlaysOn(moving.id(), d("2026-03-20"))).isEmpty();
  }

  @Test
  void theRollOfADayShowsWhoWasAwaySuspendedOrExemptedAndWhoWasAttached() {
    Member away = person("OV-0009", "Lê Văn Tạm Vắng", MemberStatus.CHINH_THUC, "2000-05-01");
    Member exempt = person("OV-0010", "Lê Văn Miễn", MemberStatus.CHINH_THUC, "1975-05-01");
    Member suspended = person("OV-0011", "Lê Văn Đình Chỉ", MemberStatus.CHINH_THUC, "2000-05-01");
    registry.startOverlay(away.id(), Overlay.SH_TAM_THOI, d("2026-01-10"),
        new OverlayStart("cb-thon-tay", null, d("2026-07-10"), "Làm việc có thời hạn", null), null);
    registry.startOverlay(exempt.id(), Overlay.MIEN_SH, d("2026-02-01"), because("Tuổi cao"), null);
    registry.startOverlay(suspended.id(), Overlay.DINH_CHI, d("2026-02-01"), because("Bị tạm giam"), null);

    Roll before = registry.rollOn("cb-thon-dong", d("2026-01-09"));
    Roll during = registry.rollOn("cb-thon-dong", d("2026-03-01"));
    List<Long> ours = List.of(away.id(), exempt.id(), suspended.id());
    assertThat(before.official()).extracting(Roll.Entry::memberId).containsAll(ours);
    assertThat(before.temporarilyElsewhere()).extracting(Roll.Entry::memberId).doesNotContain(away.id());
    // still on the roll (đảng số unchanged), each counted once among the exclusions the registry knows
    assertThat(during.official()).extracting(Roll.Entry::memberId).containsAll(ours);
    assertThat(during.temporarilyElsewhere()).extracting(Roll.Entry::memberId).contains(away.id());
    assertThat(during.exempted()).extracting(Roll.Entry::memberId).contains(exempt.id());
    assertThat(during.suspended()).extracting(Roll.Entry::memberId).contains(suspended.id());
    // the temporary chi bộ lists the member as attached, never on its own roll
    Roll there = registry.rollOn("cb-thon-tay", d("2026-03-01"));
    assertThat(there.attached()).extracting(Roll.Entry::memberId).contains(away.id());
    assertThat(there.official()).extracting(Roll.Entry::memberId).doesNotContain(away.id());
    assertThat(registry.rollOn("cb-thon-tay", d("2026-07-10")).attached()).extracting(Roll.Entry::memberId)
        .doesNotContain(away.id());
  }

  @Test
  void aMemberExemptedThenTransferredThenBackIsOnOneRollEachDay() {
    RollScenarios.exemptedThenTransferredThenBack(registry, "OV-0015");
  }

  @Test
  void aRemovalNeedsItsReasonCodeAndAReturnIsOnlyToTheStatusBefore() {
    Member m = person("OV-0012", "Lê Văn Xóa Tên", MemberStatus.CHINH_THUC, "2000-05-01");
    assertThatThrownBy(() -> registry.changeStatus(m.id(), MemberStatus.XOA_TEN, d("2026-03-01"), "Xóa tên", null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("Cần mã lý do");
    assertThatThrownBy(() -> registry.changeStatus(m.id(), MemberStatus.XOA_TEN, d("2026-03-01"),
        ReasonCode.KHAI_TRU, "Sai mã", null)).isInstanceOf(RegistryException.class);
    registry.changeStatus(m.id(), MemberStatus.XOA_TEN, d("2026-03-01"), ReasonCode.XIN_RA, "Đơn xin ra", null);
    assertThat(registry.lastRemoval(m.id())).get().extracting(StatusChange::reasonCode).isEqualTo(ReasonCode.XIN_RA);
    assertThat(registry.removalsWith(ReasonCode.XIN_RA)).extracting(StatusChange::memberId).contains(m.id());
    // XOA_TEN → DU_BI would be the forbidden CHINH_THUC → DU_BI in two moves
    assertThatThrownBy(() -> registry.changeStatus(m.id(), MemberStatus.DU_BI, d("2026-05-01"), "Khiếu nại", null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("chỉ được trở lại");
    registry.changeStatus(m.id(), MemberStatus.CHINH_THUC, d("2026-05-01"), "Khiếu nại được chấp nhận", null);
  }

  @Test
  void aReasonCodeFitsTheStatusItStartsFrom() {
    Member probationer = person("OV-0016", "Lê Văn Dự Bị Nợ Phí", MemberStatus.DU_BI, "2025-05-01");
    assertThatThrownBy(() -> registry.changeStatus(probationer.id(), MemberStatus.XOA_TEN, d("2026-03-01"),
        ReasonCode.KHONG_DONG_DANG_PHI, "Xóa tên", null))
        .isInstanceOf(RegistryException.class).hasMessageContaining("không áp dụng");
    Member official = person("OV-0017", "Lê Văn Chính Thức", MemberStatus.CHINH_THUC, "2000-05-01");
    assertThatThrownBy(() -> registry.changeStatus(official.id(), MemberStatus.XOA_TEN, d("2026-03-01"),
        ReasonCode.DU_BI_KHONG_DU_TU_CACH, "Xóa tên", null)).isInstanceOf(RegistryException.class);
    registry.changeStatus(probationer.id(), MemberStatus.XOA_TEN, d("2026-03-01"), ReasonCode.DU_BI_KHONG_DU_TU_CACH,
        "Không đủ tư cách", null);
  }

  @Test
  void leavingAlsoEndsAPeriodThatWasToEndLaterAndMovingEndsAStayAtTheNewPlace() {
    Member m = person("OV-0018", "Lê Văn Có Hạn", MemberStatus.CHINH_THUC, "2000-05-01");
    registry.startOverlay(m.id(), Overlay.MIEN_SH, d("2026-01-01"), new OverlayStart(null, null, d("2026-12-01"),
        "Điều trị", null), null);
    registry.changeStatus(m.id(), MemberStatus.TU_TRAN, d("2026-05-10"), "Từ trần", null);
    assertThat(registry.overlays(m.id())).singleElement().extracting(OverlayPeriod::validUntil)
        .isEqualTo(d("2026-05-10"));

    Member visiting = person("OV-0019", "Lê Văn Tạm Trú", MemberStatus.CHINH_THUC, "2000-05-01");
    registry.startOverlay(visiting.id(), Overlay.SH_TAM_THOI, d("2026-01-10"),
        new OverlayStart("cb-thon-tay", null, null, "Làm việc có thời hạn", null), null);
    registry.moveTo(visiting.id(), "cb-thon-tay", d("2026-04-01"), "Chuyển sinh hoạt chính thức", null);
    assertThat(registry.rollOn("cb-thon-tay", d("2026-04-01")).attached()).extracting(Roll.Entry::memberId)
        .doesNotContain(visiting.id());
    assertThat(registry.rollOn("cb-thon-tay", d("2026-04-01")).temporarilyElsewhere()).isEmpty();
  }

  @Test
  void aCaseWritesOverlaysOfItsOwnPersonOnly() {
    Member m = person("OV-0013", "Lê Văn Của Hồ Sơ", MemberStatus.CHINH_THUC, "2000-05-01");
    Member other = person("OV-0014", "Lê Văn Người Khác", MemberStatus.CHINH_THUC, "2000-05-01");
    registry.bindCase("case-ov-0013", m.id());
    registry.startOverlay(m.id(), Overlay.MIEN_SH, d("2026-03-01"), because("Tuổi cao"), "case-ov-0013");
    assertThatThrownBy(() -> registry.startOverlay(other.id(), Overlay.MIEN_SH, d("2026-03-01"),
        because("Tuổi cao"), "case-ov-0013")).isInstanceOf(CaseIdentityException.class);
    assertThat(registry.overlays(other.id())).isEmpty();
  }

  /** A period ended on the day it began never held (a transfer stopped on the day of its introduction, P9). */
  @Test
  void aPeriodEndedOnTheDayItBeganIsRemoved() {
    Member m = person("OV-0009", "Lê Văn Cùng Ngày", MemberStatus.CHINH_THUC, "2000-05-01");
    OverlayPeriod moving = registry.startOverlay(m.id(), Overlay.DANG_CHUYEN, d("2026-03-02"),
        new OverlayStart(null, "Tỉnh khác", null, "Chuyển công tác", null), null);
    assertThat(registry.endOverlay(m.id(), moving.id(), d("2026-03-02"), "Dừng trong ngày", null)).isNull();
    assertThat(registry.overlays(m.id())).isEmpty();
    assertThat(registry.overlaysOn(m.id(), d("2026-03-02"))).isEmpty();
  }
}

package vn.nq21.workflow.removal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.ledgers.LedgerKind;
import vn.nq21.workflow.ledgers.Ledgers;
import vn.nq21.workflow.ledgers.SheetReader;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.Overlay;
import vn.nq21.workflow.registry.OverlayStart;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * Each ground of R-RK-01 at its boundary, proven from the records or refused with what fell short (table
 * can-cu-xoa-ten, the ledgers' counts over the calendar-year window of the default configuration).
 */
@ApplicationTest
@Transactional
class RemovalGroundsTest {

  @Autowired RemovalGrounds grounds;
  @Autowired Ledgers ledgers;
  @Autowired MemberRegistry registry;
  Member m;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @BeforeEach
  void member() {
    m = registry.register(new NewPerson("RG-0001", "Đinh Văn Xét Căn Cứ", "NAM", d("1970-01-01"), null,
        "cb-thon-dong", MemberStatus.CHINH_THUC, d("2020-01-01")), null); // rolled back with the test
  }

  private void load(LedgerKind kind, String csv) {
    ledgers.importRows("cb-thon-dong", kind, SheetReader.read("so.csv", csv.getBytes(StandardCharsets.UTF_8)));
  }

  /** Đảng phí of 2026 from January to {@code last}, paid on the 5th except the months listed. */
  private void dues(int last, int... unpaid) {
    StringBuilder csv = new StringBuilder("so_ly_lich,thang,ngay_nop\n");
    for (int month = 1; month <= last; month++) {
      int current = month;
      boolean missed = java.util.Arrays.stream(unpaid).anyMatch(u -> u == current);
      csv.append("RG-0001,").append(String.format("%02d/2026", month)).append(',')
          .append(missed ? "" : String.format("05/%02d/2026", month)).append('\n');
    }
    load(LedgerKind.DANG_PHI, csv.toString());
  }

  @Test
  void threeUnpaidMonthsInTheYearProveGroundAConsecutiveOrNotAndTwoDoNot() {
    dues(11, 2, 6, 9);
    RemovalGrounds.Finding three = grounds.check(m.id(), "KHONG_DONG_DANG_PHI", d("2026-12-01"), null, null);
    assertThat(three.proven()).isTrue();
    assertThat(three.reasonCode()).isEqualTo("KHONG_DONG_DANG_PHI");
    assertThat(three.evidence()).contains("3 tháng không đóng đảng phí (02/2026, 06/2026, 09/2026)");

    // September excused by the chi bộ: two left, refused with the counts
    load(LedgerKind.DANG_PHI, "so_ly_lich,thang,trang_thai,ghi_chu\nRG-0001,09/2026,CO_LY_DO,Ốm nằm viện\n");
    RemovalGrounds.Finding two = grounds.check(m.id(), "KHONG_DONG_DANG_PHI", d("2026-12-01"), null, null);
    assertThat(two.proven()).isFalse();
    assertThat(two.refusal()).contains("sổ ghi 2 tháng không đóng đảng phí (02/2026, 06/2026)")
        .contains("không tính 1 tháng").contains("cần ít nhất 3 tháng");
  }

  @Test
  void monthsRelievedOfDuesAreNotCounted() {
    dues(11, 3, 4, 5);
    load(LedgerKind.MIEN_GIAM_DANG_PHI, "so_ly_lich,loai,ty_le,tu_thang,den_thang,quyet_dinh\n"
        + "RG-0001,MIEN,,05/2026,05/2026,QĐ 9-QĐ/ĐU\n");
    RemovalGrounds.Finding finding = grounds.check(m.id(), "KHONG_DONG_DANG_PHI", d("2026-12-01"), null, null);
    assertThat(finding.proven()).isFalse();
    assertThat(finding.evidence()).contains("2 tháng không đóng");
  }

  @Test
  void twelveMonthsOfEducationProveGroundCElevenDoNot() {
    registry.startOverlay(m.id(), Overlay.DANG_GIAO_DUC, d("2026-01-15"), OverlayStart.because("Vi phạm tư cách"),
        null);
    RemovalGrounds.Finding eleven = grounds.check(m.id(), "GIAM_SUT_Y_CHI", d("2027-01-14"), null, null);
    assertThat(eleven.proven()).isFalse();
    assertThat(eleven.refusal()).contains("11 tháng").contains("đủ 12 tháng");
    assertThat(grounds.check(m.id(), "GIAM_SUT_Y_CHI", d("2027-01-15"), null, null).proven()).isTrue();
    RemovalGrounds.Finding never = grounds.check(m.id(), "GIAM_SUT_Y_CHI", d("2026-01-14"), null, null);
    assertThat(never.evidence()).contains("không ở trong danh sách cần giáo dục");
  }

  @Test
  void twoConsecutiveWeakYearsNeedTheViolationRecordedOneYearNeverDoes() {
    load(LedgerKind.XEP_LOAI, "nam,so_ly_lich,xep_loai\n2024,RG-0001,HTNV\n2025,RG-0001,KHTNV\n");
    assertThat(grounds.check(m.id(), "VI_PHAM_TU_CACH_2_NAM", d("2026-06-01"), null, "Vi phạm quy định").proven())
        .isFalse();
    load(LedgerKind.XEP_LOAI, "nam,so_ly_lich,xep_loai\n2024,RG-0001,KHTNV\n");
    RemovalGrounds.Finding noBasis = grounds.check(m.id(), "VI_PHAM_TU_CACH_2_NAM", d("2026-06-01"), null, null);
    assertThat(noBasis.proven()).isFalse();
    assertThat(noBasis.refusal()).contains("2025 Không hoàn thành nhiệm vụ, 2024 Không hoàn thành nhiệm vụ")
        .contains("chưa ghi căn cứ vi phạm");
    RemovalGrounds.Finding proven = grounds.check(m.id(), "VI_PHAM_TU_CACH_2_NAM", d("2026-06-01"), null,
        "Biên bản kiểm điểm năm 2024 và 2025: không chấp hành nghị quyết của chi bộ");
    assertThat(proven.proven()).isTrue();
    assertThat(proven.reasonCode()).isEqualTo("VI_PHAM_TU_CACH_2_NAM");
  }

  @Test
  void theCardGroundNeedsTheDayOfTheActAndThePoliticalOneItsBasis() {
    assertThat(grounds.check(m.id(), "TU_Y_TRA_HUY_THE", d("2026-06-01"), null, null).refusal())
        .contains("chưa ghi ngày trả, hủy thẻ");
    RemovalGrounds.Finding card = grounds.check(m.id(), "TU_Y_TRA_HUY_THE", d("2026-06-01"), d("2026-05-20"), null);
    assertThat(card.proven()).isTrue();
    assertThat(card.reasonCode()).isEqualTo("TU_Y_TRA_HUY_THE");
    assertThat(grounds.check(m.id(), "KHONG_DAM_BAO_TCCT", d("2026-06-01"), null, " ").proven()).isFalse();
    assertThat(grounds.check(m.id(), "KHONG_DAM_BAO_TCCT", d("2026-06-01"), null, "Kết luận thẩm tra số 5").proven())
        .isTrue();
    assertThat(grounds.check(m.id(), "BAN_CONG_TAC", d("2026-06-01"), null, null).proven()).isFalse();
  }

  @Test
  void threeMissedMeetingsProveAbandoningActivity() {
    load(LedgerKind.SINH_HOAT, """
        ngay_hop,so_ly_lich,tham_du,ly_do
        10/02/2026,RG-0001,VANG_KHONG_LY_DO,
        10/04/2026,RG-0001,VANG_KHONG_LY_DO,
        10/07/2026,RG-0001,VANG_KHONG_LY_DO,
        """);
    RemovalGrounds.Finding finding = grounds.check(m.id(), "BO_SINH_HOAT", d("2026-12-01"), null, null);
    assertThat(finding.proven()).as(finding.evidence()).isTrue();
    assertThat(finding.reasonCode()).isEqualTo("BO_SINH_HOAT");
  }
}

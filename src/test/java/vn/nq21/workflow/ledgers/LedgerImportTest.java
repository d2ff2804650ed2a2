package vn.nq21.workflow.ledgers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.ledgers.Ledgers.ImportResult;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.Overlay;
import vn.nq21.workflow.registry.OverlayStart;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * Bringing in the books clerks keep: a good sheet is written, a sheet with bad lines is refused whole with every
 * bad line named, the same sheet twice changes nothing, and an Excel sheet reads as its CSV twin.
 */
@ApplicationTest
@Transactional
class LedgerImportTest {

  @Autowired Ledgers ledgers;
  @Autowired MemberRegistry registry;
  @Autowired JdbcClient jdbc;

  Member an;
  Member binh;

  @BeforeEach
  void members() {
    an = registry.register(new NewPerson("LG-0001", "Phạm Văn An", "NAM", LocalDate.of(1970, 1, 1), null,
        "cb-thon-dong", MemberStatus.CHINH_THUC, LocalDate.of(2000, 5, 1)), null);
    binh = registry.register(new NewPerson("LG-0002", "Phạm Thị Bình", "NU", LocalDate.of(1990, 1, 1), null,
        "cb-thon-dong", MemberStatus.DU_BI, LocalDate.of(2026, 3, 2)), null);
    registry.register(new NewPerson("LG-0003", "Phạm Văn Tây", "NAM", LocalDate.of(1980, 1, 1), null,
        "cb-thon-tay", MemberStatus.CHINH_THUC, LocalDate.of(2005, 5, 1)), null);
  }

  private static List<SheetReader.SheetRow> csv(String text) {
    return SheetReader.read("dang-phi.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private long rows(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  static final String DUES = """
      Số lý lịch;Tháng;Số tiền;Ngày nộp;Trạng thái;Ghi chú
      LG-0001;01/2026;50.000;20/01/2026;;
      LG-0001;02/2026;50.000;10/03/2026;;nộp muộn
      LG-0001;03/2026;;;Chưa nộp;
      LG-0001;04/2026;;;Có lý do;ốm nằm viện, chi bộ chấp nhận
      LG-0002;04/2026;30.000;15/04/2026;;
      """;

  @Test
  void aGoodSheetIsWrittenAndTheSameSheetTwiceChangesNothing() {
    ImportResult first = ledgers.importRows("cb-thon-dong", LedgerKind.DANG_PHI, csv(DUES));
    assertThat(first.added()).isEqualTo(5);
    assertThat(ledgers.dues(an.id(), 2026)).extracting(Records.Dues::status).containsExactly(DuesStatus.DA_NOP,
        DuesStatus.DA_NOP, DuesStatus.CHUA_NOP, DuesStatus.CO_LY_DO);
    assertThat(ledgers.dues(an.id(), 2026).get(0).amount()).isEqualTo(50_000L);
    long before = rows("nq21_dues");

    ImportResult again = ledgers.importRows("cb-thon-dong", LedgerKind.DANG_PHI, csv(DUES));
    assertThat(again.added()).isZero();
    assertThat(again.changed()).isZero();
    assertThat(again.unchanged()).isEqualTo(5);
    assertThat(rows("nq21_dues")).isEqualTo(before);

    // a corrected line corrects the month it names, nothing else
    ImportResult corrected = ledgers.importRows("cb-thon-dong", LedgerKind.DANG_PHI,
        csv("so_ly_lich,thang,so_tien,ngay_nop\nLG-0001,03/2026,50000,31/03/2026\n"));
    assertThat(corrected.changed()).isEqualTo(1);
    assertThat(ledgers.dues(an.id(), 2026).get(2).status()).isEqualTo(DuesStatus.DA_NOP);
  }

  @Test
  void aSheetWithBadLinesIsRefusedWholeWithEveryBadLineNamed() {
    long before = rows("nq21_dues");
    String sheet = """
        so_ly_lich,thang,so_tien,ngay_nop
        LG-0001,01/2026,50000,20/01/2026
        LG-9999,01/2026,50000,20/01/2026
        LG-0003,01/2026,50000,20/01/2026
        LG-0001,%s,50000,
        LG-0001,01/2026,50000,21/01/2026
        LG-0001,05/2026,năm mươi nghìn,20/05/2026
        LG-0002,01/2026,30000,20/01/2026
        """.formatted(YearMonth.now().plusMonths(2).format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")));
    assertThatThrownBy(() -> ledgers.importRows("cb-thon-dong", LedgerKind.DANG_PHI, csv(sheet)))
        .isInstanceOfSatisfying(LedgerImportException.class, e -> assertThat(e.problems()).satisfiesExactly(
            p -> assertThat(p).startsWith("Dòng 3: ").contains("không có số lý lịch LG-9999"),
            p -> assertThat(p).startsWith("Dòng 4: ").contains("không sinh hoạt ở"),
            p -> assertThat(p).startsWith("Dòng 5: ").contains("chưa đến"),
            p -> assertThat(p).startsWith("Dòng 6: ").contains("trùng tháng 01/2026"),
            p -> assertThat(p).startsWith("Dòng 7: ").contains("không phải một số tiền"),
            p -> assertThat(p).startsWith("Dòng 8: ").contains("chưa là hoặc không còn là đảng viên")));
    assertThat(rows("nq21_dues")).isEqualTo(before);
  }

  @Test
  void anExcelSheetReadsAsItsCsvTwinWithDatesTypedAsDates() throws Exception {
    byte[] xlsx;
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Sổ sinh hoạt");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row header = sheet.createRow(0);
      String[] columns = {"Ngày họp", "Số lý lịch", "Tham dự", "Lý do"};
      for (int i = 0; i < columns.length; i++) {
        header.createCell(i).setCellValue(columns[i]);
      }
      Object[][] lines = {{LocalDate.of(2026, 1, 5), "LG-0001", "Có mặt", null},
          {LocalDate.of(2026, 2, 5), "LG-0001", "VANG_KHONG_LY_DO", null},
          {LocalDate.of(2026, 3, 5), "LG-0001", "Vắng có lý do được chi ủy chấp nhận", "Đi công tác"}};
      for (int r = 0; r < lines.length; r++) {
        Row row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue((LocalDate) lines[r][0]);
        row.getCell(0).setCellStyle(date);
        row.createCell(1).setCellValue((String) lines[r][1]);
        row.createCell(2).setCellValue((String) lines[r][2]);
        if (lines[r][3] != null) {
          row.createCell(3).setCellValue((String) lines[r][3]);
        }
      }
      book.write(out);
      xlsx = out.toByteArray();
    }
    ImportResult result = ledgers.importRows("cb-thon-dong", LedgerKind.SINH_HOAT,
        SheetReader.read("so-sinh-hoat.xlsx", xlsx));
    assertThat(result.added()).isEqualTo(3);
    assertThat(ledgers.attendance(an.id(), 2026)).extracting(Records.MeetingAttendance::attendance)
        .containsExactly(Attendance.CO_MAT, Attendance.VANG_KHONG_LY_DO, Attendance.VANG_CO_LY_DO);
    // the CSV twin of the same lines changes nothing
    ImportResult twin = ledgers.importRows("cb-thon-dong", LedgerKind.SINH_HOAT, SheetReader.read("so.csv", """
        ngay_hop,so_ly_lich,tham_du,ly_do
        05/01/2026,LG-0001,CO_MAT,
        2026-02-05,LG-0001,vang khong ly do,
        05/03/2026,LG-0001,VANG_CO_LY_DO,Đi công tác
        """.getBytes(StandardCharsets.UTF_8)));
    assertThat(twin.unchanged()).isEqualTo(3);
  }

  @Test
  void ratingsAndReliefsFollowTheirRules() {
    registry.startOverlay(an.id(), Overlay.MIEN_SH, LocalDate.of(2025, 6, 1), OverlayStart.because("Tuổi cao"), null);
    assertThatThrownBy(() -> ledgers.importRows("cb-thon-dong", LedgerKind.XEP_LOAI, csv("""
        nam,so_ly_lich,xep_loai,ly_do_khong_xep_loai
        2025,LG-0001,HTTNV,
        2026,LG-0002,,
        """)))
        .isInstanceOfSatisfying(LedgerImportException.class, e -> assertThat(e.problems()).satisfiesExactly(
            p -> assertThat(p).startsWith("Dòng 2: ").contains("R-DG-03"),
            p -> assertThat(p).startsWith("Dòng 3: ").contains("một trong hai")));
    ledgers.importRows("cb-thon-dong", LedgerKind.XEP_LOAI, csv("""
        nam,so_ly_lich,xep_loai,ly_do_khong_xep_loai
        2025,LG-0001,,Được miễn sinh hoạt đảng
        """));
    assertThat(ledgers.ratings(an.id())).singleElement().extracting(Records.Rating::notRatedReason)
        .isEqualTo("Được miễn sinh hoạt đảng");

    assertThatThrownBy(() -> ledgers.importRows("cb-thon-dong", LedgerKind.MIEN_GIAM_DANG_PHI, csv("""
        so_ly_lich,loai,ty_le,tu_thang,den_thang
        LG-0001,GIAM,40,01/2026,06/2026
        LG-0001,GIAM,50,07/2026,09/2027
        """))).isInstanceOfSatisfying(LedgerImportException.class, e -> assertThat(e.problems()).satisfiesExactly(
            p -> assertThat(p).startsWith("Dòng 2: ").contains("30, 50 hoặc 70"),
            p -> assertThat(p).startsWith("Dòng 3: ").contains("tối đa 12 tháng (R-DP-03): 07/2026–09/2027")));
  }

  @Test
  void aDecimalAmountAndOverlappingReliefsInOneFileAreRefused() {
    assertThatThrownBy(() -> ledgers.importRows("cb-thon-dong", LedgerKind.DANG_PHI, csv("""
        so_ly_lich,thang,so_tien,ngay_nop
        LG-0001,01/2026,"50000,5",20/01/2026
        LG-0001,02/2026,"1.250.000",20/02/2026
        """))).isInstanceOfSatisfying(LedgerImportException.class, e -> assertThat(e.problems()).singleElement()
            .asString().startsWith("Dòng 2: ").contains("không phải một số tiền"));
    assertThatThrownBy(() -> ledgers.importRows("cb-thon-dong", LedgerKind.MIEN_GIAM_DANG_PHI, csv("""
        so_ly_lich,loai,ty_le,tu_thang,den_thang

        LG-0001,MIEN,,01/2026,
        LG-0001,GIAM,50,03/2026,06/2026
        """))).isInstanceOfSatisfying(LedgerImportException.class, e -> assertThat(e.problems()).singleElement()
            .asString().startsWith("Dòng 4: ").contains("trùng thời gian"));
  }

  @Test
  void aFileWithoutTheColumnsSaysWhichAreNeeded() {
    assertThatThrownBy(() -> ledgers.importRows("cb-thon-dong", LedgerKind.DANG_PHI, csv("ho_ten,tien\nA,1\n")))
        .isInstanceOfSatisfying(LedgerImportException.class, e -> assertThat(e.problems()).singleElement()
            .asString().contains("thiếu cột “Số lý lịch”, “Tháng”"));
  }
}

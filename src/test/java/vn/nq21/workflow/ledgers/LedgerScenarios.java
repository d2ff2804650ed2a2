package vn.nq21.workflow.ledgers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;

/** Ledger stories told the same way on H2 and on PostgreSQL. */
public final class LedgerScenarios {

  private LedgerScenarios() {}

  /**
   * A member of cb-thon-dong leaves three months of 2025 unpaid (one paid late, one under a reduction that does not
   * count): the per-member count and the commune's year-end sweep agree.
   */
  public static void unpaidMonthsCountedAlikeOneByOneAndForTheCommune(Ledgers ledgers, LedgerCounts counts,
      MemberRegistry registry, String recordNumber) {
    Member m = registry.register(new NewPerson(recordNumber, "Trần Văn Nợ Phí", "NAM", LocalDate.of(1970, 1, 1), null,
        "cb-thon-dong", MemberStatus.CHINH_THUC, LocalDate.of(2024, 1, 1)), null);
    StringBuilder sheet = new StringBuilder("so_ly_lich,thang,ngay_nop\n");
    for (int month = 1; month <= 12; month++) {
      String paid = switch (month) {
        case 2, 7, 11 -> "";
        case 4 -> "03/05/2025"; // April paid in May: counted
        default -> "10/" + String.format("%02d", month) + "/2025";
      };
      sheet.append(recordNumber).append(",").append(String.format("%02d/2025", month)).append(",").append(paid)
          .append("\n");
    }
    ledgers.importRows("cb-thon-dong", LedgerKind.DANG_PHI,
        SheetReader.read("dang-phi.csv", sheet.toString().getBytes(StandardCharsets.UTF_8)));
    ledgers.importRows("cb-thon-dong", LedgerKind.MIEN_GIAM_DANG_PHI, SheetReader.read("mien-giam.csv",
        (String.join(",", "so_ly_lich", "loai", "ty_le", "tu_thang", "den_thang") + "\n" + recordNumber
            + ",GIAM,50,11/2025,04/2026\n").getBytes(StandardCharsets.UTF_8)));

    MonthCount one = counts.unpaidMonths(m.id(), LocalDate.of(2026, 1, 1));
    assertThat(one.counted()).containsExactly(YearMonth.of(2025, 2), YearMonth.of(2025, 4), YearMonth.of(2025, 7));
    assertThat(counts.unpaidMonthsAtLeast("xa-an-phu", LocalDate.of(2026, 1, 1), 3)).containsEntry(m.id(), 3);
  }
}

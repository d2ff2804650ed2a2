package vn.nq21.workflow.ledgers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.casework.CaseMessages;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.Overlay;
import vn.nq21.workflow.registry.OverlayStart;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * U9 (R-CS-T03): where a member on a temporary transfer pays đảng phí is a setting. By default the official chi bộ
 * keeps it and the temporary chi bộ's lines are refused with the setting's name; set to TEMPORARY, the temporary chi
 * bộ records the months of the stay.
 */
@ApplicationTest
@Transactional
class TemporaryDuesTest {

  @Autowired Ledgers ledgers;
  @Autowired LedgerRepository repository;
  @Autowired MemberRegistry registry;
  @Autowired OrganizationService organizations;
  @Autowired IdentityService identityService;
  @Autowired CaseMessages messages;

  private static java.util.List<SheetReader.SheetRow> sheet(String text) {
    return SheetReader.read("dang-phi.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theTemporaryChiBoRecordsTheDuesOfItsGuestOnlyWhenTheSettingSaysSo() {
    Member m = registry.register(new NewPerson("TD-0001", "Vũ Thị Tạm Trú", "NU", LocalDate.of(1990, 1, 1), null,
        "cb-thoi-su", MemberStatus.CHINH_THUC, LocalDate.of(2026, 1, 5)), null);
    registry.startOverlay(m.id(), Overlay.SH_TAM_THOI, LocalDate.of(2026, 3, 1), new OverlayStart("cb-thon-tay", null,
        LocalDate.of(2026, 9, 1), "Làm việc ở xã An Phú", null), null);
    String march = "so_ly_lich,thang,ngay_nop\nTD-0001,03/2026,05/03/2026\n";

    assertThatThrownBy(() -> ledgers.importRows("cb-thon-tay", LedgerKind.DANG_PHI, sheet(march)))
        .isInstanceOf(LedgerImportException.class)
        .hasMessageContaining("sinh hoạt tạm thời ở Chi bộ thôn Tây tháng 03/2026")
        .hasMessageContaining("nq21.ledgers.temporary-pays-at");
    // the official chi bộ records it
    ledgers.importRows("cb-thoi-su", LedgerKind.DANG_PHI, sheet(march));

    Ledgers temporaryPays = new Ledgers(repository, registry, organizations, identityService,
        new LedgerSettings(LedgerSettings.Window.CALENDAR_YEAR, LedgerSettings.DuesPlace.TEMPORARY), messages);
    temporaryPays.importRows("cb-thon-tay", LedgerKind.DANG_PHI,
        sheet("so_ly_lich,thang,ngay_nop\nTD-0001,04/2026,06/04/2026\n"));
    assertThat(ledgers.dues(m.id(), 2026)).extracting(d -> d.month())
        .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    // before the stay, the temporary chi bộ has nothing to record
    assertThatThrownBy(() -> temporaryPays.importRows("cb-thon-tay", LedgerKind.DANG_PHI,
        sheet("so_ly_lich,thang,ngay_nop\nTD-0001,02/2026,05/02/2026\n")))
        .isInstanceOf(LedgerImportException.class).hasMessageContaining("không sinh hoạt ở Chi bộ thôn Tây");
  }
}

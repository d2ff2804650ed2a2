package vn.nq21.workflow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.support.ApplicationTest;
import vn.nq21.workflow.rules.RuleSets;

/**
 * Who decides, for each chain of §3.3 of the domain specification in the demo tree, through the
 * deployed DMN tables {@code bo-quy-tac} and {@code tham-quyen-quyet-dinh}.
 */
@ApplicationTest
class AuthorityRulesTest {

  @Autowired OrganizationService organizations;
  @Autowired RuleSets ruleSets;

  @Test
  void ruleSetIsChosenByTheDateOfTheAct() {
    assertThat(ruleSets.on(java.time.LocalDate.of(2025, 1, 19))).isEqualTo("RS2021");
    assertThat(ruleSets.on(java.time.LocalDate.of(2025, 1, 20))).isEqualTo("RS2025A");
    assertThat(ruleSets.on(java.time.LocalDate.of(2025, 6, 30))).isEqualTo("RS2025A");
    assertThat(ruleSets.on(java.time.LocalDate.of(2025, 7, 1))).isEqualTo("RS2025B");
  }

  @Test
  void chiBoCoSoUnderACommuneIsDecidedByTheCommuneStandingCommittee() {
    Authority a = organizations.authorityFor("cb-thon-dong", "KET_NAP", "2025-09-15");
    assertThat(a.ruleId()).isEqualTo("A1");
    assertThat(a.organizationCode()).isEqualTo("xa-an-phu");
    assertThat(a.groupId()).isEqualTo("xa-an-phu.ban-to-chuc");
    assertThat(a.voteRule()).isEqualTo("QUA_NUA");
    assertThat(a.ruleSet()).isEqualTo("RS2025B");
  }

  @Test
  void chiBoTrucThuocGoesThroughItsDangUyCoSoToTheCommune() {
    Authority a = organizations.authorityFor("cb-giao-vien", "CONG_NHAN", "2026-03-02");
    assertThat(a.ruleId()).isEqualTo("A1");
    assertThat(a.organizationCode()).isEqualTo("xa-an-phu");
    assertThat(organizations.tccsdOf("cb-giao-vien").code()).isEqualTo("dbcs-thpt-an-phu");
  }

  @Test
  void authorisedDangUyCoSoDecidesItselfWithTwoThirdsOfAllItsMembers() {
    Authority a = organizations.authorityFor("cb-thoi-su", "KET_NAP", "2026-03-02");
    assertThat(a.ruleId()).isEqualTo("A4");
    assertThat(a.organizationCode()).isEqualTo("dbcs-bao-tinh");
    assertThat(a.groupId()).isEqualTo("dbcs-bao-tinh.van-phong");
    assertThat(a.voteRule()).isEqualTo("HAI_PHAN_BA_TONG_SO");
  }

  @Test
  void tccsdDirectlyUnderTheProvinceIsDecidedByTheProvincialStandingMembers() {
    Authority a = organizations.authorityFor("cbcs-van-phong-tu", "XOA_TEN", "2026-03-02");
    assertThat(a.ruleId()).isEqualTo("A3");
    assertThat(a.organizationCode()).isEqualTo("tinh-demo");
    assertThat(a.groupId()).isEqualTo("tinh-demo.ban-to-chuc");
  }

  @Test
  void overSixtyConsentAlwaysGoesToTheProvince() {
    Authority a = organizations.authorityFor("cb-thon-tay", "CHAP_THUAN_TREN_60", "2026-03-02");
    assertThat(a.ruleId()).isEqualTo("A6");
    assertThat(a.organizationCode()).isEqualTo("tinh-demo");
  }

  @Test
  void exemptionIsTheChiBosOwnResolution() {
    Authority a = organizations.authorityFor("cb-thon-tay", "MIEN_SH", "2026-03-02");
    assertThat(a.organizationCode()).isEqualTo("cb-thon-tay");
    assertThat(a.groupId()).isEqualTo("cb-thon-tay.chi-uy");
  }

  @Test
  void anActBeforeTheJuly2025RestructuringGoesToTheSuccessorBodyAndSaysSo() {
    // the commune was no superior of TCCSĐ before 01/7/2025 (the district was, and is gone from the tree): the
    // successor decides under the rules in force now, and the clerk reads why
    Authority a = organizations.authorityFor("cb-thon-dong", "KET_NAP", "2025-06-30");
    assertThat(a.organizationCode()).isEqualTo("xa-an-phu");
    assertThat(a.ruleSet()).isEqualTo("RS2025B");
    assertThat(a.ruleId()).isEqualTo("A1");
    assertThat(a.body()).contains("hồ sơ chuyển tiếp: văn bản ngày 30/06/2025 thuộc bộ quy tắc RS2025A")
        .contains("bộ quy tắc RS2025B (§3.2)");
    // from that day on, the ordinary answer
    assertThat(organizations.authorityFor("cb-thon-dong", "KET_NAP", "2025-07-01").body()).doesNotContain("chuyển tiếp");
  }

  @Test
  void groupForNamesTheRoleGroupAndRefusesARoleTheOrganisationLacks() {
    assertThat(organizations.groupFor("cb-thon-dong", "chi-uy")).isEqualTo("cb-thon-dong.chi-uy");
    assertThatThrownBy(() -> organizations.groupFor("cb-thon-dong", "ban-to-chuc"))
        .hasMessageContaining("không có vai trò");
  }
}

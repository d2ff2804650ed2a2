package vn.nq21.workflow.admission.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.admission.rules.AdmissionSettings.AgeMode;
import vn.nq21.workflow.admission.rules.IntroducerFacts.MemberIntroducer;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.rules.DecisionTables;
import vn.nq21.workflow.rules.NoMatchingRuleException;
import vn.nq21.workflow.rules.RuleSets;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * The admission rules through the application: the DMN tables deployed from {@code bpmn/rules/}, the
 * rule set by date, and the demo registry (statuses as in {@code demo/members.yaml}: DEMO-0002 and
 * DEMO-0003 official since 1987 and 1993, DEMO-0007 dự bị since 01/07/2025).
 */
@ApplicationTest
class AdmissionRulesTest {

  @Autowired AdmissionRules rules;
  @Autowired AdmissionSettings settings;
  @Autowired DecisionTables tables;
  @Autowired RuleSets ruleSets;
  @Autowired MemberRegistry registry;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private AdmissionRules rulesWith(AdmissionSettings other) {
    return new AdmissionRules(tables, ruleSets, registry, other);
  }

  @Test
  void applicationRunsWithTheShippedDefaults() {
    assertThat(settings).isEqualTo(AdmissionSettings.defaults());
  }

  // --- R-KN-01, R-KN-02, R-GEN-02 ------------------------------------------------------------------------

  @Test
  void candidateReaching18OnTheVoteDayIsRegular() {
    AgeCheck age = rules.age(d("2008-03-15"), d("2026-03-15"));
    assertThat(age.ageMonths()).isEqualTo(216);
    assertThat(age.isRegular()).isTrue();
    assertThat(age.ruleSet()).isEqualTo("RS2025B");
    assertThat(age.message()).contains("18 tuổi (216 tháng)");
  }

  @Test
  void candidateOneDayShortOf18AtVoteIsTooYoung() {
    AgeCheck age = rules.age(d("2008-03-15"), d("2026-03-14"));
    assertThat(age.ageMonths()).isEqualTo(215);
    assertThat(age.result()).isEqualTo(AgeCheck.TOO_YOUNG);
    assertThat(age.message()).startsWith("Chưa đủ 18 tuổi").contains("17 tuổi 11 tháng (215 tháng)")
        .contains("14/03/2026").endsWith("Chi bộ họp xét sớm nhất từ ngày 15/03/2026.");
  }

  @Test
  void theEarliestVoteDateFollowsTheMonthCountingOfTheConfiguredAgeMode() {
    assertThat(rules.age(d("2008-02-29"), d("2025-12-01")).message())
        .endsWith("Chi bộ họp xét sớm nhất từ ngày 28/02/2026.");
    AdmissionRules granular = rulesWith(AdmissionSettings.defaults().withAgeMode(AgeMode.MONTH_GRANULAR));
    assertThat(granular.age(d("2008-03-31"), d("2026-02-28")).message())
        .endsWith("Chi bộ họp xét sớm nhất từ ngày 01/03/2026.");
  }

  @Test
  void candidateBornOn29FebruaryReaches18On28FebruaryOfACommonYear() {
    assertThat(rules.age(d("2008-02-29"), d("2026-02-27")).isTooYoung()).isTrue();
    assertThat(rules.age(d("2008-02-29"), d("2026-02-28")).isRegular()).isTrue();
  }

  @Test
  void monthsCountedFrom31JanuaryEndOnTheLastDayOfAShorterMonth() {
    // R-GEN-02: 31/01 + 217 months = 28/02/2026 (clamped), so 217 months are reached on 28/02
    assertThat(rules.ageMonths(d("2008-01-31"), d("2026-02-27"))).isEqualTo(216);
    assertThat(rules.ageMonths(d("2008-01-31"), d("2026-02-28"))).isEqualTo(217);
    assertThat(rules.age(d("2008-01-31"), d("2026-01-30")).isTooYoung()).isTrue();
    assertThat(rules.age(d("2008-01-31"), d("2026-01-31")).isRegular()).isTrue();
  }

  @Test
  void monthGranularModeIgnoresTheDayOfTheMonth() {
    AdmissionRules granular = rulesWith(AdmissionSettings.defaults().withAgeMode(AgeMode.MONTH_GRANULAR));
    assertThat(granular.age(d("2008-03-31"), d("2026-03-01")).ageMonths()).isEqualTo(216);
    assertThat(granular.age(d("2008-03-31"), d("2026-03-01")).isRegular()).isTrue();
    assertThat(granular.age(d("2008-03-31"), d("2026-02-28")).isTooYoung()).isTrue();
    // the same candidate under the default mode is one day short until 31/03/2026
    assertThat(rules.age(d("2008-03-31"), d("2026-03-01")).isTooYoung()).isTrue();
  }

  @Test
  void candidateWhoReaches60OnTheVoteDayIsStillOnTheRegularPath() {
    assertThat(rules.age(d("1966-03-15"), d("2026-03-15")).ageMonths()).isEqualTo(720);
    assertThat(rules.age(d("1966-03-15"), d("2026-04-14")).isRegular()).isTrue();
    AgeCheck over = rules.age(d("1966-03-15"), d("2026-04-15"));
    assertThat(over.isOver60()).isTrue();
    assertThat(over.message()).contains("Ban thường vụ tỉnh ủy");
  }

  @Test
  void birthDateAfterTheVoteIsADataError() {
    assertThatThrownBy(() -> rules.age(d("2026-05-01"), d("2026-03-15")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("01/05/2026");
  }

  // --- R-KN-05, R-KN-05a ---------------------------------------------------------------------------------

  @Test
  void certificateIsValidUntilTheDayBeforeItsSixtiethMonth() {
    CertificateCheck lastDay = rules.certificate(d("2020-01-15"), d("2025-01-14"));
    assertThat(lastDay.valid()).isTrue();
    assertThat(lastDay.validUntil()).isEqualTo(d("2025-01-14"));
    assertThat(lastDay.message()).contains("còn giá trị").contains("14/01/2025");
  }

  @Test
  void certificateIsExpiredOnTheSameDayFiveYearsLater() {
    CertificateCheck expired = rules.certificate(d("2020-01-15"), d("2025-01-15"));
    assertThat(expired.valid()).isFalse();
    assertThat(expired.validUntil()).isEqualTo(d("2025-01-14"));
    assertThat(expired.message()).contains("đã hết giá trị").contains("học lại lớp bồi dưỡng");
  }

  @Test
  void commentsWithoutExpiryWarnOnlyAfterTwelveMonths() {
    DocumentCheck old = rules.document("NHAN_XET_NOI_CU_TRU", d("2025-03-15"), d("2026-03-15"));
    assertThat(old.valid()).isTrue();
    assertThat(old.validUntil()).isNull();
    assertThat(old.warning()).contains("12 tháng");
    assertThat(rules.document("NHAN_XET_NOI_CU_TRU", d("2025-03-16"), d("2026-03-15")).warning()).isNull();
  }

  // --- R-KN-03, R-KN-04 ----------------------------------------------------------------------------------

  @Test
  void primarySchoolSufficesOnlyInDifficultAreas() {
    assertThat(rules.education("TIEU_HOC", "VUNG_KHO_KHAN", d("2026-03-15")).result())
        .isEqualTo(EducationCheck.DAT_NGOAI_LE_TIEU_HOC);
    EducationCheck noException = rules.education("TIEU_HOC", null, d("2026-03-15"));
    assertThat(noException.met()).isFalse();
    assertThat(noException.message()).contains("trung học cơ sở");
  }

  @Test
  void literatePrestigiousPersonNeedsTheProvincialConsent() {
    EducationCheck elder = rules.education("BIET_DOC_VIET", "NGUOI_CO_UY_TIN", d("2026-03-15"));
    assertThat(elder.met()).isTrue();
    assertThat(elder.needsProvincialConsent()).isTrue();
  }

  // --- R-KN-08, R-KN-09, R-KN-10, R-KN-10a ---------------------------------------------------------------

  private static final LocalDate LETTER = d("2026-03-15");
  private static final LocalDate VOTE = d("2026-03-20");

  private static IntroducerFacts twoMembers(MemberIntroducer first, MemberIntroducer second) {
    return new IntroducerFacts("HAI_DANG_VIEN", false, d("1990-06-01"), false, false, VOTE, List.of(first, second));
  }

  @Test
  void twoOfficialMembersTogetherTwelveMonthsOnTheLetterDateAreInOrder() {
    IntroducerCheck check = rules.introducers(twoMembers(
        new MemberIntroducer("DEMO-0002", d("2025-03-15"), LETTER),
        new MemberIntroducer("DEMO-0003", d("2019-01-01"), LETTER)));
    assertThat(check.problems()).isEmpty();
    assertThat(check.warnings()).isEmpty();
    assertThat(check.memberIntroducersRequired()).isEqualTo(2);
  }

  @Test
  void introducerTogetherElevenMonthsIsRejected() {
    List<String> problems = rules.introducerProblems(twoMembers(
        new MemberIntroducer("DEMO-0002", d("2019-01-01"), LETTER),
        new MemberIntroducer("DEMO-0003", d("2025-03-16"), LETTER)));
    assertThat(problems).containsExactly("Người giới thiệu thứ hai (số lý lịch DEMO-0003): mới sinh hoạt cùng"
        + " 11 tháng, cần đủ 12 tháng tính đến ngày giấy giới thiệu 15/03/2026.");
  }

  @Test
  void introducerStillProbationaryOnTheLetterDateIsRejected() {
    List<String> problems = rules.introducerProblems(twoMembers(
        new MemberIntroducer("DEMO-0002", d("2019-01-01"), LETTER),
        new MemberIntroducer("DEMO-0007", d("2019-01-01"), LETTER)));
    assertThat(problems).containsExactly("Người giới thiệu thứ hai (số lý lịch DEMO-0007): vào ngày giấy giới"
        + " thiệu 15/03/2026 là đảng viên dự bị; người giới thiệu phải là đảng viên chính thức.");
  }

  @Test
  @Transactional
  void introducerRecognisedOnlyAfterTheLetterWasStillProbationaryWhenHeWrote() {
    Member member = registry.register(new NewPerson("TEST-KN-GT-01", "Người giới thiệu thử", "NAM", d("1990-01-01"),
        null, "cb-thon-dong", MemberStatus.DU_BI, d("2024-05-10")), null);
    registry.changeStatus(member.id(), MemberStatus.CHINH_THUC, d("2025-05-10"), "Công nhận chính thức", null);

    IntroducerFacts before = new IntroducerFacts("DOAN", true, d("2000-01-01"), true, false, d("2025-05-20"),
        List.of(new MemberIntroducer("TEST-KN-GT-01", d("2024-01-01"), d("2025-05-09"))));
    assertThat(rules.introducerProblems(before)).singleElement().asString()
        .contains("TEST-KN-GT-01").contains("09/05/2025").contains("đảng viên dự bị");

    IntroducerFacts after = new IntroducerFacts("DOAN", true, d("2000-01-01"), true, false, d("2025-05-20"),
        List.of(new MemberIntroducer("TEST-KN-GT-01", d("2024-01-01"), d("2025-05-10"))));
    assertThat(rules.introducerProblems(after)).isEmpty();
  }

  @Test
  void introducerNotInTheRegistryIsRejected() {
    assertThat(rules.introducerProblems(twoMembers(
        new MemberIntroducer("DEMO-0002", d("2019-01-01"), LETTER),
        new MemberIntroducer("KHONG-CO-9999", d("2019-01-01"), LETTER))))
        .containsExactly("Người giới thiệu thứ hai (số lý lịch KHONG-CO-9999): không có trong sổ đảng viên.");
  }

  @Test
  void doanRouteIsClosedToACandidateOverDoanAge() {
    IntroducerFacts facts = new IntroducerFacts("DOAN", true, d("1995-03-19"), true, false, VOTE,
        List.of(new MemberIntroducer("DEMO-0002", d("2019-01-01"), LETTER)));
    IntroducerCheck check = rules.introducers(facts);
    assertThat(check.patternValid()).isFalse();
    assertThat(check.problems()).singleElement().asString().contains("quá tuổi Đoàn");
    // one day younger: 30 on the vote day, still within Đoàn age
    assertThat(rules.introducerProblems(new IntroducerFacts("DOAN", true, d("1995-03-21"), true, false, VOTE,
        facts.memberIntroducers()))).isEmpty();
  }

  @Test
  void doanRouteNeedsExactlyOneMemberIntroducer() {
    IntroducerFacts facts = new IntroducerFacts("DOAN", true, d("2000-01-01"), true, false, VOTE, List.of(
        new MemberIntroducer("DEMO-0002", d("2019-01-01"), LETTER),
        new MemberIntroducer("DEMO-0003", d("2019-01-01"), LETTER)));
    assertThat(rules.introducerProblems(facts)).singleElement().asString().contains("cần 1 đảng viên");
  }

  @Test
  void twoMembersForADoanVienWhoseUnitHasDoanIsAllowedWithAWarning() {
    IntroducerFacts facts = new IntroducerFacts("HAI_DANG_VIEN", true, d("2000-01-01"), true, false, VOTE, List.of(
        new MemberIntroducer("DEMO-0002", d("2019-01-01"), LETTER),
        new MemberIntroducer("DEMO-0003", d("2019-01-01"), LETTER)));
    IntroducerCheck check = rules.introducers(facts);
    assertThat(check.problems()).isEmpty();
    assertThat(check.warnings()).singleElement().asString().contains("Ban Chấp hành Đoàn cơ sở");

    AdmissionRules quiet = rulesWith(new AdmissionSettings(AgeMode.FULL_MONTHS, 30, 0, 12, false));
    assertThat(quiet.introducerWarnings(facts)).isEmpty();
  }

  @Test
  void tradeUnionRouteIsClosedWhereDoanExists() {
    IntroducerFacts facts = new IntroducerFacts("CONG_DOAN", false, d("1985-01-01"), true, true, VOTE,
        List.of(new MemberIntroducer("DEMO-0002", d("2019-01-01"), LETTER)));
    assertThat(rules.introducerProblems(facts)).singleElement().asString().contains("có tổ chức Đoàn");
  }

  @Test
  void theSameMemberCannotIntroduceTwice() {
    assertThat(rules.introducerProblems(twoMembers(
        new MemberIntroducer("DEMO-0002", d("2019-01-01"), LETTER),
        new MemberIntroducer("DEMO-0002", d("2019-01-01"), LETTER))))
        .singleElement().asString().contains("trùng với người giới thiệu thứ nhất");
  }

  // --- R-KN-25 -------------------------------------------------------------------------------------------

  @Test
  void aFailedVoteMayBeTakenAgainAtAnyLaterMeetingByDefault() {
    assertThat(rules.resubmissionProblems(d("2026-01-10"), d("2026-02-10"))).isEmpty();
    AdmissionRules sixMonths = rulesWith(new AdmissionSettings(AgeMode.FULL_MONTHS, 30, 6, 12, true));
    assertThat(sixMonths.resubmissionProblems(d("2026-01-10"), d("2026-02-10")))
        .singleElement().asString().contains("10/07/2026");
  }
}

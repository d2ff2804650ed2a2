package vn.nq21.workflow.admission.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The admission DMN tables of {@code bpmn/rules/} on their own, on a plain Camunda DMN engine (no
 * process engine, no Spring): the boundaries the domain specification names.
 */
class AdmissionDecisionTablesTest {

  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final List<String> RULE_SETS = List.of("RS2021", "RS2025A", "RS2025B");

  private static DmnDecision decision(String key) {
    try (InputStream in = AdmissionDecisionTablesTest.class.getResourceAsStream("/bpmn/rules/" + key + ".dmn")) {
      return ENGINE.parseDecision(key, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final DmnDecision AGE = decision("dieu-kien-tuoi-ket-nap");
  private static final DmnDecision VALIDITY = decision("hieu-luc-giay-to");
  private static final DmnDecision EDUCATION = decision("dieu-kien-hoc-van");
  private static final DmnDecision INTRODUCERS = decision("nguoi-gioi-thieu-hop-le");
  private static final DmnDecision THRESHOLD = decision("nguong-bieu-quyet");
  private static final DmnDecision DENOMINATOR = decision("mau-so-bieu-quyet");

  private static DmnDecisionRuleResult single(DmnDecision decision, Map<String, Object> variables) {
    return ENGINE.evaluateDecisionTable(decision, variables).getSingleResult();
  }

  // --- dieu-kien-tuoi-ket-nap: R-KN-01, R-KN-02 -------------------------------------------------------

  @ParameterizedTest(name = "{0} tháng → {1}")
  @CsvSource({"0, TOO_YOUNG", "215, TOO_YOUNG", "216, REGULAR", "500, REGULAR", "720, REGULAR",
      "721, OVER_60", "900, OVER_60"})
  void ageInMonthsOnTheVoteDayDecidesThePath(int ageMonths, String expected) {
    for (String ruleSet : RULE_SETS) {
      DmnDecisionRuleResult result = single(AGE, Map.of("ageMonths", ageMonths, "ruleSet", ruleSet));
      assertThat((String) result.getEntry("ageResult")).isEqualTo(expected);
      assertThat((String) result.getEntry("message")).isNotBlank();
    }
  }

  // --- hieu-luc-giay-to: R-KN-05, R-KN-05a -----------------------------------------------------------

  @Test
  void awarenessCertificateIsValidSixtyMonthsInEveryRuleSet() {
    for (String ruleSet : RULE_SETS) {
      DmnDecisionRuleResult result = single(VALIDITY, Map.of("documentType", "NHAN_THUC", "ruleSet", ruleSet));
      assertThat((Integer) result.getEntry("validityMonths")).isEqualTo(60);
      assertThat((String) result.getEntry("documentLabel")).contains("nhận thức về Đảng");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"NHAN_XET_NOI_CU_TRU", "NHAN_XET_DOAN_THE", "NGHI_QUYET_GIOI_THIEU", "KET_QUA_THAM_TRA"})
  void otherAdmissionDocumentsHaveNoExpiryInTheCentralTexts(String documentType) {
    DmnDecisionRuleResult result = single(VALIDITY, Map.of("documentType", documentType, "ruleSet", "RS2025B"));
    assertThat((Object) result.getEntry("validityMonths")).isNull();
    assertThat((String) result.getEntry("documentLabel")).isNotBlank();
  }

  // --- dieu-kien-hoc-van: R-KN-03, R-KN-04 -----------------------------------------------------------

  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvSource({
      "THCS_TRO_LEN, KHONG, DAT",
      "THCS_TRO_LEN, VUNG_KHO_KHAN, DAT",
      "THCS_TRO_LEN, NGUOI_CO_UY_TIN, DAT",
      "TIEU_HOC, KHONG, KHONG_DAT",
      "TIEU_HOC, VUNG_KHO_KHAN, DAT_NGOAI_LE_TIEU_HOC",
      "TIEU_HOC, NGUOI_CO_UY_TIN, CAN_DONG_Y_BTV_TINH",
      "BIET_DOC_VIET, KHONG, KHONG_DAT",
      "BIET_DOC_VIET, VUNG_KHO_KHAN, KHONG_DAT",
      "BIET_DOC_VIET, NGUOI_CO_UY_TIN, CAN_DONG_Y_BTV_TINH",
      "CHUA_DAT, KHONG, KHONG_DAT",
      "CHUA_DAT, NGUOI_CO_UY_TIN, KHONG_DAT"})
  void educationLevelAndExceptionDecideTheEducationCondition(String level, String exception, String expected) {
    for (String ruleSet : RULE_SETS) {
      DmnDecisionRuleResult result = single(EDUCATION,
          Map.of("educationLevel", level, "educationException", exception, "ruleSet", ruleSet));
      assertThat((String) result.getEntry("educationResult")).isEqualTo(expected);
      assertThat((String) result.getEntry("message")).isNotBlank();
    }
  }

  // --- nguoi-gioi-thieu-hop-le: R-KN-08, R-KN-10, R-KN-10a -------------------------------------------

  private static DmnDecisionRuleResult introducers(String pattern, boolean doanVien, int age, boolean hasDoan,
      boolean unionMember) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("introducerPattern", pattern);
    variables.put("isDoanVien", doanVien);
    variables.put("ageYearsAtVote", age);
    variables.put("hasDoanOrganisation", hasDoan);
    variables.put("isUnionMember", unionMember);
    variables.put("doanMaxAge", 30);
    variables.put("ruleSet", "RS2025B");
    return ENGINE.evaluateDecisionTable(INTRODUCERS, variables).getFirstResult();
  }

  @ParameterizedTest(name = "{0}, đoàn viên {1}, {2} tuổi, có Đoàn {3}, công đoàn {4} → {5}")
  @CsvSource({
      "HAI_DANG_VIEN, false, 45, false, false, true, 2",
      "HAI_DANG_VIEN, true, 31, true, false, true, 2",
      "DOAN, true, 30, true, false, true, 1",
      "DOAN, true, 31, true, false, false, ",
      "DOAN, false, 25, true, false, false, ",
      "DOAN, true, 25, false, false, false, ",
      "CONG_DOAN, false, 40, false, true, true, 1",
      "CONG_DOAN, false, 40, true, true, false, ",
      "CONG_DOAN, false, 40, false, false, false, "})
  void introductionPatternIsLawfulOnlyForItsCandidates(String pattern, boolean doanVien, int age, boolean hasDoan,
      boolean unionMember, boolean valid, Integer membersRequired) {
    DmnDecisionRuleResult result = introducers(pattern, doanVien, age, hasDoan, unionMember);
    assertThat((Boolean) result.getEntry("patternValid")).isEqualTo(valid);
    assertThat((Integer) result.getEntry("memberIntroducersRequired")).isEqualTo(membersRequired);
    assertThat((Integer) result.getEntry("togetherMonthsRequired")).isEqualTo(valid ? 12 : null);
    assertThat((String) result.getEntry("message")).isNotBlank();
  }

  @Test
  void twoMembersWhereTheDoanRouteWasOpenIsValidWithAWarning() {
    assertThat((String) introducers("HAI_DANG_VIEN", true, 30, true, false).getEntry("warning"))
        .contains("Ban Chấp hành Đoàn cơ sở");
    assertThat((Object) introducers("HAI_DANG_VIEN", true, 31, true, false).getEntry("warning")).isNull();
    assertThat((Object) introducers("HAI_DANG_VIEN", true, 25, false, true).getEntry("warning")).isNull();
  }

  // --- nguong-bieu-quyet: R-GEN-03, R-GEN-04 ---------------------------------------------------------

  @ParameterizedTest(name = "{0}: {1}/{2} → {3}")
  @CsvSource({
      "HAI_PHAN_BA, 6, 9, true, 6",
      "HAI_PHAN_BA, 5, 8, false, 6",
      "HAI_PHAN_BA, 6, 8, true, 6",
      "HAI_PHAN_BA, 2, 3, true, 2",
      "HAI_PHAN_BA, 7, 10, true, 7",
      "HAI_PHAN_BA, 6, 10, false, 7",
      "HAI_PHAN_BA_TONG_SO, 6, 9, true, 6",
      "HAI_PHAN_BA_TONG_SO, 5, 8, false, 6",
      "QUA_NUA, 4, 7, true, 4",
      "QUA_NUA, 3, 6, false, 4",
      "QUA_NUA, 4, 6, true, 4",
      "QUA_NUA, 5, 9, true, 5"})
  void thresholdsAreComputedInIntegers(String voteRule, int votesFor, int denominator, boolean passed, int required) {
    for (String ruleSet : RULE_SETS) {
      DmnDecisionRuleResult result = single(THRESHOLD,
          Map.of("voteRule", voteRule, "votesFor", votesFor, "denominator", denominator, "ruleSet", ruleSet));
      assertThat((Boolean) result.getEntry("passed")).isEqualTo(passed);
      assertThat((Integer) result.getEntry("requiredVotes")).isEqualTo(required);
      assertThat((String) result.getEntry("thresholdLabel"))
          .startsWith(voteRule.equals("QUA_NUA") ? "quá một nửa" : "ít nhất hai phần ba");
    }
  }

  // --- mau-so-bieu-quyet: R-GEN-05 -------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "TAM_THOI_NOI_KHAC, sinh hoạt đảng tạm thời",
      "MIEN_SH_VANG_MAT, miễn công tác và sinh hoạt đảng",
      "DINH_CHI_TAM_GIAM, đình chỉ sinh hoạt đảng",
      "VANG_CO_LY_DO, vắng mặt suốt thời gian hội nghị có lý do"})
  void eachExclusionCategoryLeavesTheDenominatorByDefault(String code, String labelPart) {
    for (String ruleSet : RULE_SETS) {
      DmnDecisionRuleResult result = single(DENOMINATOR, Map.of("exclusionCode", code, "ruleSet", ruleSet));
      assertThat((Boolean) result.getEntry("excluded")).isTrue();
      assertThat((String) result.getEntry("label")).contains(labelPart);
    }
  }

  @Test
  void anUnknownExclusionCodeMatchesNoRow() {
    assertThat(ENGINE.evaluateDecisionTable(DENOMINATOR, Map.of("exclusionCode", "DU_BI", "ruleSet", "RS2025B"))
        .getResultList()).isEmpty();
  }
}

package vn.nq21.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.nq21.workflow.admission.AdmissionDriver.vars;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A rule change by DMN alone (README, "When the regulation changes"): an admin deploys a "2026" rule set from the
 * Modeler, a new row in {@code bo-quy-tac} effective 01/01/2026 and a new row in {@code tham-quyen-quyet-dinh} that
 * has the province's standing committee decide admissions of a chi bộ under a commune. No Java, no BPMN. Two cases
 * of the same chi bộ then go to different deciding bodies by the date of their chi bộ's resolution.
 */
class RuleSet2026Test extends AdmissionTestBase {

  static final String CHI_UY = "cb-thon-dong.chi-uy";
  static final String ADMIN = "admin";
  static final String PASSWORD = "Demo@2026";

  @Autowired TestRestTemplate rest;
  String deploymentId;

  @AfterEach
  void withdrawTheRuleSet() {
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void actsBeforeTheEffectiveDateKeepTheOldRulesAndActsOnOrAfterItUseTheNew() throws IOException {
    String ruleSets = text("bpmn/rules/bo-quy-tac.dmn")
        .replace("&gt;= date(\"2025-07-01\")", "[date(\"2025-07-01\")..date(\"2025-12-31\")]")
        .replace("    </decisionTable>", """
              <rule id="Rule_RS2026">
                <description>Quy định sửa đổi năm 2026 (thử nghiệm), hiệu lực từ 01/01/2026</description>
                <inputEntry id="InputEntry_RS2026"><text>&gt;= date("2026-01-01")</text></inputEntry>
                <outputEntry id="OutputEntry_RS2026_1"><text>"RS2026"</text></outputEntry>
                <outputEntry id="OutputEntry_RS2026_2"><text>"ĐL, quy định sửa đổi 2026"</text></outputEntry>
              </rule>
            </decisionTable>""");
    String authority = text("bpmn/rules/tham-quyen-quyet-dinh.dmn")
        .replace("<inputEntry id=\"InputEntry_A1_2\"><text>\"RS2025B\"</text>",
            "<inputEntry id=\"InputEntry_A1_2\"><text>\"RS2025B\",\"RS2026\"</text>")
        .replace("      <rule id=\"Rule_A1\">", """
                  <rule id="Rule_A1_2026">
                    <description>Từ 2026 (thử nghiệm): BTV tỉnh ủy quyết định kết nạp ở chi bộ trực thuộc đảng ủy xã</description>
                    <inputEntry id="InputEntry_A1_2026_1"><text>"KET_NAP"</text></inputEntry>
                    <inputEntry id="InputEntry_A1_2026_2"><text>"RS2026"</text></inputEntry>
                    <inputEntry id="InputEntry_A1_2026_3"><text></text></inputEntry>
                    <inputEntry id="InputEntry_A1_2026_4"><text>"DANG_BO_CAP_XA"</text></inputEntry>
                    <outputEntry id="OutputEntry_A1_2026_1"><text>"TINH"</text></outputEntry>
                    <outputEntry id="OutputEntry_A1_2026_2"><text>"ban-to-chuc"</text></outputEntry>
                    <outputEntry id="OutputEntry_A1_2026_3"><text>"Ban thường vụ tỉnh ủy (quy định 2026)"</text></outputEntry>
                    <outputEntry id="OutputEntry_A1_2026_4"><text>"QUA_NUA"</text></outputEntry>
                    <outputEntry id="OutputEntry_A1_2026_5"><text>"A1-2026"</text></outputEntry>
                  </rule>
                  <rule id="Rule_A1">""");
    assertThat(authority).contains("Rule_A1_2026").contains("\"RS2025B\",\"RS2026\"");
    assertThat(ruleSets).contains("Rule_RS2026");

    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "Bộ quy tắc 2026");
    form.add("deployment-source", "Camunda Modeler");
    form.add("bo-quy-tac.dmn", file("bo-quy-tac.dmn", ruleSets));
    form.add("tham-quyen-quyet-dinh.dmn", file("tham-quyen-quyet-dinh.dmn", authority));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Map> deployed = rest.withBasicAuth(ADMIN, PASSWORD)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), Map.class);
    assertThat(deployed.getStatusCode().value()).as(String.valueOf(deployed.getBody())).isEqualTo(200);
    deploymentId = (String) deployed.getBody().get("id");
    DecisionDefinition rules = engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey("bo-quy-tac").latestVersion().singleResult();
    assertThat(rules.getDeploymentId()).isEqualTo(deploymentId);

    // the chi bộ resolves on 05/12/2025: the rules of 2025 (A1, the commune's standing committee)
    d.preparedUpToTheVote(CHI_UY, CHI_UY, "Lê Thị Năm Cũ", "DEMO-0004", "DEMO-0005");
    d.chiBoVotes(CHI_UY, 6, 6, 5);
    assertThat(d.waitingAt()).contains("Task_QuyetDinh");
    assertThat(d.task("Task_QuyetDinh")).hasCandidateGroup("xa-an-phu.ban-to-chuc");
    assertThat(d.variable("ruleSet")).isEqualTo("RS2025B");

    // the same chi bộ resolves on 06/01/2026: the 2026 rule set (the province decides)
    AdmissionDriver later = new AdmissionDriver(engine);
    later.open(CHI_UY, "Lê Văn Năm Mới", Map.of());
    later.throughCertificateAndApplication(CHI_UY);
    later.introducedBy(CHI_UY, "DEMO-0004", "DEMO-0005");
    later.throughLyLich(CHI_UY, CHI_UY);
    later.eligibilityChecked(CHI_UY, Map.of("plannedVoteDate", "2026-01-06"));
    later.on("2026-01-07");
    later.complete("Task_ChiBoBieuQuyet", CHI_UY, vars("voteDate", "2026-01-06", "officialMembersOnRoll", 6,
        "excludedTemporary", 0, "excludedExemptAbsent", 0, "excludedSuspended", 0, "excludedAbsentWithReason", 0,
        "presentVoters", 6, "votesFor", 5, "votesAgainst", 1, "resolutionNumber", "1-NQ/CB",
        "resolutionDate", "2026-01-06", "exclusionNotes", "Số liệu theo biên bản họp chi bộ"));
    assertThat(later.waitingAt()).contains("Task_QuyetDinh");
    assertThat(later.task("Task_QuyetDinh")).hasCandidateGroup("tinh-demo.ban-to-chuc");
    assertThat(later.variable("ruleSet")).isEqualTo("RS2026");
  }

  private static String text(String classpath) throws IOException {
    return new String(new ClassPathResource(classpath).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static ByteArrayResource file(String name, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }
}

package vn.nq21.workflow.engine.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.nq21.workflow.engine.ModelDeployment;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * The model checks at deploy time ({@link ModelCheckPlugin}): a deployment through
 * {@link RepositoryService}, which is what {@code /engine-rest/deployment/create} (the Modeler) calls, is
 * refused with every problem named and leaves nothing behind; a good one is deployed.
 */
@ApplicationTest
class ModelCheckDeploymentTest {

  static final String ADMIN = "admin";
  static final String PASSWORD = "Demo@2026";

  @Autowired RepositoryService repositoryService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired TestRestTemplate rest;

  @Test
  void theApplicationsOwnModelsPassedTheChecksAtStart() {
    assertThat(repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count())
        .isPositive();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("ket-nap-dang-vien").count())
        .isPositive();
  }

  @Test
  void aBrokenModelIsRefusedWithItsProblemsAndNothingIsDeployed() {
    DeploymentBuilder deployment = repositoryService.createDeployment().name("kiem-tra-bi-tu-choi")
        .source("Camunda Modeler").addClasspathResource("modelcheck/nhom-ghi-cung.bpmn");

    assertThatThrownBy(deployment::deploy)
        .isInstanceOf(ProcessEngineException.class)
        .isInstanceOf(ModelRejectedException.class)
        .hasMessageStartingWith("Không triển khai “kiem-tra-bi-tu-choi”: mô hình có ")
        .hasMessageContaining("chưa có gì được triển khai")
        .hasMessageContaining("\n- modelcheck/nhom-ghi-cung.bpmn, công việc Task_NhomChiUy “Nhóm chi-uy” (quy trình"
            + " kiem-tra-nhom-ghi-cung): camunda:candidateGroups “chi-uy” ghi cứng nhóm “chi-uy”")
        .hasMessageContaining("camunda:assignee “nguyenvana” ghi cứng người dùng")
        // no form of that key was ever deployed into this application
        .hasMessageContaining("tham chiếu biểu mẫu “bieu-mau-da-trien-khai” (binding latest)");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("kiem-tra-bi-tu-choi").count()).isZero();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("kiem-tra-nhom-ghi-cung").count())
        .isZero();
  }

  @Test
  void aGoodModelWithItsFormsAndDecisionIsDeployed() {
    Deployment deployment = repositoryService.createDeployment().name("kiem-tra-dung")
        .addClasspathResource("modelcheck/dung/ho-so-mau.bpmn")
        .addClasspathResource("modelcheck/dung/kiem-tra-quy-tac.dmn")
        .addClasspathResource("modelcheck/dung/kiem-tra-mo-ho-so.form")
        .addClasspathResource("modelcheck/dung/kiem-tra-xu-ly.form")
        .deploy();
    try {
      assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId())
          .processDefinitionKey("kiem-tra-ho-so-mau").count()).isOne();
      assertThat(repositoryService.createDecisionDefinitionQuery().deploymentId(deployment.getId())
          .decisionDefinitionKey("kiem-tra-quy-tac").count()).isOne();
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void formsAndDecisionsAlreadyDeployedCountForBindingsThatLookBeyondTheDeployment() {
    // ket-nap-dung-ho-so and bo-quy-tac came with the application's models (version 1 at least)
    Deployment deployment = repositoryService.createDeployment().name("kiem-tra-ban-da-trien-khai")
        .addClasspathResource("modelcheck/ban-da-trien-khai.bpmn").deploy();
    repositoryService.deleteDeployment(deployment.getId(), true);

    assertThatThrownBy(() -> repositoryService.createDeployment().name("kiem-tra-ban-khong-co")
        .addClasspathResource("modelcheck/ban-khong-co.bpmn").deploy())
        .isInstanceOf(ModelRejectedException.class)
        .hasMessageContaining("mô hình có 2 lỗi")
        .hasMessageContaining("Task_BieuMauPhienBan “Biểu mẫu theo phiên bản” (quy trình kiem-tra-ban-khong-co):"
            + " tham chiếu biểu mẫu “ket-nap-dung-ho-so” phiên bản 999")
        .hasMessageContaining("Task_BangPhienBan “Bảng theo phiên bản” (quy trình kiem-tra-ban-khong-co):"
            + " camunda:decisionRef “bo-quy-tac” không trỏ tới bảng quyết định nào");
  }

  @Test
  void theRestApiTheModelerUsesAnswers400WithTheProblems() {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "kiem-tra-rest");
    form.add("deployment-source", "Camunda Modeler");
    form.add("nhom-ghi-cung.bpmn", new ClassPathResource("modelcheck/nhom-ghi-cung.bpmn"));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<String> response = rest.withBasicAuth(ADMIN, PASSWORD)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("Không triển khai “kiem-tra-rest”",
        "nhom-ghi-cung.bpmn, công việc Task_NhomChiUy", "ghi cứng nhóm “chi-uy”");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("kiem-tra-rest").count()).isZero();
  }

  @Test
  void aRevisedRuleTableThatDropsARuleSetOrAColumnRunningCasesReadIsRefusedOverRest() throws Exception {
    String inForce = new String(new ClassPathResource("bpmn/rules/bo-quy-tac.dmn").getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    // a "revision" that replaces the 2021 period by the 2026 one instead of adding a row
    String withoutRs2021 = inForce.replace("\"RS2021\"", "\"RS2026\"");
    // and one that drops the "texts" column (the demo's cases are running)
    String withoutTexts = inForce.replaceAll("(?s)<output id=\"Output_VanBan\"[^>]*/>", "")
        .replaceAll("<outputEntry id=\"OutputEntry_RS[0-9A-Z]+_2\">.*?</outputEntry>", "");

    ResponseEntity<String> dropped = deployOverRest("bo-quy-tac-bo-rs2021", withoutRs2021);
    assertThat(dropped.getStatusCode().value()).as(dropped.getBody()).isEqualTo(400);
    assertThat(dropped.getBody()).contains("Không triển khai “bo-quy-tac-bo-rs2021”",
        "bo-quy-tac.dmn, bảng “Bộ quy tắc áp dụng theo ngày” (bo-quy-tac): không còn dòng nào của bộ quy tắc RS2021",
        "hãy giữ các dòng cũ");

    // a running case: the column is still read
    Deployment model = repositoryService.createDeployment().name("kiem-tra-ho-so-dang-chay")
        .addClasspathResource("models/ho-so-thu-nghiem.bpmn").addClasspathResource("models/thu-nghiem-buoc-1.form")
        .deploy();
    try {
      runtimeService.startProcessInstanceByKey("ho-so-thu-nghiem", java.util.Map.of("caseOrgId", "cb-thon-dong"));
      ResponseEntity<String> column = deployOverRest("bo-quy-tac-bo-cot", withoutTexts);
      assertThat(column.getStatusCode().value()).as(column.getBody()).isEqualTo(400);
      assertThat(column.getBody()).contains("bỏ cột kết quả texts", "hồ sơ đang chạy (mọi thủ tục)");
    } finally {
      repositoryService.deleteDeployment(model.getId(), true);
    }

    assertThat(repositoryService.createDeploymentQuery().deploymentName("bo-quy-tac-bo-rs2021").count()).isZero();
    assertThat(repositoryService.createDeploymentQuery().deploymentName("bo-quy-tac-bo-cot").count()).isZero();
  }

  private ResponseEntity<String> deployOverRest(String name, String dmn) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", name);
    form.add("deployment-source", "Camunda Modeler");
    form.add("bo-quy-tac.dmn", new org.springframework.core.io.ByteArrayResource(
        dmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "bo-quy-tac.dmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(ADMIN, PASSWORD)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
  }
}

package vn.nq21.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * Organisation isolation through REST and the Java API: a clerk sees and completes only their own
 * organisation's tasks; a supervisor sees the cases of their subtree only.
 */
@ApplicationTest
class OrganizationIsolationTest {

  static final String PASSWORD = "Demo@2026";
  static final String CLERK_DONG = "cb-thon-dong.chi-uy";
  static final String CLERK_TAY = "cb-thon-tay.chi-uy";

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate rest;

  ProcessInstance caseDong;
  ProcessInstance caseTay;

  @BeforeEach
  void openOneCasePerChiBo() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("ho-so-thu-nghiem")
        .count() == 0) {
      engine.getRepositoryService().createDeployment().name("isolation-test")
          .addClasspathResource("models/ho-so-thu-nghiem.bpmn")
          .addClasspathResource("models/thu-nghiem-buoc-1.form").deploy();
    }
    caseDong = engine.getRuntimeService().startProcessInstanceByKey("ho-so-thu-nghiem",
        Map.of("caseOrgId", "cb-thon-dong"));
    caseTay = engine.getRuntimeService().startProcessInstanceByKey("ho-so-thu-nghiem",
        Map.of("caseOrgId", "cb-thon-tay"));
  }

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void engineRestWithoutCredentialsIsRefused() {
    ResponseEntity<String> response = rest.getForEntity("/engine-rest/task", String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void engineRestWithAWrongPasswordIsRefused() {
    // Another user than the ones the other tests log in as: a failed login delays that user's next login
    ResponseEntity<String> response = rest.withBasicAuth("cb-tri-su.chi-uy", "sai-mat-khau")
        .getForEntity("/engine-rest/task", String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void clerkListsOnlyTheTasksOfTheirOwnChiBo() {
    ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(CLERK_DONG, PASSWORD)
        .exchange("/engine-rest/task?processDefinitionKey=ho-so-thu-nghiem", HttpMethod.GET, null,
            new ParameterizedTypeReference<>() {});
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getBody()).extracting(t -> t.get("processInstanceId"))
        .contains(caseDong.getId()).doesNotContain(caseTay.getId());
  }

  @Test
  void clerkCannotCompleteAnotherChiBosTaskThroughRest() {
    Task tayTask = taskOf(caseTay);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = rest.withBasicAuth(CLERK_DONG, PASSWORD).exchange(
        "/engine-rest/task/" + tayTask.getId() + "/complete", HttpMethod.POST,
        new HttpEntity<>("{\"variables\":{}}", headers), String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(tayTask.getId()).count()).isEqualTo(1);
  }

  @Test
  void clerkCannotCompleteAnotherChiBosTaskThroughTheJavaApi() {
    Task tayTask = taskOf(caseTay);
    identityService.setAuthentication(CLERK_DONG, List.of(CLERK_DONG));
    assertThatThrownBy(() -> engine.getTaskService().complete(tayTask.getId()))
        .isInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();
    assertThat(engine.getTaskService().createTaskQuery().taskId(tayTask.getId()).count()).isEqualTo(1);
  }

  @Test
  void clerkCanWorkTheirOwnTask() {
    identityService.setAuthentication(CLERK_TAY, List.of(CLERK_TAY));
    long visible = engine.getTaskService().createTaskQuery().processInstanceId(caseTay.getId()).count();
    assertThat(visible).isEqualTo(1);
  }

  @Test
  void authorizationChecksUseTheUsersOwnGroups() {
    var config = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Object manager = config.getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(AuthenticatedGroupsPlugin.OwnGroupsAuthorizationManager.class);
  }

  @Test
  void isolationHoldsWithGroupsThatHaveNoGrantsAndWithVeryManyGroups() {
    Task tayTask = taskOf(caseTay);
    // a group without grants changes nothing (the check is passed the user's groups as they are) ...
    identityService.setAuthentication("someone", List.of(CLERK_DONG, "nhom-khong-co-quyen"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(caseDong.getId()).count()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(caseTay.getId()).count()).isZero();
    assertThatThrownBy(() -> engine.getTaskService().complete(tayTask.getId()))
        .isInstanceOf(AuthorizationException.class);
    // ... and above the threshold the engine's own narrowing of the groups answers the same
    List<String> many = new java.util.ArrayList<>(java.util.stream.IntStream.range(0,
        AuthenticatedGroupsPlugin.NARROWED_ABOVE + 10).mapToObj(i -> "nhom-" + i).toList());
    many.add(CLERK_DONG);
    identityService.setAuthentication("someone", many);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(caseDong.getId()).count()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(caseTay.getId()).count()).isZero();
    assertThatThrownBy(() -> engine.getTaskService().complete(tayTask.getId()))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void clerkCannotOpenACaseForAnotherChiBo() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("ho-so-thu-nghiem").latestVersion().singleResult().getId();
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("ho-so-thu-nghiem")
        .count();
    identityService.setAuthentication(CLERK_DONG, List.of(CLERK_DONG));
    // naming the organisation in the start form: the case's identity is not the client's to set
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, Map.of("caseOrgId", "cb-thon-tay")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("caseOrgId");
    // starting without the start form is not a clerk's door at all
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("ho-so-thu-nghiem",
        Map.of("caseOrgId", "cb-thon-tay")))
        .isInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("ho-so-thu-nghiem")
        .count()).isEqualTo(before);
  }

  @Test
  void anAccountOfTwoChiBoMustNotGuessWhichOneACaseIsFor() {
    identityService.setAuthentication("someone", List.of(CLERK_DONG, CLERK_TAY));
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("ho-so-thu-nghiem").latestVersion().singleResult().getId();
    assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, Map.of()))
        .isInstanceOf(CaseRejectedException.class)
        .hasMessageContaining("tổ chức đảng");
  }

  @Test
  void supervisorSeesTheCasesOfTheirSubtreeAndNoOthers() {
    assertThat(visibleCases("xa-an-phu.giam-sat")).contains(caseDong.getId(), caseTay.getId());
    assertThat(visibleCases("tinh-demo.giam-sat")).contains(caseDong.getId(), caseTay.getId());
    assertThat(visibleCases("cb-thon-tay.giam-sat")).contains(caseTay.getId()).doesNotContain(caseDong.getId());
    assertThat(visibleCases("dbk-cq-dang.giam-sat")).doesNotContain(caseDong.getId(), caseTay.getId());
    assertThat(visibleHistoricCases("dbk-cq-dang.giam-sat")).doesNotContain(caseDong.getId(), caseTay.getId());
    assertThat(visibleHistoricCases("xa-an-phu.giam-sat")).contains(caseDong.getId(), caseTay.getId());
  }

  @Test
  void registryApiNeedsCredentialsAndStaysInsideTheUsersSubtree() {
    assertThat(rest.getForEntity("/api/organizations/cb-thon-dong/members", String.class).getStatusCode().value())
        .isEqualTo(401);
    ResponseEntity<List<Map<String, Object>>> own = rest.withBasicAuth(CLERK_DONG, PASSWORD).exchange(
        "/api/organizations/cb-thon-dong/members", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    assertThat(own.getStatusCode().value()).isEqualTo(200);
    assertThat(own.getBody()).isNotEmpty();
    assertThat(rest.withBasicAuth(CLERK_DONG, PASSWORD)
        .getForEntity("/api/organizations/cb-thon-tay/members", String.class).getStatusCode().value())
        .isEqualTo(403);
    assertThat(rest.withBasicAuth("xa-an-phu.giam-sat", PASSWORD)
        .getForEntity("/api/organizations/cb-thon-tay/members", String.class).getStatusCode().value())
        .isEqualTo(200);
    Object memberId = ((Map<?, ?>) own.getBody().get(0).get("member")).get("id");
    assertThat(rest.withBasicAuth(CLERK_DONG, PASSWORD)
        .getForEntity("/api/members/" + memberId, String.class).getStatusCode().value()).isEqualTo(200);
    // another organisation's member is not told to exist
    assertThat(rest.withBasicAuth(CLERK_TAY, PASSWORD)
        .getForEntity("/api/members/" + memberId, String.class).getStatusCode().value()).isEqualTo(404);
  }

  private Task taskOf(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private List<String> visibleCases(String group) {
    identityService.setAuthentication(group, List.of(group));
    try {
      return engine.getRuntimeService().createProcessInstanceQuery().list().stream().map(ProcessInstance::getId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<String> visibleHistoricCases(String group) {
    identityService.setAuthentication(group, List.of(group));
    try {
      return engine.getHistoryService().createHistoricProcessInstanceQuery().list().stream()
          .map(h -> h.getId()).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }
}

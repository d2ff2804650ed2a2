package vn.nq21.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.nq21.workflow.engine.CaseIdentityException;
import vn.nq21.workflow.registry.KeyDates;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.support.ApplicationTest;
import vn.nq21.workflow.support.WebappSession;

/**
 * The attacks the security review made on the running application, replayed over REST as the demo clerks
 * make them (the same requests Tasklist sends, with one variable added), and the answers each must get:
 * refused, nothing written, the right status, a Vietnamese message and nothing of the server's inside.
 */
@ApplicationTest
class CrossOrganisationAttemptsTest {

  static final String PASSWORD = "Demo@2026";
  static final String CLERK_DONG = "cb-thon-dong.chi-uy";
  static final AtomicInteger SEQ = new AtomicInteger();
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired MemberRegistry registry;

  @AfterEach
  void clearAuthentication() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void anotherChiBosPersonThroughCandidateIdIsRefusedAndUntouched() throws Exception {
    String caseId = openAdmissionCase("Phạm Văn Đông Thử");
    Task certificate = task(caseId, "Task_ChungNhanNhanThuc");
    Member tay = registry.register(new NewPerson("TEST-XO-" + SEQ.incrementAndGet(), "Đinh Văn Tây", "NAM",
        LocalDate.of(1999, 1, 1), null, "cb-thon-tay", MemberStatus.QUAN_CHUNG_UU_TU, LocalDate.of(2025, 1, 1)), null);
    long own = (Long) engine.getRuntimeService().getVariable(caseId, "candidateId");
    MemberStatus ownBefore = registry.require(own).status();
    int tayHistory = registry.history(tay.id()).size();

    ResponseEntity<String> answer = post(CLERK_DONG, "/engine-rest/task/" + certificate.getId() + "/submit-form",
        certificateForm("\"candidateId\": {\"value\": " + tay.id() + "}"));

    assertThat(answer.getStatusCode().value()).isEqualTo(403);
    RestBodies.assertNoLeak(answer.getBody(), "candidateId");
    assertThat(message(answer)).contains("candidateId");
    assertThat(registry.require(tay.id()).status()).isEqualTo(MemberStatus.QUAN_CHUNG_UU_TU);
    assertThat(registry.history(tay.id())).hasSize(tayHistory);
    assertThat(registry.require(own).status()).isEqualTo(ownBefore);
    assertThat(task(caseId, "Task_ChungNhanNhanThuc")).isNotNull();

    // the same form without the extra variable goes through, and changes the clerk's own candidate only
    ResponseEntity<String> honest = post(CLERK_DONG, "/engine-rest/task/" + certificate.getId() + "/submit-form",
        certificateForm(null));
    assertThat(honest.getStatusCode().value()).isEqualTo(204);
    assertThat(registry.require(own).status()).isEqualTo(MemberStatus.CAM_TINH_DANG);
    assertThat(registry.require(tay.id()).status()).isEqualTo(MemberStatus.QUAN_CHUNG_UU_TU);
    delete(caseId);
  }

  @Test
  void anotherOrganisationThroughCaseOrgIdIsRefusedAndTheCaseStaysHome() throws Exception {
    String caseId = openAdmissionCase("Phạm Thị Ở Nhà");
    Task certificate = task(caseId, "Task_ChungNhanNhanThuc");

    ResponseEntity<String> answer = post(CLERK_DONG, "/engine-rest/task/" + certificate.getId() + "/submit-form",
        certificateForm("\"caseOrgId\": {\"value\": \"cb-thon-tay\"}"));

    assertThat(answer.getStatusCode().value()).isEqualTo(403);
    RestBodies.assertNoLeak(answer.getBody(), "caseOrgId");
    assertThat(engine.getRuntimeService().getVariable(caseId, "caseOrgId")).isEqualTo("cb-thon-dong");
    assertThat(engine.getTaskService().getIdentityLinksForTask(certificate.getId())).extracting(IdentityLink::getGroupId)
        .containsOnly("cb-thon-dong.chi-uy");
    ResponseEntity<String> tayList = rest.withBasicAuth("cb-thon-tay.chi-uy", PASSWORD)
        .getForEntity("/engine-rest/task?processInstanceId=" + caseId, String.class);
    assertThat(JSON.readTree(tayList.getBody())).isEmpty();
    delete(caseId);
  }

  @Test
  void anotherMemberThroughMemberIdOnAProbationCaseIsRefused() throws Exception {
    Member member = duBi("cb-thon-dong", "Hoàng Văn Dự Bị");
    Member other = duBi("cb-thon-tay", "Hoàng Thị Khác");
    ResponseEntity<String> opened = post(CLERK_DONG, "/engine-rest/process-definition/key/cong-nhan-dang-vien-chinh-thuc"
        + "/submit-form", "{\"variables\": {\"memberRecordNumber\": {\"value\": \"" + member.recordNumber() + "\"}}}");
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(200);
    String caseId = JSON.readTree(opened.getBody()).path("id").asText();
    Task assign = task(caseId, "Task_PhanCongGiupDo");

    ResponseEntity<String> answer = post(CLERK_DONG, "/engine-rest/task/" + assign.getId() + "/submit-form",
        "{\"variables\": {\"memberId\": {\"value\": " + other.id() + "}}}");

    assertThat(answer.getStatusCode().value()).isEqualTo(403);
    assertThat(message(answer)).contains("memberId");
    assertThat(engine.getRuntimeService().getVariable(caseId, "memberId")).isEqualTo(member.id());
    // the registry itself refuses a change a step of this case would make to someone else
    assertThatThrownBy(() -> registry.changeStatus(other.id(), MemberStatus.CHINH_THUC, LocalDate.now(), "thử", caseId))
        .isInstanceOf(CaseIdentityException.class).hasMessageContaining("không phải hồ sơ của");
    assertThat(registry.require(other.id()).status()).isEqualTo(MemberStatus.DU_BI);
    delete(caseId);
  }

  @Test
  void valuesAreCheckedBeforeTheyAreStored() throws Exception {
    String start = "/engine-rest/process-definition/key/ket-nap-dang-vien/submit-form";

    // a megabyte of text: refused by its size, never by the database
    ResponseEntity<String> huge = post(CLERK_DONG, start, startForm("\"candidateWorkplace\": {\"value\": \""
        + "a".repeat(1_000_000) + "\"}"));
    assertThat(huge.getStatusCode().value()).isEqualTo(400);
    RestBodies.assertNoLeak(huge.getBody(), "1 MB");
    assertThat(message(huge)).contains("ký tự");

    // Json where the form has a text field
    ResponseEntity<String> json = post(CLERK_DONG, start, startForm("\"candidateResidence\": {\"type\": \"Json\","
        + " \"value\": \"{\\\"a\\\": 1}\"}"));
    assertThat(json.getStatusCode().value()).isEqualTo(400);
    assertThat(message(json)).contains("cần văn bản");

    // broken Json
    ResponseEntity<String> broken = post(CLERK_DONG, start, startForm("\"candidateResidence\": {\"type\": \"Json\","
        + " \"value\": \"{không phải json\"}"));
    assertThat(broken.getStatusCode().value()).isEqualTo(400);
    RestBodies.assertNoLeak(broken.getBody(), "broken Json");

    // a number of 24 digits
    ResponseEntity<String> digits = post(CLERK_DONG, start, startForm("\"candidateWorkplace\": {\"value\": "
        + "123456789012345678901234}"));
    assertThat(digits.getStatusCode().value()).isEqualTo(400);
    RestBodies.assertNoLeak(digits.getBody(), "24 digits");

    // a name with markup: a name is letters, never markup
    ResponseEntity<String> markup = post(CLERK_DONG, start,
        "{\"variables\": {\"candidateName\": {\"value\": \"<strong>Lê</strong> <img src=x>\"},"
            + " \"candidateBirthDate\": {\"value\": \"2000-05-10\"}, \"candidateGender\": {\"value\": \"NAM\"}}}");
    assertThat(markup.getStatusCode().value()).isEqualTo(400);
    assertThat(message(markup)).contains("chữ cái");

    // no case was opened and nobody was put in the registry (the demo may still be seeding beside this test)
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals("candidateName", "Trần Văn Giới Hạn").count()).isZero();
    assertThat(registry.membersOf("cb-thon-dong")).noneMatch(m -> m.fullName().equals("Trần Văn Giới Hạn")
        || m.fullName().contains("strong"));
  }

  @Test
  void aTaskSomeoneElseJustCompletedAnswers409AndAnUnknownOne404() throws Exception {
    String caseId = openAdmissionCase("Vũ Văn Cùng Lúc");
    Task certificate = task(caseId, "Task_ChungNhanNhanThuc");
    String path = "/engine-rest/task/" + certificate.getId() + "/submit-form";
    assertThat(post(CLERK_DONG, path, certificateForm(null)).getStatusCode().value()).isEqualTo(204);

    ResponseEntity<String> second = post(CLERK_DONG, path, certificateForm(null));
    assertThat(second.getStatusCode().value()).isEqualTo(409);
    RestBodies.assertNoLeak(second.getBody(), "second completion");

    ResponseEntity<String> unknown = post(CLERK_DONG, "/engine-rest/task/00000000-0000-0000-0000-000000000000"
        + "/submit-form", certificateForm(null));
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    RestBodies.assertNoLeak(unknown.getBody(), "unknown task");
    delete(caseId);
  }

  @Test
  void twoSubmissionsOfOneTaskAtTheSameMomentGive204And409() throws Exception {
    for (int round = 0; round < 10; round++) {
      String caseId = openAdmissionCase("Vũ Thị Đồng Thời");
      Task certificate = task(caseId, "Task_ChungNhanNhanThuc");
      String path = "/engine-rest/task/" + certificate.getId() + "/submit-form";
      java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
      java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        List<java.util.concurrent.Future<ResponseEntity<String>>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
          answers.add(two.submit(() -> {
            together.await();
            return post(CLERK_DONG, path, certificateForm(null));
          }));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        List<String> bodies = new java.util.ArrayList<>();
        for (var answer : answers) {
          ResponseEntity<String> response = answer.get();
          statuses.add(response.getStatusCode().value());
          bodies.add(response.getBody());
          if (response.getStatusCode().value() != 204) {
            RestBodies.assertNoLeak(response.getBody(), "the second of two submissions");
          }
        }
        assertThat(statuses).as("answers %s", bodies).containsExactlyInAnyOrder(204, 409);
        long own = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(caseId)
            .variableName("candidateId").singleResult().getValue();
        assertThat(registry.history(own)).filteredOn(change -> change.toStatus() == MemberStatus.CAM_TINH_DANG).hasSize(1);
      } finally {
        two.shutdownNow();
        delete(caseId);
      }
    }
  }

  @Test
  void deletingATaskIs403AndAnotherOrganisationsTaskIsNotEvenSeen() throws Exception {
    String caseId = openAdmissionCase("Lý Thị Bị Xóa");
    Task certificate = task(caseId, "Task_ChungNhanNhanThuc");
    ResponseEntity<String> own = rest.withBasicAuth(CLERK_DONG, PASSWORD)
        .exchange("/engine-rest/task/" + certificate.getId(), HttpMethod.DELETE, null, String.class);
    assertThat(own.getStatusCode().value()).isEqualTo(403);
    RestBodies.assertNoLeak(own.getBody(), "delete own task");
    for (HttpMethod method : List.of(HttpMethod.DELETE, HttpMethod.GET)) {
      ResponseEntity<String> other = rest.withBasicAuth("cb-thon-tay.chi-uy", PASSWORD)
          .exchange("/engine-rest/task/" + certificate.getId(), method, null, String.class);
      assertThat(other.getStatusCode().value()).as(method.name()).isEqualTo(404);
      RestBodies.assertNoLeak(other.getBody(), method + " another organisation's task");
    }
    ResponseEntity<String> submit = post("cb-thon-tay.chi-uy", "/engine-rest/task/" + certificate.getId()
        + "/submit-form", certificateForm(null));
    assertThat(submit.getStatusCode().value()).isEqualTo(404);
    assertThat(task(caseId, "Task_ChungNhanNhanThuc")).isNotNull();
    delete(caseId);
  }

  @Test
  void theWebappsOwnApiIsHeldToTheSameRules() throws Exception {
    String caseId = openAdmissionCase("Lâm Văn Qua Tasklist");
    Task certificate = task(caseId, "Task_ChungNhanNhanThuc");
    String api = "/camunda/api/engine/engine/default";
    HttpHeaders tasklist = WebappSession.login(rest, CLERK_DONG, PASSWORD, "tasklist");

    ResponseEntity<String> extra = rest.exchange(api + "/task/" + certificate.getId() + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(certificateForm("\"caseOutcome\": {\"value\": \"DA_KET_NAP\"}"), tasklist), String.class);
    assertThat(extra.getStatusCode().value()).as(extra.getBody()).isEqualTo(400);
    assertThat(message(extra)).contains("caseOutcome").doesNotStartWith("Cannot");
    ResponseEntity<String> variable = rest.exchange(api + "/task/" + certificate.getId() + "/variables/caseOutcome",
        HttpMethod.PUT, new HttpEntity<>("{\"value\": \"DA_KET_NAP\"}", tasklist), String.class);
    assertThat(variable.getStatusCode().value()).isEqualTo(403);
    RestBodies.assertNoLeak(variable.getBody(), "webapp API variable");
    ResponseEntity<String> instance = rest.exchange(api + "/process-instance/" + caseId + "/variables",
        HttpMethod.POST, new HttpEntity<>("{\"modifications\": {\"caseOrgId\": {\"value\": \"cb-thon-tay\"}}}",
            tasklist), String.class);
    assertThat(instance.getStatusCode().value()).isEqualTo(403);
    assertThat(engine.getRuntimeService().getVariable(caseId, "caseOutcome")).isNull();
    assertThat(engine.getRuntimeService().getVariable(caseId, "caseOrgId")).isEqualTo("cb-thon-dong");

    HttpHeaders other = WebappSession.login(rest, "cb-thon-tay.chi-uy", PASSWORD, "tasklist");
    ResponseEntity<String> notSeen = rest.exchange(api + "/task/" + certificate.getId() + "/submit-form",
        HttpMethod.POST, new HttpEntity<>(certificateForm(null), other), String.class);
    assertThat(notSeen.getStatusCode().value()).isEqualTo(404);
    assertThat(task(caseId, "Task_ChungNhanNhanThuc")).isNotNull();
    delete(caseId);
  }

  @Test
  void engineWideInformationIsForAdminsOnly() throws Exception {
    // listings come back empty (Cockpit shows an empty list, not an error) ...
    for (String path : List.of("/engine-rest/job-definition", "/engine-rest/job", "/engine-rest/deployment",
        "/engine-rest/batch", "/engine-rest/history/job-log")) {
      for (String user : List.of(CLERK_DONG, "xa-an-phu.giam-sat")) {
        ResponseEntity<String> answer = rest.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(user + " " + path).isEqualTo(200);
        assertThat(JSON.readTree(answer.getBody())).as(user + " " + path).isEmpty();
        ResponseEntity<String> count = rest.withBasicAuth(user, PASSWORD).getForEntity(path + "/count", String.class);
        assertThat(JSON.readTree(count.getBody()).path("count").asLong()).as(user + " " + path).isZero();
      }
      if (!path.endsWith("/batch")) { // the demo has no batches; it has jobs, job logs and deployments
        assertThat(JSON.readTree(rest.withBasicAuth("admin", PASSWORD).getForEntity(path + "/count", String.class)
            .getBody()).path("count").asLong()).as("admin " + path).isPositive();
      }
    }
    ResponseEntity<String> metrics = rest.withBasicAuth(CLERK_DONG, PASSWORD)
        .getForEntity("/engine-rest/metrics/activity-instance-start/sum", String.class);
    assertThat(JSON.readTree(metrics.getBody()).path("result").asLong()).isZero();
    // ... and the rest is refused
    for (String path : List.of("/engine-rest/history/cleanup/jobs", "/engine-rest/deployment/"
        + engine.getRepositoryService().createDeploymentQuery().list().get(0).getId() + "/resources")) {
      for (String user : List.of(CLERK_DONG, "xa-an-phu.giam-sat")) {
        ResponseEntity<String> answer = rest.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(user + " " + path).isEqualTo(403);
        RestBodies.assertNoLeak(answer.getBody(), path);
      }
      assertThat(rest.withBasicAuth("admin", PASSWORD).getForEntity(path, String.class).getStatusCode().value())
          .as("admin " + path).isEqualTo(200);
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private String openAdmissionCase(String name) throws Exception {
    ResponseEntity<String> opened = post(CLERK_DONG, "/engine-rest/process-definition/key/ket-nap-dang-vien/submit-form",
        "{\"variables\": {\"candidateName\": {\"value\": \"" + name + "\"}, \"candidateBirthDate\": {\"value\":"
            + " \"2000-05-10\"}, \"candidateGender\": {\"value\": \"NAM\"}}}");
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(200);
    return JSON.readTree(opened.getBody()).path("id").asText();
  }

  private static String startForm(String extra) {
    return "{\"variables\": {\"candidateName\": {\"value\": \"Trần Văn Giới Hạn\"}, \"candidateBirthDate\":"
        + " {\"value\": \"2000-05-10\"}, \"candidateGender\": {\"value\": \"NAM\"}, " + extra + "}}";
  }

  private static String certificateForm(String extra) {
    return "{\"variables\": {\"certificateNumber\": {\"value\": \"GCN-01/2025\"}, \"certificateIssueDate\":"
        + " {\"value\": \"2025-08-15\"}, \"certificateIssuer\": {\"value\": \"Trung tâm Chính trị xã An Phú\"}"
        + (extra == null ? "" : ", " + extra) + "}}";
  }

  @Test
  void aClerkCannotCreateAFreeTask() throws Exception {
    long before = engine.getTaskService().createTaskQuery().count();
    ResponseEntity<String> answer = post(CLERK_DONG, "/engine-rest/task/create",
        "{\"name\": \"Việc tự tạo\", \"tenantId\": null}");
    assertThat(answer.getStatusCode().value()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().count()).isEqualTo(before);
  }

  private Member duBi(String org, String name) {
    Member m = registry.register(new NewPerson("TEST-XO-" + SEQ.incrementAndGet(), name, "NAM",
        LocalDate.of(1998, 3, 3), null, org, MemberStatus.DU_BI, LocalDate.now().minusMonths(2)), null);
    return registry.updateKeyDates(m.id(), KeyDates.none().withAdmission(LocalDate.now().minusMonths(2).minusDays(20),
        LocalDate.now().minusMonths(2)), null);
  }

  private Task task(String caseId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(caseId).taskDefinitionKey(key).singleResult();
  }

  private ResponseEntity<String> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  private static String message(ResponseEntity<String> answer) throws Exception {
    JsonNode body = JSON.readTree(answer.getBody());
    return body.path("message").asText();
  }

  private void delete(String caseId) {
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(caseId).count() > 0) {
      engine.getRuntimeService().deleteProcessInstance(caseId, "kiểm thử", true, true);
    }
  }
}

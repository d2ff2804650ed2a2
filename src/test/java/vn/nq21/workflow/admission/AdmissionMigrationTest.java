package vn.nq21.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import vn.nq21.workflow.engine.ModelDeployment;

/**
 * Moving running admission cases to a revised model (README, "When the regulation changes"), through the admin's REST
 * API. Version 2 renames the step "Khai lý lịch", adds a step (a day's wait for the introducers' confirmation) and
 * gives the review chain's call a new id. Three cases stand at three steps: two move as generated, the one inside the
 * review chain is reported and left untouched until the admin maps the renamed call; every moved case keeps its tasks'
 * groups and due dates, its supervisors' view and its timers, and goes on where the new model says. A move is undone,
 * and the revision withdrawn.
 */
class AdmissionMigrationTest extends AdmissionTestBase {

  static final String CHI_UY = "cb-thon-dong.chi-uy";
  static final String ADMIN = "admin";
  static final String PASSWORD = "Demo@2026";

  @Autowired TestRestTemplate rest;
  @Autowired ModelDeployment modelDeployment;
  @Autowired ManagementService management;
  final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeTheRevision() {
    for (String id : deployments) {
      engine.getRepositoryService().deleteDeployment(id, true);
    }
  }

  @Test
  void casesAtThreeStepsMoveToTheRevisionKeepingWhatTheyHadAndAMoveIsUndone() throws IOException {
    ProcessDefinition v1 = latest();

    // case A: waiting for its introducers
    AdmissionDriver a = new AdmissionDriver(engine);
    a.open(CHI_UY, "Phan Thị Chuyển Một", Map.of());
    a.throughCertificateAndApplication(CHI_UY);
    Task introducers = a.task("Task_NguoiGioiThieu");
    // case B: admitted, its ceremony due (a boundary timer keeps the deadline)
    AdmissionDriver b = new AdmissionDriver(engine);
    b.preparedUpToTheVote(CHI_UY, CHI_UY, "Phan Văn Chuyển Hai", "DEMO-0004", "DEMO-0005");
    b.chiBoVotes(CHI_UY, 6, 6, 6);
    b.decides("xa-an-phu.ban-to-chuc", "KET_NAP", 7, 5);
    b.complete("Task_NhanQuyetDinh", CHI_UY, AdmissionDriver.vars("decisionReceivedDate", "2026-01-21"));
    Task ceremony = b.task("Task_LeKetNap");
    Job ceremonyTimer = timer(b.instance.getId());
    // case C: inside the review chain, waiting for the commune's decision
    AdmissionDriver c = new AdmissionDriver(engine);
    c.preparedUpToTheVote(CHI_UY, CHI_UY, "Phan Thị Chuyển Ba", "DEMO-0004", "DEMO-0005");
    c.chiBoVotes(CHI_UY, 6, 6, 6);
    assertThat(c.waitingAt()).contains("Task_QuyetDinh", "CallActivity_XetDuyetCapTren");

    ProcessDefinition v2 = deployRevision();
    assertThat(v2.getVersion()).isGreaterThan(v1.getVersion());
    List<String> cases = List.of(a.instance.getId(), b.instance.getId(), c.instance.getId());

    // validation first: nothing changes
    Map<String, Object> request = Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId(),
        "caseIds", cases);
    assertThat(rest.withBasicAuth(CHI_UY, "Demo@2026").postForEntity("/api/revisions/migrations/validate", request,
        String.class).getStatusCode().value()).isEqualTo(403);
    Map<String, Object> report = post("/api/revisions/migrations/validate", request, 200);
    assertThat(mapped(report)).contains("Task_KhaiLyLich>Task_KhaiLyLich").doesNotContain(
        "CallActivity_XetDuyetCapTren>CallActivity_XetDuyetCapTren");
    assertThat(byCase(report, c.instance.getId()).get("canMove")).isEqualTo(false);
    assertThat((List<String>) byCase(report, c.instance.getId()).get("reasons")).anySatisfy(reason -> assertThat(reason)
        .contains("Xét duyệt của cấp trên").contains("phiên bản đích không có bước tương ứng"));
    assertThat(byCase(report, a.instance.getId()).get("canMove")).isEqualTo(true);
    assertThat(byCase(report, a.instance.getId()).get("person")).isEqualTo("Phan Thị Chuyển Một");
    assertThat(byCase(report, b.instance.getId()).get("canMove")).isEqualTo(true);
    assertThat((List<Map<String, Object>>) report.get("unmapped")).extracting(s -> s.get("activityId"))
        .contains("CallActivity_XetDuyetCapTren");
    assertThat(definitionOf(a.instance)).isEqualTo(v1.getId());

    // the move: those that can, in one batch; the one that cannot is untouched
    Map<String, Object> started = post("/api/revisions/migrations", request, 202);
    String batchId = (String) started.get("batchId");
    assertThat((List<String>) started.get("moving")).containsExactlyInAnyOrder(a.instance.getId(), b.instance.getId());
    // while the batch has not run: every case waits, and the move cannot be undone yet
    Map<String, Object> waiting = get("/api/revisions/migrations/" + batchId);
    assertThat(waiting.get("finished")).isEqualTo(false);
    assertThat((List<Map<String, Object>>) waiting.get("cases")).extracting(r -> r.get("state")).containsOnly("WAITING");
    assertThat(rest.withBasicAuth(ADMIN, PASSWORD).postForEntity("/api/revisions/migrations/" + batchId + "/undo",
        Map.of(), String.class)).satisfies(refused -> {
          assertThat(refused.getStatusCode().value()).isEqualTo(422);
          assertThat(refused.getBody()).contains("chưa xong");
        });
    runBatch(batchId);
    Map<String, Object> progress = get("/api/revisions/migrations/" + batchId);
    assertThat(progress.get("finished")).isEqualTo(true);
    assertThat(progress.get("done")).isEqualTo(2);
    assertThat((List<Map<String, Object>>) progress.get("cases")).extracting(r -> r.get("state"))
        .containsOnly("MOVED");
    assertThat(definitionOf(a.instance)).isEqualTo(v2.getId());
    assertThat(definitionOf(b.instance)).isEqualTo(v2.getId());
    assertThat(definitionOf(c.instance)).isEqualTo(v1.getId());
    assertThat(c.waitingAt()).contains("Task_QuyetDinh", "CallActivity_XetDuyetCapTren");

    // what they had: the same task, its group and due date; the timer's due date; the supervisors' view
    Task introducersNow = visibleTo(CHI_UY, a.instance.getId(), "Task_NguoiGioiThieu");
    assertThat(introducersNow.getId()).isEqualTo(introducers.getId());
    assertThat(introducersNow.getDueDate()).isEqualTo(introducers.getDueDate());
    assertThat(introducersNow.getProcessDefinitionId()).isEqualTo(v2.getId());
    Task ceremonyNow = visibleTo(CHI_UY, b.instance.getId(), "Task_LeKetNap");
    assertThat(ceremonyNow.getDueDate()).isEqualTo(ceremony.getDueDate());
    assertThat(timer(b.instance.getId()).getDuedate()).isEqualTo(ceremonyTimer.getDuedate());
    for (String supervisors : List.of("cb-thon-dong.giam-sat", "xa-an-phu.giam-sat", "tinh-demo.giam-sat")) {
      engine.getIdentityService().setAuthentication("giam-sat-thu-nghiem", List.of(supervisors));
      try {
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceIds(java.util.Set.of(a.instance.getId(), b.instance.getId())).count()).isEqualTo(2);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceId(a.instance.getId()).count()).isOne();
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
    // the history of the steps done before the move stays with the case
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(a.instance.getId())
        .activityId("Task_DonXinVaoDang").finished().count()).isOne();

    // case A goes on in version 2: its introducers step leads to the new step, a day's wait
    a.on("2025-12-01");
    a.introducedBy(CHI_UY, "DEMO-0004", "DEMO-0005");
    assertThat(a.waitingAt()).contains("Timer_ChoXacNhanGioiThieu");

    // case C moves once the admin maps the renamed call; the chain's decision returns to version 2
    Map<String, Object> mappedRequest = Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId(),
        "caseIds", List.of(c.instance.getId()), "mappings", List.of(Map.of("from", "CallActivity_XetDuyetCapTren",
            "to", "CallActivity_XetDuyetCuaCapTren")));
    assertThat(byCase(post("/api/revisions/migrations/validate", mappedRequest, 200), c.instance.getId())
        .get("canMove")).isEqualTo(true);
    String second = (String) post("/api/revisions/migrations", mappedRequest, 202).get("batchId");
    runBatch(second);
    assertThat(definitionOf(c.instance)).isEqualTo(v2.getId());
    assertThat(c.waitingAt()).contains("Task_QuyetDinh", "CallActivity_XetDuyetCuaCapTren");
    c.decides("xa-an-phu.ban-to-chuc", "KET_NAP", 7, 5);
    assertThat(c.waitingAt()).contains("Task_NhanQuyetDinh");

    // undo the first move: B goes back; A, now at a step version 1 does not have, is reported and stays
    Map<String, Object> undo = post("/api/revisions/migrations/" + batchId + "/undo", Map.of(), 202);
    assertThat((List<String>) undo.get("moving")).containsExactly(b.instance.getId());
    assertThat(byCase((Map<String, Object>) undo.get("report"), a.instance.getId()).get("canMove")).isEqualTo(false);
    runBatch((String) undo.get("batchId"));
    assertThat(definitionOf(b.instance)).isEqualTo(v1.getId());
    assertThat(timer(b.instance.getId()).getDuedate()).isEqualTo(ceremonyTimer.getDuedate());
    assertThat(visibleTo(CHI_UY, b.instance.getId(), "Task_LeKetNap").getId()).isEqualTo(ceremony.getId());
    assertThat(definitionOf(a.instance)).isEqualTo(v2.getId());
    // ... and A goes on in version 2 to the renamed step
    a.on("2025-12-03");
    assertThat(a.fireDueTimers()).isEqualTo(1);
    assertThat(a.waitingAt()).contains("Task_KhaiLyLich");
    assertThat(a.task("Task_KhaiLyLich").getName()).isEqualTo("Khai lý lịch của người xin vào Đảng (mẫu 2-KNĐ)");

    // withdraw the revision: new cases start on version 1's model again, as a new version
    Map<String, Object> withdrawn = post("/api/revisions/processes/definitions/" + v2.getId() + "/withdraw",
        Map.of(), 200);
    deployments.add((String) withdrawn.get("deploymentId"));
    ProcessDefinition v3 = latest();
    assertThat(v3.getVersion()).isEqualTo(v2.getVersion() + 1);
    assertThat(engine.getRepositoryService().getBpmnModelInstance(v3.getId()).getModelElementById("Task_KhaiLyLich")
        .getAttributeValue("name")).isEqualTo("Khai lý lịch người xin vào Đảng (2-KNĐ)");
    Object noWait = engine.getRepositoryService().getBpmnModelInstance(v3.getId())
        .getModelElementById("Timer_ChoXacNhanGioiThieu");
    assertThat(noWait == null).isTrue();
  }

  private ProcessDefinition deployRevision() throws IOException {
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name("Kết nạp: sửa đổi 2026")
        .source("Camunda Modeler");
    for (Map.Entry<String, Resource> file : modelDeployment.modelResources().entrySet()) {
      try (InputStream in = file.getValue().getInputStream()) {
        String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (file.getKey().equals("bpmn/ket-nap-dang-vien.bpmn")) {
          content = revise(content);
        }
        builder.addString(file.getKey(), content);
      }
    }
    engine.getIdentityService().setAuthentication(ADMIN, List.of("camunda-admin"));
    try {
      deployments.add(builder.deploy().getId());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    return latest();
  }

  private static String revise(String model) {
    String revised = model
        .replace("name=\"Khai lý lịch người xin vào Đảng (2-KNĐ)\"",
            "name=\"Khai lý lịch của người xin vào Đảng (mẫu 2-KNĐ)\"")
        .replace("CallActivity_XetDuyetCapTren", "CallActivity_XetDuyetCuaCapTren")
        .replace("<bpmn:sequenceFlow id=\"Flow_NguoiGioiThieu\" sourceRef=\"Task_NguoiGioiThieu\""
            + " targetRef=\"Task_KhaiLyLich\" />", """
            <bpmn:sequenceFlow id="Flow_NguoiGioiThieu" sourceRef="Task_NguoiGioiThieu" targetRef="Timer_ChoXacNhanGioiThieu" />
                  <bpmn:intermediateCatchEvent id="Timer_ChoXacNhanGioiThieu" name="Chờ người giới thiệu xác nhận (1 ngày)">
                    <bpmn:incoming>Flow_NguoiGioiThieu</bpmn:incoming>
                    <bpmn:outgoing>Flow_ChoXacNhanGioiThieu</bpmn:outgoing>
                    <bpmn:timerEventDefinition id="Timer_ChoXacNhanGioiThieu_Definition">
                      <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration>
                    </bpmn:timerEventDefinition>
                  </bpmn:intermediateCatchEvent>
                  <bpmn:sequenceFlow id="Flow_ChoXacNhanGioiThieu" sourceRef="Timer_ChoXacNhanGioiThieu" targetRef="Task_KhaiLyLich" />""")
        .replace("<bpmn:incoming>Flow_NguoiGioiThieu</bpmn:incoming>\n        <bpmn:outgoing>Flow_KhaiLyLich",
            "<bpmn:incoming>Flow_ChoXacNhanGioiThieu</bpmn:incoming>\n        <bpmn:outgoing>Flow_KhaiLyLich");
    assertThat(revised).contains("Timer_ChoXacNhanGioiThieu\" name=").contains("<bpmn:incoming>Flow_ChoXacNhanGioiThieu");
    return revised;
  }

  private ProcessDefinition latest() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(AdmissionDriver.PROCESS_KEY)
        .latestVersion().singleResult();
  }

  private String definitionOf(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
  }

  private Job timer(String caseId) {
    return management.createJobQuery().processInstanceId(caseId).timers().singleResult();
  }

  private Task visibleTo(String clerk, String caseId, String taskKey) {
    engine.getIdentityService().setAuthentication(clerk, List.of(clerk));
    try {
      return engine.getTaskService().createTaskQuery().processInstanceId(caseId).taskDefinitionKey(taskKey)
          .singleResult();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Works the batch's jobs as the job executor would (tests run without it): seed, migrations, monitor. */
  private void runBatch(String batchId) {
    for (int round = 0; round < 10; round++) {
      Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
      if (batch == null) {
        return;
      }
      for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
          batch.getMonitorJobDefinitionId())) {
        for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
          management.executeJob(job.getId());
        }
      }
    }
    throw new AssertionError("the batch " + batchId + " did not finish");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> post(String path, Object body, int status) {
    ResponseEntity<Map> response = rest.withBasicAuth(ADMIN, PASSWORD).postForEntity(path, body, Map.class);
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
    return response.getBody();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> get(String path) {
    ResponseEntity<Map> response = rest.withBasicAuth(ADMIN, PASSWORD).getForEntity(path, Map.class);
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
    return response.getBody();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> byCase(Map<String, Object> report, String caseId) {
    return ((List<Map<String, Object>>) report.get("cases")).stream().filter(c -> caseId.equals(c.get("caseId")))
        .findFirst().orElseThrow(() -> new AssertionError("case " + caseId + " not in " + report));
  }

  @SuppressWarnings("unchecked")
  private static List<String> mapped(Map<String, Object> report) {
    return ((List<Map<String, Object>>) report.get("mapped")).stream().map(m -> m.get("from") + ">" + m.get("to"))
        .toList();
  }

}

package vn.nq21.workflow.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * {@code GET /api/cases}: a supervisor reads the running cases of a procedure in their subtree, the late one first,
 * with its organisation, the step it waits on, who must act, the due date in dd/MM/yyyy and how late; a case of
 * another subtree is not listed; a step open throughout is listed apart.
 */
@ApplicationTest
class CaseListTest {

  static final String PASSWORD = "Demo@2026";

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;

  @Test
  void aSupervisorReadsTheCasesOfTheirSubtreeLateOnesFirstWithWhoMustActAndByWhen() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("ho-so-thu-nghiem")
        .count() == 0) {
      engine.getRepositoryService().createDeployment().name("case-list-test")
          .addClasspathResource("models/ho-so-thu-nghiem.bpmn").addClasspathResource("models/thu-nghiem-buoc-1.form")
          .deploy();
    }
    ProcessInstance onTime = start("cb-thon-tay");
    ProcessInstance late = start("cb-thon-dong");
    ProcessInstance elsewhere = start("cb-tri-su");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    due(late, today.minusDays(3));
    due(onTime, today.plusDays(5));

    ResponseEntity<Map> answer = rest.withBasicAuth("xa-an-phu.giam-sat", PASSWORD)
        .getForEntity("/api/cases?process=ho-so-thu-nghiem", Map.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) answer.getBody().get("rows");
    assertThat(((Number) answer.getBody().get("total")).intValue()).isEqualTo(rows.size());
    List<Object> ids = rows.stream().map(r -> r.get("caseId")).toList();
    assertThat(ids).contains(late.getId(), onTime.getId()).doesNotContain(elsewhere.getId());
    assertThat(ids.indexOf(late.getId())).isLessThan(ids.indexOf(onTime.getId()));

    Map<String, Object> lateRow = rows.get(ids.indexOf(late.getId()));
    assertThat(lateRow.get("overdue")).isEqualTo(true);
    assertThat(lateRow.get("organization")).isEqualTo("Chi bộ thôn Đông");
    List<Map<String, Object>> waiting = (List<Map<String, Object>>) lateRow.get("waiting");
    assertThat(waiting).singleElement().satisfies(step -> {
      assertThat(step.get("name")).isEqualTo("Chi ủy xử lý");
      assertThat(step.get("due")).isEqualTo(String.format("%02d/%02d/%d", today.minusDays(3).getDayOfMonth(),
          today.minusDays(3).getMonthValue(), today.minusDays(3).getYear()));
      assertThat(step.get("daysLate")).isEqualTo(3);
      assertThat(step.get("who")).isEqualTo("Chi ủy – Chi bộ thôn Đông");
    });
    assertThat((String) lateRow.get("opened")).matches("\\d{2}/\\d{2}/\\d{4}");
    Map<String, Object> onTimeRow = rows.get(ids.indexOf(onTime.getId()));
    assertThat(onTimeRow.get("overdue")).isEqualTo(false);

    // the supervisor of the other đảng bộ sees the third case and not these
    List<Map<String, Object>> theirs = (List<Map<String, Object>>) rest.withBasicAuth("dbcs-bao-tinh.giam-sat",
        PASSWORD).getForObject("/api/cases?process=ho-so-thu-nghiem", Map.class).get("rows");
    assertThat(theirs).extracting(r -> r.get("caseId")).contains(elsewhere.getId())
        .doesNotContain(late.getId(), onTime.getId());
    assertThat(rest.getForEntity("/api/cases?process=ho-so-thu-nghiem", String.class).getStatusCode().value())
        .isEqualTo(401);
  }

  private ProcessInstance start(String org) {
    return engine.getRuntimeService().startProcessInstanceByKey("ho-so-thu-nghiem", Map.of("caseOrgId", org));
  }

  private void due(ProcessInstance instance, LocalDate day) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    task.setDueDate(Date.from(day.atTime(12, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    engine.getTaskService().saveTask(task);
  }
}

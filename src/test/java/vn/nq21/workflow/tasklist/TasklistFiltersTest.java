package vn.nq21.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.support.ApplicationTest;

/** Each role's Tasklist filters: its own work, due soon, overdue — and only the user's own organisation's tasks. */
@ApplicationTest
class TasklistFiltersTest {

  static final String CLERK = "cb-thon-dong.chi-uy";

  @Autowired ProcessEngine engine;

  @AfterEach
  void clearAuthentication() {
    engine.getIdentityService().clearAuthentication();
  }

  List<String> filtersOf(String user) {
    engine.getIdentityService().setAuthentication(user, List.of(user));
    try {
      return engine.getFilterService().createFilterQuery().list().stream().map(Filter::getName).toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void clerkFindsTheirRolesWorkDueSoonAndOverdue() {
    assertThat(filtersOf(CLERK)).contains("Việc của chi ủy", "Sắp đến hạn", "Quá hạn")
        .doesNotContain("Việc của ban tổ chức", "Việc kiểm tra, giám sát");
    assertThat(filtersOf("xa-an-phu.giam-sat")).contains("Việc kiểm tra, giám sát", "Quá hạn")
        .doesNotContain("Việc của chi ủy");
  }

  @Test
  void filtersListOnlyTheTasksOfTheUsersOwnGroupsAndShowTheCasesKeyFacts() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("ho-so-thu-nghiem").count() == 0) {
      engine.getRepositoryService().createDeployment().name("filters-test")
          .addClasspathResource("models/ho-so-thu-nghiem.bpmn").addClasspathResource("models/thu-nghiem-buoc-1.form")
          .deploy();
    }
    ProcessInstance own = engine.getRuntimeService().startProcessInstanceByKey("ho-so-thu-nghiem",
        Map.of("caseOrgId", "cb-thon-dong"));
    ProcessInstance other = engine.getRuntimeService().startProcessInstanceByKey("ho-so-thu-nghiem",
        Map.of("caseOrgId", "cb-thon-tay"));
    Task ownTask = engine.getTaskService().createTaskQuery().processInstanceId(own.getId()).singleResult();
    ownTask.setDueDate(new Date(System.currentTimeMillis() - 86_400_000L));
    engine.getTaskService().saveTask(ownTask);

    Filter work = engine.getFilterService().createFilterQuery().filterName("Việc của chi ủy").singleResult();
    Filter overdue = engine.getFilterService().createFilterQuery().filterName("Quá hạn").singleResult();
    engine.getIdentityService().setAuthentication(CLERK, List.of(CLERK));
    List<String> listed = engine.getFilterService().<Task>list(work.getId()).stream().map(Task::getProcessInstanceId).toList();
    List<String> late = engine.getFilterService().<Task>list(overdue.getId()).stream().map(Task::getProcessInstanceId).toList();
    engine.getIdentityService().clearAuthentication();

    assertThat(listed).contains(own.getId()).doesNotContain(other.getId());
    assertThat(late).contains(own.getId()).doesNotContain(other.getId());
    assertThat(work.getProperties()).containsKey("variables");
    assertThat(work.getProperties()).containsEntry("refresh", true);
    assertThat(engine.getRuntimeService().getVariable(own.getId(), "caseOrgName")).isEqualTo("Chi bộ thôn Đông");
    // the clerk may read the case they work on (Tasklist shows its key facts), not another chi bộ's
    engine.getIdentityService().setAuthentication(CLERK, List.of(CLERK));
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(own.getId())
        .variableName("caseOrgName").count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(other.getId())
        .variableName("caseOrgName").count()).isZero();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void theStopTaskEveryCaseCarriesIsNotInTheWorkListsButInItsOwnFilter() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("ho-so-thu-nghiem").count() == 0) {
      engine.getRepositoryService().createDeployment().name("filters-test")
          .addClasspathResource("models/ho-so-thu-nghiem.bpmn").addClasspathResource("models/thu-nghiem-buoc-1.form")
          .deploy();
    }
    ProcessInstance work = engine.getRuntimeService().startProcessInstanceByKey("ho-so-thu-nghiem",
        Map.of("caseOrgId", "cb-thon-dong"));
    ProcessInstance stop = engine.getRuntimeService().startProcessInstanceByKey("ho-so-thu-nghiem",
        Map.of("caseOrgId", "cb-thon-dong"));
    Task stopTask = engine.getTaskService().createTaskQuery().processInstanceId(stop.getId()).singleResult();
    stopTask.setPriority(vn.nq21.workflow.casework.StopStep.PRIORITY);
    engine.getTaskService().saveTask(stopTask);

    assertThat(filtersOf(CLERK)).contains("Ghi nhận dừng hồ sơ");
    engine.getIdentityService().setAuthentication(CLERK, List.of(CLERK));
    List<String> inWork = engine.getFilterService().<Task>list(engine.getFilterService().createFilterQuery()
        .filterName("Việc của chi ủy").singleResult().getId()).stream().map(Task::getProcessInstanceId).toList();
    List<String> inStops = engine.getFilterService().<Task>list(engine.getFilterService().createFilterQuery()
        .filterName("Ghi nhận dừng hồ sơ").singleResult().getId()).stream().map(Task::getProcessInstanceId).toList();
    engine.getIdentityService().clearAuthentication();
    assertThat(inWork).contains(work.getId()).doesNotContain(stop.getId());
    assertThat(inStops).contains(stop.getId()).doesNotContain(work.getId());
  }

  @Test
  void autoRefreshCanBeSwitchedOffToSpareTheNode() {
    assertThat(TasklistFilters.properties(TasklistFilters.DEFINITIONS.get(0), false)).containsEntry("refresh", false)
        .containsKey("variables");
  }
}

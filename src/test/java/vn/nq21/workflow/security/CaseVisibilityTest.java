package vn.nq21.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import liquibase.integration.spring.SpringLiquibase;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * The read grants of one case: each supervisor up the tree and each group asked to work on it holds exactly one
 * grant per resource, however often the case asks for it; and none of them is logged as the operation of the user
 * whose action caused it; and the grants on its history go with it when history clean-up removes it (also those an
 * earlier version wrote without the case, once the schema upgrade has run).
 */
@ApplicationTest
class CaseVisibilityTest {

  @Autowired ProcessEngine engine;
  @Autowired CaseVisibility visibility;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;
  @Autowired SpringLiquibase liquibase;

  String caseId;

  @BeforeEach
  void openACaseForThonDong() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("ho-so-thu-nghiem")
        .count() == 0) {
      engine.getRepositoryService().createDeployment().name("visibility-test")
          .addClasspathResource("models/ho-so-thu-nghiem.bpmn")
          .addClasspathResource("models/thu-nghiem-buoc-1.form").deploy();
    }
    caseId = engine.getRuntimeService().startProcessInstanceByKey("ho-so-thu-nghiem",
        Map.of("caseOrgId", "cb-thon-dong")).getId();
  }

  @Test
  void supervisorsOfTheChiBoAndEveryOrganisationAboveItAndItsChiUyAreGrantedOnce() {
    assertThat(grants()).containsOnly(
        Map.entry("cb-thon-dong.giam-sat", List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)),
        Map.entry("xa-an-phu.giam-sat", List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)),
        Map.entry("tinh-demo.giam-sat", List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)),
        Map.entry("cb-thon-dong.chi-uy", List.of(Resources.PROCESS_INSTANCE)));
  }

  @Test
  void aCaseHandedToAnotherChiBoKeepsTheSharedAncestorsGrantsAndAddsOnlyTheMissingOnes() {
    visibility.grantSupervisors(caseId, "cb-thon-tay");
    visibility.grantWorkers(caseId, List.of("cb-thon-tay.chi-uy", "cb-thon-dong.chi-uy"));
    visibility.grantSupervisors(caseId, "cb-thon-tay");

    assertThat(grants()).containsOnly(
        Map.entry("cb-thon-dong.giam-sat", List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)),
        Map.entry("cb-thon-tay.giam-sat", List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)),
        Map.entry("xa-an-phu.giam-sat", List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)),
        Map.entry("tinh-demo.giam-sat", List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)),
        Map.entry("cb-thon-dong.chi-uy", List.of(Resources.PROCESS_INSTANCE)),
        Map.entry("cb-thon-tay.chi-uy", List.of(Resources.PROCESS_INSTANCE)));
  }

  @Test
  void grantsAskedForTwiceInOneCommandAreWrittenOnce() {
    // two tasks created at once: the first grant is not in the database when the second is asked for
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          visibility.grantWorkers(caseId, List.of("cb-thon-tay.chi-uy"));
          visibility.grantWorkers(caseId, List.of("cb-thon-tay.chi-uy", "cb-thon-dong.chi-uy"));
          visibility.grantSupervisors(caseId, "cb-thon-tay");
          visibility.grantSupervisors(caseId, "cb-thon-tay");
          return null;
        });

    assertThat(grants()).containsEntry("cb-thon-tay.chi-uy", List.of(Resources.PROCESS_INSTANCE))
        .containsEntry("cb-thon-tay.giam-sat", List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE))
        .containsEntry("xa-an-phu.giam-sat", List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE));
  }

  @Test
  void grantsMadeWhenAClerkOpensACaseAreNotLoggedAsTheClerksOperations() {
    String clerk = "cb-thon-dong.chi-uy";
    identityService.setAuthentication(clerk, List.of(clerk));
    String opened;
    try {
      // the organisation comes from the clerk's account
      String definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("ho-so-thu-nghiem").latestVersion().singleResult().getId();
      opened = engine.getFormService().submitStartForm(definition, Map.of()).getId();
    } finally {
      identityService.clearAuthentication();
    }
    HistoryService history = engine.getHistoryService();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(opened).count()).isEqualTo(7);
    // what the clerk did is logged ...
    assertThat(history.createUserOperationLogQuery().processInstanceId(opened).entityType(EntityTypes.PROCESS_INSTANCE)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).userId(clerk).count()).isEqualTo(1);
    // ... the grants the system made for it are not
    assertThat(history.createUserOperationLogQuery().entityType(EntityTypes.AUTHORIZATION).property("resourceId")
        .list()).extracting(UserOperationLogEntry::getNewValue).doesNotContain(opened);
  }

  @Test
  void theGrantsOnACasesHistoryAreRemovedWithItByHistoryCleanUp() {
    // the supervisors' history grants were made in the command that opened the case, before its history row existed
    assertThat(historyGrants()).hasSize(3)
        .allSatisfy(grant -> assertThat(grant.getRootProcessInstanceId()).isEqualTo(caseId));

    Date closed = new Date();
    engine.getTaskService().complete(
        engine.getTaskService().createTaskQuery().processInstanceId(caseId).singleResult().getId());
    // removal time: the case's end plus its history time to live (30 days in the test model)
    assertThat(historyGrants()).allSatisfy(grant -> assertThat(grant.getRemovalTime()).isAfter(closed));

    ClockUtil.setCurrentTime(Date.from(closed.toInstant().plus(31, ChronoUnit.DAYS)));
    try {
      ManagementService management = engine.getManagementService();
      management.executeJob(engine.getHistoryService().cleanUpHistoryAsync(true).getId());
    } finally {
      ClockUtil.reset();
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(caseId).count())
        .isZero();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(caseId).list()).isEmpty();
  }

  @Test
  void grantsAnEarlierVersionWroteWithoutTheirCaseAreGivenItWhenTheSchemaIsUpgraded() throws Exception {
    jdbc.sql("UPDATE ACT_RU_AUTHORIZATION SET ROOT_PROC_INST_ID_ = NULL WHERE RESOURCE_TYPE_ = 20 AND RESOURCE_ID_ = ?")
        .param(caseId).update();
    assertThat(historyGrants()).hasSize(3).allSatisfy(grant -> assertThat(grant.getRootProcessInstanceId()).isNull());

    // the upgrade an installation of that version gets: the change set runs once, at the next start
    jdbc.sql("DELETE FROM DATABASECHANGELOG WHERE ID = '004-historic-grants-removal'").update();
    liquibase.afterPropertiesSet();

    assertThat(historyGrants()).hasSize(3)
        .allSatisfy(grant -> assertThat(grant.getRootProcessInstanceId()).isEqualTo(caseId));
  }

  private List<Authorization> historyGrants() {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceId(caseId)
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).list();
  }

  /** The case's authorizations: per group, the resources it holds one on, one entry per authorization. */
  private Map<String, List<Resources>> grants() {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceId(caseId).list().stream()
        .collect(Collectors.groupingBy(Authorization::getGroupId, Collectors.mapping(a -> resource(a.getResourceType()),
            Collectors.collectingAndThen(Collectors.toList(), l -> l.stream().sorted().toList()))));
  }

  private static Resources resource(int type) {
    for (Resources resource : Resources.values()) {
      if (resource.resourceType() == type) {
        return resource;
      }
    }
    throw new IllegalArgumentException("resource type " + type);
  }
}

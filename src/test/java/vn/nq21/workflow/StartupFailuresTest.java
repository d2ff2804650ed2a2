package vn.nq21.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import vn.nq21.workflow.organization.OrganizationSeedException;
import vn.nq21.workflow.security.StartupFailureAnalyzer;
import vn.nq21.workflow.support.SeparateJvm;

/** Start-up stops at once, with a message that says what to fix. */
@SeparateJvm
class StartupFailuresTest {

  @Test
  void malformedOrganisationSeedStopsStartUpNamingTheLine() {
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Nq21WorkflowApplication.class)
        .profiles("test")
        .run("--server.port=0", "--nq21.organizations.seed-file=classpath:seeds/unknown-parent.yaml").close());
    assertThat(failure).isInstanceOf(OrganizationSeedException.class);
    assertThat(failure.getMessage()).contains("unknown-parent.yaml", "dòng 8", "tinh-thuu");
  }

  @Test
  void unreachablePostgresNamesTheVariablesToCheck() {
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Nq21WorkflowApplication.class)
        .profiles("postgres")
        .run("--server.port=0", "--NQ21_DB_URL=jdbc:postgresql://127.0.0.1:1/nq21", "--NQ21_DB_USER=nq21",
            "--NQ21_DB_PASSWORD=k9-Rq2!vL7x", "--NQ21_ADMIN_ID=quantri", "--NQ21_ADMIN_PASSWORD=Mat-khau-rat-dai-2026",
            "--NQ21_ORGANIZATIONS_FILE=classpath:demo/organizations.yaml").close());
    FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getAction()).contains("NQ21_DB_URL", "NQ21_DB_USER", "NQ21_DB_PASSWORD");
  }

  @Test
  void missingProductionVariablesStopStartUpBeforeAnyConnection() {
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Nq21WorkflowApplication.class)
        .profiles("postgres").run("--server.port=0").close());
    FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription()).contains("NQ21_DB_URL", "NQ21_ADMIN_PASSWORD", "NQ21_ORGANIZATIONS_FILE");
  }
}

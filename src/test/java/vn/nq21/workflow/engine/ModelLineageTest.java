package vn.nq21.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * One lineage ({@link ModelLineage}): the application's start-up deployment never shadows a model an admin deployed
 * after it. Each "start" here is the start-up deployment run again on the same database with the jar's files as
 * they are then; {@code ModelRevisionRestartTest} does the same with real restarts of the application.
 */
@ApplicationTest
class ModelLineageTest {

  static final String KEY = "ho-so-dong-dong";
  static final String NAME = "lineage-test";

  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @TempDir Path jar;

  @AfterEach
  void removeDeployments() {
    identityService.clearAuthentication();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
        .list()) {
      if (repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).count() > 0) {
        repositoryService.deleteDeployment(definition.getDeploymentId(), true);
      }
    }
  }

  @Test
  void anAdminsRevisionStaysInForceAcrossStartsUntilTheRepositoryCatchesUp() throws Exception {
    write("bpmn/dong-dong.bpmn", model("Hồ sơ dòng dõi"));
    write("forms/dong-dong/buoc-1.form", form("Bước 1"));
    ModelDeployment app = startup(ModelLineage.WhenBothChanged.DEPLOYED);
    Deployment first = app.deploy();
    assertThat(latest().getDeploymentId()).isEqualTo(first.getId());

    // an admin deploys a revision as the Modeler does (its file names, its source), signed in
    Deployment admins = asAdmin(() -> repositoryService.createDeployment().name("Sửa tên hồ sơ")
        .source("Camunda Modeler").addString("dong-dong.bpmn", model("Hồ sơ dòng dõi (sửa đổi 2026)"))
        .addString("buoc-1.form", form("Bước 1")).deploy());
    assertThat(latest().getDeploymentId()).isEqualTo(admins.getId());
    assertThat(ModelLineage.deployedBy(historyService, admins.getId())).isEqualTo("admin");

    // a start with nothing changed deploys nothing
    app.deploy();
    assertThat(latest().getDeploymentId()).isEqualTo(admins.getId());

    // a start whose jar changed something else (a form): the set is deployed again, without the unchanged model
    write("forms/dong-dong/buoc-1.form", form("Bước 1 (sửa nhãn)"));
    Deployment second = app.deploy();
    assertThat(second.getId()).isNotEqualTo(first.getId());
    assertThat(repositoryService.getDeploymentResourceNames(second.getId()))
        .containsExactly("forms/dong-dong/buoc-1.form");
    assertThat(latest().getDeploymentId()).isEqualTo(admins.getId());
    assertThat(latest().getName()).isEqualTo("Hồ sơ dòng dõi (sửa đổi 2026)");

    // both changed: by default the admin's version stays
    write("bpmn/dong-dong.bpmn", model("Hồ sơ dòng dõi (bản của kho mã)"));
    app.deploy();
    assertThat(latest().getDeploymentId()).isEqualTo(admins.getId());

    // ... and with nq21.models.when-both-changed=application the jar's file is deployed over it
    ModelDeployment applicationWins = startup(ModelLineage.WhenBothChanged.APPLICATION);
    Deployment third = applicationWins.deploy();
    assertThat(latest().getDeploymentId()).isEqualTo(third.getId());
    assertThat(latest().getName()).isEqualTo("Hồ sơ dòng dõi (bản của kho mã)");
  }

  @Test
  void theRepositoryCarryingTheAdminsRevisionRejoinsTheLineage() throws Exception {
    write("bpmn/dong-dong.bpmn", model("Hồ sơ dòng dõi"));
    write("forms/dong-dong/buoc-1.form", form("Bước 1"));
    ModelDeployment app = startup(ModelLineage.WhenBothChanged.DEPLOYED);
    app.deploy();
    String revised = model("Hồ sơ dòng dõi (sửa đổi 2026)");
    asAdmin(() -> repositoryService.createDeployment().name("Sửa tên hồ sơ").source("Camunda Modeler")
        .addString("dong-dong.bpmn", revised).addString("buoc-1.form", form("Bước 1")).deploy());

    // the revision is committed to the repository: the next release carries the same file
    write("bpmn/dong-dong.bpmn", revised);
    Deployment next = app.deploy();
    assertThat(latest().getDeploymentId()).isEqualTo(next.getId());
    assertThat(latest().getName()).isEqualTo("Hồ sơ dòng dõi (sửa đổi 2026)");
    // and from then on the application's own files decide again
    write("bpmn/dong-dong.bpmn", model("Hồ sơ dòng dõi (bản 2027)"));
    Deployment later = app.deploy();
    assertThat(latest().getDeploymentId()).isEqualTo(later.getId());
  }

  private ProcessDefinition latest() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult();
  }

  private ModelDeployment startup(ModelLineage.WhenBothChanged whenBothChanged) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    return new ModelDeployment(repositoryService, historyService, loader, NAME, whenBothChanged);
  }

  private <T> T asAdmin(java.util.function.Supplier<T> work) {
    identityService.setAuthentication("admin", java.util.List.of("camunda-admin"));
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void write(String name, String content) throws Exception {
    Path file = jar.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private String model(String name) {
    try (var in = getClass().getResourceAsStream("/models/ho-so-thu-nghiem.bpmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("ho-so-thu-nghiem", KEY)
          .replace("name=\"Hồ sơ thử nghiệm\"", "name=\"" + name + "\"")
          .replace("thu-nghiem-buoc-1", "dong-dong-buoc-1");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String form(String label) {
    return "{\"id\":\"dong-dong-buoc-1\",\"type\":\"default\",\"components\":[{\"type\":\"text\",\"text\":\""
        + label + "\"}]}";
  }
}

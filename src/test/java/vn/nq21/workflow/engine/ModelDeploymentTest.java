package vn.nq21.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * bpmn/ and forms/ deploy as one set: unchanged, nothing is deployed; one file changed, the whole set
 * is deployed again, so a model version always finds the forms it shipped with.
 */
@ApplicationTest
class ModelDeploymentTest {

  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @TempDir Path folder;

  @Test
  void unchangedSetIsKeptAndAChangedFormRedeploysTheWholeSet() throws Exception {
    Path model = folder.resolve("bpmn/thu-nghiem.bpmn");
    Path form = folder.resolve("forms/thu-nghiem/buoc-1.form");
    Files.createDirectories(model.getParent());
    Files.createDirectories(form.getParent());
    Files.copy(getClass().getResourceAsStream("/models/ho-so-thu-nghiem.bpmn"), model);
    Files.writeString(form, "{\"id\":\"thu-nghiem-buoc-1\",\"type\":\"default\",\"components\":[]}");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
      ModelDeployment deployer = new ModelDeployment(repositoryService, historyService, loader, "deployment-test",
          ModelLineage.WhenBothChanged.DEPLOYED);

      DeploymentWithDefinitions first = deployer.deploy();
      assertThat(repositoryService.getDeploymentResourceNames(first.getId()))
          .containsExactlyInAnyOrder("bpmn/thu-nghiem.bpmn", "forms/thu-nghiem/buoc-1.form");

      DeploymentWithDefinitions unchanged = deployer.deploy();
      assertThat(unchanged.getId()).isEqualTo(first.getId());

      Files.writeString(form, "{\"id\":\"thu-nghiem-buoc-1\",\"type\":\"default\",\"components\":[{\"type\":\"text\",\"text\":\"Bước 1\"}]}");
      DeploymentWithDefinitions changed = deployer.deploy();
      assertThat(changed.getId()).isNotEqualTo(first.getId());
      assertThat(repositoryService.getDeploymentResourceNames(changed.getId()))
          .containsExactlyInAnyOrder("bpmn/thu-nghiem.bpmn", "forms/thu-nghiem/buoc-1.form");
      assertThat(versionIn(changed)).isEqualTo(versionIn(first) + 1);
    }
  }

  private int versionIn(DeploymentWithDefinitions deployment) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey("ho-so-thu-nghiem")
        .deploymentId(deployment.getId()).singleResult().getVersion();
  }
}

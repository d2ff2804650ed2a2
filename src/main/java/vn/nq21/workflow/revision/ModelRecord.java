package vn.nq21.workflow.revision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import vn.nq21.workflow.engine.ModelDeployment;
import vn.nq21.workflow.engine.ModelLineage;

/**
 * Who deployed what, when and from where: the engine's deployments (name, source, time), with the user from the
 * engine's operation log (the application's own start-up deployment has none), and for each procedure and decision
 * table the version in force and whose it is.
 */
@Service
public class ModelRecord {

  /** One deployment as an admin reads it. */
  public record DeploymentView(String id, String name, String source, String deployedAt, String deployedBy,
      boolean application, List<String> definitions) {}

  /** The version of a process or decision in force, and whose deployment it came from. */
  public record InForce(String kind, String key, String name, int version, String deploymentId, String deployedAt,
      String deployedBy, String source, boolean application) {}

  private final RepositoryService repository;
  private final HistoryService history;

  public ModelRecord(RepositoryService repository, HistoryService history) {
    this.repository = repository;
    this.history = history;
  }

  /** The newest deployments first. */
  public List<DeploymentView> deployments(int max) {
    List<DeploymentView> views = new ArrayList<>();
    for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().desc()
        .listPage(0, Math.max(1, Math.min(max, 500)))) {
      List<String> definitions = new ArrayList<>();
      repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).orderByProcessDefinitionKey().asc()
          .list().forEach(d -> definitions.add("quy trình " + d.getKey() + " phiên bản " + d.getVersion()));
      repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).orderByDecisionDefinitionKey().asc()
          .list().forEach(d -> definitions.add("bảng " + d.getKey() + " phiên bản " + d.getVersion()));
      views.add(new DeploymentView(deployment.getId(), deployment.getName(), deployment.getSource(),
          ModelLineage.when(deployment.getDeploymentTime()), ModelLineage.deployedBy(history, deployment.getId()),
          isApplication(deployment), definitions));
    }
    return views;
  }

  /** For every procedure and decision table, the version new work uses. */
  public List<InForce> inForce() {
    Map<String, Deployment> deployments = new LinkedHashMap<>();
    List<InForce> rows = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion()
        .orderByProcessDefinitionKey().asc().list()) {
      Deployment deployment = deployments.computeIfAbsent(definition.getDeploymentId(), this::deployment);
      rows.add(new InForce("quy trình", definition.getKey(), definition.getName(), definition.getVersion(),
          deployment.getId(), ModelLineage.when(deployment.getDeploymentTime()),
          ModelLineage.deployedBy(history, deployment.getId()), deployment.getSource(), isApplication(deployment)));
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().latestVersion()
        .orderByDecisionDefinitionKey().asc().list()) {
      Deployment deployment = deployments.computeIfAbsent(definition.getDeploymentId(), this::deployment);
      rows.add(new InForce("bảng quyết định", definition.getKey(), definition.getName(), definition.getVersion(),
          deployment.getId(), ModelLineage.when(deployment.getDeploymentTime()),
          ModelLineage.deployedBy(history, deployment.getId()), deployment.getSource(), isApplication(deployment)));
    }
    return rows;
  }

  private Deployment deployment(String id) {
    return repository.createDeploymentQuery().deploymentId(id).singleResult();
  }

  private static boolean isApplication(Deployment deployment) {
    return ModelDeployment.DEPLOYMENT_NAME.equals(deployment.getName())
        && ModelDeployment.DEPLOYMENT_SOURCE.equals(deployment.getSource());
  }
}

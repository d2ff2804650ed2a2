package vn.nq21.workflow.engine.modelcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link ModelChecker} on every new deployment before the engine parses it: the application's
 * own ({@code ModelDeployment} at start), an admin's from the Modeler or {@code /engine-rest}, a test's.
 * A deployment with problems is refused with a {@link ModelRejectedException} listing them all; the
 * command rolls back, so nothing of it is deployed and no clerk ever gets a broken model.
 *
 * <p>A pre-deployer sees every resource of the deployment together (a parse listener sees one element at
 * a time). It runs again when the engine rebuilds its cache from the database; those deployments are not
 * new and are not checked again (they passed, or predate the checks).
 */
@Component
public class ModelCheckPlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(ModelCheckPlugin.class);

  private final ListableBeanFactory beans;
  private final ProcessVariables variables;
  private final ModelChecker checker = new ModelChecker();

  public ModelCheckPlugin(ListableBeanFactory beans, ProcessVariables variables) {
    this.beans = beans;
    this.variables = variables;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers();
    if (deployers == null) {
      deployers = new ArrayList<>();
      configuration.setCustomPreDeployers(deployers);
    }
    deployers.add(this::check);
  }

  private void check(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Map<String, byte[]> resources = new TreeMap<>();
    for (Map.Entry<String, ResourceEntity> resource : deployment.getResources().entrySet()) {
      resources.put(resource.getKey(), resource.getValue().getBytes());
    }
    List<ModelProblem> problems = checker.check(resources,
        new EngineFacts(Context.getCommandContext(), beans, variables));
    if (!problems.isEmpty()) {
      ModelRejectedException rejected = new ModelRejectedException(deployment.getName(), problems);
      log.warn("{}", rejected.getMessage());
      throw rejected;
    }
  }
}

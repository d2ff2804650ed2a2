package vn.nq21.workflow.revision;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One log line for every new deployment, whoever makes it: its name, source, id, the user (from the engine's
 * command; none for the application's own start-up deployment) and every process and decision version it brings.
 * The same facts stay readable afterwards at {@code GET /api/revisions/deployments}.
 */
@Component
public class DeploymentLogPlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(DeploymentLogPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPostDeployers();
    if (deployers == null) {
      deployers = new ArrayList<>();
      configuration.setCustomPostDeployers(deployers);
    }
    deployers.add(this::record);
  }

  private void record(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    List<String> definitions = new ArrayList<>();
    if (deployment.getDeployedProcessDefinitions() != null) {
      for (ProcessDefinition definition : deployment.getDeployedProcessDefinitions()) {
        definitions.add("quy trình " + definition.getKey() + " phiên bản " + definition.getVersion());
      }
    }
    if (deployment.getDeployedDecisionDefinitions() != null) {
      for (DecisionDefinition definition : deployment.getDeployedDecisionDefinitions()) {
        definitions.add("bảng " + definition.getKey() + " phiên bản " + definition.getVersion());
      }
    }
    String user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
    log.info("Bản triển khai mới “{}” (nguồn “{}”, mã {}) của {}: {}.", deployment.getName(), deployment.getSource(),
        deployment.getId(), user == null ? "ứng dụng (khi khởi động)" : "người dùng " + user,
        definitions.isEmpty() ? "chỉ biểu mẫu" : String.join(", ", definitions));
  }
}

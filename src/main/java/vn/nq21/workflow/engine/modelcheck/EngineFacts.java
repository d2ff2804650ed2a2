package vn.nq21.workflow.engine.modelcheck;

import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ListableBeanFactory;
import vn.nq21.workflow.engine.SubmissionCheck;

/**
 * {@link ApplicationFacts} as the running application answers them, inside the command that deploys:
 * Spring's beans (what Camunda's expressions resolve against), the definitions already in the database
 * found as the engine finds them when a task opens its form or a business rule task calls its table
 * (no tenants), and {@link ProcessVariables}.
 */
final class EngineFacts implements ApplicationFacts {

  private final CommandContext commandContext;
  private final ListableBeanFactory beans;
  private final ProcessVariables variables;

  EngineFacts(CommandContext commandContext, ListableBeanFactory beans, ProcessVariables variables) {
    this.commandContext = commandContext;
    this.beans = beans;
    this.variables = variables;
  }

  @Override
  public boolean isBean(String name) {
    return beans.containsBean(name);
  }

  @Override
  public Collection<String> beanNames() {
    return Arrays.asList(beans.getBeanDefinitionNames());
  }

  @Override
  public boolean isFormDeployed(String key, String binding, Integer version) {
    var forms = commandContext.getCamundaFormDefinitionManager();
    return exists(() -> "version".equals(binding)
        ? forms.findDefinitionByKeyVersionAndTenantId(key, version, null)
        : forms.findLatestDefinitionByKey(key));
  }

  @Override
  public boolean isDecisionDeployed(String key, String binding, Integer version, String versionTag) {
    var decisions = commandContext.getDecisionDefinitionManager();
    return exists(() -> switch (binding) {
      case "version" -> decisions.findDecisionDefinitionByKeyVersionAndTenantId(key, version, null);
      case "versionTag" -> decisions.findDecisionDefinitionByKeyVersionTagAndTenantId(key, versionTag, null);
      default -> decisions.findLatestDecisionDefinitionByKey(key);
    });
  }

  @Override
  public KnownVariables variablesOf(String processKey) {
    return variables.of(processKey);
  }

  @Override
  public java.util.Set<String> checkedTasks(String processKey) {
    for (SubmissionCheck check : beans.getBeansOfType(SubmissionCheck.class).values()) {
      java.util.Set<String> tasks = check.checkedTasks(processKey);
      if (tasks != null) {
        return tasks;
      }
    }
    return null;
  }

  @Override
  public byte[] latestDecisionFile(String decisionKey) {
    return commandContext.runWithoutAuthorization(() -> {
      var latest = commandContext.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(decisionKey);
      if (latest == null) {
        return null;
      }
      var resource = commandContext.getResourceManager().findResourceByDeploymentIdAndResourceName(
          latest.getDeploymentId(), latest.getResourceName());
      return resource == null ? null : resource.getBytes();
    });
  }

  @Override
  public long runningCases() {
    return commandContext.runWithoutAuthorization(() -> commandContext.getExecutionManager()
        .findProcessInstanceCountByQueryCriteria(new org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl()));
  }

  private boolean exists(Callable<Object> lookup) {
    try {
      return commandContext.runWithoutAuthorization(lookup) != null;
    } catch (ProcessEngineException e) {
      // e.g. the same key in several tenants: it exists, the engine's own lookup will tell which
      return true;
    }
  }
}

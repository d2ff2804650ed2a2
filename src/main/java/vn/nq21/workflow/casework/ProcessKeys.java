package vn.nq21.workflow.casework;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The key of the process a task or an execution belongs to, which names its procedure: read from the engine's
 * deployment cache as the entity itself reads it (the repository service would run a nested command with a
 * permission query).
 */
public final class ProcessKeys {

  private ProcessKeys() {}

  public static String of(DelegateTask task) {
    if (task instanceof TaskEntity entity) {
      ProcessDefinitionEntity definition = entity.getProcessDefinition();
      return definition == null ? null : definition.getKey();
    }
    return byId(task.getProcessDefinitionId(), task.getProcessEngineServices());
  }

  public static String of(DelegateExecution execution) {
    if (execution instanceof ExecutionEntity entity) {
      ProcessDefinitionEntity definition = entity.getProcessDefinition();
      return definition == null ? null : definition.getKey();
    }
    return byId(execution.getProcessDefinitionId(), execution.getProcessEngineServices());
  }

  private static String byId(String definitionId, org.camunda.bpm.engine.ProcessEngineServices services) {
    return definitionId == null ? null : services.getRepositoryService().getProcessDefinition(definitionId).getKey();
  }
}

package vn.nq21.workflow.engine.form;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form a step shows, as deployed: the form its {@code camunda:formRef} finds with its binding
 * (the same look-up Tasklist's {@code deployed-form} request makes). Deployed forms never change, so each
 * is read once and kept. One instance for the application (the submission checks, the case page). Runs inside an
 * engine command.
 */
@Component
public final class StepForms {

  /** A key that is one variable: {@code ${name}}. */
  private static final Pattern ONE_VARIABLE = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

  /** Parsed forms by form definition id. */
  private final Map<String, FormFile> byDefinition = new ConcurrentHashMap<>();
  /** Forms bound to their deployment, by deployment id and form key: no look-up at all once read. */
  private final Map<String, FormFile> byDeploymentAndKey = new ConcurrentHashMap<>();

  /** The form of a task's step, or null when the step has no Camunda Form. */
  public FormFile of(TaskEntity task) {
    if (task.getTaskDefinition() == null) {
      return null;
    }
    return read(task.getTaskDefinition().getTaskFormHandler().createTaskForm(task));
  }

  /** The form of a process's start event, or null when it has no Camunda Form. */
  public FormFile ofStart(ProcessDefinitionEntity definition) {
    if (definition.getStartFormHandler() == null) {
      return null;
    }
    return read(definition.getStartFormHandler().createStartFormData(definition));
  }

  /**
   * The form of the user task {@code taskKey} of a deployed process, as its model names it (a task done long ago
   * included), or null when the step has no Camunda Form. A key given by a variable ({@code ${decisionForm}}: the
   * review chain shows the form of the procedure that called it) is read with {@code variables}, the instance's.
   */
  public FormFile ofStep(String processDefinitionId, String taskKey, Function<String, Object> variables) {
    ProcessDefinitionEntity definition = Context.getCommandContext().getProcessEngineConfiguration()
        .getDeploymentCache().findDeployedProcessDefinitionById(processDefinitionId);
    TaskDefinition task = definition.getTaskDefinitions().get(taskKey);
    if (task == null || task.getCamundaFormDefinitionKey() == null) {
      return null;
    }
    String key = task.getCamundaFormDefinitionKey().getExpressionText();
    if (!task.getCamundaFormDefinitionKey().isLiteralText()) {
      Matcher variable = ONE_VARIABLE.matcher(key);
      if (!variable.matches() || !(variables.apply(variable.group(1)) instanceof String named)) {
        return null;
      }
      key = named;
    }
    CamundaFormRefImpl ref = new CamundaFormRefImpl(key, task.getCamundaFormDefinitionBinding());
    if (task.getCamundaFormDefinitionVersion() != null) {
      if (!task.getCamundaFormDefinitionVersion().isLiteralText()) {
        return null;
      }
      ref.setVersion(Integer.valueOf(task.getCamundaFormDefinitionVersion().getExpressionText()));
    }
    return read(ref, definition.getDeploymentId());
  }

  /** The form of a deployed process's start event, or null when it has none. */
  public FormFile ofStart(String processDefinitionId) {
    return ofStart(Context.getCommandContext().getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId));
  }

  private FormFile read(FormData data) {
    return data == null ? null : read(data.getCamundaFormRef(), data.getDeploymentId());
  }

  private FormFile read(CamundaFormRef ref, String deploymentId) {
    if (ref == null || ref.getKey() == null) {
      return null;
    }
    if ("deployment".equals(ref.getBinding())) {
      String key = deploymentId + "/" + ref.getKey();
      FormFile known = byDeploymentAndKey.get(key);
      if (known == null) {
        known = lookUp(ref, deploymentId);
        if (known != null) {
          byDeploymentAndKey.put(key, known);
        }
      }
      return known;
    }
    return lookUp(ref, deploymentId);
  }

  private FormFile lookUp(CamundaFormRef ref, String deploymentId) {
    CommandContext context = Context.getCommandContext();
    CamundaFormDefinition definition = context.runWithoutAuthorization(
        new GetCamundaFormDefinitionCmd(ref, deploymentId));
    if (definition == null) {
      return null;
    }
    return byDefinition.computeIfAbsent(definition.getId(), id -> {
      ResourceEntity resource = context.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
      try {
        return FormFile.read(definition.getResourceName(), resource.getBytes());
      } catch (IOException e) {
        throw new IllegalStateException("Biểu mẫu " + definition.getResourceName() + " không đọc được: "
            + e.getMessage(), e);
      }
    });
  }
}

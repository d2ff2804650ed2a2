package vn.nq21.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.form.FormFile;
import vn.nq21.workflow.engine.form.StepForms;
import vn.nq21.workflow.engine.form.SubmissionContract;
import vn.nq21.workflow.engine.form.SubmissionLimits;

/**
 * Guards every form submission, by decorating each user task's and each process's start form handler at
 * parse time (so models an admin deploys are guarded too):
 * <ol>
 *   <li>before any value is set, the {@link SubmissionContract}: the submission carries only the fields of
 *       the step's Camunda Form, with their types and within their limits; anything else refuses the whole
 *       submission, nothing is written and the task stays open;</li>
 *   <li>after the values are set and before the task completes, the procedures' {@link SubmissionCheck}s
 *       (the rules of the regulation).</li>
 * </ol>
 * A refusal is a form validation failure to the engine (REST: 400 with the Vietnamese list) and one INFO
 * line in the log. The checks' complete listeners stay the guard for tasks completed without a form.
 */
@Component
@EnableConfigurationProperties(SubmissionLimits.class)
public class SubmissionCheckPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(SubmissionCheckPlugin.class);

  private final ObjectProvider<SubmissionCheck> checks;
  private final SubmissionContract contract;
  private final StepForms forms;

  public SubmissionCheckPlugin(ObjectProvider<SubmissionCheck> checks, SubmissionLimits limits, StepForms forms) {
    this.checks = checks;
    this.forms = forms;
    this.contract = new SubmissionContract(limits);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          TaskDefinition definition = behavior.getTaskDefinition();
          definition.setTaskFormHandler(new CheckedFormHandler(definition.getTaskFormHandler()));
        }
      }

      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (scope instanceof ProcessDefinitionEntity definition && definition.getStartFormHandler() != null
            && !(definition.getStartFormHandler() instanceof CheckedStartFormHandler)) {
          definition.setStartFormHandler(new CheckedStartFormHandler(definition.getStartFormHandler()));
        }
      }
    });
  }

  /** Refuses the submission unless it keeps to the step's form (before anything is set). */
  private void enforceContract(FormFile form, String step, String where, VariableMap properties) {
    List<String> problems = contract.problems(form, step, properties);
    if (!problems.isEmpty()) {
      Authentication user = Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
      LOG.info("Từ chối nội dung gửi ở bước \"{}\" ({}), người dùng {}: {}", step, where,
          user == null ? "hệ thống" : user.getUserId(), String.join(" | ", problems).replaceAll("\\p{Cntrl}", " "));
      List<String> identity = properties.keySet().stream().filter(CaseVariables.IDENTITY::contains).sorted().toList();
      if (!identity.isEmpty()) {
        throw new CaseIdentityException("Không ai được đặt hoặc đổi tổ chức hay người của hồ sơ qua biểu mẫu ("
            + String.join(", ", identity) + "): hệ thống tự ghi khi mở hồ sơ.");
      }
      throw new SubmissionRejectedException(problems);
    }
  }

  /** The engine's start form handler, behind the submission contract. */
  private final class CheckedStartFormHandler implements StartFormHandler {

    private final StartFormHandler delegate;

    CheckedStartFormHandler(StartFormHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public StartFormData createStartFormData(ProcessDefinitionEntity definition) {
      return delegate.createStartFormData(definition);
    }

    @Override
    public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition,
        BpmnParse parse) {
      delegate.parseConfiguration(element, deployment, definition, parse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope scope) {
      if (scope instanceof ExecutionEntity execution) {
        ProcessDefinitionEntity definition = execution.getProcessDefinition();
        if (definition.getInitial() != null
            && "messageStartEvent".equals(definition.getInitial().getProperty("type"))) {
          throw new SubmissionRejectedException(List.of("Quy trình “" + definition.getName() + "” do hệ thống tự mở"
              + " (khi có thông điệp từ bước khác), không mở bằng biểu mẫu được."));
        }
        enforceContract(forms.ofStart(definition), definition.getName() == null ? definition.getKey()
            : definition.getName(), "mở hồ sơ " + definition.getKey(), properties);
      }
      delegate.submitFormVariables(properties, scope);
    }
  }

  /** The engine's form handler, followed by the checks once the submitted values are in place. */
  private final class CheckedFormHandler implements TaskFormHandler {

    private final TaskFormHandler delegate;

    CheckedFormHandler(TaskFormHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
      return delegate.createTaskForm(task);
    }

    @Override
    public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition,
        BpmnParse parse) {
      delegate.parseConfiguration(element, deployment, definition, parse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope scope) {
      if (scope instanceof TaskEntity task) {
        enforceContract(forms.of(task), task.getName() == null ? task.getTaskDefinitionKey() : task.getName(),
            "việc " + task.getTaskDefinitionKey() + ", hồ sơ " + task.getProcessInstanceId(), properties);
      }
      delegate.submitFormVariables(properties, scope);
      if (scope instanceof DelegateTask task) {
        try {
          checks.orderedStream().filter(check -> check.appliesTo(task)).forEach(check -> check.check(task));
        } catch (SubmissionRejectedException e) {
          Authentication user = Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
          LOG.info("Chưa nhận biểu mẫu của bước \"{}\" (việc {}, hồ sơ {}), người dùng {}: {}", task.getName(),
              task.getTaskDefinitionKey(), task.getProcessInstanceId(), user == null ? "hệ thống" : user.getUserId(),
              String.join(" | ", e.problems()));
          throw e;
        }
      }
    }
  }
}

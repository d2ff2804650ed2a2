package vn.nq21.workflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link CaseOwnershipListener} to the start of every process the engine parses, so that no
 * model (including one an admin deploys from the Modeler) can open a case outside the organisation
 * model's rules; and lets the groups each user task names read its case ({@link CaseVisibility}).
 */
@Component
public class CaseOwnershipPlugin extends AbstractProcessEnginePlugin {

  private final ExecutionListener listener;
  private final CaseVisibility visibility;

  public CaseOwnershipPlugin(@Lazy CaseOwnershipListener listener, @Lazy CaseVisibility visibility) {
    this.listener = listener;
    this.visibility = visibility;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPreBPMNParseListeners(listeners);
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, listener);
      }

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, task -> {
            List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
            if (task.getProcessInstanceId() != null && !groups.isEmpty()) {
              visibility.grantWorkers(task.getProcessInstanceId(), groups);
            }
          });
        }
      }
    });
  }
}

package vn.nq21.workflow.casework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.SubmissionCheck;
import vn.nq21.workflow.engine.SubmissionRejectedException;

/**
 * The one listener on every user task of every procedure ({@code ${caseTaskCheck}}), and the submission
 * check the engine runs on every submitted form: it finds the task's procedure by its process key and runs
 * that procedure's {@link ProcedureSteps}. On create it marks which step of how many the task is ({@link StepNumbers})
 * and prepares the form; on a submission it runs the
 * step's check: a refused submission throws, so the task stays open and nothing is written. Nobody completes a step
 * of a case about themselves ({@link OwnCase}); a step done after its due date is recorded on the case
 * ({@link CaseLateness}).
 */
@Component(CaseTaskCheck.BEAN)
public class CaseTaskCheck implements TaskListener, SubmissionCheck {

  static final String BEAN = "caseTaskCheck";
  /** The name models deployed before the procedures had rooms of their own give this listener. */
  static final String EARLIER_NAME = "admissionTaskCheck";
  /** Marks, for the rest of the command, a submission already checked on its way in. */
  static final String CHECKED = "nq21SubmissionChecked";

  private final Map<String, ProcedureSteps> byProcess = new HashMap<>();
  private final OwnCase ownCase;
  private final CaseLateness lateness;
  private final StepNumbers stepNumbers;

  public CaseTaskCheck(List<ProcedureSteps> procedures, OwnCase ownCase, CaseLateness lateness,
      StepNumbers stepNumbers) {
    this.ownCase = ownCase;
    this.lateness = lateness;
    this.stepNumbers = stepNumbers;
    for (ProcedureSteps procedure : procedures) {
      for (String key : procedure.processKeys()) {
        ProcedureSteps earlier = byProcess.putIfAbsent(key, procedure);
        if (earlier != null) {
          throw new IllegalStateException("Quy trình " + key + " có hai bộ kiểm tra: " + earlier.getClass().getName()
              + " và " + procedure.getClass().getName());
        }
      }
    }
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      stepNumbers.mark(task);
    }
    ProcedureSteps procedure = byProcess.get(ProcessKeys.of(task));
    if (procedure == null) {
      return;
    }
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      procedure.prepare(task.getTaskDefinitionKey(), CaseReader.of(task));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName()) && task.getVariableLocal(CHECKED) == null) {
      check(task);
    }
  }

  @Override
  public boolean appliesTo(DelegateTask task) {
    return byProcess.containsKey(ProcessKeys.of(task));
  }

  @Override
  public Set<String> checkedTasks(String processKey) {
    ProcedureSteps procedure = byProcess.get(processKey);
    return procedure == null ? null : procedure.checks().keySet();
  }

  /** The step's server-side check and what follows an accepted submission; runs once per submission. */
  @Override
  public void check(DelegateTask task) {
    ProcedureSteps procedure = byProcess.get(ProcessKeys.of(task));
    StepCheck step = procedure.checks().get(task.getTaskDefinitionKey());
    if (step == null) {
      step = procedure.earlierChecks().get(task.getTaskDefinitionKey());
    }
    if (step == null) {
      // every user task of a procedure has a check (model check rule 8): a task without one is a defect
      throw new IllegalStateException("Bước " + task.getTaskDefinitionKey() + " không có kiểm tra phía máy chủ ("
          + procedure.getClass().getSimpleName() + ")");
    }
    CaseReader c = CaseReader.of(task);
    ownCase.refuseOwn(c);
    Problems p = new Problems(c);
    step.check(c, p);
    if (!p.ok()) {
      throw new SubmissionRejectedException(p.list());
    }
    procedure.accepted(task, c);
    lateness.record(task, c, procedure.actDate(task.getTaskDefinitionKey()));
    task.setVariableLocal(CHECKED, Variables.booleanValue(true, true));
  }

  /** Models deployed earlier keep working: their tasks name this listener by its earlier name. */
  @Configuration(proxyBeanMethods = false)
  static class EarlierName {

    @Bean
    static BeanFactoryPostProcessor caseTaskCheckEarlierName() {
      return beanFactory -> beanFactory.registerAlias(BEAN, EARLIER_NAME);
    }
  }
}

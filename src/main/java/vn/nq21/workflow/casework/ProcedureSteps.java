package vn.nq21.workflow.casework;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a procedure tells {@link CaseTaskCheck} about its user tasks: one check per task, by the task's id
 * in the procedure's models. The model checks hold every user task of those models to having one (rule 8),
 * and the build holds every check to naming a task the models have.
 */
public interface ProcedureSteps {

  /** The keys of the processes whose user tasks these are. */
  Set<String> processKeys();

  /** Each user task's check, by the task's id: every user task of the processes, no other. */
  Map<String, StepCheck> checks();

  /**
   * Checks of user tasks that only models deployed earlier have (a step that has since moved, e.g. into the
   * review chain): cases still running on those versions keep their checks. Not held to the current models.
   */
  default Map<String, StepCheck> earlierChecks() {
    return Map.of();
  }

  /**
   * The variable holding the date of the act a step records (the chi bộ's meeting, the ceremony, the decision), by
   * which {@link CaseLateness} judges whether the step was late; null: the day it was completed.
   */
  default String actDate(String taskKey) {
    return null;
  }

  /** When a task is created: put in front of the clerk what the form shows but the case knows. */
  default void prepare(String taskKey, CaseReader c) {}

  /** After a submission is accepted, before the task completes: what follows an accepted step. */
  default void accepted(DelegateTask task, CaseReader c) {}
}

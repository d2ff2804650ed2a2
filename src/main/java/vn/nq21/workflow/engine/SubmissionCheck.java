package vn.nq21.workflow.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A procedure's server-side check of a submitted task form. {@link SubmissionCheckPlugin} runs it right
 * after the submitted values are set and before the task completes, so a refusal reaches Tasklist as the
 * check's own exception and message (the engine would wrap an exception thrown from a task listener).
 */
public interface SubmissionCheck {

  /** Whether this check owns the task (its process). */
  boolean appliesTo(DelegateTask task);

  /** Checks the submission; throws an exception whose message tells the clerk what to fix. */
  void check(DelegateTask task);

  /**
   * The user tasks (by id) of {@code processKey} this check has a check for, or null when it does not serve
   * that process. The model checks hold every user task of the process to it (rule 8).
   */
  default java.util.Set<String> checkedTasks(String processKey) {
    return null;
  }
}

package vn.nq21.workflow.casework;

import org.camunda.bpm.engine.task.Task;

/**
 * The step every case carries from its start to record that it stops (a withdrawal, a death): open throughout, it is
 * not work waiting. The models mark it with {@code camunda:priority="10"}; every other step has more (50, the
 * engine's default). Tasklist's work filters leave it out, and the case lists and the case page show it apart.
 */
public final class StopStep {

  /** The priority the models give the stop step; a step at or under it is one. */
  public static final int PRIORITY = 10;

  private StopStep() {}

  public static boolean is(Task task) {
    return task.getPriority() <= PRIORITY;
  }
}

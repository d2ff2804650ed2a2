package vn.nq21.workflow.registry;

import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Another transaction changed the same person first (two clerks at once, or a timer): nothing is written,
 * and the request may be made again on fresh data. To the engine and the REST API it is the same as the
 * engine's own optimistic-locking failure (409 for the user, no fault in the log).
 */
public class RegistryConflictException extends OptimisticLockingException {

  /** What every such message says, so that an answer can be told apart by its text alone. */
  public static final String MARK = "vừa được người khác cập nhật";

  /** {@code who}'s record was changed by another transaction first. */
  public RegistryConflictException(String who) {
    super("Hồ sơ của " + who + " " + MARK + ": hãy thử lại.");
  }
}

package vn.nq21.workflow.registry;

import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Another transaction changed the same person first (two clerks at once, or a timer): nothing is written,
 * and the request may be made again on fresh data. To the engine and the REST API it is the same as the
 * engine's own optimistic-locking failure (409 for the user, no fault in the log).
 */
public class RegistryConflictException extends OptimisticLockingException {
  public RegistryConflictException(String message) {
    super(message);
  }
}

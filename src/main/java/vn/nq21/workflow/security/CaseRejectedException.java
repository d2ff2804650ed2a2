package vn.nq21.workflow.security;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A case the current user may not open (another organisation's, or none); the start is rolled back and
 * the message shown as is. An authorization failure: REST answers 403, the engine logs no stack trace.
 */
public class CaseRejectedException extends AuthorizationException {
  public CaseRejectedException(String message) {
    super(message);
  }
}

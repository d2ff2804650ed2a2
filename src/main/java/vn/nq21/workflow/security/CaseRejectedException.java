package vn.nq21.workflow.security;

import org.camunda.bpm.engine.ProcessEngineException;

/** A case the current user may not open; the start is rolled back and the message shown as is. */
public class CaseRejectedException extends ProcessEngineException {
  public CaseRejectedException(String message) {
    super(message);
  }
}

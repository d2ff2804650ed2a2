package vn.nq21.workflow.engine;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A submission that tries to set the case's identity (its organisation or its person,
 * {@link CaseVariables#IDENTITY}): nobody may, so it is an authorization failure (REST: 403) and nothing
 * is written.
 */
public class CaseIdentityException extends AuthorizationException {
  public CaseIdentityException(String message) {
    super(message);
  }
}

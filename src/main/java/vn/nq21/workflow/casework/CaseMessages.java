package vn.nq21.workflow.casework;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * One procedure opens a case of another by the other's start message, never by calling its code: the
 * message name is the other model's, and what the new case needs travels as its variables.
 */
@Component
public class CaseMessages {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public CaseMessages(@Lazy RuntimeService runtimeService, @Lazy IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /**
   * Opens the case whose model starts on {@code message}, with this business key and these variables. The
   * application opens it, not the user whose act led to it (an office above importing a chi bộ's rating book opens
   * that chi bộ's review): the case's organisation is the one the variables name, whoever was signed in.
   */
  public void open(String message, String businessKey, Map<String, Object> variables) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(businessKey)
          .setVariables(variables).correlateStartMessage();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }

  /**
   * Tells the running cases with this business key that wait for {@code message} (an event sub-process of another
   * procedure, e.g. a probation case when its member transfers); none waiting is fine. Returns how many were told.
   */
  public int deliver(String message, String businessKey, Map<String, Object> variables) {
    return runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(businessKey)
        .setVariables(variables).correlateAllWithResult().size();
  }
}

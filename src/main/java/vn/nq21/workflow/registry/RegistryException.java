package vn.nq21.workflow.registry;

import java.util.List;
import vn.nq21.workflow.engine.SubmissionRejectedException;

/**
 * A change the registry refuses; the message says in Vietnamese what is wrong. Nothing is written. Made in
 * a step, it refuses the step's submission like any other rule (REST: 400 with the message).
 */
public class RegistryException extends SubmissionRejectedException {
  public RegistryException(String message) {
    super(List.of(message));
  }
}

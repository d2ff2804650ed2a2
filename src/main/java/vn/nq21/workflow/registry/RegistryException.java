package vn.nq21.workflow.registry;

/** A change the registry refuses; the message says in Vietnamese what is wrong. Nothing is written. */
public class RegistryException extends RuntimeException {
  public RegistryException(String message) {
    super(message);
  }
}

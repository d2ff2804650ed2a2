package vn.nq21.workflow.revision;

/** A version, case or move that does not exist. */
public class MigrationNotFoundException extends RuntimeException {

  public MigrationNotFoundException(String message) {
    super(message);
  }
}

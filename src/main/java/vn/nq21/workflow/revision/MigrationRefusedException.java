package vn.nq21.workflow.revision;

/** A move of running cases that cannot be made as asked; the message says, in Vietnamese, what to change. */
public class MigrationRefusedException extends RuntimeException {

  public MigrationRefusedException(String message) {
    super(message);
  }
}

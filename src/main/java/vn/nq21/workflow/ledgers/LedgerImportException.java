package vn.nq21.workflow.ledgers;

import java.util.List;

/** An import refused as a whole: every problem found, each naming its line. Nothing was written. */
public class LedgerImportException extends RuntimeException {

  private final List<String> problems;

  public LedgerImportException(List<String> problems) {
    super("Không nhập được tệp: " + String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

package vn.nq21.workflow.admission;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A form submission the rules refuse. Thrown from a task's complete listener: the transaction rolls
 * back, the task stays open with its variables as they were, and Tasklist shows the message, which
 * lists in Vietnamese what to fix.
 */
public class SubmissionRejectedException extends ProcessEngineException {

  private final List<String> problems;

  public SubmissionRejectedException(List<String> problems) {
    super(problems.size() == 1 ? "Chưa thể hoàn thành bước này: " + problems.get(0)
        : "Chưa thể hoàn thành bước này:\n- " + String.join("\n- ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

package vn.nq21.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form submission the rules refuse: the transaction rolls back, the task stays open with its variables
 * as they were, and the message lists in Vietnamese what to fix. To the engine it is a form validation
 * failure, so a refused submit-form answers 400 with this message (after Camunda's short English prefix).
 */
public class SubmissionRejectedException extends FormFieldValidationException {

  private final List<String> problems;

  public SubmissionRejectedException(List<String> problems) {
    super(List.copyOf(problems), problems.size() == 1 ? "Chưa thể hoàn thành bước này: " + problems.get(0)
        : "Chưa thể hoàn thành bước này:\n- " + String.join("\n- ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}

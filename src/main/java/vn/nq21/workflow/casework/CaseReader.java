package vn.nq21.workflow.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.engine.SubmissionRejectedException;

/**
 * A case's variables, read with their types: what every procedure's steps and checks read and write. The
 * variable names themselves are the contract between a procedure's model, its forms and its code, and are
 * named there.
 */
public final class CaseReader {

  private final VariableScope scope;

  private CaseReader(VariableScope scope) {
    this.scope = scope;
  }

  public static CaseReader of(VariableScope scope) {
    return new CaseReader(scope);
  }

  /** The id of the process instance the step belongs to (the case's own, or the review chain it called). */
  public String caseId() {
    if (scope instanceof org.camunda.bpm.engine.delegate.DelegateTask task) {
      return task.getProcessInstanceId();
    }
    if (scope instanceof org.camunda.bpm.engine.delegate.DelegateExecution execution) {
      return execution.getProcessInstanceId();
    }
    return null;
  }

  /** The code of the organisation that owns the case. */
  public String orgCode() {
    return text(CaseVariables.CASE_ORG);
  }

  /** A registry id ({@code candidateId}, {@code memberId}), or null. */
  public Long id(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : ((Number) value).longValue();
  }

  /** A date as the forms store it (ISO text or a date); a value that is no date refuses the submission. */
  public LocalDate date(String name) {
    try {
      return FormValues.toLocalDate(scope.getVariable(name));
    } catch (IllegalArgumentException e) {
      throw new SubmissionRejectedException(List.of(e.getMessage()));
    }
  }

  /** The date, or {@code fallback} when the case has none (yet). */
  public LocalDate dateOr(String name, LocalDate fallback) {
    LocalDate date = date(name);
    return date == null ? fallback : date;
  }

  /** Trimmed text; null when absent or blank. */
  public String text(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : s;
  }

  /** A whole number; null when absent or blank; a value that is no number refuses the submission. */
  public Integer number(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new SubmissionRejectedException(List.of("Giá trị “" + value + "” không phải là số."));
    }
  }

  public int numberOrZero(String name) {
    Integer n = number(name);
    return n == null ? 0 : n;
  }

  /**
   * The codes a checklist submitted (a JSON array from Tasklist, a list from the Java API); empty when absent. A
   * value that is no list refuses the submission.
   */
  public List<String> list(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof java.util.Collection<?> items) {
      return items.stream().map(String::valueOf).toList();
    }
    if (value instanceof org.camunda.spin.json.SpinJsonNode node && node.isArray()) {
      return node.elements().stream().map(e -> e.isString() ? e.stringValue() : e.toString()).toList();
    }
    if (value instanceof String text && text.trim().startsWith("[")) {
      return org.camunda.spin.Spin.JSON(text).elements().stream().map(e -> e.isString() ? e.stringValue()
          : e.toString()).toList();
    }
    throw new SubmissionRejectedException(List.of("Giá trị “" + value + "” không phải là một danh sách."));
  }

  public boolean flag(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public void set(String name, Object value) {
    scope.setVariable(name, value);
  }

  /** One option of a select or checklist whose choices the application fills ({@code valuesKey}). */
  public static Map<String, String> option(String label, String value) {
    return Map.of("label", label, "value", value);
  }

  /**
   * The choices of a select or checklist as form-js reads them through {@code valuesKey}: a JSON list of label and
   * value.
   */
  public void setOptions(String name, List<Map<String, String>> options) {
    scope.setVariable(name, Variables.objectValue(new ArrayList<>(options))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }

  /** Sets the variable unless it holds this value already: the engine would write and record an unchanged value. */
  public void update(String name, Object value) {
    if (!Objects.equals(scope.getVariable(name), value)) {
      scope.setVariable(name, value);
    }
  }

  /** A deadline the case keeps as a date-time (a timer's or a due date's), or null. */
  public Date deadline(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Date d ? d : null;
  }
}

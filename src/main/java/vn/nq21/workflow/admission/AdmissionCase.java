package vn.nq21.workflow.admission;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.engine.SubmissionRejectedException;

/**
 * The admission case's variables, read with their types. The variable names are the contract between
 * the model, the forms under {@code forms/ket-nap-dang-vien/} and this code; they are named here once.
 */
final class AdmissionCase {

  private final VariableScope scope;

  private AdmissionCase(VariableScope scope) {
    this.scope = scope;
  }

  static AdmissionCase of(VariableScope scope) {
    return new AdmissionCase(scope);
  }

  String orgCode() {
    return text(CaseVariables.CASE_ORG);
  }

  Long candidateId() {
    return id("candidateId");
  }

  /** The dự bị member of a probation case. */
  Long memberId() {
    return id("memberId");
  }

  private Long id(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : ((Number) value).longValue();
  }

  String candidateName() {
    return text("candidateName");
  }

  LocalDate date(String name) {
    try {
      return FormValues.toLocalDate(scope.getVariable(name));
    } catch (IllegalArgumentException e) {
      throw new SubmissionRejectedException(java.util.List.of(e.getMessage()));
    }
  }

  String text(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : s;
  }

  Integer number(String name) {
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
      throw new SubmissionRejectedException(java.util.List.of("Giá trị “" + value + "” không phải là số."));
    }
  }

  int numberOrZero(String name) {
    Integer n = number(name);
    return n == null ? 0 : n;
  }

  boolean flag(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  void set(String name, Object value) {
    scope.setVariable(name, value);
  }

  /** Sets the variable unless it holds this value already: the engine would write and record an unchanged value. */
  void update(String name, Object value) {
    if (!java.util.Objects.equals(scope.getVariable(name), value)) {
      scope.setVariable(name, value);
    }
  }

  Date deadline(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Date d ? d : null;
  }
}

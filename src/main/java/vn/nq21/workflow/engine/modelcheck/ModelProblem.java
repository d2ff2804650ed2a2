package vn.nq21.workflow.engine.modelcheck;

/**
 * One thing wrong in a deployment: which rule, where (the resource, the element id and name) and the
 * whole sentence an admin reads, in Vietnamese, naming what to fix.
 *
 * @param rule the check that found it
 * @param resource the resource name in the deployment, e.g. {@code bpmn/ket-nap-dang-vien.bpmn}
 * @param elementId the id of the BPMN element, decision or form component; null for a whole file
 * @param elementName its name (form components: label), or null
 * @param message the sentence shown to the admin
 */
public record ModelProblem(Rule rule, String resource, String elementId, String elementName, String message) {

  /** The checks, numbered as in {@link ModelChecker}. */
  public enum Rule {
    /** The file cannot be read as XML or JSON at all. */
    UNREADABLE,
    /** 1: a user task or a start event a person fills in has no Camunda Form. */
    FORM_MISSING,
    /** 2: a form reference without binding, or naming no form the binding would find. */
    FORM_REFERENCE,
    /** 3: a delegate expression or expression names no Spring bean (or variable, for expressions). */
    UNKNOWN_BEAN,
    /** 4: a business rule task names no decision. */
    UNKNOWN_DECISION,
    /** 5: a candidate group, candidate user or assignee written as a literal. */
    HARD_CODED_ASSIGNMENT,
    /** 6: a process or decision without history time to live. */
    HISTORY_TIME_TO_LIVE,
    /** 7: a form field whose key the process neither reads nor writes. */
    FORM_FIELD_UNUSED,
    /** 7: one variable with two types in two forms of the same process. */
    FORM_FIELD_TYPE_CONFLICT,
    /** 8: a user task of a process whose code checks its steps has no check of its own. */
    TASK_UNCHECKED,
    /** 9: a revised decision table drops what running cases still evaluate (an output, a rule set's rows). */
    STRANDS_RUNNING_CASES
  }

  @Override
  public String toString() {
    return message;
  }
}

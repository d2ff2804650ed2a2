/**
 * Quy tắc: evaluation of the DMN tables in {@code bpmn/rules/} on behalf of the procedures, and the
 * choice of the rule set in force on the date of an act (domain specification §2.2).
 */
package vn.nq21.workflow.rules;

/**
 * Kết nạp đảng viên: the admission procedure (domain specification §5). The model
 * {@code bpmn/ket-nap-dang-vien.bpmn} orchestrates; the rules live in DMN tables read through
 * {@link vn.nq21.workflow.admission.rules.AdmissionRules}; this package holds the thin adapters the model
 * calls — server-side checks of each submitted form, the registry changes, who works each step.
 */
package vn.nq21.workflow.admission;

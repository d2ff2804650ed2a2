/**
 * Quy tắc kết nạp đảng viên: the checkable conditions of the admission procedure (domain specification
 * §5.3 and the cross-cutting vote rules of §4) behind one bean, {@link
 * vn.nq21.workflow.admission.rules.AdmissionRules} ({@code admissionRules}).
 *
 * <p>What changes with the regulation lives in DMN tables in {@code bpmn/rules/}, each keyed by the
 * rule set in force on the date of the act ({@link vn.nq21.workflow.rules.RuleSets}):
 * {@code dieu-kien-tuoi-ket-nap} (R-KN-01/02), {@code hieu-luc-giay-to} (R-KN-05/05a),
 * {@code dieu-kien-hoc-van} (R-KN-03/04), {@code nguoi-gioi-thieu-hop-le} (R-KN-08/10/10a),
 * {@code nguong-bieu-quyet} (R-GEN-03/04/06, R-KN-14/15) and {@code mau-so-bieu-quyet} (R-GEN-05).
 * What is arithmetic on dates and counts (R-GEN-02 months, R-KN-09 introducers against the registry,
 * R-GEN-08 vote-record sanity, R-GEN-10 minimum size) is Java. Interpretations the regulations leave
 * open are settings, prefix {@code nq21.admission} ({@link
 * vn.nq21.workflow.admission.rules.AdmissionSettings}, defaults in {@code
 * classpath:config/admission.yaml}).
 *
 * <p>Results carry Vietnamese messages for the clerk; codes and names in the code are English.
 */
package vn.nq21.workflow.admission.rules;

package vn.nq21.workflow.admission.rules;

import java.time.LocalDate;

/**
 * The awareness-class certificate (giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng) on a date,
 * usually the chi bộ vote date (R-KN-05; HARD, R-GEN-15).
 *
 * @param valid the certificate is valid on that date
 * @param validUntil its last valid day (the day before issue date + validity months)
 * @param message for the clerk
 * @param ruleSet the rule set in force on that date
 */
public record CertificateCheck(boolean valid, LocalDate validUntil, String message, String ruleSet) {}

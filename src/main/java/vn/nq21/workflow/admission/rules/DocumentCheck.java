package vn.nq21.workflow.admission.rules;

import java.time.LocalDate;

/**
 * An admission document on a date (R-KN-05, R-KN-05a).
 *
 * @param documentType the code in table {@code hieu-luc-giay-to}, e.g. NHAN_THUC, NHAN_XET_NOI_CU_TRU
 * @param documentLabel its Vietnamese name
 * @param valid the document is valid on that date
 * @param validUntil its last valid day, or null when the texts set no expiry
 * @param message for the clerk
 * @param warning for a document without expiry that is older than {@code
 *     nq21.admission.docs-warn-after-months}; null otherwise (does not block)
 * @param ruleSet the rule set in force on that date
 */
public record DocumentCheck(
    String documentType,
    String documentLabel,
    boolean valid,
    LocalDate validUntil,
    String message,
    String warning,
    String ruleSet) {}

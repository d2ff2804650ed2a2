package vn.nq21.workflow.admission.rules;

import java.time.LocalDate;

/**
 * Whether a person who left the Party may be considered for re-admission (R-KN-22, R-KN-23, table {@code
 * dieu-kien-ket-nap-lai}): ALLOWED, WAIT (until {@code earliest}) or BARRED, with the Vietnamese message.
 *
 * @param leftOn the date of the removal decision (xóa tên, xin ra, khai trừ)
 * @param reasonCode the reason code stored with it (§9.5a)
 * @param earliest the first day 36 months after leaving, for WAIT
 */
public record ReadmissionCheck(String result, String message, LocalDate leftOn, String reasonCode,
    LocalDate earliest) {

  public boolean allowed() {
    return "ALLOWED".equals(result);
  }
}

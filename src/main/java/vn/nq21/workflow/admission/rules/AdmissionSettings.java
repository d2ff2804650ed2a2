package vn.nq21.workflow.admission.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Interpretations of the admission rules an administrator may change, prefix {@code nq21.admission}
 * (domain specification §15). The defaults below are also written out, with their sources, in {@code
 * classpath:config/admission.yaml}.
 *
 * @param ageMode how age in months is counted (R-GEN-02, R-KN-01, §15 U2): {@link AgeMode#FULL_MONTHS}
 *     (default) or {@link AgeMode#MONTH_GRANULAR}
 * @param doanMaxAge the last age, in full years on the chi bộ vote date, at which Đoàn may introduce a
 *     candidate (R-KN-10, Điều lệ Đoàn: 16–30) — default 30
 * @param resubmissionMinMonths months to wait after a failed chi bộ vote before the candidate is
 *     considered again (R-KN-25, none found in the texts) — default 0
 * @param docsWarnAfterMonths warn when an admission document without a legal expiry is this many months
 *     old on the vote date (R-KN-05a, §15 U4); 0 turns the warning off — default 12
 * @param introducerWarnIfDoanRouteUnused warn when two members introduce a candidate Đoàn could have
 *     introduced (R-KN-10a, §15 U20) — default true
 */
@ConfigurationProperties(prefix = "nq21.admission")
public record AdmissionSettings(
    @DefaultValue("FULL_MONTHS") AgeMode ageMode,
    @DefaultValue("30") int doanMaxAge,
    @DefaultValue("0") int resubmissionMinMonths,
    @DefaultValue("12") int docsWarnAfterMonths,
    @DefaultValue("true") boolean introducerWarnIfDoanRouteUnused) {

  /** How "đủ N tháng tuổi" is read at day level (R-GEN-02, §15 U2). */
  public enum AgeMode {
    /** N months are reached on V iff {@code birthDate.plusMonths(N) <= V} (java.time, clamped month ends). */
    FULL_MONTHS,
    /** Only year and month count: (year × 12 + month of V) − (year × 12 + month of birth), days ignored. */
    MONTH_GRANULAR
  }

  public AdmissionSettings {
    ageMode = ageMode == null ? AgeMode.FULL_MONTHS : ageMode;
    check(doanMaxAge >= 16 && doanMaxAge <= 60, "doan-max-age", "từ 16 đến 60", doanMaxAge);
    check(resubmissionMinMonths >= 0, "resubmission-min-months", "không âm", resubmissionMinMonths);
    check(docsWarnAfterMonths >= 0, "docs-warn-after-months", "không âm (0 = không cảnh báo)", docsWarnAfterMonths);
  }

  /** The shipped defaults. */
  public static AdmissionSettings defaults() {
    return new AdmissionSettings(AgeMode.FULL_MONTHS, 30, 0, 12, true);
  }

  public AdmissionSettings withAgeMode(AgeMode mode) {
    return new AdmissionSettings(mode, doanMaxAge, resubmissionMinMonths, docsWarnAfterMonths,
        introducerWarnIfDoanRouteUnused);
  }

  private static void check(boolean ok, String key, String expected, int actual) {
    if (!ok) {
      throw new IllegalArgumentException(
          "Cấu hình nq21.admission." + key + " phải " + expected + " (đang là " + actual + ").");
    }
  }
}

package vn.nq21.workflow.admission.rules;

/**
 * The age condition on the chi bộ vote date (R-KN-01, R-KN-02).
 *
 * @param ageMonths age in whole months on the vote date, counted with the configured {@link
 *     AdmissionSettings.AgeMode}
 * @param result {@link #TOO_YOUNG}, {@link #REGULAR} or {@link #OVER_60} (table {@code dieu-kien-tuoi-ket-nap})
 * @param message for the clerk, with the age on the vote date
 * @param ruleSet the rule set in force on the vote date
 */
public record AgeCheck(int ageMonths, String result, String message, String ruleSet) {

  /** Under 216 months: the vote may not be held (HARD, R-GEN-15). */
  public static final String TOO_YOUNG = "TOO_YOUNG";
  /** 216 to 720 months inclusive ("đến đủ 60 tuổi"). */
  public static final String REGULAR = "REGULAR";
  /** Over 720 months: only with the provincial standing committee's prior written consent (A6). */
  public static final String OVER_60 = "OVER_60";

  public boolean isTooYoung() {
    return TOO_YOUNG.equals(result);
  }

  public boolean isRegular() {
    return REGULAR.equals(result);
  }

  public boolean isOver60() {
    return OVER_60.equals(result);
  }
}

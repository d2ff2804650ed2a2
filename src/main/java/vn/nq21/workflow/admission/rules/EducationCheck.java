package vn.nq21.workflow.admission.rules;

/**
 * The education condition (R-KN-03, R-KN-04), table {@code dieu-kien-hoc-van}.
 *
 * @param result {@link #DAT}, {@link #DAT_NGOAI_LE_TIEU_HOC}, {@link #CAN_DONG_Y_BTV_TINH} or {@link #KHONG_DAT}
 * @param message for the clerk
 * @param ruleSet the rule set in force on the date of the act
 */
public record EducationCheck(String result, String message, String ruleSet) {

  /** Lower-secondary diploma or higher. */
  public static final String DAT = "DAT";
  /** Primary school, in a difficult area or a fisherman (R-KN-04 a). */
  public static final String DAT_NGOAI_LE_TIEU_HOC = "DAT_NGOAI_LE_TIEU_HOC";
  /** Literate prestigious person: needs the provincial standing committee's written consent (R-KN-04 b, A8). */
  public static final String CAN_DONG_Y_BTV_TINH = "CAN_DONG_Y_BTV_TINH";
  /** Not met. */
  public static final String KHONG_DAT = "KHONG_DAT";

  /** Met, possibly subject to the provincial consent ({@link #needsProvincialConsent()}). */
  public boolean met() {
    return !KHONG_DAT.equals(result);
  }

  public boolean needsProvincialConsent() {
    return CAN_DONG_Y_BTV_TINH.equals(result);
  }
}

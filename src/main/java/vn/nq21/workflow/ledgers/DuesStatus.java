package vn.nq21.workflow.ledgers;

/** A member's đảng phí for one month (R-DP-02). */
public enum DuesStatus {
  DA_NOP("Đã nộp"),
  CHUA_NOP("Chưa nộp"),
  /** Not paid, with a reason the chi bộ accepted and recorded: the month is not counted (R-RK-01a). */
  CO_LY_DO("Chưa nộp, có lý do được chi bộ chấp nhận");

  private final String label;

  DuesStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

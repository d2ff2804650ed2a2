package vn.nq21.workflow.ledgers;

/** A member at one monthly chi bộ meeting (R-GEN-12, R-RK-01b). */
public enum Attendance {
  CO_MAT("Có mặt"),
  VANG_CO_LY_DO("Vắng có lý do được chi ủy chấp nhận"),
  VANG_KHONG_LY_DO("Vắng không có lý do");

  private final String label;

  Attendance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

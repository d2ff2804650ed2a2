package vn.nq21.workflow.ledgers;

/** The yearly rating of a party member (§10, R-DG-01). */
public enum Grade {
  HTXSNV("Hoàn thành xuất sắc nhiệm vụ"),
  HTTNV("Hoàn thành tốt nhiệm vụ"),
  HTNV("Hoàn thành nhiệm vụ"),
  KHTNV("Không hoàn thành nhiệm vụ");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

package vn.nq21.workflow.ledgers;

/** What the competent body granted on application (R-DP-03): an exemption from đảng phí, or a reduction. */
public enum ReliefKind {
  MIEN("Miễn đóng đảng phí"),
  GIAM("Giảm đảng phí");

  private final String label;

  ReliefKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

package vn.nq21.workflow.registry;

/** What a member holds on a cấp ủy (chi ủy, đảng ủy): bí thư, phó bí thư or cấp ủy viên. */
public enum CommitteeRole {
  BI_THU("Bí thư"),
  PHO_BI_THU("Phó bí thư"),
  UY_VIEN("Cấp ủy viên");

  private final String label;

  CommitteeRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

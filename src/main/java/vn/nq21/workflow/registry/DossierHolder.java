package vn.nq21.workflow.registry;

/** Who holds a member's hồ sơ đảng viên (R-CS-06). */
public enum DossierHolder {
  /** The office of an organisation of this installation keeps it. */
  ORG("Văn phòng cấp ủy giữ"),
  /** The member carries it, sealed, to the receiving organisation. */
  MEMBER("Đảng viên mang theo (niêm phong)"),
  /** The organisation sent it itself (by post or by hand). */
  POST("Tổ chức đảng gửi đi (niêm phong)"),
  /** An organisation outside this installation received it. */
  EXTERNAL("Đã giao cho tổ chức đảng ngoài hệ thống");

  private final String label;

  DossierHolder(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Sealed and on its way: nobody's office holds it. */
  public boolean inTransit() {
    return this == MEMBER || this == POST;
  }
}

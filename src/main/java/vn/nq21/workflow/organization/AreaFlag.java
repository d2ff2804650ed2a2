package vn.nq21.workflow.organization;

/**
 * Where an organisation works, as R-KN-04 (a) names the places where a candidate who finished primary school only may
 * be admitted: an attribute of the organisation in the seed file ({@code areas}), inherited by everything under it.
 */
public enum AreaFlag {
  MIEN_NUI("miền núi"),
  BIEN_GIOI("biên giới"),
  HAI_DAO("hải đảo"),
  DAN_TOC_THIEU_SO("vùng đồng bào dân tộc thiểu số"),
  DAC_BIET_KHO_KHAN("vùng đặc biệt khó khăn");

  private final String label;

  AreaFlag(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

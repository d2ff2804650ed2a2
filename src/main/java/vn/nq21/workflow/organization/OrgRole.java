package vn.nq21.workflow.organization;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles an organisation's people play in the procedures. Each (organisation, role) pair is one
 * Camunda group, {@code <organisation code>.<role id>}, that tasks name as their candidate group.
 */
public enum OrgRole {
  /** Chi ủy (or the bí thư where a chi bộ has no chi ủy): prepares and records the chi bộ's steps. */
  CHI_UY("chi-uy", "Chi ủy"),
  /** Văn phòng / bộ phận tổ chức of a đảng ủy: keeps case files, records the committee's steps. */
  VAN_PHONG("van-phong", "Văn phòng cấp ủy"),
  /** Ban tổ chức of a superior committee: appraises dossiers and prepares decisions of its BTV. */
  BAN_TO_CHUC("ban-to-chuc", "Ban tổ chức"),
  /** Kiểm tra, giám sát: follows the cases of the organisation's subtree in Cockpit, takes escalations. */
  GIAM_SAT("giam-sat", "Kiểm tra, giám sát");

  private final String id;
  private final String label;

  OrgRole(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<OrgRole> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  /** Which roles an organisation has: chi bộ work through their chi ủy, committees through an office. */
  public static OrgRole[] rolesOf(Organization org) {
    if (org.type().isChiBo()) {
      return new OrgRole[] {CHI_UY, GIAM_SAT};
    }
    if (org.superiorOfTccsd()) {
      return new OrgRole[] {VAN_PHONG, BAN_TO_CHUC, GIAM_SAT};
    }
    return new OrgRole[] {VAN_PHONG, GIAM_SAT};
  }

  public boolean startsCases() {
    return this == CHI_UY || this == VAN_PHONG;
  }
}

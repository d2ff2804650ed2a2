package vn.nq21.workflow.organization;

/**
 * Kinds of party organisation after the 2025 restructuring (procedures.md §3.1).
 *
 * <p>Each type carries the default values of the two flags the authority resolver (§3.2) reads. The defaults
 * can be overridden per organisation in the seed file, because §3.1 leaves some placements to the province:
 * a đặc khu may be a superior of TCCSĐ or itself a TCCSĐ, and village cells may be chi bộ cơ sở or chi bộ
 * trực thuộc depending on the place.
 */
public enum OrgType {

  /** Đảng bộ tỉnh/thành phố (tỉnh ủy, thành ủy). TCCSĐ may sit directly under it (§3.2 A3). */
  TINH_UY("Đảng bộ tỉnh, thành phố", false, true),

  /** Đảng bộ directly under the tỉnh ủy (e.g. đảng bộ các cơ quan Đảng tỉnh) with the power of a superior of TCCSĐ (§3.2 A2). */
  DANG_BO_TRUC_THUOC_TINH_UY("Đảng bộ trực thuộc tỉnh ủy", false, true),

  /** Đảng bộ of a xã, phường or đặc khu: under the QĐ 294 pilot the direct superior of TCCSĐ (§3.1, §3.2 A1). */
  DANG_BO_CAP_XA("Đảng bộ xã, phường, đặc khu", false, true),

  /** Đảng bộ cơ sở: a TCCSĐ with chi bộ (and possibly đảng bộ bộ phận) under it. */
  DANG_BO_CO_SO("Đảng bộ cơ sở", true, false),

  /** Đảng bộ bộ phận inside a đảng bộ cơ sở: appraises, never decides (§3.3). */
  DANG_BO_BO_PHAN("Đảng bộ bộ phận", false, false),

  /** Chi bộ cơ sở: a TCCSĐ with no sub-cells (§3.3, first row). */
  CHI_BO_CO_SO("Chi bộ cơ sở", true, false),

  /** Chi bộ trực thuộc a đảng bộ cơ sở or a đảng bộ bộ phận (§3.3). */
  CHI_BO_TRUC_THUOC("Chi bộ trực thuộc", false, false);

  private final String label;
  private final boolean defaultTccsd;
  private final boolean defaultSuperiorOfTccsd;

  OrgType(String label, boolean defaultTccsd, boolean defaultSuperiorOfTccsd) {
    this.label = label;
    this.defaultTccsd = defaultTccsd;
    this.defaultSuperiorOfTccsd = defaultSuperiorOfTccsd;
  }

  /** Vietnamese label for the UI. */
  public String label() {
    return label;
  }

  /** Whether an organisation of this type is a tổ chức cơ sở đảng unless the seed file says otherwise. */
  public boolean defaultTccsd() {
    return defaultTccsd;
  }

  /** Whether an organisation of this type is a direct superior of TCCSĐ unless the seed file says otherwise. */
  public boolean defaultSuperiorOfTccsd() {
    return defaultSuperiorOfTccsd;
  }

  /** A chi bộ (cơ sở or trực thuộc): the cell where members hold their meetings; it has no sub-organisations. */
  public boolean isChiBo() {
    return this == CHI_BO_CO_SO || this == CHI_BO_TRUC_THUOC;
  }
}

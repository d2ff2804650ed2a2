package vn.nq21.workflow.organization;

/**
 * One party organisation as stored: its place in the tree ({@code path} is the materialised path
 * {@code /root/…/code/}) and the flags the authority rules read (§3.1 of the domain specification).
 */
public record Organization(
    String code,
    String name,
    OrgType type,
    String parentCode,
    String path,
    int depth,
    boolean tccsd,
    boolean superiorOfTccsd,
    boolean authorisedToAdmit,
    String authorisationRef,
    boolean active) {

  public boolean contains(Organization other) {
    return other.path.startsWith(path);
  }

  public String groupId(OrgRole role) {
    return groupId(code, role);
  }

  public static String groupId(String orgCode, OrgRole role) {
    return orgCode + "." + role.id();
  }
}

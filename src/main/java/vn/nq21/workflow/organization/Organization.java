package vn.nq21.workflow.organization;

/**
 * One party organisation as stored: its place in the tree ({@code path} is the materialised path
 * {@code /root/…/code/}), the flags the authority rules read (§3.1 of the domain specification) and the areas it
 * is declared to work in (R-KN-04 a; an organisation also works in its ancestors' areas).
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
    boolean active,
    java.util.Set<AreaFlag> areas) {

  public Organization {
    areas = areas == null ? java.util.Set.of() : java.util.Set.copyOf(areas);
  }

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

package vn.nq21.workflow.organization;

import java.util.Objects;

/**
 * One node of the party-organisation tree as declared in a seed file (procedures.md §3.1, design consequence).
 *
 * @param code              stable identifier: lowercase ASCII letters, digits and '-', at most 40 characters
 *                          (it becomes part of Camunda group ids)
 * @param name              Vietnamese display name, e.g. "Chi bộ thôn Đông"
 * @param type              kind of organisation
 * @param parentCode        code of the organisation directly above; {@code null} only for a root
 * @param tccsd             is a tổ chức cơ sở đảng (chi bộ cơ sở or đảng bộ cơ sở)
 * @param superiorOfTccsd   is the đảng bộ cấp trên trực tiếp of TCCSĐ (§3.1 pilot, §3.2 A1–A3)
 * @param authorisedToAdmit đảng ủy cơ sở được ủy quyền kết nạp (§3.2 A4, §3.3 last row)
 * @param authorisationRef  number and date of the authorising decision as free text, e.g.
 *                          "125-QĐ/TU ngày 01/8/2025"; {@code null} unless {@code authorisedToAdmit}
 * @param areas             the areas of R-KN-04 (a) the organisation works in ({@code areas} in the seed file)
 * @param line              1-based line in the seed file where the entry starts
 */
public record OrganizationDefinition(
    String code,
    String name,
    OrgType type,
    String parentCode,
    boolean tccsd,
    boolean superiorOfTccsd,
    boolean authorisedToAdmit,
    String authorisationRef,
    java.util.Set<AreaFlag> areas,
    int line) {

  public OrganizationDefinition {
    areas = areas == null ? java.util.Set.of() : java.util.Set.copyOf(areas);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** True for the top of the tree (no parent). */
  public boolean isRoot() {
    return parentCode == null;
  }
}

package vn.nq21.workflow.organization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import vn.nq21.workflow.engine.FormValues;

/**
 * Answers questions about the organisation tree. Registered as {@code organizations} so BPMN
 * expressions can ask, e.g. {@code ${organizations.groupFor(caseOrgId, 'chi-uy')}}.
 *
 * <p>The tree changes only when the seed file is loaded at start, so it is held in memory as a
 * snapshot taken after loading; every node of a cluster loads the same file.
 */
@Service("organizations")
public class OrganizationService {

  private final OrganizationRepository repository;
  private final AuthorityResolver authorityResolver;
  private volatile Map<String, Organization> byCode = Map.of();

  OrganizationService(OrganizationRepository repository, AuthorityResolver authorityResolver) {
    this.repository = repository;
    this.authorityResolver = authorityResolver;
  }

  /** Re-reads the tree from the database; called after the seed file is loaded. */
  public void refresh() {
    Map<String, Organization> snapshot = new LinkedHashMap<>();
    for (Organization org : repository.findAll()) {
      snapshot.put(org.code(), org);
    }
    byCode = Collections.unmodifiableMap(snapshot);
  }

  public Optional<Organization> find(String code) {
    return Optional.ofNullable(code).map(byCode::get).filter(Organization::active);
  }

  public Organization require(String code) {
    return find(code).orElseThrow(() -> new UnknownOrganizationException(code));
  }

  public List<Organization> all() {
    return byCode.values().stream().filter(Organization::active).toList();
  }

  /** The Camunda group for role {@code roleId} of organisation {@code orgCode}; fails if it has no such role. */
  public String groupFor(String orgCode, String roleId) {
    Organization org = require(orgCode);
    OrgRole role = OrgRole.byId(roleId)
        .orElseThrow(() -> new IllegalArgumentException("Vai trò không tồn tại: '" + roleId + "'"));
    for (OrgRole r : OrgRole.rolesOf(org)) {
      if (r == role) {
        return org.groupId(role);
      }
    }
    throw new IllegalArgumentException(
        "Tổ chức '" + org.name() + "' (" + org.code() + ") không có vai trò '" + role.label() + "'");
  }

  /**
   * The body that holds authority for {@code decisionType} (KET_NAP, CONG_NHAN, XOA_TEN, XIN_RA,
   * MIEN_SH, CHUYEN_SH, …) over a case of organisation {@code orgCode}, under the rule set in force
   * on {@code actDate} (a date, or the ISO text a form submitted).
   */
  public Authority authorityFor(String orgCode, String decisionType, Object actDate) {
    return authorityResolver.resolve(this, orgCode, decisionType, FormValues.toLocalDate(actDate));
  }

  /** The group that does an organisation's paperwork: the chi ủy of a chi bộ, the office of a đảng ủy. */
  public String officeOf(String orgCode) {
    Organization org = require(orgCode);
    return org.groupId(org.type().isChiBo() ? OrgRole.CHI_UY : OrgRole.VAN_PHONG);
  }

  /** The office of the cấp ủy cấp trên trực tiếp: the organisation directly above (the root: its own). */
  public String officeAbove(String orgCode) {
    Organization org = require(orgCode);
    return officeOf(org.parentCode() == null ? org.code() : org.parentCode());
  }

  /** The supervisors one level up, who take escalations about an organisation's lateness (the root's own). */
  public String supervisorAbove(String orgCode) {
    Organization org = require(orgCode);
    Organization above = org.parentCode() == null ? org : require(org.parentCode());
    return above.groupId(OrgRole.GIAM_SAT);
  }

  /** The đảng bộ bộ phận between a chi bộ and its TCCSĐ, if there is one (§3.3). */
  public Optional<Organization> dangBoBoPhanOf(String orgCode) {
    for (Organization org : selfAndAncestors(orgCode)) {
      if (org.tccsd()) {
        return Optional.empty();
      }
      if (org.type() == OrgType.DANG_BO_BO_PHAN) {
        return Optional.of(org);
      }
    }
    return Optional.empty();
  }

  /** The areas of R-KN-04 (a) the organisation works in: its own and those of every organisation above it. */
  public java.util.Set<AreaFlag> areasOf(String orgCode) {
    java.util.Set<AreaFlag> areas = java.util.EnumSet.noneOf(AreaFlag.class);
    selfAndAncestors(orgCode).forEach(o -> areas.addAll(o.areas()));
    return areas;
  }

  /** The organisation and its ancestors, nearest first. */
  public List<Organization> selfAndAncestors(String orgCode) {
    List<Organization> chain = new ArrayList<>();
    Organization current = require(orgCode);
    while (current != null) {
      chain.add(current);
      current = current.parentCode() == null ? null : byCode.get(current.parentCode());
    }
    return chain;
  }

  /** Every active organisation in the subtree rooted at {@code orgCode}, the root included. */
  public List<Organization> subtree(String orgCode) {
    Organization root = require(orgCode);
    return byCode.values().stream().filter(o -> o.active() && root.contains(o)).toList();
  }

  /** The tổ chức cơ sở đảng the organisation belongs to (itself if it is one). */
  public Organization tccsdOf(String orgCode) {
    return nearest(orgCode, Organization::tccsd, "tổ chức cơ sở đảng");
  }

  /** The cấp ủy cấp trên trực tiếp of the organisation's TCCSĐ. */
  public Organization superiorOfTccsd(String orgCode) {
    Organization tccsd = tccsdOf(orgCode);
    if (tccsd.parentCode() == null) {
      throw new IllegalStateException("Tổ chức cơ sở đảng '" + tccsd.name() + "' không có cấp trên trực tiếp");
    }
    return nearest(tccsd.parentCode(), Organization::superiorOfTccsd, "cấp ủy cấp trên trực tiếp của TCCSĐ");
  }

  /** The cấp ủy trực thuộc Trung ương (tỉnh ủy, thành ủy) above the organisation. */
  public Organization provinceOf(String orgCode) {
    return nearest(orgCode, o -> o.type() == OrgType.TINH_UY, "tỉnh ủy, thành ủy");
  }

  private Organization nearest(String orgCode, Predicate<Organization> test, String what) {
    return selfAndAncestors(orgCode).stream().filter(test).findFirst()
        .orElseThrow(() -> new IllegalStateException(
            "Không tìm thấy " + what + " của tổ chức '" + require(orgCode).name() + "' trong cây tổ chức"));
  }
}

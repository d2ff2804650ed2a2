package vn.nq21.workflow.organization;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.nq21.workflow.engine.Admins;

/**
 * What the current user may see of the organisation tree: the subtrees of the organisations whose
 * groups they belong to; everything for an admin; nothing for anyone else.
 */
@Component
public class OrganizationScope {

  private final IdentityService identityService;
  private final OrganizationService organizations;
  private final ObjectProvider<ProcessEngineConfiguration> engine;

  public OrganizationScope(IdentityService identityService, OrganizationService organizations,
      ObjectProvider<ProcessEngineConfiguration> engine) {
    this.identityService = identityService;
    this.organizations = organizations;
    this.engine = engine;
  }

  private boolean isAdmin(Authentication user) {
    return Admins.isAdmin(user, engine.getObject());
  }

  public String currentUserId() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public boolean canSee(String orgCode) {
    return allowed(orgCode, false);
  }

  /**
   * The organisation {@code orgCode}, for an API the user reads it through: 404 when there is none, 403 (saying so)
   * when it lies outside the user's subtrees.
   */
  public Organization requireVisible(String orgCode) {
    Organization org = organizations.find(orgCode).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.NOT_FOUND, "Không có tổ chức đảng mã '" + orgCode + "'."));
    if (!canSee(orgCode)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Người dùng '" + currentUserId() + "' không thuộc tổ chức này hoặc cấp trên của nó.");
    }
    return org;
  }

  /**
   * May record the books of the organisation (its ledgers): its own chi ủy, or the office or ban tổ chức of an
   * organisation above it; an admin. Those who only supervise (giám sát) see but do not write.
   */
  public boolean canRecordFor(String orgCode) {
    return allowed(orgCode, true);
  }

  /**
   * Belongs to the kiểm tra, giám sát of the organisation or of one above it (the inspection body): it records the
   * inspections, discipline cases and complaints open about a member.
   */
  public boolean supervises(String orgCode) {
    Organization target = organizations.find(orgCode).orElse(null);
    Authentication authentication = identityService.getCurrentAuthentication();
    if (target == null || authentication == null || authentication.getGroupIds() == null) {
      return false;
    }
    for (String group : authentication.getGroupIds()) {
      int dot = group.indexOf('.');
      if (dot > 0 && OrgRole.byId(group.substring(dot + 1)).filter(r -> r == OrgRole.GIAM_SAT).isPresent()) {
        Organization own = organizations.find(group.substring(0, dot)).orElse(null);
        if (own != null && own.contains(target)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The materialised paths of the subtrees the user may see (each organisation of their groups): a query filters
   * by them with {@code path LIKE p || '%'}. Empty for nobody; for an admin the root's path alone.
   */
  public List<String> visiblePaths() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return List.of();
    }
    Collection<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (isAdmin(authentication)) {
      return List.of("/");
    }
    return groups.stream().filter(g -> g.indexOf('.') > 0).map(g -> organizations.find(g.substring(0, g.indexOf('.'))))
        .flatMap(java.util.Optional::stream).map(Organization::path).distinct().toList();
  }

  private boolean allowed(String orgCode, boolean recording) {
    Organization target = organizations.find(orgCode).orElse(null);
    if (target == null) {
      return false;
    }
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return false;
    }
    Collection<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (isAdmin(authentication)) {
      return true;
    }
    for (String group : groups) {
      int dot = group.indexOf('.');
      if (recording && (dot < 0 || OrgRole.byId(group.substring(dot + 1)).filter(r -> r != OrgRole.GIAM_SAT).isEmpty())) {
        continue;
      }
      if (dot > 0) {
        Organization own = organizations.find(group.substring(0, dot)).orElse(null);
        if (own != null && own.contains(target)) {
          return true;
        }
      }
    }
    return false;
  }
}

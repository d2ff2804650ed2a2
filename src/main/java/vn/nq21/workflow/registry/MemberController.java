package vn.nq21.workflow.registry;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.nq21.workflow.organization.OrganizationScope;
import vn.nq21.workflow.organization.OrganizationService;

/**
 * Read-only registry API. Authenticated by HTTP Basic against Camunda's users (same filter as
 * /engine-rest); a user sees the members of their organisations' subtrees only.
 */
@RestController
@RequestMapping("/api")
class MemberController {

  private final MemberRegistry registry;
  private final OrganizationService organizations;
  private final OrganizationScope scope;
  private final VisibleMembers visible;

  MemberController(MemberRegistry registry, OrganizationService organizations, OrganizationScope scope,
      VisibleMembers visible) {
    this.registry = registry;
    this.organizations = organizations;
    this.scope = scope;
    this.visible = visible;
  }

  /** A member as the API shows it: the record plus the Vietnamese status label. */
  record MemberView(Member member, String statusLabel, String organizationName) {}

  @GetMapping("/members/{id}")
  MemberView member(@PathVariable long id) {
    Member member = visibleMember(id);
    return view(member);
  }

  @GetMapping("/members/{id}/history")
  List<StatusChange> history(@PathVariable long id) {
    Member member = visibleMember(id);
    return registry.history(id);
  }

  @GetMapping("/organizations/{code}/members")
  List<MemberView> membersOf(@PathVariable String code) {
    scope.requireVisible(code);
    return registry.membersOf(code).stream().map(this::view).toList();
  }

  private MemberView view(Member member) {
    return new MemberView(member, member.status().label(),
        organizations.find(member.organizationCode()).map(o -> o.name()).orElse(member.organizationCode()));
  }

  private Member visibleMember(long id) {
    return visible.require(id);
  }
}

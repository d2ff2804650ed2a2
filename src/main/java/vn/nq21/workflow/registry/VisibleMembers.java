package vn.nq21.workflow.registry;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.nq21.workflow.organization.OrganizationScope;

/**
 * The members the current user may see: those of their organisations and the ones below. Anyone else is answered
 * as not found (404), so that the registry does not tell who is in it to those who may not see them. Every read of
 * a member's record by the API goes through here.
 */
@Component
public class VisibleMembers {

  private final MemberRegistry registry;
  private final OrganizationScope scope;

  VisibleMembers(MemberRegistry registry, OrganizationScope scope) {
    this.registry = registry;
    this.scope = scope;
  }

  public Optional<Member> find(long id) {
    return registry.find(id).filter(member -> scope.canSee(member.organizationCode()));
  }

  /**
   * Those the user may see among the people found by {@link MemberRegistry#search}; the search looks at a few
   * hundred names at most, so a very common name may need a longer text.
   */
  public java.util.List<Member> search(String text, int limit) {
    return registry.search(text, 500).stream().filter(m -> scope.canSee(m.organizationCode())).limit(limit).toList();
  }

  public Member require(long id) {
    return find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Không có người mã " + id + " trong phạm vi các tổ chức của tài khoản này."));
  }
}

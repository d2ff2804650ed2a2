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

  /** The people the user may see whose name contains the text, or whose số lý lịch or số thẻ it is. */
  public java.util.List<Member> search(String text, int limit) {
    return registry.search(text, scope.visiblePaths(), limit);
  }

  public Member require(long id) {
    return find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Không có người mã " + id + " trong phạm vi các tổ chức của tài khoản này."));
  }
}

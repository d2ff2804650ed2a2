package vn.nq21.workflow.memberrecord;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.nq21.workflow.casework.OwnCase;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.engine.Admins;

/**
 * Which party member an account belongs to ({@code /api/accounts/{userId}/member}): an admin links a clerk's account to
 * the clerk's own số lý lịch, so that the account never works a step of a case about its holder ({@link OwnCase}). The
 * account holder may read their own link; only an admin sets or removes it.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountMemberController {

  record Link(String recordNumber) {}

  record LinkView(String userId, String recordNumber, String fullName) {}

  private final OwnCase ownCase;
  private final MemberRegistry registry;
  private final IdentityService identityService;
  private final Admins admins;

  AccountMemberController(OwnCase ownCase, MemberRegistry registry, IdentityService identityService, Admins admins) {
    this.ownCase = ownCase;
    this.registry = registry;
    this.identityService = identityService;
    this.admins = admins;
  }

  @GetMapping("/{userId}/member")
  LinkView linked(@PathVariable String userId) {
    Authentication me = identityService.getCurrentAuthentication();
    if (me == null || (!userId.equals(me.getUserId()) && !admins.signedIn())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên hoặc chính chủ tài khoản xem được.");
    }
    Member member = ownCase.memberOf(requireAccount(userId)).orElse(null);
    return new LinkView(userId, member == null ? null : member.recordNumber(), member == null ? null : member.fullName());
  }

  @PutMapping("/{userId}/member")
  LinkView link(@PathVariable String userId, @RequestBody Link body) {
    requireAdmin();
    requireAccount(userId);
    Member member = body == null || body.recordNumber() == null ? null
        : registry.findByRecordNumber(body.recordNumber().trim()).orElse(null);
    if (member == null) {
      throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "Không có số lý lịch “"
          + (body == null ? null : body.recordNumber()) + "” trong sổ đảng viên.");
    }
    ownCase.link(userId, member.recordNumber());
    return new LinkView(userId, member.recordNumber(), member.fullName());
  }

  @DeleteMapping("/{userId}/member")
  ResponseEntity<Map<String, String>> unlink(@PathVariable String userId) {
    requireAdmin();
    ownCase.link(requireAccount(userId), null);
    return ResponseEntity.noContent().build();
  }

  private String requireAccount(String userId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có tài khoản “" + userId + "”.");
    }
    return userId;
  }

  private void requireAdmin() {
    admins.require("Chỉ quản trị viên gắn tài khoản với đảng viên.");
  }
}

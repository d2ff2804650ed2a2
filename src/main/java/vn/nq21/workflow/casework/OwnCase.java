package vn.nq21.workflow.casework;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;

/**
 * Nobody works a step of a case about themselves: a clerk's account may belong to a party member (the admin links it
 * to the member's số lý lịch), and that account may not open or complete a step of a case whose person is that member
 * (a removal of the chi ủy's own secretary, a complaint, a recognition). The link is the account's user info
 * {@value #ACCOUNT_MEMBER} in the engine's identity store.
 */
@Component
public class OwnCase {

  /** The engine's user-info key that names the account holder's số lý lịch. */
  public static final String ACCOUNT_MEMBER = "nq21.soLyLich";

  private final IdentityService identityService;
  private final MemberRegistry registry;

  public OwnCase(@Lazy IdentityService identityService, MemberRegistry registry) {
    this.identityService = identityService;
    this.registry = registry;
  }

  /** The member whose account {@code userId} is, if an admin linked one. */
  public Optional<Member> memberOf(String userId) {
    String record = userId == null ? null : identityService.getUserInfo(userId, ACCOUNT_MEMBER);
    return record == null ? Optional.empty() : registry.findByRecordNumber(record);
  }

  /** Links the account to the member (or, with null, unlinks it). */
  public void link(String userId, String recordNumber) {
    if (recordNumber == null) {
      identityService.deleteUserInfo(userId, ACCOUNT_MEMBER);
    } else {
      identityService.setUserInfo(userId, ACCOUNT_MEMBER, recordNumber);
    }
  }

  /** Refuses the signed-in account's work on a case about {@code personId}, when the account is that person's. */
  public void refuseOwn(Long personId) {
    refuseOwn(personId, null);
  }

  /** The same for a case: its member, or the candidate of an admission (the account looked up once). */
  public void refuseOwn(CaseReader c) {
    refuseOwn(c.id(CaseVariables.MEMBER), c.id(CaseVariables.CANDIDATE));
  }

  private void refuseOwn(Long person, Long otherPerson) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if ((person == null && otherPerson == null) || authentication == null || authentication.getUserId() == null) {
      return;
    }
    memberOf(authentication.getUserId()).filter(m -> person != null && m.id() == person
        || otherPerson != null && m.id() == otherPerson).ifPresent(m -> {
          throw new SubmissionRejectedException(List.of("Tài khoản " + authentication.getUserId() + " là của đồng chí "
              + m.fullName() + " (số lý lịch " + m.recordNumber() + "), người mà hồ sơ này xem xét: không ai tự làm"
              + " một bước trên hồ sơ của chính mình. Một đồng chí khác của cấp ủy thực hiện bước này."));
        });
  }
}

package vn.nq21.workflow.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.engine.CaseIdentityException;
import vn.nq21.workflow.organization.OrganizationService;

/**
 * The registry's one door. Every status change is checked against the allowed moves (§12.3) and the
 * previous change's date, and recorded with the case (process instance) and the user who caused it.
 * A change made for a case is checked against the case: each case is bound once, when it opens, to the
 * person it is about ({@link #bindCase}), and a step of that case may change that person only. Runs in
 * the caller's transaction, so a task completion and the change it causes commit together.
 */
@Service("registry")
@Transactional
public class MemberRegistry {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MemberRegistry.class);

  /** Recorded as the user of changes that no person made (timers, start-up data). */
  public static final String SYSTEM_USER = "he-thong";

  private final MemberRepository repository;
  private final OrganizationService organizations;
  private final IdentityService identityService;

  MemberRegistry(MemberRepository repository, OrganizationService organizations, IdentityService identityService) {
    this.repository = repository;
    this.organizations = organizations;
    this.identityService = identityService;
  }

  @Transactional(readOnly = true)
  public Optional<Member> find(long id) {
    return repository.find(id);
  }

  public Member require(long id) {
    return repository.find(id).orElseThrow(() -> new RegistryException("Không có người mã " + id + " trong sổ đảng viên."));
  }

  @Transactional(readOnly = true)
  public Optional<Member> findByRecordNumber(String recordNumber) {
    return repository.findByRecordNumber(recordNumber);
  }

  @Transactional(readOnly = true)
  public List<Member> membersOf(String orgCode) {
    return repository.findByOrganization(orgCode);
  }

  @Transactional(readOnly = true)
  public List<StatusChange> history(long memberId) {
    return repository.history(memberId);
  }

  /** How many people of the organisation have the status now (e.g. official members of a chi bộ). */
  @Transactional(readOnly = true)
  public long countByStatus(String orgCode, MemberStatus status) {
    return repository.countByStatus(orgCode, status);
  }

  @Transactional(readOnly = true)
  public long count() {
    return repository.count();
  }

  /**
   * Binds the case to the person it is about, once: the registry changes the case's steps make are then
   * allowed for this person only. Binding the same person again changes nothing; another person is refused.
   */
  public void bindCase(String caseId, long memberId) {
    Member member = require(memberId);
    Optional<Long> bound = repository.caseSubject(caseId);
    if (bound.isEmpty()) {
      repository.bindCase(caseId, memberId, now());
    } else if (bound.get() != memberId) {
      throw new CaseIdentityException("Hồ sơ " + caseId + " đã gắn với một người khác, không gắn với "
          + member.fullName() + " được.");
    }
  }

  /** The person a case is bound to, if any. */
  @Transactional(readOnly = true)
  public Optional<Long> subjectOf(String caseId) {
    return repository.caseSubject(caseId);
  }

  /** Refuses a change that a case would make to someone else than the person it is about. */
  private void requireSubjectOf(String caseId, Member member) {
    if (caseId == null) {
      return; // not made for a case: start-up data, an admin's correction
    }
    Optional<Long> bound = repository.caseSubject(caseId);
    if (bound.isEmpty() || bound.get() != member.id()) {
      // a step writing for another person than its case's: a defect or inconsistent data, never a clerk's doing
      LOG.warn("Từ chối thay đổi sổ đảng viên: hồ sơ {} (gắn với {}) muốn sửa người mã {}", caseId,
          bound.map(String::valueOf).orElse("không ai"), member.id());
      throw new CaseIdentityException("Hồ sơ " + caseId + " không phải hồ sơ của " + member.fullName() + " (mã "
          + member.id() + "): một bước của hồ sơ chỉ được sửa sổ của người mà hồ sơ nói về.");
    }
  }

  /** Adds a person; their first status is the first entry of their history. A case opened for them is bound to them. */
  public Member register(NewPerson person, String caseId) {
    organizations.require(person.organizationCode());
    String nameProblem = PersonNames.problem(person.fullName());
    if (nameProblem != null) {
      throw new RegistryException(nameProblem);
    }
    if (person.birthDate() == null || person.birthDate().isAfter(today())) {
      throw new RegistryException("Ngày sinh của " + person.fullName() + " không hợp lệ (trống hoặc ở tương lai).");
    }
    if (repository.findByRecordNumber(person.recordNumber()).isPresent()) {
      throw new RegistryException("Số lý lịch " + person.recordNumber() + " đã có trong sổ đảng viên.");
    }
    long id = repository.insert(person);
    repository.insertHistory(id, null, person.status(), person.statusSince(), "Ghi vào sổ", caseId, currentUser(),
        now());
    repository.insertMembership(id, person.organizationCode(), null, "Ghi vào sổ", caseId, currentUser(), now());
    if (caseId != null) {
      bindCase(caseId, id);
    }
    return require(id);
  }

  /**
   * Moves a person to {@code next}, effective on {@code effectiveDate}. Refused when the move is not
   * allowed from the current status or is dated before the current status began.
   */
  public Member changeStatus(long memberId, MemberStatus next, LocalDate effectiveDate, String reason, String caseId) {
    Member member = require(memberId);
    requireSubjectOf(caseId, member);
    if (!member.status().canMoveTo(next)) {
      throw new RegistryException("Không chuyển được " + member.fullName() + " từ “" + member.status().label()
          + "” sang “" + next.label() + "”.");
    }
    if (effectiveDate == null) {
      throw new RegistryException("Cần ngày có hiệu lực của thay đổi trạng thái.");
    }
    if (member.statusSince() != null && effectiveDate.isBefore(member.statusSince())) {
      throw new RegistryException("Ngày hiệu lực " + effectiveDate + " sớm hơn ngày của trạng thái hiện tại ("
          + member.statusSince() + ") của " + member.fullName() + ".");
    }
    if (!repository.updateStatus(member, next, effectiveDate)) {
      throw new RegistryConflictException(member.fullName());
    }
    repository.insertHistory(memberId, member.status(), next, effectiveDate, reason, caseId, currentUser(), now());
    return member.withStatus(next, effectiveDate);
  }

  /**
   * The member belongs to {@code orgCode} from {@code effectiveDate} on (a completed transfer): the stretch in the
   * old organisation ends that day and one in the new begins (a move on the day the current stretch began
   * corrects it instead). Recorded in the status history too, as an entry that keeps the status, so the history
   * shows when and by which case the member moved. Refused without a date, or dated before the current stretch
   * began.
   */
  public Member moveTo(long memberId, String orgCode, LocalDate effectiveDate, String reason, String caseId) {
    Member member = require(memberId);
    requireSubjectOf(caseId, member);
    organizations.require(orgCode);
    if (effectiveDate == null) {
      throw new RegistryException("Cần ngày có hiệu lực của việc chuyển tổ chức đảng của " + member.fullName() + ".");
    }
    Membership current = currentMembership(member);
    if (current.validFrom() != null && effectiveDate.isBefore(current.validFrom())) {
      throw new RegistryException("Ngày chuyển " + effectiveDate + " sớm hơn ngày " + member.fullName()
          + " bắt đầu sinh hoạt ở tổ chức hiện tại (" + current.validFrom() + ").");
    }
    if (!repository.updateOrganization(member, orgCode)) {
      throw new RegistryConflictException(member.fullName());
    }
    String recorded = reason + " (từ " + member.organizationCode() + " đến " + orgCode + ")";
    if (effectiveDate.equals(current.validFrom())) {
      repository.changeMembershipOrganization(current.id(), orgCode, recorded, caseId);
    } else {
      repository.endMembership(current.id(), effectiveDate);
      repository.insertMembership(memberId, orgCode, effectiveDate, recorded, caseId, currentUser(), now());
    }
    repository.insertHistory(memberId, member.status(), member.status(), effectiveDate, recorded, caseId,
        currentUser(), now());
    return member.inOrganization(orgCode);
  }

  /** The open stretch of the member's organisation history; one always exists from registration on. */
  private Membership currentMembership(Member member) {
    return repository.memberships(member.id()).stream().filter(m -> m.validUntil() == null).reduce((a, b) -> b)
        .orElseThrow(() -> new IllegalStateException("Sổ đảng viên không có tổ chức hiện tại của người mã "
            + member.id() + " (bảng nq21_member_organization)"));
  }

  /** The member's organisation history, oldest first. */
  @Transactional(readOnly = true)
  public List<Membership> memberships(long memberId) {
    return repository.memberships(memberId);
  }

  /** The organisation the member belonged to on {@code date}, if the registry knows one. */
  @Transactional(readOnly = true)
  public Optional<String> organizationOn(long memberId, LocalDate date) {
    return repository.memberships(memberId).stream().filter(m -> m.covers(date)).map(Membership::organizationCode)
        .findFirst();
  }

  /** The member's status on {@code date} (null before the registry knew it); see {@link StatusTimeline}. */
  @Transactional(readOnly = true)
  public MemberStatus statusOn(long memberId, LocalDate date) {
    return StatusTimeline.statusOn(require(memberId), repository.history(memberId), date);
  }

  /**
   * The organisation's roll on {@code date}: the people who belonged to it that day, with the status each had
   * (official and dự bị members; others are not on a roll). As the registry knows it now: a recognition recorded
   * later with an earlier effective date counts from that date.
   */
  @Transactional(readOnly = true)
  public Roll rollOn(String orgCode, LocalDate date) {
    Map<Long, List<StatusChange>> histories = repository.historiesOn(orgCode, date);
    List<Roll.Entry> official = new ArrayList<>();
    List<Roll.Entry> probationary = new ArrayList<>();
    for (Member member : repository.membersOn(orgCode, date)) {
      MemberStatus status = StatusTimeline.statusOn(member, histories.getOrDefault(member.id(), List.of()), date);
      Roll.Entry entry = new Roll.Entry(member.id(), member.recordNumber(), member.fullName(), status);
      if (status == MemberStatus.CHINH_THUC) {
        official.add(entry);
      } else if (status == MemberStatus.DU_BI) {
        probationary.add(entry);
      }
    }
    return new Roll(orgCode, date, List.copyOf(official), List.copyOf(probationary));
  }

  /** Records key dates and numbers; {@code caseId} as for {@link #changeStatus} (null outside a case). */
  public Member updateKeyDates(long memberId, KeyDates dates, String caseId) {
    Member member = require(memberId);
    requireSubjectOf(caseId, member);
    if (!repository.updateKeyDates(member, dates)) {
      throw new RegistryConflictException(member.fullName());
    }
    return member.withKeyDates(dates);
  }

  private String currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM_USER : authentication.getUserId();
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(now(), vn.nq21.workflow.engine.FormValues.ZONE);
  }
}

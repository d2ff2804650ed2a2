package vn.nq21.workflow.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** The member holding this số thẻ đảng viên, if the registry knows one. */
  @Transactional(readOnly = true)
  public Optional<Member> findByCardNumber(String cardNumber) {
    return repository.findByCardNumber(cardNumber).stream().findFirst();
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

  /**
   * People of the organisations under {@code paths} (materialised paths, {@link
   * vn.nq21.workflow.organization.OrganizationScope#visiblePaths}) by a part of their name (two letters at least), or
   * by số lý lịch or số thẻ; at most {@code limit}, by name.
   */
  @Transactional(readOnly = true)
  public List<Member> search(String text, List<String> paths, int limit) {
    return text == null || text.strip().length() < 2 ? List.of() : repository.search(text.strip(), paths, limit);
  }

  /** The cases (process instance ids) bound to the person or recorded with a change of their record. */
  @Transactional(readOnly = true)
  public List<String> casesOf(long memberId) {
    return repository.casesOf(memberId);
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

  /** The name of the person a case is about, if it is bound to one (lists of cases show it). */
  @Transactional(readOnly = true)
  public Optional<String> subjectName(String caseId) {
    return subjectOf(caseId).flatMap(this::find).map(Member::fullName);
  }

  /** Refuses a change that a case would make to someone else than the person it is about. */
  void requireSubjectOf(String caseId, Member member) {
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
   * allowed from the current status or is dated before the current status began. A removal (XOA_TEN, KHAI_TRU)
   * needs its reason code: use {@link #changeStatus(long, MemberStatus, LocalDate, ReasonCode, String, String)}.
   */
  public Member changeStatus(long memberId, MemberStatus next, LocalDate effectiveDate, String reason, String caseId) {
    return changeStatus(memberId, next, effectiveDate, null, reason, caseId);
  }

  /**
   * As {@link #changeStatus(long, MemberStatus, LocalDate, String, String)}, recording why a person left
   * ({@code code}, §9.5a): required for XOA_TEN and KHAI_TRU, and only for them. A person who left returns to a
   * member status only to the one they had before (a complaint upheld, §12.3, R-RK-07). Leaving ends every overlay
   * the member still carries on the day they left.
   */
  public Member changeStatus(long memberId, MemberStatus next, LocalDate effectiveDate, ReasonCode code,
      String reason, String caseId) {
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
      throw new RegistryException("Ngày hiệu lực " + fmt(effectiveDate) + " sớm hơn ngày của trạng thái hiện tại ("
          + fmt(member.statusSince()) + ") của " + member.fullName() + ".");
    }
    boolean removal = next == MemberStatus.XOA_TEN || next == MemberStatus.KHAI_TRU;
    if (removal && (code == null || code.leadsTo() != next)) {
      throw new RegistryException("Cần mã lý do của việc “" + next.label() + "” đối với " + member.fullName()
          + (code == null ? "" : " (mã " + code.name() + " là lý do của “" + code.leadsTo().label() + "”)") + ".");
    }
    if (removal && !code.from().contains(member.status())) {
      throw new RegistryException("Mã lý do “" + code.label() + "” không áp dụng cho " + member.fullName() + ", đang là “"
          + member.status().label() + "” (§12.3).");
    }
    if (!removal && code != null) {
      throw new RegistryException("Mã lý do " + code.name() + " chỉ ghi khi xóa tên hoặc khai trừ, không ghi khi chuyển sang “"
          + next.label() + "”.");
    }
    if (next.isMember() && (member.status() == MemberStatus.XOA_TEN || member.status() == MemberStatus.KHAI_TRU)) {
      requireReturnToPrevious(member, next);
    }
    // leaving ends every overlay still holding after the day (open, or ending later); one that was to begin
    // later never holds and is removed
    List<OverlayPeriod> open = repository.overlays(memberId).stream()
        .filter(o -> o.validUntil() == null || o.validUntil().isAfter(effectiveDate)).toList();
    boolean leaving = !next.isMember() && member.status().isMember();
    if (!repository.updateStatus(member, next, effectiveDate)) {
      throw new RegistryConflictException(member.fullName());
    }
    repository.insertHistory(memberId, member.status(), next, effectiveDate, code, reason, caseId, currentUser(),
        now());
    if (leaving) {
      for (OverlayPeriod period : open) {
        closeOverlay(period, effectiveDate, "Kết thúc vì " + next.label().toLowerCase(java.util.Locale.ROOT), caseId);
      }
    }
    return member.withStatus(next, effectiveDate);
  }

  /**
   * §12.3: from XOA_TEN or KHAI_TRU, back to a member status only to the status held before leaving (a complaint
   * upheld restores it); re-admission goes through DANG_XET_KET_NAP.
   */
  private void requireReturnToPrevious(Member member, MemberStatus next) {
    List<StatusChange> history = repository.history(member.id());
    MemberStatus before = null;
    for (StatusChange change : history) {
      if (change.toStatus() == member.status() && change.fromStatus() != member.status()) {
        before = change.fromStatus();
      }
    }
    if (before != next) {
      throw new RegistryException(member.fullName() + " (“" + member.status().label() + "”) chỉ được trở lại trạng thái"
          + " trước khi ra khỏi Đảng (" + (before == null ? "không rõ" : "“" + before.label() + "”")
          + ") khi khiếu nại được chấp nhận; không chuyển thẳng sang “" + next.label() + "” được (§12.3).");
    }
  }

  /**
   * A xin ra decided (R-RK-08): XOA_TEN with reason XIN_RA on the decision's date, recording whether the member left
   * because of extremely difficult family circumstances, which alone keeps re-admission open (R-KN-23).
   */
  public Member removeOnRequest(long memberId, LocalDate effectiveDate, boolean hardship, String reason,
      String caseId) {
    Member removed = changeStatus(memberId, MemberStatus.XOA_TEN, effectiveDate, ReasonCode.XIN_RA, reason, caseId);
    StatusChange row = lastRemoval(memberId).orElseThrow();
    repository.markHardship(row.id(), hardship);
    return removed;
  }

  /**
   * A complaint upheld (R-RK-07, §9.7): the person's last removal is undone. The status returns to the one held
   * before it, with that status's original date (tuổi đảng and the dates of admission and recognition are untouched);
   * the history keeps the removal and records the restoration on {@code decidedOn} by the case. Refused for a person
   * who has not left, or whose removal is not on record.
   */
  public Member restoreAfterComplaint(long memberId, LocalDate decidedOn, String reason, String caseId) {
    Member member = require(memberId);
    requireSubjectOf(caseId, member);
    if (member.status() != MemberStatus.XOA_TEN && member.status() != MemberStatus.KHAI_TRU) {
      throw new RegistryException(member.fullName() + " đang là “" + member.status().label()
          + "”: không có quyết định xóa tên hay khai trừ nào để khôi phục.");
    }
    List<StatusChange> history = repository.history(memberId);
    StatusChange removal = lastRemoval(memberId).orElseThrow(() -> new RegistryException(
        "Sổ không ghi quyết định ra khỏi Đảng của " + member.fullName() + ": không khôi phục được."));
    MemberStatus before = removal.fromStatus();
    LocalDate since = history.stream().filter(h -> h.id() != removal.id() && h.toStatus() == before
            && h.fromStatus() != before && !h.effectiveDate().isAfter(removal.effectiveDate()))
        .map(StatusChange::effectiveDate).reduce((a, b) -> b).orElse(removal.effectiveDate());
    if (decidedOn == null || decidedOn.isBefore(removal.effectiveDate())) {
      throw new RegistryException("Ngày quyết định giải quyết khiếu nại phải có và không sớm hơn ngày xóa tên ("
          + fmt(removal.effectiveDate()) + ").");
    }
    if (!repository.updateStatus(member, before, since)) {
      throw new RegistryConflictException(member.fullName());
    }
    repository.insertHistory(memberId, member.status(), before, decidedOn, reason + "; trở lại “" + before.label()
        + "” từ ngày " + fmt(since) + " như trước khi ra khỏi Đảng", caseId, currentUser(), now());
    return member.withStatus(before, since);
  }

  /** Removals recorded with the reason code (§9.5a), oldest first: re-admission and reports ask for them. */
  @Transactional(readOnly = true)
  public List<StatusChange> removalsWith(ReasonCode code) {
    return repository.historyWith(code);
  }

  /**
   * The person's last removal (XOA_TEN or KHAI_TRU), if they ever left; its reason code is null only for a
   * removal recorded before codes were kept and not migrated (reason unknown to the system).
   */
  @Transactional(readOnly = true)
  public Optional<StatusChange> lastRemoval(long memberId) {
    return repository.history(memberId).stream().filter(h -> h.fromStatus() != h.toStatus()
        && (h.toStatus() == MemberStatus.XOA_TEN || h.toStatus() == MemberStatus.KHAI_TRU)).reduce((a, b) -> b);
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
      throw new RegistryException("Ngày chuyển " + fmt(effectiveDate) + " sớm hơn ngày " + member.fullName()
          + " bắt đầu sinh hoạt ở tổ chức hiện tại (" + fmt(current.validFrom()) + ").");
    }
    // the transfer is over (§7.7), and a temporary stay at the new organisation becomes membership there
    List<OverlayPeriod> ending = repository.overlays(memberId).stream().filter(o -> o.open()
        && (o.overlay() == Overlay.DANG_CHUYEN || (o.overlay() == Overlay.SH_TAM_THOI
            && orgCode.equals(o.organizationCode())))).toList();
    for (OverlayPeriod period : ending) {
      if (period.validFrom().isAfter(effectiveDate)) {
        throw new RegistryException("“" + period.overlay().label() + "” của " + member.fullName() + " bắt đầu ngày "
            + fmt(period.validFrom()) + ", sau ngày chuyển " + fmt(effectiveDate) + ".");
      }
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
    for (OverlayPeriod period : ending) {
      closeOverlay(period, effectiveDate, "Đã chuyển sinh hoạt đến " + organizations.require(orgCode).name(), caseId);
    }
    return member.inOrganization(orgCode);
  }

  /**
   * The member leaves the installation on {@code effectiveDate} for an organisation that does not use it (an official
   * transfer whose acceptance the clerk confirmed): the stretch here ends that day and one outside begins; every
   * overlay still open ends too (the member is on no roll here from that day). The member keeps their status and
   * their last organisation here, for the history and its readers. Refused for someone who is not a member, is outside
   * already, or without a date or a place.
   */
  public Member moveOut(long memberId, LocalDate effectiveDate, String place, String reason, String caseId) {
    Member member = require(memberId);
    requireSubjectOf(caseId, member);
    if (!member.status().isMember()) {
      throw new RegistryException(member.fullName() + " đang là “" + member.status().label()
          + "”: chỉ đảng viên mới chuyển sinh hoạt ra ngoài.");
    }
    if (effectiveDate == null || place == null || place.isBlank()) {
      throw new RegistryException("Cần ngày và nơi chuyển đến (ngoài hệ thống) của " + member.fullName() + ".");
    }
    Membership current = currentMembership(member);
    if (current.outside()) {
      throw new RegistryException(member.fullName() + " đã chuyển ra ngoài hệ thống từ ngày "
          + fmt(current.validFrom()) + ".");
    }
    if (current.validFrom() != null && !effectiveDate.isAfter(current.validFrom())) {
      throw new RegistryException("Ngày chuyển đi " + fmt(effectiveDate) + " phải sau ngày " + member.fullName()
          + " bắt đầu sinh hoạt ở tổ chức hiện tại (" + fmt(current.validFrom()) + ").");
    }
    if (!repository.touch(member)) {
      throw new RegistryConflictException(member.fullName());
    }
    String recorded = reason + " (từ " + member.organizationCode() + " đến " + place.trim() + ", ngoài hệ thống)";
    repository.endMembership(current.id(), effectiveDate);
    repository.insertOutsideMembership(memberId, place.trim(), effectiveDate, recorded, caseId, currentUser(), now());
    repository.insertHistory(memberId, member.status(), member.status(), effectiveDate, recorded, caseId,
        currentUser(), now());
    for (OverlayPeriod period : repository.overlays(memberId)) {
      if (period.validUntil() == null || period.validUntil().isAfter(effectiveDate)) {
        closeOverlay(period, effectiveDate, "Đã chuyển sinh hoạt ra ngoài hệ thống", caseId);
      }
    }
    LOG.info("Sổ đảng viên: {} (mã {}) chuyển ra ngoài hệ thống ({}) từ {} (hồ sơ {})", member.fullName(), memberId,
        place, effectiveDate, caseId);
    return require(memberId);
  }

  /**
   * Adds a member who comes from an organisation outside the installation: their record as the papers give it
   * (status and its date, key dates), at {@code receivingOrg} for the registry's scope, but outside ({@code
   * cameFrom}) until a {@link #moveTo} dated on the day the receiving chi bộ introduces them: they are on no roll here
   * before that day.
   */
  public Member registerFromOutside(NewPerson person, String cameFrom, String caseId) {
    if (cameFrom == null || cameFrom.isBlank()) {
      throw new RegistryException("Cần ghi tổ chức đảng nơi đi (ngoài hệ thống) của " + person.fullName() + ".");
    }
    Member member = register(person, caseId);
    // the stretch register() opened at the receiving organisation becomes one outside
    repository.deleteMembership(currentMembership(member).id());
    repository.insertOutsideMembership(member.id(), cameFrom.trim(), null, "Ghi vào sổ: đến từ " + cameFrom.trim()
        + " (ngoài hệ thống)", caseId, currentUser(), now());
    return require(member.id());
  }

  /** The stretch outside the installation the member is in now, if they are outside. */
  @Transactional(readOnly = true)
  public Optional<Membership> outside(long memberId) {
    Membership current = currentMembership(require(memberId));
    return current.outside() ? Optional.of(current) : Optional.empty();
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
    return repository.memberships(memberId).stream().filter(m -> m.covers(date) && !m.outside())
        .map(Membership::organizationCode).findFirst();
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
    Map<Long, List<OverlayPeriod>> overlays = repository.overlaysOn(orgCode, date);
    List<Roll.Entry> official = new ArrayList<>();
    List<Roll.Entry> probationary = new ArrayList<>();
    for (Member member : repository.membersOn(orgCode, date)) {
      MemberStatus status = StatusTimeline.statusOn(member, histories.getOrDefault(member.id(), List.of()), date);
      Roll.Entry entry = entry(member, status, overlays.getOrDefault(member.id(), List.of()));
      if (status == MemberStatus.CHINH_THUC) {
        official.add(entry);
      } else if (status == MemberStatus.DU_BI) {
        probationary.add(entry);
      }
    }
    List<Roll.Entry> attached = new ArrayList<>();
    for (Member member : repository.attachedOn(orgCode, date)) {
      MemberStatus status = statusOn(member.id(), date);
      if (status != null && status.isMember()) {
        attached.add(entry(member, status, repository.overlays(member.id()).stream().filter(v -> v.covers(date))
            .toList()));
      }
    }
    return new Roll(orgCode, date, List.copyOf(official), List.copyOf(probationary), List.copyOf(attached));
  }

  private static Roll.Entry entry(Member member, MemberStatus status, List<OverlayPeriod> periods) {
    Set<Overlay> held = EnumSet.noneOf(Overlay.class);
    periods.forEach(p -> held.add(p.overlay()));
    return new Roll.Entry(member.id(), member.recordNumber(), member.fullName(), status, Set.copyOf(held));
  }

  /** Every overlay period of the member, oldest first. */
  @Transactional(readOnly = true)
  public List<OverlayPeriod> overlays(long memberId) {
    return repository.overlays(memberId);
  }

  /** The overlays the member carried on {@code date}. */
  @Transactional(readOnly = true)
  public Set<Overlay> overlaysOn(long memberId, LocalDate date) {
    Set<Overlay> held = EnumSet.noneOf(Overlay.class);
    repository.overlays(memberId).stream().filter(p -> p.covers(date)).forEach(p -> held.add(p.overlay()));
    return held;
  }

  /**
   * The member carries {@code overlay} from {@code from} on (§12.2). Refused, in Vietnamese, when the member's
   * status on that day does not allow it (§12.3: a dự bị member is exempted only with a justification), when the
   * period would overlap or precede another period of the same overlay, when it ends before it begins, or when a
   * stay or a transfer does not say where.
   */
  public OverlayPeriod startOverlay(long memberId, Overlay overlay, LocalDate from, OverlayStart details,
      String caseId) {
    Member member = require(memberId);
    requireSubjectOf(caseId, member);
    String who = member.fullName();
    if (from == null) {
      throw new RegistryException("Cần ngày bắt đầu “" + overlay.label() + "” của " + who + ".");
    }
    if (!member.status().isMember()) {
      throw new RegistryException(who + " đang là “" + member.status().label() + "”: chỉ đảng viên mới có “"
          + overlay.label() + "”.");
    }
    MemberStatus status = statusOn(memberId, from);
    if (status == null || !overlay.allowedOn().contains(status)) {
      throw new RegistryException("Ngày " + fmt(from) + " " + who + " là “" + (status == null ? "chưa có trong sổ"
          : status.label()) + "”: “" + overlay.label() + "” chỉ áp dụng cho " + labels(overlay.allowedOn()) + ".");
    }
    if (overlay.needsJustification(status) && blank(details.justification())) {
      throw new RegistryException(who + " là đảng viên dự bị: cần ghi lý do cho “" + overlay.label()
          + "” (R-MS-08).");
    }
    if (details.until() != null && !details.until().isAfter(from)) {
      throw new RegistryException("Ngày kết thúc " + fmt(details.until()) + " không sau ngày bắt đầu " + fmt(from) + " của “"
          + overlay.label() + "”.");
    }
    if (overlay.needsOrganization()) {
      if (blank(details.organizationCode()) && blank(details.place())) {
        throw new RegistryException("Cần ghi nơi " + (overlay == Overlay.DANG_CHUYEN ? "chuyển đến" : "sinh hoạt tạm thời")
            + " của " + who + ".");
      }
      if (!blank(details.organizationCode())) {
        organizations.require(details.organizationCode());
        if (details.organizationCode().equals(organizationOn(memberId, from).orElse(null))) {
          throw new RegistryException("Nơi đến trùng tổ chức đảng " + who + " đang sinh hoạt ngày " + fmt(from) + ".");
        }
      }
    }
    for (OverlayPeriod period : repository.overlays(memberId)) {
      if (period.overlay() != overlay) {
        continue;
      }
      if (!from.isAfter(period.validFrom())) {
        throw new RegistryException("“" + overlay.label() + "” của " + who + " đã có một thời kỳ bắt đầu ngày "
            + fmt(period.validFrom()) + ": thời kỳ mới phải bắt đầu sau đó.");
      }
      if (period.validUntil() == null || period.validUntil().isAfter(from)) {
        throw new RegistryException(who + " đang có “" + overlay.label() + "” từ ngày " + fmt(period.validFrom())
              + (period.validUntil() == null ? "" : " đến hết ngày " + fmt(period.validUntil().minusDays(1)))
            + ": kết thúc thời kỳ đó trước khi bắt đầu thời kỳ mới.");
      }
    }
    if (!repository.touch(member)) {
      throw new RegistryConflictException(who);
    }
    long id = repository.insertOverlay(memberId, overlay, from, details, caseId, currentUser(), now());
    LOG.info("Sổ đảng viên: {} (mã {}) có “{}” từ {} (hồ sơ {})", who, memberId, overlay.label(), from, caseId);
    return repository.overlays(memberId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
  }

  /**
   * The overlay period ends: {@code until} is the first day it no longer holds. A period that was to end later (a
   * time-bound exemption the member leaves early) ends earlier; one ended on the day it began never held and is
   * removed (null is returned). Refused for a period already ended by then, or an end before its start.
   */
  public OverlayPeriod endOverlay(long memberId, long periodId, LocalDate until, String reason, String caseId) {
    Member member = require(memberId);
    requireSubjectOf(caseId, member);
    OverlayPeriod period = repository.overlays(memberId).stream().filter(p -> p.id() == periodId).findFirst()
        .orElseThrow(() -> new RegistryException("Không có thời kỳ mã " + periodId + " trong sổ của "
            + member.fullName() + "."));
    if (until == null || until.isBefore(period.validFrom())) {
      throw new RegistryException("Ngày kết thúc " + (until == null ? "(trống)" : fmt(until)) + " của “"
          + period.overlay().label() + "” không được trước ngày bắt đầu " + fmt(period.validFrom()) + ".");
    }
    if (!period.open() && !period.validUntil().isAfter(until)) {
      throw new RegistryException("“" + period.overlay().label() + "” của " + member.fullName()
          + " đã kết thúc từ ngày " + fmt(period.validUntil()) + ".");
    }
    if (!repository.touch(member)) {
      throw new RegistryConflictException(member.fullName());
    }
    if (until.equals(period.validFrom())) {
      // ended on the day it began, it never held (a transfer stopped on the day of its introduction)
      LOG.info("Sổ đảng viên: bỏ “{}” của {} (mã {}) ghi từ {}: kết thúc ngay ngày bắt đầu ({}, hồ sơ {})",
          period.overlay().label(), member.fullName(), memberId, period.validFrom(), reason, caseId);
      repository.deleteOverlay(periodId);
      return null;
    }
    repository.endOverlay(periodId, until, reason, caseId, currentUser(), now());
    return repository.overlays(memberId).stream().filter(p -> p.id() == periodId).findFirst().orElseThrow();
  }

  /** Ends an open period on {@code until}; a period that would then hold on no day is removed. */
  private void closeOverlay(OverlayPeriod period, LocalDate until, String reason, String caseId) {
    if (until.isAfter(period.validFrom())) {
      repository.endOverlay(period.id(), until, reason, caseId, currentUser(), now());
    } else {
      repository.deleteOverlay(period.id());
    }
  }

  private static String labels(Set<MemberStatus> statuses) {
    return statuses.stream().map(s -> "“" + s.label() + "”").collect(java.util.stream.Collectors.joining(", "));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
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

  /** Takes the member's row for this change: false when another change came first (see RegistryConflictException). */
  boolean touch(Member member) {
    return repository.touch(member);
  }

  /** The user a change is recorded for: the logged-in clerk, or the system. */
  String currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM_USER : authentication.getUserId();
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** A date as clerks write it (dd/MM/yyyy), for messages. */
  static String fmt(LocalDate date) {
    return date == null ? "(trống)" : date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  static LocalDate today() {
    return LocalDate.ofInstant(now(), vn.nq21.workflow.engine.FormValues.ZONE);
  }
}

package vn.nq21.workflow.registry;

import static vn.nq21.workflow.registry.MemberRegistry.fmt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.organization.OrganizationService;

/**
 * Where each member's hồ sơ đảng viên is, and every hand-over that put it there (R-CS-05…07): nobody loses a hồ sơ
 * without the registry saying who had it last and since when. A case records the hand-overs of the member it is
 * about only.
 */
@Service
@Transactional
public class DossierCustody {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DossierCustody.class);

  private final MemberRegistry registry;
  private final HoldsAndCustodyRepository repository;
  private final OrganizationService organizations;

  DossierCustody(MemberRegistry registry, HoldsAndCustodyRepository repository, OrganizationService organizations) {
    this.registry = registry;
    this.repository = repository;
    this.organizations = organizations;
  }

  /**
   * The hồ sơ changes hands on {@code h.since()}. Refused, in Vietnamese, without a holder or a date, dated in the
   * future or before the last hand-over, for an office of an unknown organisation, or outside without a place.
   */
  public CustodyEvent handOver(long memberId, CustodyEvent.Handover h, String caseId) {
    Member member = registry.require(memberId);
    registry.requireSubjectOf(caseId, member);
    if (h.holder() == null || h.since() == null || h.since().isAfter(MemberRegistry.today())) {
      throw new RegistryException("Bàn giao hồ sơ đảng viên của " + member.fullName()
          + " cần người nhận và ngày bàn giao không ở tương lai.");
    }
    if (h.holder() == DossierHolder.ORG) {
      organizations.require(h.organizationCode());
    }
    if (h.holder() == DossierHolder.EXTERNAL && (h.place() == null || h.place().isBlank())) {
      throw new RegistryException("Cần ghi tổ chức đảng ngoài hệ thống đã nhận hồ sơ của " + member.fullName() + ".");
    }
    if (h.destinationCode() != null) {
      organizations.require(h.destinationCode());
    }
    Optional<CustodyEvent> last = current(memberId);
    if (last.isPresent() && h.since().isBefore(last.get().since())) {
      throw new RegistryException("Ngày bàn giao " + fmt(h.since()) + " sớm hơn lần bàn giao trước (ngày "
          + fmt(last.get().since()) + ", " + last.get().holder().label() + ").");
    }
    if (!registry.touch(member)) {
      throw new RegistryConflictException(member.fullName());
    }
    long id = repository.insertCustody(memberId, h, caseId, registry.currentUser(), MemberRegistry.now());
    LOG.info("Hồ sơ đảng viên {} (mã {}): {} {} từ {} (hồ sơ {})", member.fullName(), memberId, h.holder().label(),
        h.organizationCode() != null ? h.organizationCode() : h.place() == null ? "" : h.place(), h.since(), caseId);
    return history(memberId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
  }

  /** Who holds the hồ sơ now, if a hand-over was ever recorded (before that, the member's own organisation). */
  @Transactional(readOnly = true)
  public Optional<CustodyEvent> current(long memberId) {
    List<CustodyEvent> events = repository.custody(memberId);
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
  }

  /** Every hand-over of the member's hồ sơ, oldest first. */
  @Transactional(readOnly = true)
  public List<CustodyEvent> history(long memberId) {
    return repository.custody(memberId);
  }

  /**
   * The hồ sơ on their way since {@code cutoff} or earlier (sealed, carried by the member or sent), of members of the
   * organisations under {@code paths} or going to one of them; oldest first.
   */
  @Transactional(readOnly = true)
  public List<CustodyEvent> inTransitSince(List<String> paths, LocalDate cutoff) {
    return repository.inTransitSince(paths, cutoff);
  }
}

package vn.nq21.workflow.registry;

import static vn.nq21.workflow.registry.MemberRegistry.fmt;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matters held open about a member (inspection, discipline, a complaint) that stop a transfer (R-CS-03) or a
 * removal's decision (R-RK-05) until concluded. Recorded by an authorised clerk, never by a case: the procedures
 * only read them.
 */
@Service
@Transactional
public class MemberHolds {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MemberHolds.class);

  private final MemberRegistry registry;
  private final HoldsAndCustodyRepository repository;

  MemberHolds(MemberRegistry registry, HoldsAndCustodyRepository repository) {
    this.registry = registry;
    this.repository = repository;
  }

  /** Opens a matter from {@code from} on; refused without a reason, in the future, or while the same one is open. */
  public HoldPeriod start(long memberId, Hold hold, LocalDate from, String reason) {
    Member member = registry.require(memberId);
    if (hold == null) {
      throw new RegistryException("Chưa chọn loại việc (kiểm tra, kỷ luật, đề nghị khai trừ, khiếu nại).");
    }
    if (from == null || from.isAfter(MemberRegistry.today())) {
      throw new RegistryException("Ngày bắt đầu “" + hold.label() + "” phải có và không ở tương lai.");
    }
    if (reason == null || reason.isBlank()) {
      throw new RegistryException("Cần ghi căn cứ của “" + hold.label() + "” (quyết định, thông báo, đơn…).");
    }
    for (HoldPeriod open : repository.holds(memberId)) {
      if (open.hold() == hold && open.open()) {
        throw new RegistryException(member.fullName() + " đang có “" + hold.label() + "” từ ngày "
            + fmt(open.validFrom()) + ": kết thúc việc đó trước khi ghi việc mới.");
      }
    }
    if (!registry.touch(member)) {
      throw new RegistryConflictException(member.fullName());
    }
    long id = repository.insertHold(memberId, hold, from, reason.trim(), registry.currentUser(), MemberRegistry.now());
    LOG.info("Sổ đảng viên: {} (mã {}) có “{}” từ {}, do {} ghi", member.fullName(), memberId, hold.label(), from,
        registry.currentUser());
    return find(memberId, id);
  }

  /** The matter is concluded: {@code until} is the first day it no longer holds. */
  public HoldPeriod end(long memberId, long holdId, LocalDate until, String reason) {
    Member member = registry.require(memberId);
    HoldPeriod hold = find(memberId, holdId);
    if (!hold.open()) {
      throw new RegistryException("“" + hold.hold().label() + "” của " + member.fullName() + " đã kết thúc ngày "
          + fmt(hold.validUntil()) + ".");
    }
    if (until == null || !until.isAfter(hold.validFrom()) || until.isAfter(MemberRegistry.today().plusDays(1))) {
      throw new RegistryException("Ngày kết thúc “" + hold.hold().label() + "” phải sau ngày bắt đầu ("
          + fmt(hold.validFrom()) + ") và không ở tương lai.");
    }
    if (reason == null || reason.isBlank()) {
      throw new RegistryException("Cần ghi kết luận của “" + hold.hold().label() + "”.");
    }
    if (!registry.touch(member)) {
      throw new RegistryConflictException(member.fullName());
    }
    repository.endHold(holdId, until, reason.trim(), registry.currentUser(), MemberRegistry.now());
    LOG.info("Sổ đảng viên: {} (mã {}) hết “{}” từ {}", member.fullName(), memberId, hold.hold().label(), until);
    return find(memberId, holdId);
  }

  @Transactional(readOnly = true)
  public List<HoldPeriod> holds(long memberId) {
    return repository.holds(memberId);
  }

  /** The matters open about the member on {@code date}. */
  @Transactional(readOnly = true)
  public List<HoldPeriod> on(long memberId, LocalDate date) {
    return repository.holds(memberId).stream().filter(h -> h.covers(date)).toList();
  }

  private HoldPeriod find(long memberId, long holdId) {
    return repository.holds(memberId).stream().filter(h -> h.id() == holdId).findFirst()
        .orElseThrow(() -> new RegistryException("Không có việc mã " + holdId + " trong sổ của đảng viên mã "
            + memberId + "."));
  }
}

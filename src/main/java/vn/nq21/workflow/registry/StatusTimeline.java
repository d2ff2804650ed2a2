package vn.nq21.workflow.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's status on a past or present date, from their status history (§12.1): the last change effective on
 * or before the date. An entry that keeps the status (a move to another organisation) is no status change. A
 * person whose history starts later (registered with their status as of a later day) counts as official from a
 * recognition date on or before the date when their record says official; otherwise their status on that date is
 * not known (null): they were not yet in the registry's view.
 */
public final class StatusTimeline {

  private StatusTimeline() {}

  /** {@code history} in the registry's order (effective date, then entry). */
  public static MemberStatus statusOn(Member member, List<StatusChange> history, LocalDate date) {
    MemberStatus status = null;
    for (StatusChange change : history) {
      if (change.fromStatus() == change.toStatus()) {
        continue; // a move between organisations, recorded in the history, changes no status
      }
      if (change.effectiveDate() != null && !change.effectiveDate().isAfter(date)) {
        status = change.toStatus();
      }
    }
    if (status == null && member.status() == MemberStatus.CHINH_THUC && member.recognitionDate() != null
        && !member.recognitionDate().isAfter(date)) {
      status = MemberStatus.CHINH_THUC;
    }
    return status;
  }
}

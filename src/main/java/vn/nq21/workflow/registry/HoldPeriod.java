package vn.nq21.workflow.registry;

import java.time.LocalDate;

/** One matter held open about a member, from {@code validFrom} up to, not including, {@code validUntil} (null: open). */
public record HoldPeriod(long id, long memberId, Hold hold, LocalDate validFrom, LocalDate validUntil, String reason,
    String userId, String endReason, String endUserId) {

  public boolean covers(LocalDate date) {
    return !validFrom.isAfter(date) && (validUntil == null || validUntil.isAfter(date));
  }

  public boolean open() {
    return validUntil == null;
  }

  /** "Đang bị kiểm tra từ ngày 01/03/2026: …", for the refusals that name it. */
  public String describe() {
    return hold.label() + " từ ngày " + MemberRegistry.fmt(validFrom) + ": " + reason;
  }
}

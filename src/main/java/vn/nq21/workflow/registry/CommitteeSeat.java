package vn.nq21.workflow.registry;

import java.time.LocalDate;

/**
 * One seat on an organisation's cấp ủy: held by the member from {@code validFrom} up to, not including,
 * {@code validUntil} (null: still held), on the resolution or decision named in {@code basis}.
 */
public record CommitteeSeat(long id, String organizationCode, long memberId, String recordNumber, String fullName,
    CommitteeRole role, LocalDate validFrom, LocalDate validUntil, String basis, String userId, String endReason) {

  public boolean covers(LocalDate date) {
    return !date.isBefore(validFrom) && (validUntil == null || date.isBefore(validUntil));
  }

  public boolean open() {
    return validUntil == null;
  }

  /** How a clerk reads it: "Bí thư: Nguyễn Văn A". */
  public String describe() {
    return role.label() + ": " + fullName;
  }
}

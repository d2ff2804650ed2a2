package vn.nq21.workflow.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One hand-over of a member's hồ sơ đảng viên: from {@code since} on, {@code holder} has it (the office of {@code
 * organizationCode}, the member, the post, or {@code place} outside the installation); {@code destinationCode} is where
 * a hồ sơ in transit is going; {@code items} the index's item codes when it was sealed or checked.
 */
public record CustodyEvent(long id, long memberId, DossierHolder holder, String organizationCode, String place,
    String destinationCode, boolean sealed, List<String> items, LocalDate since, String note, String caseId,
    String userId, Instant recordedAt) {

  /** What a case records: the event without its id, member and recording. */
  public record Handover(DossierHolder holder, String organizationCode, String place, String destinationCode,
      boolean sealed, List<String> items, LocalDate since, String note) {}
}

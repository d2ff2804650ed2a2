package vn.nq21.workflow.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * Who belonged to an organisation on a date, as the registry knows it now (§12, R-GEN-05, R-GEN-08): its official
 * members (the vote's roll) and its dự bị members, each with the status they had that day.
 */
public record Roll(String organizationCode, LocalDate date, List<Entry> official, List<Entry> probationary) {

  /** One person on the roll. */
  public record Entry(long memberId, String recordNumber, String fullName, MemberStatus status) {}

  /** The official members: the number a chi bộ vote's record is held to (R-GEN-08). */
  public int officialCount() {
    return official.size();
  }
}

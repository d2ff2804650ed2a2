package vn.nq21.workflow.registry;

import java.time.LocalDate;

/**
 * A stretch of time a person belonged to one organisation: from {@code validFrom} (null: since the start of their
 * record) up to, not including, {@code validUntil} (null: still). A move on day D ends one stretch at D and starts
 * the next at D.
 */
public record Membership(long id, long memberId, String organizationCode, LocalDate validFrom, LocalDate validUntil,
    String reason, String caseId, String externalPlace) {

  /** A stretch at an organisation outside this installation ({@link #externalPlace()} says which). */
  public boolean outside() {
    return organizationCode == null;
  }

  public boolean covers(LocalDate date) {
    return (validFrom == null || !validFrom.isAfter(date)) && (validUntil == null || validUntil.isAfter(date));
  }
}

package vn.nq21.workflow.registry;

import java.time.LocalDate;

/**
 * One period a member carried an overlay: from {@code validFrom} up to, not including, {@code validUntil} (null:
 * still). {@code organizationCode} is the temporary chi bộ of SH_TAM_THOI or the destination of DANG_CHUYEN;
 * {@code place} a place outside the registry's organisations. {@code justification}: why a dự bị member is exempted
 * (R-MS-08).
 */
public record OverlayPeriod(long id, long memberId, Overlay overlay, LocalDate validFrom, LocalDate validUntil,
    String organizationCode, String place, String reason, String justification, String caseId, String endReason,
    String endCaseId) {

  public boolean covers(LocalDate date) {
    return !validFrom.isAfter(date) && (validUntil == null || validUntil.isAfter(date));
  }

  public boolean open() {
    return validUntil == null;
  }
}

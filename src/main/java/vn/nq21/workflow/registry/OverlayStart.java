package vn.nq21.workflow.registry;

import java.time.LocalDate;

/**
 * What starting an overlay records besides its kind and first day.
 *
 * @param organizationCode the temporary chi bộ (SH_TAM_THOI) or the destination (DANG_CHUYEN), when in the registry
 * @param place where, when outside the registry's organisations (a temporary stay abroad, another province)
 * @param until the first day it no longer holds, when known at the start (a time-bound exemption); null: open
 * @param justification why a dự bị member is exempted (R-MS-08); required then
 */
public record OverlayStart(String organizationCode, String place, LocalDate until, String reason,
    String justification) {

  public static OverlayStart because(String reason) {
    return new OverlayStart(null, null, null, reason, null);
  }
}

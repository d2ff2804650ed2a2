package vn.nq21.workflow.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Who belonged to an organisation on a date, as the registry knows it now (§12, R-GEN-05, R-GEN-08): its official
 * members (the vote's roll) and its dự bị members, each with the status and overlays they had that day, and the
 * members of other organisations attached to it for a temporary stay (never counted here, R-GEN-07).
 */
public record Roll(String organizationCode, LocalDate date, List<Entry> official, List<Entry> probationary,
    List<Entry> attached) {

  /** One person on the roll, with the overlays they carried that day. */
  public record Entry(long memberId, String recordNumber, String fullName, MemberStatus status,
      Set<Overlay> overlays) {

    public boolean carries(Overlay overlay) {
      return overlays.contains(overlay);
    }
  }

  /** The official members: the number a chi bộ vote's record is held to (R-GEN-08). */
  public int officialCount() {
    return official.size();
  }

  /** Official members away on a temporary stay elsewhere that day: out of the denominator (R-GEN-05a). */
  public List<Entry> temporarilyElsewhere() {
    return official.stream().filter(e -> e.carries(Overlay.SH_TAM_THOI)).toList();
  }

  /** Official members suspended that day (R-GEN-05c), other than those already away on a temporary stay. */
  public List<Entry> suspended() {
    return official.stream().filter(e -> e.carries(Overlay.DINH_CHI) && !e.carries(Overlay.SH_TAM_THOI)).toList();
  }

  /**
   * Official members exempted that day (§8) and neither away nor suspended: the most the meeting may leave out of
   * the denominator as exempted and absent (R-GEN-05b, R-MS-06).
   */
  public List<Entry> exempted() {
    return official.stream().filter(e -> e.carries(Overlay.MIEN_SH) && !e.carries(Overlay.SH_TAM_THOI)
        && !e.carries(Overlay.DINH_CHI)).toList();
  }
}

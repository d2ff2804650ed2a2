package vn.nq21.workflow.ledgers;

import java.time.YearMonth;
import java.util.List;

/**
 * A count of R-RK-01a or R-RK-01b over a window of months: the months (or meeting months) counted, those left out
 * and why, and the months the ledger has no record for (nothing is presumed about them).
 *
 * @param counted unpaid by the end of the month, or missed without a valid reason
 * @param excused left out: an exemption or reduction of đảng phí, a reason the chi bộ accepted, miễn sinh hoạt or a
 *     temporary stay elsewhere (meetings)
 * @param unrecorded months of the window in which the person was a member of the organisation but the ledger holds
 *     nothing (đảng phí only)
 */
public record MonthCount(YearMonth from, YearMonth to, List<YearMonth> counted, List<YearMonth> excused,
    List<YearMonth> unrecorded) {

  public int count() {
    return counted.size();
  }
}

package vn.nq21.workflow.ledgers;

import java.time.LocalDate;
import java.time.YearMonth;

/** What the ledgers hold, one record type per book. */
public final class Records {

  private Records() {}

  /** One month of a member's đảng phí; {@code amount} in đồng. */
  public record Dues(long memberId, YearMonth month, DuesStatus status, Long amount, LocalDate paidOn, String note,
      String organizationCode) {

    /** Not paid by the end of the month (a later payment does not undo that, R-RK-01a), and no accepted reason. */
    public boolean unpaidByMonthEnd() {
      return switch (status) {
        case CHUA_NOP -> true;
        case CO_LY_DO -> false;
        case DA_NOP -> paidOn != null && paidOn.isAfter(month.atEndOfMonth());
      };
    }
  }

  /** An exemption or a reduction of đảng phí for the months from {@code first} to {@code last} (null: open). */
  public record Relief(long id, long memberId, ReliefKind kind, Integer percent, YearMonth first, YearMonth last,
      String decision, String reason, String organizationCode) {

    public boolean covers(YearMonth month) {
      return !month.isBefore(first) && (last == null || !month.isAfter(last));
    }
  }

  /** A member at one meeting of a chi bộ. */
  public record MeetingAttendance(long memberId, LocalDate meetingDate, Attendance attendance, String reason,
      String organizationCode) {}

  /** A member's rating for a year: a grade, or the reason they were not rated (e.g. exempted, R-DG-03). */
  public record Rating(long memberId, int year, Grade grade, String notRatedReason, LocalDate decidedOn,
      String organizationCode) {}
}

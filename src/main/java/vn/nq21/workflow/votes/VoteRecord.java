package vn.nq21.workflow.votes;

import java.time.LocalDate;

/**
 * A vote as the clerk recorded it in a form, for the sanity checks of R-GEN-08 and R-GEN-10. Numbers are
 * boxed: a field the clerk left empty is null and reported as missing.
 *
 * @param officialMembersOnRoll "Số đảng viên chính thức của chi bộ"
 * @param presentVoters "Số đảng viên chính thức có mặt" (official members present who may vote)
 * @param votesFor "Số phiếu tán thành"
 * @param votesAgainst "Số phiếu không tán thành"
 * @param meetingDate "Ngày họp chi bộ"
 * @param previousStepDate the date of the case's previous step, the meeting may not be earlier; optional
 * @param previousStepLabel how that date is named to the clerk, e.g. "ngày đảng ủy cơ sở xác nhận lý
 *     lịch"; optional
 */
public record VoteRecord(
    Integer officialMembersOnRoll,
    Integer presentVoters,
    Integer votesFor,
    Integer votesAgainst,
    LocalDate meetingDate,
    LocalDate previousStepDate,
    String previousStepLabel) {

  public static final String OFFICIAL_MEMBERS_LABEL = "Số đảng viên chính thức của chi bộ";
  public static final String PRESENT_VOTERS_LABEL = "Số đảng viên chính thức có mặt";
  public static final String VOTES_FOR_LABEL = "Số phiếu tán thành";
  public static final String VOTES_AGAINST_LABEL = "Số phiếu không tán thành";
  public static final String MEETING_DATE_LABEL = "Ngày họp chi bộ";

  /** A record without a previous step to compare with. */
  public VoteRecord(Integer officialMembersOnRoll, Integer presentVoters, Integer votesFor, Integer votesAgainst,
      LocalDate meetingDate) {
    this(officialMembersOnRoll, presentVoters, votesFor, votesAgainst, meetingDate, null, null);
  }
}

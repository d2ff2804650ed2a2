package vn.nq21.workflow.ledgers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.nq21.workflow.ledgers.Records.Dues;
import vn.nq21.workflow.ledgers.Records.MeetingAttendance;
import vn.nq21.workflow.ledgers.Records.Rating;
import vn.nq21.workflow.ledgers.Records.Relief;

/** SQL for the ledger tables; only this package uses it. */
@Repository
class LedgerRepository {

  private final JdbcClient jdbc;

  LedgerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- đảng phí

  Optional<Dues> dues(long memberId, YearMonth month) {
    return jdbc.sql("select * from nq21_dues where member_id = ? and dues_month = ?")
        .params(memberId, month.atDay(1)).query(LedgerRepository::dues).optional();
  }

  List<Dues> dues(long memberId, YearMonth from, YearMonth to) {
    return jdbc.sql("select * from nq21_dues where member_id = ? and dues_month between ? and ? order by dues_month")
        .params(memberId, from.atDay(1), to.atDay(1)).query(LedgerRepository::dues).list();
  }

  void insertDues(Dues d, String userId, Instant at) {
    jdbc.sql("""
            insert into nq21_dues (member_id, dues_month, status, amount, paid_on, note, organization_code, user_id,
              recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(d.memberId(), d.month().atDay(1), d.status().name(), d.amount(), d.paidOn(), d.note(),
            d.organizationCode(), userId, Timestamp.from(at)).update();
  }

  void updateDues(Dues d, String userId, Instant at) {
    jdbc.sql("""
            update nq21_dues set status = ?, amount = ?, paid_on = ?, note = ?, organization_code = ?, user_id = ?,
              recorded_at = ? where member_id = ? and dues_month = ?""")
        .params(d.status().name(), d.amount(), d.paidOn(), d.note(), d.organizationCode(), userId,
            Timestamp.from(at), d.memberId(), d.month().atDay(1)).update();
  }

  /**
   * R-RK-01a for a whole subtree in one query: per member of the organisations whose path starts with
   * {@code orgPath} (their current organisation), the recorded months of the window not paid by the end of the
   * month, without a reason the chi bộ accepted and not under an exemption or reduction; only members with at
   * least {@code atLeast} such months.
   */
  Map<Long, Integer> unpaidCounts(String orgPath, YearMonth from, YearMonth to, int atLeast) {
    Map<Long, Integer> counts = new HashMap<>();
    jdbc.sql("""
            select d.member_id, count(*) as unpaid
            from nq21_dues d
            join nq21_member m on m.id = d.member_id
            join nq21_organization g on g.code = m.organization_code
            where g.path like ? and d.dues_month between ? and ?
              and (d.status = 'CHUA_NOP' or (d.status = 'DA_NOP' and d.paid_on >= d.dues_month + INTERVAL '1' MONTH))
              and not exists (select 1 from nq21_dues_relief r where r.member_id = d.member_id
                and r.first_month <= d.dues_month and (r.last_month is null or r.last_month >= d.dues_month))
            group by d.member_id
            having count(*) >= ?""")
        .params(orgPath + "%", from.atDay(1), to.atDay(1), atLeast)
        .query((rs, row) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
    return counts;
  }

  // --- miễn, giảm

  List<Relief> reliefs(long memberId) {
    return jdbc.sql("select * from nq21_dues_relief where member_id = ? order by first_month, id").param(memberId)
        .query(LedgerRepository::relief).list();
  }

  void insertRelief(Relief r, String userId, Instant at) {
    jdbc.sql("""
            insert into nq21_dues_relief (member_id, kind, percent, first_month, last_month, decision, reason,
              organization_code, user_id, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(r.memberId(), r.kind().name(), r.percent(), r.first().atDay(1),
            r.last() == null ? null : r.last().atDay(1), r.decision(), r.reason(), r.organizationCode(), userId,
            Timestamp.from(at)).update();
  }

  void updateRelief(long id, Relief r, String userId, Instant at) {
    jdbc.sql("""
            update nq21_dues_relief set percent = ?, last_month = ?, decision = ?, reason = ?, user_id = ?,
              recorded_at = ? where id = ?""")
        .params(r.percent(), r.last() == null ? null : r.last().atDay(1), r.decision(), r.reason(), userId,
            Timestamp.from(at), id).update();
  }

  // --- sinh hoạt chi bộ

  long meeting(String orgCode, LocalDate date, String userId, Instant at) {
    Optional<Long> id = jdbc.sql("select id from nq21_meeting where organization_code = ? and meeting_date = ?")
        .params(orgCode, date).query(Long.class).optional();
    if (id.isPresent()) {
      return id.get();
    }
    jdbc.sql("insert into nq21_meeting (organization_code, meeting_date, user_id, recorded_at) values (?, ?, ?, ?)")
        .params(orgCode, date, userId, Timestamp.from(at)).update();
    return jdbc.sql("select id from nq21_meeting where organization_code = ? and meeting_date = ?")
        .params(orgCode, date).query(Long.class).single();
  }

  Optional<MeetingAttendance> attendance(long memberId, String orgCode, LocalDate date) {
    return jdbc.sql(ATTENDANCE + " where a.member_id = ? and m.organization_code = ? and m.meeting_date = ?")
        .params(memberId, orgCode, date).query(LedgerRepository::attendance).optional();
  }

  List<MeetingAttendance> attendance(long memberId, LocalDate from, LocalDate to) {
    return jdbc.sql(ATTENDANCE + " where a.member_id = ? and m.meeting_date between ? and ? order by m.meeting_date")
        .params(memberId, from, to).query(LedgerRepository::attendance).list();
  }

  void insertAttendance(long meetingId, MeetingAttendance a, String userId, Instant at) {
    jdbc.sql("""
            insert into nq21_attendance (meeting_id, member_id, attendance, reason, user_id, recorded_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(meetingId, a.memberId(), a.attendance().name(), a.reason(), userId, Timestamp.from(at)).update();
  }

  void updateAttendance(long meetingId, MeetingAttendance a, String userId, Instant at) {
    jdbc.sql("""
            update nq21_attendance set attendance = ?, reason = ?, user_id = ?, recorded_at = ?
            where meeting_id = ? and member_id = ?""")
        .params(a.attendance().name(), a.reason(), userId, Timestamp.from(at), meetingId, a.memberId()).update();
  }

  private static final String ATTENDANCE = """
      select a.member_id, m.meeting_date, a.attendance, a.reason, m.organization_code
      from nq21_attendance a join nq21_meeting m on m.id = a.meeting_id""";

  // --- xếp loại

  Optional<Rating> rating(long memberId, int year) {
    return jdbc.sql("select * from nq21_rating where member_id = ? and rating_year = ?").params(memberId, year)
        .query(LedgerRepository::rating).optional();
  }

  List<Rating> ratings(long memberId) {
    return jdbc.sql("select * from nq21_rating where member_id = ? order by rating_year").param(memberId)
        .query(LedgerRepository::rating).list();
  }

  void insertRating(Rating r, String userId, Instant at) {
    jdbc.sql("""
            insert into nq21_rating (member_id, rating_year, grade, not_rated_reason, decided_on, organization_code,
              user_id, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(r.memberId(), r.year(), r.grade() == null ? null : r.grade().name(), r.notRatedReason(),
            r.decidedOn(), r.organizationCode(), userId, Timestamp.from(at)).update();
  }

  void updateRating(Rating r, String userId, Instant at) {
    jdbc.sql("""
            update nq21_rating set grade = ?, not_rated_reason = ?, decided_on = ?, organization_code = ?, user_id = ?,
              recorded_at = ? where member_id = ? and rating_year = ?""")
        .params(r.grade() == null ? null : r.grade().name(), r.notRatedReason(), r.decidedOn(),
            r.organizationCode(), userId, Timestamp.from(at), r.memberId(), r.year()).update();
  }

  // --- mapping

  private static Dues dues(ResultSet rs, int row) throws SQLException {
    Number amount = (Number) rs.getObject("amount");
    return new Dues(rs.getLong("member_id"), YearMonth.from(rs.getObject("dues_month", LocalDate.class)),
        DuesStatus.valueOf(rs.getString("status")), amount == null ? null : amount.longValue(),
        rs.getObject("paid_on", LocalDate.class), rs.getString("note"), rs.getString("organization_code"));
  }

  private static Relief relief(ResultSet rs, int row) throws SQLException {
    LocalDate last = rs.getObject("last_month", LocalDate.class);
    Number percent = (Number) rs.getObject("percent");
    return new Relief(rs.getLong("id"), rs.getLong("member_id"), ReliefKind.valueOf(rs.getString("kind")),
        percent == null ? null : percent.intValue(), YearMonth.from(rs.getObject("first_month", LocalDate.class)),
        last == null ? null : YearMonth.from(last), rs.getString("decision"), rs.getString("reason"),
        rs.getString("organization_code"));
  }

  private static MeetingAttendance attendance(ResultSet rs, int row) throws SQLException {
    return new MeetingAttendance(rs.getLong("member_id"), rs.getObject("meeting_date", LocalDate.class),
        Attendance.valueOf(rs.getString("attendance")), rs.getString("reason"), rs.getString("organization_code"));
  }

  private static Rating rating(ResultSet rs, int row) throws SQLException {
    String grade = rs.getString("grade");
    return new Rating(rs.getLong("member_id"), rs.getInt("rating_year"), grade == null ? null : Grade.valueOf(grade),
        rs.getString("not_rated_reason"), rs.getObject("decided_on", LocalDate.class),
        rs.getString("organization_code"));
  }
}

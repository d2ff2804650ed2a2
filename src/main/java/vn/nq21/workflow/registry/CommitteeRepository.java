package vn.nq21.workflow.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the committee seats table; only {@link Committees} uses it. */
@Repository
class CommitteeRepository {

  private static final String SELECT = "select s.id, s.organization_code, s.member_id, m.record_number, m.full_name,"
      + " s.role, s.valid_from, s.valid_until, s.basis, s.user_id, s.end_reason"
      + " from nq21_committee_seat s join nq21_member m on m.id = s.member_id ";

  private final JdbcClient jdbc;

  CommitteeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String orgCode, long memberId, CommitteeRole role, LocalDate from, String basis, String userId,
      Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into nq21_committee_seat (organization_code, member_id, role, valid_from, basis, user_id,"
            + " recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(orgCode, memberId, role.name(), from, basis, userId, Timestamp.from(at)).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void end(long seatId, LocalDate until, String reason, String userId, Instant at) {
    jdbc.sql("update nq21_committee_seat set valid_until = ?, end_reason = ?, end_user_id = ?, ended_at = ?"
        + " where id = ?").params(until, reason, userId, Timestamp.from(at), seatId).update();
  }

  List<CommitteeSeat> ofOrganization(String orgCode) {
    return jdbc.sql(SELECT + "where s.organization_code = ? order by s.valid_from, s.id").param(orgCode)
        .query(CommitteeRepository::seat).list();
  }

  List<CommitteeSeat> ofMember(long memberId) {
    return jdbc.sql(SELECT + "where s.member_id = ? order by s.valid_from, s.id").param(memberId)
        .query(CommitteeRepository::seat).list();
  }

  private static CommitteeSeat seat(ResultSet rs, int row) throws SQLException {
    return new CommitteeSeat(rs.getLong("id"), rs.getString("organization_code"), rs.getLong("member_id"),
        rs.getString("record_number"), rs.getString("full_name"), CommitteeRole.valueOf(rs.getString("role")),
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
        rs.getString("basis"), rs.getString("user_id"), rs.getString("end_reason"));
  }
}

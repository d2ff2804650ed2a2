package vn.nq21.workflow.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the holds and the dossier custody tables; only {@link MemberHolds} and {@link DossierCustody} use it. */
@Repository
class HoldsAndCustodyRepository {

  private static final String HOLD_COLUMNS = "id, member_id, kind, valid_from, valid_until, reason, user_id,"
      + " end_reason, end_user_id";
  private static final String CUSTODY_COLUMNS = "c.id, c.member_id, c.holder, c.organization_code, c.place,"
      + " c.destination_code, c.sealed, c.items, c.since, c.note, c.case_id, c.user_id, c.recorded_at";

  private final JdbcClient jdbc;

  HoldsAndCustodyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertHold(long memberId, Hold hold, LocalDate from, String reason, String userId, Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into nq21_member_hold (member_id, kind, valid_from, reason, user_id, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?)")
        .params(memberId, hold.name(), from, reason, userId, Timestamp.from(at)).update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void endHold(long holdId, LocalDate until, String reason, String userId, Instant at) {
    jdbc.sql("update nq21_member_hold set valid_until = ?, end_reason = ?, end_user_id = ?, ended_at = ? where id = ?")
        .params(until, reason, userId, Timestamp.from(at), holdId).update();
  }

  List<HoldPeriod> holds(long memberId) {
    return jdbc.sql("select " + HOLD_COLUMNS + " from nq21_member_hold where member_id = ? order by valid_from, id")
        .param(memberId).query(HoldsAndCustodyRepository::hold).list();
  }

  private static HoldPeriod hold(ResultSet rs, int row) throws SQLException {
    return new HoldPeriod(rs.getLong("id"), rs.getLong("member_id"), Hold.valueOf(rs.getString("kind")),
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
        rs.getString("reason"), rs.getString("user_id"), rs.getString("end_reason"), rs.getString("end_user_id"));
  }

  long insertCustody(long memberId, CustodyEvent.Handover h, String caseId, String userId, Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into nq21_dossier_custody (member_id, holder, organization_code, place, destination_code, sealed,
              items, since, note, case_id, user_id, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(memberId, h.holder().name(), h.organizationCode(), h.place(), h.destinationCode(), h.sealed(),
            h.items() == null || h.items().isEmpty() ? null : String.join(",", h.items()), h.since(), h.note(),
            caseId, userId, Timestamp.from(at))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  List<CustodyEvent> custody(long memberId) {
    return jdbc.sql("select " + CUSTODY_COLUMNS + " from nq21_dossier_custody c where c.member_id = ?"
            + " order by c.since, c.id")
        .param(memberId).query(HoldsAndCustodyRepository::custody).list();
  }

  /**
   * The latest hand-over of each hồ sơ that is on its way since {@code cutoff} or earlier, of the members of the
   * organisations under {@code paths} or going to one of them.
   */
  List<CustodyEvent> inTransitSince(List<String> paths, LocalDate cutoff) {
    if (paths.isEmpty()) {
      return List.of();
    }
    String under = String.join(" or ", Collections.nCopies(paths.size(), "g.path like ?"));
    String toUnder = String.join(" or ", Collections.nCopies(paths.size(), "d.path like ?"));
    List<Object> params = new ArrayList<>();
    params.add(cutoff);
    paths.forEach(p -> params.add(p + "%"));
    paths.forEach(p -> params.add(p + "%"));
    return jdbc.sql("select " + CUSTODY_COLUMNS + " from nq21_dossier_custody c"
            + " join nq21_member m on m.id = c.member_id"
            + " join nq21_organization g on g.code = m.organization_code"
            + " left join nq21_organization d on d.code = c.destination_code"
            + " where c.holder in ('MEMBER', 'POST') and c.since <= ?"
            + " and not exists (select 1 from nq21_dossier_custody n where n.member_id = c.member_id"
            + "   and (n.since > c.since or (n.since = c.since and n.id > c.id)))"
            + " and ((" + under + ") or (" + toUnder + "))"
            + " order by c.since, c.id")
        .params(params).query(HoldsAndCustodyRepository::custody).list();
  }

  private static CustodyEvent custody(ResultSet rs, int row) throws SQLException {
    String items = rs.getString("items");
    return new CustodyEvent(rs.getLong("id"), rs.getLong("member_id"), DossierHolder.valueOf(rs.getString("holder")),
        rs.getString("organization_code"), rs.getString("place"), rs.getString("destination_code"),
        rs.getBoolean("sealed"), items == null ? List.of() : List.of(items.split(",")),
        rs.getObject("since", LocalDate.class), rs.getString("note"), rs.getString("case_id"),
        rs.getString("user_id"), rs.getTimestamp("recorded_at").toInstant());
  }
}

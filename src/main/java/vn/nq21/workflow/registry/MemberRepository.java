package vn.nq21.workflow.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the registry tables; only {@link MemberRegistry} uses it. */
@Repository
class MemberRepository {

  private static final String COLUMNS = "id, record_number, full_name, gender, birth_date, identity_number,"
      + " organization_code, status, status_since, admission_date, ceremony_date, recognition_date, card_number,"
      + " certificate_issue_date, version";
  /** The same columns of {@code nq21_member m} in a join. */
  private static final String MEMBER_COLUMNS = Arrays.stream(COLUMNS.split(",")).map(c -> "m." + c.trim())
      .collect(Collectors.joining(", "));

  /** A member whose current stretch is at an organisation outside the installation is no longer one of its own. */
  private static final String STILL_HERE = " and not exists (select 1 from nq21_member_organization x"
      + " where x.member_id = nq21_member.id and x.valid_until is null and x.organization_code is null)";

  private final JdbcClient jdbc;

  MemberRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Member> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from nq21_member where id = ?").param(id)
        .query(MemberRepository::map).optional();
  }

  Optional<Member> findByRecordNumber(String recordNumber) {
    return jdbc.sql("select " + COLUMNS + " from nq21_member where record_number = ?").param(recordNumber)
        .query(MemberRepository::map).optional();
  }

  List<Member> findByCardNumber(String cardNumber) {
    return jdbc.sql("select " + COLUMNS + " from nq21_member where card_number = ?").param(cardNumber)
        .query(MemberRepository::map).list();
  }

  List<Member> findByOrganization(String orgCode) {
    return jdbc.sql("select " + COLUMNS + " from nq21_member where organization_code = ?" + STILL_HERE
            + " order by full_name, id")
        .param(orgCode).query(MemberRepository::map).list();
  }

  long countByStatus(String orgCode, MemberStatus status) {
    return jdbc.sql("select count(*) from nq21_member where organization_code = ? and status = ?" + STILL_HERE)
        .params(orgCode, status.name()).query(Long.class).single();
  }

  /**
   * People of the organisations under the given paths whose name contains the text (any case), or whose số lý lịch,
   * số thẻ or CCCD (identity number) is the text; by name, at most {@code limit}.
   */
  List<Member> search(String text, List<String> paths, int limit) {
    if (paths.isEmpty()) {
      return List.of();
    }
    String pattern = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
        .replace("_", "\\_") + "%";
    String under = String.join(" or ", java.util.Collections.nCopies(paths.size(), "g.path like ?"));
    List<Object> params = new ArrayList<>(List.of(pattern, text, text, text));
    paths.forEach(p -> params.add(p + "%"));
    params.add(limit);
    return jdbc.sql("select " + MEMBER_COLUMNS + " from nq21_member m join nq21_organization g on g.code = m.organization_code"
            + " where (lower(m.full_name) like ? escape '\\' or m.record_number = ? or m.card_number = ?"
            + " or m.identity_number = ?)"
            + " and (" + under + ") order by m.full_name, m.id fetch first ? rows only")
        .params(params).query(MemberRepository::map).list();
  }

  /** Every case that changed the person's record or is about them, as recorded with the changes. */
  List<String> casesOf(long memberId) {
    return jdbc.sql("""
            select case_id from nq21_case_subject where member_id = ?
            union select case_id from nq21_member_status_history where member_id = ? and case_id is not null
            union select case_id from nq21_member_organization where member_id = ? and case_id is not null
            union select case_id from nq21_member_overlay where member_id = ? and case_id is not null""")
        .params(memberId, memberId, memberId, memberId).query(String.class).list();
  }

  long count() {
    return jdbc.sql("select count(*) from nq21_member").query(Long.class).single();
  }

  long insert(NewPerson p) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into nq21_member (record_number, full_name, gender, birth_date, identity_number,
              organization_code, status, status_since, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(p.recordNumber(), p.fullName(), p.gender(), p.birthDate(), p.identityNumber(),
            p.organizationCode(), p.status().name(), p.statusSince())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Optimistic update: false when another transaction changed the member first. */
  boolean updateStatus(Member m, MemberStatus status, LocalDate since) {
    return jdbc.sql("update nq21_member set status = ?, status_since = ?, version = version + 1"
            + " where id = ? and version = ?")
        .params(status.name(), since, m.id(), m.version()).update() == 1;
  }

  boolean updateOrganization(Member m, String orgCode) {
    return jdbc.sql("update nq21_member set organization_code = ?, version = version + 1 where id = ? and version = ?")
        .params(orgCode, m.id(), m.version()).update() == 1;
  }

  boolean updateKeyDates(Member m, KeyDates d) {
    return jdbc.sql("""
            update nq21_member set admission_date = coalesce(?, admission_date),
              ceremony_date = coalesce(?, ceremony_date), recognition_date = coalesce(?, recognition_date),
              card_number = coalesce(?, card_number), certificate_issue_date = coalesce(?, certificate_issue_date),
              version = version + 1
            where id = ? and version = ?""")
        .params(d.admissionDate(), d.ceremonyDate(), d.recognitionDate(), d.cardNumber(),
            d.certificateIssueDate(), m.id(), m.version())
        .update() == 1;
  }

  List<Membership> memberships(long memberId) {
    return jdbc.sql("""
            select id, member_id, organization_code, valid_from, valid_until, reason, case_id, external_place
            from nq21_member_organization where member_id = ?
            order by case when valid_from is null then 0 else 1 end, valid_from, id""")
        .param(memberId).query(MemberRepository::membership).list();
  }

  void insertMembership(long memberId, String orgCode, LocalDate from, String reason, String caseId, String userId,
      Instant at) {
    jdbc.sql("""
            insert into nq21_member_organization (member_id, organization_code, valid_from, valid_until, reason,
              case_id, user_id, recorded_at)
            values (?, ?, ?, null, ?, ?, ?, ?)""")
        .params(memberId, orgCode, from, reason, caseId, userId, Timestamp.from(at)).update();
  }

  void insertOutsideMembership(long memberId, String place, LocalDate from, String reason, String caseId,
      String userId, Instant at) {
    jdbc.sql("""
            insert into nq21_member_organization (member_id, organization_code, external_place, valid_from,
              valid_until, reason, case_id, user_id, recorded_at)
            values (?, null, ?, ?, null, ?, ?, ?, ?)""")
        .params(memberId, place, from, reason, caseId, userId, Timestamp.from(at)).update();
  }

  void deleteMembership(long membershipId) {
    jdbc.sql("delete from nq21_member_organization where id = ?").param(membershipId).update();
  }

  void endMembership(long membershipId, LocalDate until) {
    jdbc.sql("update nq21_member_organization set valid_until = ? where id = ?").params(until, membershipId).update();
  }

  void changeMembershipOrganization(long membershipId, String orgCode, String reason, String caseId) {
    jdbc.sql("update nq21_member_organization set organization_code = ?, reason = ?, case_id = ? where id = ?")
        .params(orgCode, reason, caseId, membershipId).update();
  }

  /** The people who belonged to the organisation on the date, with the stretch that says so. */
  List<Member> membersOn(String orgCode, LocalDate date) {
    return jdbc.sql("select " + MEMBER_COLUMNS + " from nq21_member m join nq21_member_organization o on o.member_id = m.id"
            + " where o.organization_code = ? and (o.valid_from is null or o.valid_from <= ?)"
            + " and (o.valid_until is null or o.valid_until > ?) order by m.full_name, m.id")
        .params(orgCode, date, date).query(MemberRepository::map).list();
  }

  /** The status histories of the organisation's people on the date, by person, in the registry's order. */
  Map<Long, List<StatusChange>> historiesOn(String orgCode, LocalDate date) {
    Map<Long, List<StatusChange>> byMember = new HashMap<>();
    jdbc.sql("""
            select h.id, h.member_id, h.from_status, h.to_status, h.effective_date, h.reason, h.case_id, h.user_id,
              h.recorded_at, h.reason_code, h.hardship
            from nq21_member_status_history h join nq21_member_organization o on o.member_id = h.member_id
            where o.organization_code = ? and (o.valid_from is null or o.valid_from <= ?)
              and (o.valid_until is null or o.valid_until > ?)
            order by h.member_id, h.effective_date, h.id""")
        .params(orgCode, date, date).query(MemberRepository::statusChange).list()
        .forEach(c -> byMember.computeIfAbsent(c.memberId(), k -> new ArrayList<>()).add(c));
    return byMember;
  }

  /** The person a case is about, when the case has been bound to one. */
  Optional<Long> caseSubject(String caseId) {
    return jdbc.sql("select member_id from nq21_case_subject where case_id = ?").param(caseId)
        .query(Long.class).optional();
  }

  void bindCase(String caseId, long memberId, Instant at) {
    jdbc.sql("insert into nq21_case_subject (case_id, member_id, bound_at) values (?, ?, ?)")
        .params(caseId, memberId, Timestamp.from(at)).update();
  }

  void insertHistory(long memberId, MemberStatus from, MemberStatus to, LocalDate effective, String reason,
      String caseId, String userId, Instant at) {
    insertHistory(memberId, from, to, effective, null, reason, caseId, userId, at);
  }

  void insertHistory(long memberId, MemberStatus from, MemberStatus to, LocalDate effective, ReasonCode code,
      String reason, String caseId, String userId, Instant at) {
    jdbc.sql("""
            insert into nq21_member_status_history (member_id, from_status, to_status, effective_date, reason_code,
              reason, case_id, user_id, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(memberId, from == null ? null : from.name(), to.name(), effective, code == null ? null : code.name(),
            reason, caseId, userId, Timestamp.from(at))
        .update();
  }

  /** R-KN-23: records whether a xin ra was for extremely difficult family circumstances (the row's hardship flag). */
  void markHardship(long historyId, boolean hardship) {
    jdbc.sql("update nq21_member_status_history set hardship = ? where id = ?").params(hardship, historyId).update();
  }

  /** Marks the member changed (one version more), so that two writes checked against the same state cannot both pass. */
  boolean touch(Member m) {
    return jdbc.sql("update nq21_member set version = version + 1 where id = ? and version = ?")
        .params(m.id(), m.version()).update() == 1;
  }

  private static final String OVERLAY_COLUMNS = "v.id, v.member_id, v.overlay, v.valid_from, v.valid_until,"
      + " v.organization_code, v.place, v.reason, v.justification, v.case_id, v.end_reason, v.end_case_id";

  long insertOverlay(long memberId, Overlay overlay, LocalDate from, OverlayStart d, String caseId, String userId,
      Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into nq21_member_overlay (member_id, overlay, valid_from, valid_until, organization_code, place,
              reason, justification, case_id, user_id, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(memberId, overlay.name(), from, d.until(), d.organizationCode(), d.place(), d.reason(),
            d.justification(), caseId, userId, Timestamp.from(at))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void endOverlay(long periodId, LocalDate until, String reason, String caseId, String userId, Instant at) {
    jdbc.sql("""
            update nq21_member_overlay set valid_until = ?, end_reason = ?, end_case_id = ?, end_user_id = ?,
              ended_at = ?
            where id = ?""")
        .params(until, reason, caseId, userId, Timestamp.from(at), periodId).update();
  }

  /** Removes a period that never held on any day (ended on the day it began). */
  void deleteOverlay(long periodId) {
    jdbc.sql("delete from nq21_member_overlay where id = ?").param(periodId).update();
  }

  List<OverlayPeriod> overlays(long memberId) {
    return jdbc.sql("select " + OVERLAY_COLUMNS + " from nq21_member_overlay v where v.member_id = ?"
            + " order by v.valid_from, v.id")
        .param(memberId).query(MemberRepository::overlay).list();
  }

  /** The overlays held on the date by the people who belonged to the organisation that day, by person. */
  Map<Long, List<OverlayPeriod>> overlaysOn(String orgCode, LocalDate date) {
    Map<Long, List<OverlayPeriod>> byMember = new HashMap<>();
    jdbc.sql("select " + OVERLAY_COLUMNS + " from nq21_member_overlay v"
            + " join nq21_member_organization o on o.member_id = v.member_id"
            + " where o.organization_code = ? and (o.valid_from is null or o.valid_from <= ?)"
            + " and (o.valid_until is null or o.valid_until > ?)"
            + " and v.valid_from <= ? and (v.valid_until is null or v.valid_until > ?)")
        .params(orgCode, date, date, date, date).query(MemberRepository::overlay).list()
        .forEach(v -> byMember.computeIfAbsent(v.memberId(), k -> new ArrayList<>()).add(v));
    return byMember;
  }

  /** People of other organisations on a temporary stay at this one on the date. */
  List<Member> attachedOn(String orgCode, LocalDate date) {
    return jdbc.sql("select " + MEMBER_COLUMNS + " from nq21_member m join nq21_member_overlay v on v.member_id = m.id"
            + " where v.overlay = 'SH_TAM_THOI' and v.organization_code = ? and v.valid_from <= ?"
            + " and (v.valid_until is null or v.valid_until > ?) order by m.full_name, m.id")
        .params(orgCode, date, date).query(MemberRepository::map).list();
  }

  private static OverlayPeriod overlay(ResultSet rs, int row) throws SQLException {
    return new OverlayPeriod(rs.getLong("id"), rs.getLong("member_id"), Overlay.valueOf(rs.getString("overlay")),
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
        rs.getString("organization_code"), rs.getString("place"), rs.getString("reason"),
        rs.getString("justification"), rs.getString("case_id"), rs.getString("end_reason"),
        rs.getString("end_case_id"));
  }

  List<StatusChange> history(long memberId) {
    return jdbc.sql("""
            select id, member_id, from_status, to_status, effective_date, reason, case_id, user_id, recorded_at,
              reason_code, hardship
            from nq21_member_status_history where member_id = ? order by effective_date, id""")
        .param(memberId).query(MemberRepository::statusChange).list();
  }

  /** Every status change recorded with the reason code, oldest first. */
  List<StatusChange> historyWith(ReasonCode code) {
    return jdbc.sql("""
            select id, member_id, from_status, to_status, effective_date, reason, case_id, user_id, recorded_at,
              reason_code, hardship
            from nq21_member_status_history where reason_code = ? order by effective_date, id""")
        .param(code.name()).query(MemberRepository::statusChange).list();
  }

  private static StatusChange statusChange(ResultSet rs, int row) throws SQLException {
    return new StatusChange(rs.getLong("id"), rs.getLong("member_id"),
        rs.getString("from_status") == null ? null : MemberStatus.valueOf(rs.getString("from_status")),
        MemberStatus.valueOf(rs.getString("to_status")), rs.getObject("effective_date", LocalDate.class),
        rs.getString("reason"), rs.getString("case_id"), rs.getString("user_id"),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("reason_code") == null ? null : ReasonCode.valueOf(rs.getString("reason_code")),
        rs.getObject("hardship") == null ? null : rs.getBoolean("hardship"));
  }

  private static Membership membership(ResultSet rs, int row) throws SQLException {
    return new Membership(rs.getLong("id"), rs.getLong("member_id"), rs.getString("organization_code"),
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
        rs.getString("reason"), rs.getString("case_id"), rs.getString("external_place"));
  }

  private static Member map(ResultSet rs, int row) throws SQLException {
    return new Member(rs.getLong("id"), rs.getString("record_number"), rs.getString("full_name"),
        rs.getString("gender"), rs.getObject("birth_date", LocalDate.class), rs.getString("identity_number"),
        rs.getString("organization_code"), MemberStatus.valueOf(rs.getString("status")),
        rs.getObject("status_since", LocalDate.class), rs.getObject("admission_date", LocalDate.class),
        rs.getObject("ceremony_date", LocalDate.class), rs.getObject("recognition_date", LocalDate.class),
        rs.getString("card_number"), rs.getObject("certificate_issue_date", LocalDate.class), rs.getInt("version"));
  }
}

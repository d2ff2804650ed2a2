package vn.nq21.workflow.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code nq21_organization}; nothing else reads or writes that table. */
@Repository
class OrganizationRepository {

  private static final String COLUMNS =
      "code, name, org_type, parent_code, path, depth, tccsd, superior_of_tccsd,"
          + " authorised_to_admit, authorisation_ref, active, areas";

  private final JdbcClient jdbc;

  OrganizationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Organization> find(String code) {
    return jdbc.sql("select " + COLUMNS + " from nq21_organization where code = ?")
        .param(code).query(OrganizationRepository::map).optional();
  }

  List<Organization> findAll() {
    return jdbc.sql("select " + COLUMNS + " from nq21_organization order by path")
        .query(OrganizationRepository::map).list();
  }

  List<Organization> findSubtree(String path) {
    return jdbc.sql("select " + COLUMNS + " from nq21_organization where path like ? order by path")
        .param(path + "%").query(OrganizationRepository::map).list();
  }

  void upsert(Organization org) {
    int updated = jdbc.sql("""
            update nq21_organization set name = ?, org_type = ?, parent_code = ?, path = ?, depth = ?,
              tccsd = ?, superior_of_tccsd = ?, authorised_to_admit = ?, authorisation_ref = ?, active = ?, areas = ?
            where code = ?""")
        .params(org.name(), org.type().name(), org.parentCode(), org.path(), org.depth(), org.tccsd(),
            org.superiorOfTccsd(), org.authorisedToAdmit(), org.authorisationRef(), org.active(), areas(org),
            org.code())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into nq21_organization (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(org.code(), org.name(), org.type().name(), org.parentCode(), org.path(), org.depth(),
              org.tccsd(), org.superiorOfTccsd(), org.authorisedToAdmit(), org.authorisationRef(), org.active(),
              areas(org))
          .update();
    }
  }

  int deactivateAllExcept(List<String> codes) {
    if (codes.isEmpty()) {
      return jdbc.sql("update nq21_organization set active = false where active = true").update();
    }
    return jdbc.sql("update nq21_organization set active = false where active = true and code not in (:codes)")
        .param("codes", codes).update();
  }

  private static Organization map(ResultSet rs, int row) throws SQLException {
    return new Organization(
        rs.getString("code"),
        rs.getString("name"),
        OrgType.valueOf(rs.getString("org_type")),
        rs.getString("parent_code"),
        rs.getString("path"),
        rs.getInt("depth"),
        rs.getBoolean("tccsd"),
        rs.getBoolean("superior_of_tccsd"),
        rs.getBoolean("authorised_to_admit"),
        rs.getString("authorisation_ref"),
        rs.getBoolean("active"),
        areas(rs.getString("areas")));
  }

  /** Stored as the flags' names, comma-separated, in the order of {@link AreaFlag}; null for none. */
  private static String areas(Organization org) {
    return org.areas().isEmpty() ? null : java.util.Arrays.stream(AreaFlag.values()).filter(org.areas()::contains)
        .map(Enum::name).collect(java.util.stream.Collectors.joining(","));
  }

  private static java.util.Set<AreaFlag> areas(String stored) {
    return stored == null || stored.isBlank() ? java.util.Set.of() : java.util.Arrays.stream(stored.split(","))
        .map(String::trim).map(AreaFlag::valueOf).collect(java.util.stream.Collectors.toSet());
  }
}

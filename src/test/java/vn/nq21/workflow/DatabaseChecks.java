package vn.nq21.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Schema checks shared by the H2 and PostgreSQL start-up tests. */
final class DatabaseChecks {

  private DatabaseChecks() {}

  static void assertSchemaOwnedByLiquibase(JdbcClient jdbc) {
    long camundaChangeSets = jdbc.sql("select count(*) from databasechangelog where author = 'Camunda'")
        .query(Long.class).single();
    long appChangeSets = jdbc.sql("select count(*) from databasechangelog where author = 'nq21'")
        .query(Long.class).single();
    assertThat(camundaChangeSets).isGreaterThanOrEqualTo(1);
    // organisations, member registry, the index on the user's grants (one variant per database), and the
    // removal of the grants on a case's history with the case, the person each case is about, organisation
    // membership on dates and its backfill, overlays, reason codes (and their migration), the ledgers,
    // holds and dossier custody, stretches outside the installation
    assertThat(appChangeSets).isEqualTo(18);
    assertThat(jdbc.sql("select count(*) from databasechangelog where id like '003-authorization-user-index%'")
        .query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select version_ from act_ge_schema_log").query(String.class).list()).contains("7.24.0");
    for (String table : new String[] {"nq21_organization", "nq21_member", "nq21_member_status_history", "nq21_case_subject", "nq21_member_organization", "nq21_member_overlay", "nq21_dues", "nq21_dues_relief", "nq21_meeting", "nq21_attendance", "nq21_rating", "nq21_member_hold", "nq21_dossier_custody",
        "act_ru_task", "act_hi_procinst", "act_id_group", "act_re_decision_def"}) {
      assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).isNotNull();
    }
  }
}

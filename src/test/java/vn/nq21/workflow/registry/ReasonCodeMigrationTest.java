package vn.nq21.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * Liquibase 009 moves the reason code that removals kept at the start of their text (R-CN-09's
 * "DU_BI_KHONG_DU_TU_CACH: …") into the history's own column, so that re-admission can ask for it.
 */
@ApplicationTest
class ReasonCodeMigrationTest {

  @Autowired MemberRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired SpringLiquibase liquibase;

  @Test
  void aRemovalWrittenTheOldWayGetsItsCode() throws Exception {
    Member m = registry.register(new NewPerson("RC-0001", "Lê Văn Dự Bị Cũ", "NAM", LocalDate.of(1995, 1, 1), null,
        "cb-thon-dong", MemberStatus.DU_BI, LocalDate.of(2024, 5, 1)), null);
    // what ProbationSteps wrote before the column existed
    jdbc.sql("""
            update nq21_member set status = 'XOA_TEN', status_since = ? where id = ?""")
        .params(LocalDate.of(2025, 6, 2), m.id()).update();
    jdbc.sql("""
            insert into nq21_member_status_history (member_id, from_status, to_status, effective_date, reason,
              user_id, recorded_at)
            values (?, 'DU_BI', 'XOA_TEN', ?, ?, 'he-thong', ?)""")
        .params(m.id(), LocalDate.of(2025, 6, 2), "DU_BI_KHONG_DU_TU_CACH: xóa tên khỏi danh sách đảng viên dự bị,"
            + " quyết định số 7-QĐ/ĐU ngày 02/06/2025", Timestamp.from(Instant.now())).update();
    assertThat(registry.lastRemoval(m.id()).orElseThrow().reasonCode()).isNull();

    jdbc.sql("delete from databasechangelog where id = '009-status-reason-code-migration'").update();
    liquibase.afterPropertiesSet();

    StatusChange removal = registry.lastRemoval(m.id()).orElseThrow();
    assertThat(removal.reasonCode()).isEqualTo(ReasonCode.DU_BI_KHONG_DU_TU_CACH);
    assertThat(removal.reason()).isEqualTo("xóa tên khỏi danh sách đảng viên dự bị, quyết định số 7-QĐ/ĐU ngày 02/06/2025");
    assertThat(registry.removalsWith(ReasonCode.DU_BI_KHONG_DU_TU_CACH)).extracting(StatusChange::memberId)
        .contains(m.id());
  }
}

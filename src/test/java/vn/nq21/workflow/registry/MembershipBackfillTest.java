package vn.nq21.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * Liquibase 007 rebuilds the organisation history of the people already in the registry from what it kept
 * before (the current organisation, and each move's entry in the status history): an installation that upgrades
 * gets the rows the application itself writes now.
 */
@ApplicationTest
class MembershipBackfillTest {

  @Autowired MemberRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired SpringLiquibase liquibase;

  /** One stretch as both ways write it: whose, where, from, until. */
  record Stretch(long memberId, String org, LocalDate from, LocalDate until) {}

  private List<Stretch> stretches() {
    return jdbc.sql("""
            select member_id, organization_code, valid_from, valid_until from nq21_member_organization
            order by member_id, case when valid_from is null then 0 else 1 end, valid_from""")
        .query((rs, row) -> new Stretch(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
            rs.getObject(4, LocalDate.class))).list();
  }

  @Test
  void theBackfillWritesWhatTheApplicationWrites() throws Exception {
    Member stayed = registry.register(new NewPerson("BF-0001", "Lê Văn Ở Yên", "NAM", LocalDate.of(1990, 1, 1), null,
        "cb-thon-dong", MemberStatus.CHINH_THUC, LocalDate.of(2015, 1, 1)), null);
    Member moved = registry.register(new NewPerson("BF-0002", "Lê Văn Đi Về", "NAM", LocalDate.of(1990, 1, 1), null,
        "cb-thon-dong", MemberStatus.CHINH_THUC, LocalDate.of(2015, 1, 1)), null);
    registry.moveTo(moved.id(), "cb-thon-tay", LocalDate.of(2024, 3, 1), "Chuyển sinh hoạt", null);
    registry.moveTo(moved.id(), "cb-tri-su", LocalDate.of(2025, 3, 1), "Chuyển sinh hoạt", null);
    registry.moveTo(moved.id(), "cb-thon-dong", LocalDate.of(2025, 3, 1), "Sửa nơi đến", null);
    List<Stretch> written = stretches();
    assertThat(written).filteredOn(s -> s.memberId() == moved.id()).containsExactly(
        new Stretch(moved.id(), "cb-thon-dong", null, LocalDate.of(2024, 3, 1)),
        new Stretch(moved.id(), "cb-thon-tay", LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1)),
        new Stretch(moved.id(), "cb-thon-dong", LocalDate.of(2025, 3, 1), null));
    assertThat(written).filteredOn(s -> s.memberId() == stayed.id()).containsExactly(
        new Stretch(stayed.id(), "cb-thon-dong", null, null));

    // the upgrade an installation without the table gets: the change set runs once, at the next start
    jdbc.sql("delete from nq21_member_organization").update();
    jdbc.sql("delete from databasechangelog where id = '007-member-organization-backfill'").update();
    liquibase.afterPropertiesSet();

    assertThat(stretches()).containsExactlyInAnyOrderElementsOf(written);
  }
}

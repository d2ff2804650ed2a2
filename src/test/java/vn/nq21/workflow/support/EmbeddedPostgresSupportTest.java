package vn.nq21.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresSupportTest {

    @Test
    void servesARealPostgresDatabaseToThePasswordProtectedAppRole() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        EmbeddedPostgresSupport.jdbcUrl(), EmbeddedPostgresSupport.username(),
                        EmbeddedPostgresSupport.password());
                Statement statement = connection.createStatement()) {
            ResultSet server = statement.executeQuery("select version(), current_user, current_database()");
            assertThat(server.next()).isTrue();
            assertThat(server.getString(1)).startsWith("PostgreSQL");
            assertThat(server.getString(2)).isEqualTo("nq21");
            assertThat(server.getString(3)).isEqualTo("nq21");

            statement.execute("create table smoke_test (id int primary key, name text not null)");
            statement.executeUpdate("insert into smoke_test values (1, 'Đảng viên')");
            ResultSet rows = statement.executeQuery("select name from smoke_test where id = 1");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Đảng viên");
        }
    }

    @Test
    void rejectsAWrongPassword() {
        assertThatThrownBy(() -> DriverManager.getConnection(
                        EmbeddedPostgresSupport.jdbcUrl(), EmbeddedPostgresSupport.username(), "wrong"))
                .isInstanceOf(SQLException.class)
                .extracting(e -> ((SQLException) e).getSQLState())
                .isEqualTo("28P01"); // invalid_password
    }

    @Test
    void serverIsNotPrivilegedRootWhenTheBuildRunsAsRoot() throws Exception {
        assumeTrue(EmbeddedPostgresSupport.runningAsRoot());
        try (Connection connection = EmbeddedPostgresSupport.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
            pid.next();
            // the backend serving this still-open connection runs as the same user as the server
            Path backend = Path.of("/proc", String.valueOf(pid.getInt(1)));
            // either setpriv made it nobody, or zonky's unshare put it in a user namespace of its own
            boolean runsAsNobody = Files.getOwner(backend).getName().equals("nobody");
            boolean ownUserNamespace = !Files.readSymbolicLink(backend.resolve("ns/user"))
                    .equals(Files.readSymbolicLink(Path.of("/proc/self/ns/user")));
            assertThat(runsAsNobody || ownUserNamespace)
                    .as("server runs as nobody or in a user namespace of its own").isTrue();
        }
    }
}

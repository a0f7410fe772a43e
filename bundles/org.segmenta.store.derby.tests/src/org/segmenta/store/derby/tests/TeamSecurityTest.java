package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.StoreUnavailableException;
import org.segmenta.model.Language;
import org.segmenta.store.derby.internal.DerbyStore;
import org.segmenta.store.derby.internal.ServerCommand;
import org.segmenta.store.derby.internal.TeamServer;

/**
 * The team server's security (issue 16), with a server in this JVM on a loopback port: NATIVE users managed with
 * {@code segmenta server user ...}; SQL authorization, so that a team user works with Segmenta's data and can do
 * nothing else (no system procedure such as {@code SYSCS_EXPORT_TABLE}, no Java routine, no schema change); an online
 * backup with {@code segmenta server backup DIR} and a restore that brings the old state back.
 */
class TeamSecurityTest {

    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    private TeamServer start(Path data, int port) throws Exception {
        return TeamServer.start(new TeamServer.Config(data, "localhost", port, "off", null, false));
    }

    /** Runs {@code segmenta server ARGS} in this JVM; returns exit code, stdout and stderr. */
    private static String[] server(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ServerCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false);
        return new String[] { String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
    }

    private Path secret(String name, String value) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, value + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    private static Connection raw(String url, String user, String password) throws SQLException {
        Driver d = TeamServer.clientDriver();
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return d.connect(url, p);
    }

    @Test
    void aTeamUserWorksWithTheDataAndCanDoNothingElse() throws Exception {
        Path data = dir.resolve("server");
        try (TeamServer server = start(data, freePort())) {
            String[] added = server("--data", data.toString(), "user", "add", "alice", "--password-file",
                    secret("alice.pw", "Tulipan-17").toString());
            assertEquals("0", added[0], added[2]);
            assertTrue(added[1].contains("Added team user alice"), added[1]);

            try (DerbyStore alice = DerbyStore.network(server.url(), "alice", "Tulipan-17")) {
                alice.write(s -> s.languages().insert(Fixtures.language()));
                assertEquals(1L, alice.read(s -> s.languages().count()), "alice reads and writes Segmenta's tables");
                StoreException backup = assertThrows(StoreException.class, () -> alice.backup(dir.resolve("copy")));
                assertTrue(backup.getMessage().contains("segmenta server backup"), backup.getMessage());
            }
            try (Connection c = raw(server.url(), "alice", "Tulipan-17"); Statement s = c.createStatement()) {
                for (String forbidden : List.of(
                        "CALL SYSCS_UTIL.SYSCS_EXPORT_TABLE('APP', 'CONTACT', '" + dir.resolve("contacts.csv") + "', null, null, null)",
                        "CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('" + dir.resolve("stolen") + "')",
                        "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'false')",
                        "CALL SYSCS_UTIL.SYSCS_CREATE_USER('mallory', 'Mallory-123')",
                        "CALL SQLJ.INSTALL_JAR('file:" + dir.resolve("x.jar") + "', 'APP.X', 0)",
                        "CREATE FUNCTION alice.prop(k VARCHAR(100)) RETURNS VARCHAR(100) LANGUAGE JAVA PARAMETER STYLE"
                                + " JAVA NO SQL EXTERNAL NAME 'java.lang.System.getProperty'",
                        "CREATE TABLE app.stolen (x INT)", "DROP TABLE app.contact", "CREATE SCHEMA mallory",
                        "LOCK TABLE app.contact IN EXCLUSIVE MODE", "LOCK TABLE app.segment_line IN SHARE MODE")) {
                    SQLException e = assertThrows(SQLException.class, () -> s.execute(forbidden), forbidden);
                    assertTrue(e.getSQLState().startsWith("425"), forbidden + ": " + e.getSQLState() + " " + e.getMessage());
                }
                assertTrue(!Files.exists(dir.resolve("contacts.csv")), "nothing was exported");
            }
            assertThrows(StoreUnavailableException.class, () -> DerbyStore.network(server.url(), "alice", "wrong"));
            assertThrows(StoreUnavailableException.class, () -> DerbyStore.network(server.url(), "nobody", "Tulipan-17"));
        }
    }

    /**
     * Derby lets the holder of a table's SELECT privilege lock the whole table (DERBY-1708); the server grants SELECT
     * column by column instead, so that a team user reads everything but cannot LOCK TABLE, also where an earlier
     * server granted SELECT on the table.
     */
    @Test
    void aTeamUserCannotLockATableAndStillReadsEverything() throws Exception {
        Path data = dir.resolve("server");
        int port = freePort();
        try (TeamServer server = start(data, port)) {
            try (Connection c = server.adminConnection(); Statement s = c.createStatement()) {
                TeamServer.addUser(c, "alice", "Tulipan-17");
                s.execute("GRANT SELECT ON app.contact TO PUBLIC"); // as a server of this morning did
            }
        }
        try (TeamServer server = start(data, port)) {
            try (DerbyStore alice = DerbyStore.network(server.url(), "alice", "Tulipan-17")) {
                alice.write(s -> s.contacts().insert(Fixtures.company()));
            }
            try (Connection c = raw(server.url(), "alice", "Tulipan-17"); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                for (String table : List.of("contact", "segment_line", "number_series", "segmenta_schema")) {
                    SQLException e = assertThrows(SQLException.class,
                            () -> s.execute("LOCK TABLE app." + table + " IN EXCLUSIVE MODE"), table);
                    assertEquals("42500", e.getSQLState(), table + ": " + e.getMessage());
                }
                for (String query : List.of("SELECT COUNT(*) FROM app.contact", "SELECT * FROM app.contact",
                        "SELECT 1 FROM app.segment_line")) {
                    s.executeQuery(query).close();
                }
                assertEquals(1, s.executeUpdate("UPDATE app.contact SET city = 'Odense' WHERE contact_no = 'CT000001'"));
                c.rollback();
            }
        }
    }

    @Test
    void usersAreAddedGivenNewPasswordsAndRemoved() throws Exception {
        Path data = dir.resolve("server");
        try (TeamServer server = start(data, freePort())) {
            String d = data.toString();
            assertEquals("0", server("--data", d, "user", "add", "carol", "--password-file",
                    secret("c1", "First-Pass-1").toString())[0]);
            try (DerbyStore carol = DerbyStore.network(server.url(), "carol", "First-Pass-1")) {
                assertEquals("carol", carol.info().user());
            }
            String[] list = server("--data", d, "user", "list");
            assertTrue(list[1].contains("CAROL") && list[1].contains(TeamServer.OWNER), list[1]);

            assertEquals("0", server("--data", d, "user", "password", "carol", "--password-file",
                    secret("c2", "Second-Pass-2").toString())[0]);
            assertThrows(StoreUnavailableException.class, () -> DerbyStore.network(server.url(), "carol", "First-Pass-1"));
            DerbyStore.network(server.url(), "carol", "Second-Pass-2").close();

            assertEquals("0", server("--data", d, "user", "remove", "carol")[0]);
            assertThrows(StoreUnavailableException.class, () -> DerbyStore.network(server.url(), "carol", "Second-Pass-2"));

            Path open = dir.resolve("open.pw");
            Files.writeString(open, "Everyone-Reads-1\n");
            Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
            String[] refused = server("--data", d, "user", "add", "dave", "--password-file", open.toString());
            assertEquals("2", refused[0]);
            assertTrue(refused[2].contains("readable by other users") && refused[2].contains("chmod 600"), refused[2]);
            String[] shortPw = server("--data", d, "user", "add", "dave", "--password-file", secret("s", "short").toString());
            assertTrue(shortPw[2].contains("at least 8 characters"), shortPw[2]);
            String[] noPw = server("--data", d, "user", "add", "dave");
            assertEquals("2", noPw[0]);
            assertTrue(noPw[2].contains("no password of dave"), noPw[2]);
        }
    }

    @Test
    void anOnlineBackupRestoresTheOldState() throws Exception {
        Path data = dir.resolve("server");
        Path backups = dir.resolve("backups");
        int port = freePort();
        try (TeamServer server = start(data, port)) {
            server("--data", data.toString(), "user", "add", "alice", "--password-file",
                    secret("a", "Tulipan-17").toString());
            try (DerbyStore alice = DerbyStore.network(server.url(), "alice", "Tulipan-17")) {
                alice.write(s -> s.languages().insert(Fixtures.language()));
                // the backup runs while alice stays connected (online)
                String[] b = server("--data", data.toString(), "backup", backups.toString());
                assertEquals("0", b[0], b[2]);
                assertTrue(b[1].contains("Backed up the team database to " + backups.toAbsolutePath().resolve("segmenta")), b[1]);
                alice.write(s -> {
                    Language l = s.languages().require(Fixtures.language().getCode());
                    l.setName("Changed after the backup");
                    return s.languages().update(l);
                });
                alice.write(s -> {
                    Language second = Fixtures.language();
                    second.setCode("AFTER");
                    return s.languages().insert(second);
                });
            }
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.resolve("segmenta"))));
        // restore as the README says: server stopped, database folder replaced by the backup's
        Path db = data.resolve("segmenta");
        Files.move(db, dir.resolve("segmenta-broken"));
        copyTree(backups.resolve("segmenta"), db);
        try (TeamServer server = start(data, port);
                DerbyStore alice = DerbyStore.network(server.url(), "alice", "Tulipan-17")) {
            assertEquals(1L, alice.read(s -> s.languages().count()), "the language added after the backup is gone");
            assertEquals(Fixtures.language().getName(),
                    alice.read(s -> s.languages().require(Fixtures.language().getCode()).getName()), "the old name is back");
        }
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}

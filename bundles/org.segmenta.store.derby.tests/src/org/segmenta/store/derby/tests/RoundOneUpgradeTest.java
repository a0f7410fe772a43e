package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.store.derby.internal.DerbyStore;
import org.segmenta.store.derby.internal.ServerCommand;
import org.segmenta.store.derby.internal.TeamServer;
import org.segmenta.testing.ChildJvm;

/**
 * A team database of round one (made by user segmenta under Derby's BUILTIN authentication, users and passwords in
 * clear in derby.properties, no SQL authorization, tables made by a client) is upgraded by the first start of this
 * server: same users and passwords, now NATIVE; SQL authorization on; the data kept; the clear passwords gone.
 */
class RoundOneUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void roundOnesDatabaseKeepsItsDataAndUsersAndGetsAuthorization() throws Exception {
        Path data = dir.resolve("server");
        Files.createDirectories(data);
        Files.writeString(data.resolve("derby.properties"), """
                derby.connection.requireAuthentication=true
                derby.authentication.provider=BUILTIN
                derby.user.segmenta=Round-One-Owner-1
                derby.user.alice=Tulipan-17
                """);
        // round one's server created the database as user segmenta; the first client made the tables in APP
        Path db = data.resolve(TeamServer.DATABASE);
        Properties create = new Properties();
        create.setProperty("user", "segmenta");
        create.setProperty("password", "Round-One-Owner-1");
        create.setProperty("create", "true");
        new EmbeddedDriver().connect("jdbc:derby:" + db.toAbsolutePath(), create).close();
        try (DerbyStore roundOne = DerbyStore.embedded(db)) {
            roundOne.write(s -> s.languages().insert(Fixtures.language()));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (ChildJvm server = ChildJvm.start(ChildBundles.STORE, dir, ServerCommand.class.getName(), "--port", String.valueOf(port),
                "--data", data.toString())) {
            server.awaitLine(line -> line.startsWith(TeamServer.READY));
            String url = "jdbc:derby://localhost:" + port + "/" + TeamServer.DATABASE;
            try (DerbyStore alice = DerbyStore.network(url, "alice", "Tulipan-17")) {
                assertEquals(Fixtures.language().getName(),
                        alice.read(s -> s.languages().require(Fixtures.language().getCode()).getName()), "the data is kept");
                alice.write(s -> {
                    var l = Fixtures.language();
                    l.setCode("NEW");
                    return s.languages().insert(l);
                });
            }
            try (Connection c = client(url, "alice", "Tulipan-17"); Statement s = c.createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute("CALL SYSCS_UTIL.SYSCS_EXPORT_TABLE('APP',"
                        + " 'LANGUAGE', '" + dir.resolve("out.csv") + "', null, null, null)"));
                assertEquals("42504", e.getSQLState(), e.getMessage());
            }
            assertThrows(SQLException.class, () -> client(url, "alice", "wrong").close());
            String properties = Files.readString(data.resolve("derby.properties"));
            assertFalse(properties.contains("derby.user.") || properties.contains("Tulipan"), properties);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("dbo.password"))));
            // the administration works as round one's owner
            Path pw = dir.resolve("bob.pw");
            Files.writeString(pw, "Rugbrod-42\n");
            Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
            try (ChildJvm add = ChildJvm.start(ChildBundles.STORE, dir, ServerCommand.class.getName(), "--data", data.toString(), "user",
                    "add", "bob", "--password-file", pw.toString())) {
                assertEquals(0, add.process.waitFor(), add.errors());
            }
            try (DerbyStore bob = DerbyStore.network(url, "bob", "Rugbrod-42")) {
                assertEquals(2L, bob.read(s -> s.languages().count()));
            }
            assertTrue(server.process.isAlive());
            server.kill();
        }
    }

    private static Connection client(String url, String user, String password) throws SQLException {
        Driver d = TeamServer.clientDriver();
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return d.connect(url, p);
    }
}

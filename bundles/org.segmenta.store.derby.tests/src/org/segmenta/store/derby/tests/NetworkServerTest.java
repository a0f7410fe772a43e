package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.ConcurrentChangeException;
import org.segmenta.core.store.StoreUnavailableException;
import org.segmenta.model.Language;
import org.segmenta.model.NumberSeries;
import org.segmenta.store.derby.internal.DerbyStore;
import org.segmenta.store.derby.internal.ServerCommand;
import org.segmenta.store.derby.internal.TeamServer;
import org.segmenta.testing.ChildJvm;

/**
 * Team mode against a real Derby network server ({@code segmenta server}, in a child process) on a loopback
 * port, with two clients (users alice and bob) working at the same time. The data folder starts as round one left
 * it (a derby.properties with the users and their passwords in clear): the server moves them into the database.
 */
class NetworkServerTest {

    @TempDir
    static Path dir;
    static ChildJvm server;
    static String url;

    @BeforeAll
    static void startServer() throws Exception {
        Path data = dir.resolve("server");
        Files.createDirectories(data);
        Properties users = new Properties();
        users.setProperty("derby.connection.requireAuthentication", "true");
        users.setProperty("derby.authentication.provider", "BUILTIN");
        users.setProperty("derby.user.alice", "Tulipan-17");
        users.setProperty("derby.user.bob", "Rugbrød-42");
        try (var out = Files.newOutputStream(data.resolve("derby.properties"))) {
            users.store(out, "two users of the team");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        server = ChildJvm.start(ChildBundles.STORE, dir, ServerCommand.class.getName(), "--port", String.valueOf(port), "--data", data.toString());
        server.awaitLine(line -> line.startsWith(TeamServer.READY));
        url = "jdbc:derby://localhost:" + port + "/" + TeamServer.DATABASE;
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.kill();
    }

    @Test
    void twoClientsNeverGetTheSameNumber() throws Exception {
        try (DerbyStore alice = DerbyStore.network(url, "alice", "Tulipan-17");
                DerbyStore bob = DerbyStore.network(url, "bob", "Rugbrød-42")) {
            assertTrue(alice.info().team());
            assertEquals("alice", alice.info().user());
            alice.write(s -> {
                NumberSeries n = Fixtures.F.createNumberSeries();
                n.setCode("NET");
                n.setStartingNo("SEG00001");
                return s.numberSeries().insert(n);
            });
            int perClient = 150;
            List<String> numbers = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (DerbyStore client : List.of(alice, bob, alice, bob)) {
                    done.add(pool.submit((Callable<Void>) () -> {
                        for (int i = 0; i < perClient; i++) {
                            numbers.add(client.write(s -> s.numberSeries().next("NET")));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(4 * perClient, numbers.size());
            assertEquals(4 * perClient, new HashSet<>(numbers).size(), "no number was handed out twice");
            assertEquals("SEG00600", bob.read(s -> s.numberSeries().require("NET").getLastNoUsed()));
        }
    }

    @Test
    void concurrentUpdatesLoseNothing() throws Exception {
        try (DerbyStore alice = DerbyStore.network(url, "alice", "Tulipan-17");
                DerbyStore bob = DerbyStore.network(url, "bob", "Rugbrød-42")) {
            alice.write(s -> {
                Language l = Fixtures.language();
                l.setCode("NETLANG");
                l.setWindowsLanguageId(0);
                return s.languages().insert(l);
            });
            int perClient = 60;
            int[] conflicts = new int[1];
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (DerbyStore client : List.of(alice, bob)) {
                    done.add(pool.submit((Callable<Void>) () -> {
                        for (int i = 0; i < perClient; i++) {
                            while (true) {
                                // read in one unit, write in another: what a user in a form does
                                Language l = client.read(s -> s.languages().require("NETLANG"));
                                l.setWindowsLanguageId(l.getWindowsLanguageId() + 1);
                                try {
                                    client.write(s -> s.languages().update(l));
                                    break;
                                } catch (ConcurrentChangeException e) {
                                    synchronized (conflicts) {
                                        conflicts[0]++;
                                    }
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(2 * perClient, bob.read(s -> s.languages().require("NETLANG").getWindowsLanguageId()),
                    "every increment is there (" + conflicts[0] + " stale updates were refused and repeated)");

            // the same, step by step: bob's stale copy cannot overwrite alice's change
            Language bobs = bob.read(s -> s.languages().require("NETLANG"));
            Language alices = alice.read(s -> s.languages().require("NETLANG"));
            alices.setName("Dansk (alice)");
            alice.write(s -> s.languages().update(alices));
            bobs.setName("Danish (bob)");
            assertThrows(ConcurrentChangeException.class, () -> bob.write(s -> s.languages().update(bobs)));
            assertEquals("Dansk (alice)", bob.read(s -> s.languages().require("NETLANG").getName()));
        }
    }

    @Test
    void aWrongPasswordIsAClearError() {
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                () -> DerbyStore.network(url, "alice", "wrong"));
        assertTrue(e.getMessage().contains("refused user 'alice'") && e.getMessage().contains("SEGMENTA_DB_PASSWORD"),
                e.getMessage());
        StoreUnavailableException down = assertThrows(StoreUnavailableException.class,
                () -> DerbyStore.network("jdbc:derby://localhost:1/segmenta", "alice", "Tulipan-17"));
        assertTrue(down.getMessage().contains("Cannot reach the team server"), down.getMessage());
    }

    @Test
    void roundOnesPasswordsInClearAreGoneAndTheFilesAreOwnerOnly() throws IOException {
        Path data = dir.resolve("server");
        String properties = Files.readString(data.resolve("derby.properties"));
        assertTrue(!properties.contains("derby.user.") && !properties.contains("Tulipan"), properties);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("owner.password"))));
        assertTrue(Files.readString(data.resolve("owner.password")).strip().length() >= 20, "a long random password");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("segmenta"))));
        // the child's log (ChildJvm names it); the product's is DATA/derby.log
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("derby-child.log"))));
        try (var files = Files.walk(data.resolve("segmenta"))) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void theConnectionCheckTriesTheUserAndPasswordAndSaysWhatIsWrong() {
        org.segmenta.store.derby.internal.DerbyConnectionCheck check = new org.segmenta.store.derby.internal.DerbyConnectionCheck();
        String found = check.checkTeamServer(url, "alice", "Tulipan-17");
        assertTrue(found.startsWith("Connected to " + url.substring("jdbc:derby://".length()) + " as ALICE")
                || found.startsWith("Connected to " + url.substring("jdbc:derby://".length()) + " as alice"), found);
        assertTrue(found.contains("Apache Derby"), found);

        var refused = assertThrows(org.segmenta.core.store.StoreUnavailableException.class,
                () -> check.checkTeamServer(url, "alice", "wrong"));
        assertTrue(refused.getMessage().startsWith("The team server at " + url + " refused user 'alice'"), refused.getMessage());

        String otherDatabase = url.substring(0, url.lastIndexOf('/') + 1) + "nosuchdb";
        var missing = assertThrows(org.segmenta.core.store.StoreUnavailableException.class,
                () -> check.checkTeamServer(otherDatabase, "alice", "Tulipan-17"));
        assertTrue(missing.getMessage().contains("nosuchdb"), missing.getMessage());
    }
}

package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.StoreUnavailableException;
import org.segmenta.store.derby.internal.DerbyStore;
import org.segmenta.store.derby.internal.ServerCommand;
import org.segmenta.store.derby.internal.TeamServer;
import org.segmenta.testing.ChildJvm;

/**
 * TLS between clients and the team server ({@code segmenta server --ssl basic --keystore FILE}), on loopback, with a
 * key store made in the test by the JDK's keytool: a client with {@code ;ssl=basic} works, one that checks the
 * server's certificate against a trust store ({@code ;ssl=peerAuthentication}) works, a client without TLS is refused.
 */
class TlsTest {

    private static final String STORE_PASSWORD = "Keystore-Pass-9";

    @TempDir
    Path dir;

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "keytool ended");
        assertEquals(0, p.exitValue(), "keytool " + String.join(" ", args) + ": " + out);
    }

    @Test
    void clientsTalkToTheServerOverTlsOnly() throws Exception {
        Path keyStore = dir.resolve("server.p12");
        Path cert = dir.resolve("server.cer");
        Path trustStore = dir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "segmenta", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-alias", "segmenta", "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD,
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "segmenta", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", trustStore.toString(), "-storepass", STORE_PASSWORD);
        Path storePassword = dir.resolve("keystore.pw");
        Files.writeString(storePassword, STORE_PASSWORD + "\n");
        Files.setPosixFilePermissions(storePassword, PosixFilePermissions.fromString("rw-------"));

        Path data = dir.resolve("server");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (ChildJvm server = ChildJvm.start(ChildBundles.STORE, dir, ServerCommand.class.getName(), "--port", String.valueOf(port),
                "--data", data.toString(), "--ssl", "basic", "--keystore", keyStore.toString(),
                "--keystore-password-file", storePassword.toString())) {
            server.awaitLine(line -> line.startsWith(TeamServer.READY));
            Path pw = dir.resolve("alice.pw");
            Files.writeString(pw, "Tulipan-17\n");
            Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
            try (ChildJvm add = ChildJvm.start(ChildBundles.STORE, dir, ServerCommand.class.getName(), "--data", data.toString(), "user",
                    "add", "alice", "--password-file", pw.toString())) {
                assertEquals(0, add.process.waitFor(), add.errors());
            }
            String url = "jdbc:derby://localhost:" + port + "/" + TeamServer.DATABASE;
            try (DerbyStore alice = DerbyStore.network(url + ";ssl=basic", "alice", "Tulipan-17")) {
                alice.write(s -> s.languages().insert(Fixtures.language()));
            }
            System.setProperty("javax.net.ssl.trustStore", trustStore.toString());
            System.setProperty("javax.net.ssl.trustStorePassword", STORE_PASSWORD);
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            try (DerbyStore alice = DerbyStore.network(url + ";ssl=peerAuthentication", "alice", "Tulipan-17")) {
                assertEquals(1L, alice.read(s -> s.languages().count()), "the server's certificate was checked");
            }
            StoreUnavailableException plain = assertThrows(StoreUnavailableException.class,
                    () -> DerbyStore.network(url, "alice", "Tulipan-17"));
            assertTrue(plain.getMessage().contains("Cannot reach the team server"), plain.getMessage());
            server.kill();
        }
    }
}

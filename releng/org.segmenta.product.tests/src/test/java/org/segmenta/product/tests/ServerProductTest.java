package org.segmenta.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code segmenta server} from the installed Linux product (issue 16): the start script runs the Equinox application
 * {@code org.segmenta.store.derby.server}, which serves ({@code server --port N}: ready, reachable, its users added
 * and listed while it runs), stops cleanly on SIGTERM and is administered while stopped; {@code --data} before
 * {@code server} names its data folder.
 */
class ServerProductTest {

    @TempDir
    Path dir;

    @Test
    void theInstalledProductRunsAndAdministersTheTeamServer() throws Exception {
        Path install = Product.unpackLinux(dir.resolve("install"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Path data = dir.resolve("server");
        Path pw = dir.resolve("bob.pw");
        Files.writeString(pw, "Rugbrod-42\n");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));

        Product.Result help = Product.segmenta(install, home, "server", "--help");
        assertEquals(0, help.exit(), help.output());
        assertTrue(help.output().contains("user add"), help.output());

        Product.Result none = Product.segmenta(install, home, "--data", data.toString(), "server", "user", "list");
        assertEquals(2, none.exit(), none.output());
        assertTrue(none.output().contains("There is no team database in " + data), none.output());

        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path log = dir.resolve("server.txt");
        ProcessBuilder pb = new ProcessBuilder(install.resolve("segmenta").toString(), "--data", data.toString(),
                "server", "--port", String.valueOf(port)).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().put("HOME", home.toString());
        Process server = pb.start();
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("Segmenta team server ready")) {
                if (!server.isAlive()) {
                    fail("the server ended with " + server.exitValue() + ": " + Files.readString(log));
                }
                if (System.nanoTime() > end) {
                    fail("the server did not say it was ready in 300 s: " + Files.readString(log));
                }
                Thread.sleep(200);
            }
            String said = Files.readString(log);
            assertTrue(said.contains("on localhost:" + port), said);
            try (java.net.Socket s = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
                assertTrue(s.isConnected(), "the server listens on its port");
            }
            assertTrue(Files.isDirectory(data.resolve("segmenta")), "the database is in --data's folder");
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
            Product.Result added = Product.segmenta(install, home, "--data", data.toString(), "server", "user", "add",
                    "bob", "--password-file", pw.toString());
            assertEquals(0, added.exit(), added.output());
            assertTrue(added.output().contains("Added team user bob"), added.output());
            Product.Result users = Product.segmenta(install, home, "--data", data.toString(), "server", "user", "list");
            assertEquals(0, users.exit(), users.output());
            assertTrue(users.output().contains("BOB"), users.output());
        } finally {
            server.destroy(); // SIGTERM, as a service manager stops it
            if (!server.waitFor(120, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                fail("the server did not stop within 120 s of SIGTERM: " + Files.readString(log));
            }
        }
        // stopped: the database opens again for administration, so the server shut it down cleanly
        Product.Result again = Product.segmenta(install, home, "--data", data.toString(), "server", "user", "list");
        assertEquals(0, again.exit(), again.output());
        assertTrue(again.output().contains("BOB"), again.output());
        assertTrue(List.of(143, 0).contains(server.exitValue()), "exit " + server.exitValue());
    }
}

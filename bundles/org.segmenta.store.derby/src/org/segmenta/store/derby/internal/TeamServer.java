package org.segmenta.store.derby.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * The team server: a Derby network server over a data folder, with authentication on. A plain {@code main}
 * that needs only Derby's jars and this class, started by {@code segmenta server} as
 * {@code java -cp <store bundle>:<derby jars> org.segmenta.store.derby.internal.TeamServer --port N --data DIR}.
 * <p>
 * The data folder is Derby's system home: it holds the database {@code segmenta}, {@code derby.log} and
 * {@code derby.properties}, which switches authentication on and lists the users ({@code derby.user.NAME=PASSWORD},
 * Derby's BUILTIN provider). On the first start the file is created with the user {@code segmenta} and a random
 * password, printed once. The server listens on the loopback interface unless {@code --host} says otherwise.
 */
public final class TeamServer {

    /** The database name clients use: {@code jdbc:derby://HOST:PORT/segmenta}. */
    public static final String DATABASE = "segmenta";
    /** Printed when the server accepts connections; tests and scripts wait for it. */
    public static final String READY = "Segmenta team server ready";

    private TeamServer() {
    }

    /**
     * @param args {@code [--port N] [--data DIR] [--host ADDRESS]}
     */
    public static void main(String[] args) throws Exception {
        int port = 1527;
        Path data = Path.of(System.getProperty("user.home"), ".segmenta", "server");
        String host = "localhost";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
            case "--port" -> {
                port = Integer.parseInt(require(a, value));
                i++;
            }
            case "--data" -> {
                data = Path.of(require(a, value));
                i++;
            }
            case "--host" -> {
                host = require(a, value);
                i++;
            }
            case "-h", "--help" -> {
                System.out.println("segmenta server [--port N] [--data DIR] [--host ADDRESS]\n"
                        + "  Starts the Segmenta team server (a Derby network server with authentication).\n"
                        + "  --port N        TCP port, default 1527\n"
                        + "  --data DIR      data folder (database, derby.properties with the users), default ~/.segmenta/server\n"
                        + "  --host ADDRESS  interface to listen on, default localhost; 0.0.0.0 for the whole network");
                return;
            }
            default -> {
                System.err.println("segmenta server: unknown option " + a + "; see segmenta server --help");
                System.exit(2);
            }
            }
        }
        Files.createDirectories(data);
        Path properties = data.resolve("derby.properties");
        String[] admin = ensureProperties(properties);
        System.setProperty("derby.system.home", data.toAbsolutePath().toString());
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", data.resolve("derby.log").toAbsolutePath().toString());
        }
        NetworkServerControl server = new NetworkServerControl(InetAddress.getByName(host), port, admin[0], admin[1]);
        server.start(new PrintWriter(System.err, true));
        waitUntilUp(server);
        createDatabase(admin);
        String url = "jdbc:derby://" + host + ":" + port + "/" + DATABASE;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server)));
        System.out.println(READY + " on " + host + ":" + port + " (data " + data.toAbsolutePath() + ").");
        System.out.println("Clients: SEGMENTA_VMARGS=\"-Dsegmenta.db.url=" + url
                + " -Dsegmenta.db.user=USER -Dsegmenta.db.password=PASSWORD\" segmenta");
        System.out.println("Users are in " + properties.toAbsolutePath() + " (derby.user.NAME=PASSWORD; restart to apply)."
                + " Stop the server with Ctrl+C.");
        System.out.flush();
        Thread.currentThread().join();
    }

    private static String require(String option, String value) {
        if (value == null) {
            System.err.println("segmenta server: " + option + " needs a value");
            System.exit(2);
        }
        return value;
    }

    /**
     * Creates derby.properties with authentication on and one user, or checks that an existing one requires
     * authentication.
     *
     * @param file the data folder's derby.properties
     * @return the first user and its password, for the server's own connections
     * @throws IOException when the file cannot be read or written
     */
    public static String[] ensureProperties(Path file) throws IOException {
        Properties p = new Properties();
        if (!Files.exists(file)) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            p.setProperty("derby.connection.requireAuthentication", "true");
            p.setProperty("derby.authentication.provider", "BUILTIN");
            p.setProperty("derby.user.segmenta", password);
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "Segmenta team server: users (derby.user.NAME=PASSWORD) and authentication."
                        + " Keep this file private.");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's permissions protect it
            }
            System.out.println("Created " + file.toAbsolutePath() + " with user 'segmenta', password '" + password
                    + "'. Give it to your team, or add users there.");
            return new String[] { "segmenta", password };
        }
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        if (!"true".equalsIgnoreCase(p.getProperty("derby.connection.requireAuthentication"))) {
            System.err.println("segmenta server: " + file.toAbsolutePath() + " does not switch authentication on."
                    + " Add derby.connection.requireAuthentication=true, derby.authentication.provider=BUILTIN and"
                    + " derby.user.NAME=PASSWORD lines; the server does not run open to everyone.");
            System.exit(1);
        }
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("derby.user.") && !p.getProperty(name).isEmpty()) {
                return new String[] { name.substring("derby.user.".length()), p.getProperty(name) };
            }
        }
        System.err.println("segmenta server: " + file.toAbsolutePath() + " lists no user with a password."
                + " Add a line derby.user.NAME=PASSWORD.");
        System.exit(1);
        return null;
    }

    private static void waitUntilUp(NetworkServerControl server) throws Exception {
        Exception last = null;
        for (int i = 0; i < 300; i++) {
            try {
                server.ping();
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("The Derby network server did not come up: " + last, last);
    }

    private static void createDatabase(String[] admin) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", admin[0]);
        props.setProperty("password", admin[1]);
        props.setProperty("create", "true");
        try (Connection c = new EmbeddedDriver().connect("jdbc:derby:" + DATABASE, props)) {
            // created (or there already); clients upgrade its schema when they connect
        }
    }

    private static void stop(NetworkServerControl server) {
        try {
            server.shutdown();
        } catch (Exception ignored) {
            // stopping anyway
        }
        Properties props = new Properties();
        props.setProperty("shutdown", "true");
        try {
            new EmbeddedDriver().connect("jdbc:derby:;shutdown=true", props);
        } catch (SQLException ignored) {
            // Derby reports a clean shutdown as an exception
        }
    }
}

package org.segmenta.store.derby.internal;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code segmenta server ...}: runs the team server, manages its users, backs it up. The product starts it as the
 * Equinox application {@code org.segmenta.store.derby.server} ({@link ServerApplication}); {@link #main(String[])}
 * does the same on a plain class path (tests).
 *
 * <pre>
 * segmenta [--data DIR] server [--port N] [--host ADDRESS] [--ssl basic|peerAuthentication] [--encrypted]
 * segmenta [--data DIR] server user add|password NAME [--password-file FILE]
 * segmenta [--data DIR] server user remove NAME
 * segmenta [--data DIR] server user list
 * segmenta [--data DIR] server backup DIR
 * </pre>
 *
 * Passwords are never options: a file readable by its owner only, the environment ({@value #PASSWORD_ENV},
 * {@value #BOOT_PASSWORD_ENV}) or a prompt.
 */
public final class ServerCommand {

    /** The new password of {@code user add|password} when no file is given and there is no terminal. */
    public static final String PASSWORD_ENV = "SEGMENTA_NEW_USER_PASSWORD";
    /** The boot password of an encrypted database (else {@code --boot-password-file} or a prompt). */
    public static final String BOOT_PASSWORD_ENV = "SEGMENTA_BOOT_PASSWORD";

    static final String USAGE = """
            segmenta [--data DIR] server [--port N] [--host ADDRESS] [--ssl MODE --keystore FILE] [--encrypted]
              Starts the Segmenta team server (a Derby network server; users and passwords in the database).
              --data DIR      data folder (database, owner.password, derby.log), default ~/.segmenta/server
              --port N        TCP port, default 1527
              --host ADDRESS  interface to listen on, default localhost; 0.0.0.0 for the whole network
              --ssl MODE      TLS: basic (encrypted) or peerAuthentication (clients show certificates too); needs
                              --keystore FILE (PKCS12, the server's key and certificate) and the key store's password
                              in --keystore-password-file FILE (mode 600), SEGMENTA_KEYSTORE_PASSWORD or a prompt
              --encrypted     the database is (or is made) encrypted on disk; its boot password comes from
                              --boot-password-file FILE (mode 600), SEGMENTA_BOOT_PASSWORD or a prompt
            segmenta [--data DIR] server user add|password NAME [--password-file FILE]
            segmenta [--data DIR] server user remove NAME
            segmenta [--data DIR] server user list
              Team users: add one, give one a new password (from FILE, mode 600, else SEGMENTA_NEW_USER_PASSWORD,
              else a prompt), remove one, list them. Works while the server runs (on this machine) or is stopped.
            segmenta [--data DIR] server backup DIR
              An online backup of the team database into DIR/segmenta (the server may keep running).
            """;

    private ServerCommand() {
    }

    /** Runs on a plain class path: {@code java -cp ... ServerCommand ARGS}. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err, System.getenv(), true);
        if (code != 0 || !serving) {
            System.exit(code);
        }
    }

    private static volatile boolean serving;

    /**
     * @param args the arguments after {@code server}
     * @param out where results go
     * @param err where errors go (one line: what, how to fix)
     * @param env the environment
     * @param ownProcess whether this JVM is the server's own (see {@link TeamServer.Config#ownProcess()})
     * @return the exit code: 0 done (a server: stopped), 1 failed, 2 bad usage
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
            boolean ownProcess) {
        Path data = Path.of(System.getProperty("user.home"), ".segmenta", "server");
        int port = 1527;
        String host = "localhost";
        String ssl = "off";
        boolean encrypted = false;
        Path passwordFile = null;
        Path bootPasswordFile = null;
        Path keyStorePasswordFile = null;
        Path keyStore = null;
        List<String> words = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, a));
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--host" -> host = value(args, ++i, a);
                case "--ssl" -> {
                    ssl = value(args, ++i, a);
                    if (!List.of("off", "basic", "peerAuthentication").contains(ssl)) {
                        throw new IllegalArgumentException("--ssl takes basic, peerAuthentication or off, not " + ssl);
                    }
                }
                case "--encrypted" -> encrypted = true;
                case "--password-file" -> passwordFile = Path.of(value(args, ++i, a));
                case "--boot-password-file" -> {
                    bootPasswordFile = Path.of(value(args, ++i, a));
                    encrypted = true;
                }
                case "--keystore-password-file" -> keyStorePasswordFile = Path.of(value(args, ++i, a));
                case "--keystore" -> keyStore = Path.of(value(args, ++i, a));
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    words.add(a);
                }
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("segmenta server: " + e.getMessage() + "; see segmenta server --help");
            return 2;
        }
        try {
            String boot = encrypted ? secret(bootPasswordFile, env.get(BOOT_PASSWORD_ENV), "boot password of the"
                    + " encrypted database", false) : null;
            if (words.isEmpty()) {
                if (!ssl.equals("off")) {
                    String ks = secret(keyStorePasswordFile, env.get("SEGMENTA_KEYSTORE_PASSWORD"),
                            "key store password", false);
                    if (keyStore != null) {
                        if (!java.nio.file.Files.isReadable(keyStore)) {
                            throw new IllegalArgumentException("the key store " + keyStore + " cannot be read");
                        }
                        System.setProperty("javax.net.ssl.keyStore", keyStore.toAbsolutePath().toString());
                    }
                    if (System.getProperty("javax.net.ssl.keyStore") == null) {
                        throw new IllegalArgumentException("--ssl needs a key store with the server's key and"
                                + " certificate: --keystore FILE (PKCS12; see README, team mode)");
                    }
                    System.setProperty("javax.net.ssl.keyStorePassword", ks);
                }
                return serve(new TeamServer.Config(data, host, port, ssl, boot, ownProcess), out);
            }
            switch (words.get(0)) {
            case "user" -> {
                return user(words, data, boot, ownProcess, passwordFile, env, out);
            }
            case "backup" -> {
                if (words.size() != 2) {
                    throw new IllegalArgumentException("backup needs one folder: segmenta server backup DIR");
                }
                try (TeamServer.Admin admin = TeamServer.Admin.open(data, boot, ownProcess)) {
                    Path target = Path.of(words.get(1)).toAbsolutePath();
                    TeamServer.backup(admin.connection, target);
                    out.println("Backed up the team database to " + target.resolve(TeamServer.DATABASE)
                            + ". To restore: stop the server, move " + data.toAbsolutePath().resolve(TeamServer.DATABASE)
                            + " away, copy the backup's folder " + TeamServer.DATABASE + " there, start the server.");
                }
                return 0;
            }
            default -> throw new IllegalArgumentException("unknown command " + words.get(0)
                    + " (server, server user ..., server backup DIR)");
            }
        } catch (IllegalArgumentException e) {
            err.println("segmenta server: " + e.getMessage());
            return 2;
        } catch (SQLException e) {
            err.println("segmenta server: " + DerbyErrors.translate(e, "The command").getMessage());
            return 1;
        } catch (Exception e) {
            err.println("segmenta server: " + e.getMessage());
            return 1;
        }
    }

    private static int serve(TeamServer.Config config, PrintStream out) throws Exception {
        TeamServer server = TeamServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        out.println(TeamServer.READY + " on " + config.host() + ":" + config.port() + " (data "
                + config.data().toAbsolutePath() + (config.sslMode().equals("off") ? "" : ", TLS " + config.sslMode())
                + ").");
        out.println("Clients: team server " + server.url() + " in the window's preferences, or for the command line"
                + " SEGMENTA_VMARGS=\"-Dsegmenta.db.url=" + server.url() + " -Dsegmenta.db.user=NAME\" with the password"
                + " in SEGMENTA_DB_PASSWORD, a mode-600 file (-Dsegmenta.db.passwordFile=FILE) or a prompt.");
        out.println("Add users with 'segmenta server user add NAME'. Stop the server with Ctrl+C.");
        out.flush();
        serving = true;
        stopped.await();
        return 0;
    }

    private static int user(List<String> words, Path data, String boot, boolean ownProcess, Path passwordFile,
            Map<String, String> env, PrintStream out) throws Exception {
        String verb = words.size() > 1 ? words.get(1) : "";
        if (verb.equals("list")) {
            try (TeamServer.Admin admin = TeamServer.Admin.open(data, boot, ownProcess)) {
                for (String u : TeamServer.users(admin.connection)) {
                    out.println(u + (u.equalsIgnoreCase(TeamServer.OWNER) ? "  (owner: the server itself)" : ""));
                }
            }
            return 0;
        }
        if (!List.of("add", "remove", "password").contains(verb) || words.size() != 3) {
            throw new IllegalArgumentException("use: server user add|password|remove NAME, or server user list");
        }
        String name = words.get(2);
        String password = verb.equals("remove") ? null
                : secret(passwordFile, env.get(PASSWORD_ENV), "password of " + name, true);
        try (TeamServer.Admin admin = TeamServer.Admin.open(data, boot, ownProcess)) {
            switch (verb) {
            case "add" -> {
                TeamServer.addUser(admin.connection, name, password);
                out.println("Added team user " + name + ".");
            }
            case "password" -> {
                TeamServer.resetPassword(admin.connection, name, password);
                out.println("Changed the password of " + name + ".");
            }
            default -> {
                TeamServer.removeUser(admin.connection, name);
                out.println("Removed team user " + name + ".");
            }
            }
        }
        return 0;
    }

    /**
     * A secret from a mode-600 file, else the environment, else the terminal (twice when new).
     *
     * @throws IllegalArgumentException when none of them gives one
     */
    static String secret(Path file, String fromEnv, String what, boolean twice) {
        if (file != null) {
            return OwnerOnly.readSecret(file, what);
        }
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        Console console = OwnerOnly.terminal();
        if (console != null) {
            char[] first = console.readPassword("%s: ", capitalized(what));
            if (first == null || first.length == 0) {
                throw new IllegalArgumentException("no " + what + " given");
            }
            if (twice) {
                char[] again = console.readPassword("The same again: ");
                if (again == null || !new String(first).equals(new String(again))) {
                    throw new IllegalArgumentException("the two entries differ; nothing was changed");
                }
            }
            return new String(first);
        }
        throw new IllegalArgumentException("no " + what + ": give a file readable by you only (mode 600), or run"
                + " this in a terminal to be asked");
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}

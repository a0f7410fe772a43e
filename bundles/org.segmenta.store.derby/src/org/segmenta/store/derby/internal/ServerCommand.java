package org.segmenta.store.derby.internal;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.segmenta.core.format.Formats;

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

    /** The help of {@code segmenta server --help}, in the user's language. */
    static String usage() {
        return Messages.ServerCommand_usage;
    }

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
                        throw new IllegalArgumentException(Formats.bind(Messages.ServerCommand_sslTakes, ssl));
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
                    out.print(usage());
                    return 0;
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException(Formats.bind(Messages.ServerCommand_unknownOption, a));
                    }
                    words.add(a);
                }
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("segmenta server: " + Formats.bind(Messages.ServerCommand_seeHelp, e.getMessage()));
            return 2;
        }
        try {
            String boot = encrypted ? secret(bootPasswordFile, env.get(BOOT_PASSWORD_ENV),
                    Messages.ServerCommand_bootPasswordOfTheEncryptedDatabase, false) : null;
            if (words.isEmpty()) {
                if (!ssl.equals("off")) {
                    String ks = secret(keyStorePasswordFile, env.get("SEGMENTA_KEYSTORE_PASSWORD"),
                            Messages.ServerCommand_keyStorePassword, false);
                    if (keyStore != null) {
                        if (!java.nio.file.Files.isReadable(keyStore)) {
                            throw new IllegalArgumentException(Formats.bind(Messages.ServerCommand_keyStoreUnreadable, keyStore));
                        }
                        System.setProperty("javax.net.ssl.keyStore", keyStore.toAbsolutePath().toString());
                    }
                    if (System.getProperty("javax.net.ssl.keyStore") == null) {
                        throw new IllegalArgumentException(Messages.ServerCommand_sslNeedsAKeyStore);
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
                    throw new IllegalArgumentException(Messages.ServerCommand_backupNeedsOneFolder);
                }
                try (TeamServer.Admin admin = TeamServer.Admin.open(data, boot, ownProcess)) {
                    Path target = Path.of(words.get(1)).toAbsolutePath();
                    TeamServer.backup(admin.connection, target);
                    out.println(Formats.bind(Messages.ServerCommand_backedUp, target.resolve(TeamServer.DATABASE),
                            data.toAbsolutePath().resolve(TeamServer.DATABASE), TeamServer.DATABASE));
                }
                return 0;
            }
            default -> throw new IllegalArgumentException(Formats.bind(Messages.ServerCommand_unknownCommand, words.get(0)));
            }
        } catch (IllegalArgumentException e) {
            err.println("segmenta server: " + e.getMessage());
            return 2;
        } catch (SQLException e) {
            err.println("segmenta server: " + DerbyErrors.translate(e, Messages.ServerCommand_theCommand).getMessage());
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
        out.println(Formats.bind(config.sslMode().equals("off") ? Messages.ServerCommand_ready
                : Messages.ServerCommand_readyTls, new Object[] { config.host() + ":" + config.port(),
                        config.data().toAbsolutePath(), config.sslMode() }));
        out.println(Formats.bind(Messages.ServerCommand_clients, server.url()));
        out.println(Messages.ServerCommand_addUsers);
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
                    out.println(u + (u.equalsIgnoreCase(TeamServer.OWNER) ? "  " + Messages.ServerCommand_owner : ""));
                }
            }
            return 0;
        }
        if (!List.of("add", "remove", "password").contains(verb) || words.size() != 3) {
            throw new IllegalArgumentException(Messages.ServerCommand_userUsage);
        }
        String name = words.get(2);
        String password = verb.equals("remove") ? null
                : secret(passwordFile, env.get(PASSWORD_ENV), Formats.bind(Messages.ServerCommand_passwordOf, name), true);
        try (TeamServer.Admin admin = TeamServer.Admin.open(data, boot, ownProcess)) {
            switch (verb) {
            case "add" -> {
                TeamServer.addUser(admin.connection, name, password);
                out.println(Formats.bind(Messages.ServerCommand_added, name));
            }
            case "password" -> {
                TeamServer.resetPassword(admin.connection, name, password);
                out.println(Formats.bind(Messages.ServerCommand_changed, name));
            }
            default -> {
                TeamServer.removeUser(admin.connection, name);
                out.println(Formats.bind(Messages.ServerCommand_removed, name));
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
                throw new IllegalArgumentException(Formats.bind(Messages.ServerCommand_noneGiven, what));
            }
            if (twice) {
                char[] again = console.readPassword("%s: ", Messages.ServerCommand_theSameAgain);
                if (again == null || !new String(first).equals(new String(again))) {
                    throw new IllegalArgumentException(Messages.ServerCommand_entriesDiffer);
                }
            }
            return new String(first);
        }
        throw new IllegalArgumentException(Formats.bind(Messages.ServerCommand_noSecret, what));
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(Formats.bind(Messages.ServerCommand_needsAValue, option));
        }
        return args[i];
    }
}

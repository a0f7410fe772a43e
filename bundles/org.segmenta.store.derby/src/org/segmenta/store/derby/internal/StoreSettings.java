package org.segmenta.store.derby.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.StoreUnavailableException;

/**
 * Where the store's database is, from configuration: {@code segmenta.db.url} (+ {@code segmenta.db.user} and the
 * password: set in the process by the window from secure storage, or {@code SEGMENTA_DB_PASSWORD}, or an owner-only
 * file {@code segmenta.db.passwordFile}, or a prompt; never {@code -Dsegmenta.db.password}) for team mode, else {@code segmenta.db.folder}, else {@code <instance>/db}
 * where the instance location is {@code osgi.instance.area}.
 *
 * @param url the network URL, or null for embedded
 * @param user the network user
 * @param password the network password
 * @param folder the embedded database folder
 */
record StoreSettings(String url, String user, String password, Path folder, String bootPassword) {

    static final String URL = "segmenta.db.url";
    static final String USER = "segmenta.db.user";
    /** Only ever set inside the process (the window, from secure storage); refused on the command line. */
    static final String PASSWORD = "segmenta.db.password";
    /** A file readable by its owner only whose first line is the team password. */
    static final String PASSWORD_FILE = "segmenta.db.passwordFile";
    /** The same file, from the environment. */
    static final String PASSWORD_FILE_ENV = "SEGMENTA_DB_PASSWORD_FILE";
    /** The team password, from the environment. */
    static final String PASSWORD_ENV = "SEGMENTA_DB_PASSWORD";
    /** {@code true}: the embedded database is (or is made) encrypted on disk. */
    static final String ENCRYPTED = "segmenta.db.encrypted";
    /** Only ever set inside the process (the window, from secure storage); refused on the command line. */
    static final String BOOT_PASSWORD = "segmenta.db.bootPassword";
    /** A file readable by its owner only whose first line is the boot password. */
    static final String BOOT_PASSWORD_FILE = "segmenta.db.bootPasswordFile";
    /** The boot password, from the environment. */
    static final String BOOT_PASSWORD_ENV = "SEGMENTA_BOOT_PASSWORD";
    /** {@code false}: never ask in the terminal. */
    static final String PROMPT = "segmenta.db.prompt";
    static final String FOLDER = "segmenta.db.folder";
    static final String INSTANCE_AREA = "osgi.instance.area";

    /**
     * @param property looks a property up (component configuration, then framework, then system); null when unset
     * @param instanceArea the instance location's URL when known from the Location service, else null
     */
    static StoreSettings from(UnaryOperator<String> property, String instanceArea) {
        return from(property, System::getenv, jvmArguments(), instanceArea);
    }

    /**
     * @param property looks a property up; null when unset
     * @param env looks an environment variable up
     * @param jvmArguments the JVM's command-line arguments (where a {@code -D} password would be visible to every
     *            local user)
     * @param instanceArea the instance location's URL, or null
     * @throws StoreUnavailableException when the password was given with {@code -Dsegmenta.db.password}, or its file
     *             is readable by others
     */
    static StoreSettings from(UnaryOperator<String> property, UnaryOperator<String> env, List<String> jvmArguments,
            String instanceArea) {
        if (jvmArguments.stream().anyMatch(a -> a.startsWith("-D" + PASSWORD + "="))) {
            throw new StoreUnavailableException(Formats.bind(Messages.StoreSettings_theTeamPasswordWas,
                    PASSWORD, PASSWORD_ENV, PASSWORD_FILE), null);
        }
        String url = blankToNull(property.apply(URL));
        if (url != null) {
            String user = property.apply(USER);
            return new StoreSettings(url, user, password(property, env, url, user), null, null);
        }
        if (jvmArguments.stream().anyMatch(a -> a.startsWith("-D" + BOOT_PASSWORD + "="))) {
            throw new StoreUnavailableException(Formats.bind(Messages.StoreSettings_theBootPasswordWas,
                    BOOT_PASSWORD, BOOT_PASSWORD_ENV, BOOT_PASSWORD_FILE), null);
        }
        String folder = blankToNull(property.apply(FOLDER));
        if (folder != null) {
            // absolute: Derby would resolve a relative name against derby.system.home, not the working directory
            Path f = Path.of(folder).toAbsolutePath();
            return new StoreSettings(null, null, null, f, bootPassword(property, env, f));
        }
        String area = instanceArea != null ? instanceArea : blankToNull(property.apply(INSTANCE_AREA));
        if (area == null) {
            throw new StoreUnavailableException(Formats.bind(Messages.StoreSettings_segmentaHasNoInstance,
                    FOLDER, URL), null);
        }
        Path f = instanceFolder(area).resolve("db");
        return new StoreSettings(null, null, null, f, bootPassword(property, env, f));
    }

    /**
     * The team password: set in this process (the window, from its secure storage), else {@value #PASSWORD_ENV},
     * else the owner-only file {@value #PASSWORD_FILE} (or {@value #PASSWORD_FILE_ENV}) names, else asked for in the
     * terminal; null when there is none of them (the server then refuses, and says how to give one).
     */
    private static String password(UnaryOperator<String> property, UnaryOperator<String> env, String url,
            String user) {
        String inProcess = property.apply(PASSWORD);
        if (inProcess != null) {
            return inProcess;
        }
        String fromEnv = env.apply(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        String file = blankToNull(property.apply(PASSWORD_FILE));
        if (file == null) {
            file = blankToNull(env.apply(PASSWORD_FILE_ENV));
        }
        if (file != null) {
            try {
                return OwnerOnly.readSecret(Path.of(file), Messages.OwnerOnly_teamPassword);
            } catch (IllegalArgumentException e) {
                throw new StoreUnavailableException(e.getMessage(), e);
            }
        }
        java.io.Console console = OwnerOnly.terminal();
        if (console != null && !"false".equals(property.apply(PROMPT))) {
            char[] typed = console.readPassword("Password of %s for the team server %s: ", user, url);
            return typed == null ? null : new String(typed);
        }
        return null;
    }

    /**
     * The boot password of an encrypted embedded database: needed when the database is encrypted or
     * {@value #ENCRYPTED}{@code =true} asks for it to be; set in this process (the window, from secure storage), else
     * {@value #BOOT_PASSWORD_ENV}, else the owner-only file {@value #BOOT_PASSWORD_FILE} names, else asked for in the
     * terminal; null for an unencrypted database.
     */
    private static String bootPassword(UnaryOperator<String> property, UnaryOperator<String> env, Path folder) {
        boolean wanted = "true".equalsIgnoreCase(property.apply(ENCRYPTED))
                || DerbyDatabase.encrypted(folder.toAbsolutePath());
        if (!wanted) {
            return null;
        }
        String inProcess = property.apply(BOOT_PASSWORD);
        if (inProcess != null) {
            return inProcess;
        }
        String fromEnv = env.apply(BOOT_PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        String file = blankToNull(property.apply(BOOT_PASSWORD_FILE));
        if (file != null) {
            try {
                return OwnerOnly.readSecret(Path.of(file), Messages.OwnerOnly_bootPassword);
            } catch (IllegalArgumentException e) {
                throw new StoreUnavailableException(e.getMessage(), e);
            }
        }
        java.io.Console console = OwnerOnly.terminal();
        if (console != null && !"false".equals(property.apply(PROMPT))) {
            char[] typed = console.readPassword("Boot password of the encrypted database %s: ", folder);
            return typed == null ? null : new String(typed);
        }
        return null; // Derby refuses to boot it, and the store says where the password comes from
    }

    private static List<String> jvmArguments() {
        try {
            return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
    }

    /** @return the instance folder of an {@code osgi.instance.area} value such as {@code file:/home/u/ws/} */
    static Path instanceFolder(String area) {
        if (area.startsWith("file:")) {
            try {
                return Path.of(URI.create(area.replace(" ", "%20")));
            } catch (IllegalArgumentException e) {
                return Path.of(area.substring("file:".length()));
            }
        }
        return Path.of(area);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    DerbyStore open() {
        return url != null ? DerbyStore.network(url, user, password) : DerbyStore.embedded(folder, bootPassword);
    }
}

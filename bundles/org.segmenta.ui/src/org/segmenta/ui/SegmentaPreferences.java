package org.segmenta.ui;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;
import org.segmenta.install.CompanySettings;

/**
 * Segmenta's preferences (Window › Preferences), kept in the instance scope of {@code org.segmenta.ui}. Each key can be
 * preset for a whole company in the product's {@code plugin_customization.ini} (default scope), for example
 * {@code org.segmenta.ui/db.mode=server} and {@code org.segmenta.ui/db.host=crm.example.com}; what a user sets wins.
 * The team server's password is kept in Eclipse secure storage ({@code org.eclipse.equinox.security}), never in
 * the preferences. The layers (user, company, locked, built-in) are {@link CompanySettings}'.
 */
public final class SegmentaPreferences {

    /** The preference qualifier (the bundle's symbolic name). */
    public static final String QUALIFIER = "org.segmenta.ui";
    /** {@code embedded} (the default) or {@code server}. */
    public static final String DB_MODE = "db.mode";
    /** The embedded database's folder; empty for {@code <instance folder>/db}. */
    public static final String DB_FOLDER = "db.folder";
    /** The team server's host name. */
    public static final String DB_HOST = "db.host";
    /** The team server's port; default 1527. */
    public static final String DB_PORT = "db.port";
    /** The team server's database name; default {@code segmenta}. */
    public static final String DB_DATABASE = "db.database";
    /** The team server's user. */
    public static final String DB_USER = "db.user";
    /** TLS to the team server: {@code off} (the default), {@code basic} or {@code peerAuthentication}. */
    public static final String DB_SSL = CompanySettings.DB_SSL;
    /** {@code true}: the embedded database is (or is made) encrypted on disk, with the boot password in secure storage. */
    public static final String DB_ENCRYPTED = CompanySettings.DB_ENCRYPTED;
    /** The salesperson code new segments and contacts get by default. */
    public static final String DEFAULT_SALESPERSON = "defaults.salesperson";
    /** The language code new contacts get by default. */
    public static final String DEFAULT_LANGUAGE = "defaults.language";
    /** The company's p2 repository Help › Check for Updates reads. */
    public static final String UPDATE_SITE = CompanySettings.UPDATE_SITE;
    /** The folder merged letters are written to by default. */
    public static final String MERGE_OUTPUT_FOLDER = "merge.outputFolder";

    /** Mode value: the embedded database. */
    public static final String EMBEDDED = "embedded";
    /** Mode value: a team server. */
    public static final String SERVER = "server";

    private static final String SECURE_NODE = "/org/segmenta/db";
    private static final String SECURE_SMTP_NODE = "/org/segmenta/smtp";
    private static final String SECURE_PASSWORD = "password";
    private static final String SECURE_BOOT_PASSWORD = "bootPassword";

    private SegmentaPreferences() {
    }

    /**
     * @param key one of the keys of this class
     * @return the value: the user's (instance scope), else the company's (plugin_customization.ini), else the built-in
     *         default
     */
    public static String get(String key) {
        String builtIn = switch (key) {
            case DB_MODE -> EMBEDDED;
            case DB_PORT -> "1527";
            case DB_DATABASE -> "segmenta";
            case DB_SSL -> "off";
            case DB_ENCRYPTED -> "false";
            default -> "";
        };
        return Platform.getPreferencesService() == null ? builtIn : CompanySettings.get(key, builtIn);
    }

    /**
     * @param key one of the keys of this class
     * @return whether the company locked it (its field is greyed and {@link #set} refuses a change)
     */
    public static boolean isLocked(String key) {
        return CompanySettings.isLocked(key);
    }

    /**
     * Sets a value in the instance scope and writes it.
     *
     * @param key one of the keys of this class
     * @param value the value; blank removes the user's value so the company's or built-in default applies again
     * @throws IllegalStateException when the company locked the key (nothing is written)
     * @throws BackingStoreException when the preferences cannot be written
     */
    public static void set(String key, String value) throws BackingStoreException {
        CompanySettings.set(key, value);
    }

    /**
     * @return the team server's password from secure storage, or empty when none is kept
     * @throws StorageException when secure storage cannot be opened or decrypted
     */
    public static String password() throws StorageException {
        return SecurePreferencesFactory.getDefault().node(SECURE_NODE).get(SECURE_PASSWORD, "");
    }

    /**
     * Keeps the team server's password in secure storage, encrypted.
     *
     * @param password the password; empty removes it
     * @throws StorageException when secure storage cannot encrypt it (then nothing is kept)
     * @throws java.io.IOException when secure storage cannot be written
     */
    public static void setPassword(String password) throws StorageException, java.io.IOException {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        ISecurePreferences node = root.node(SECURE_NODE);
        if (password == null || password.isEmpty()) {
            node.remove(SECURE_PASSWORD);
        } else {
            node.put(SECURE_PASSWORD, password, true);
        }
        root.flush();
    }

    /**
     * @return the embedded database's boot password from secure storage (Window › Preferences › Database), or empty
     *         when none is kept
     * @throws StorageException when secure storage cannot be opened or decrypted
     */
    public static String bootPassword() throws StorageException {
        return SecurePreferencesFactory.getDefault().node(SECURE_NODE).get(SECURE_BOOT_PASSWORD, "");
    }

    /**
     * Keeps the embedded database's boot password in secure storage, encrypted. The store checks it when it opens
     * the database (at the next start); a wrong one is refused there with Derby's message.
     *
     * @param password the boot password; empty removes it
     * @throws StorageException when secure storage cannot encrypt it (then nothing is kept)
     * @throws java.io.IOException when secure storage cannot be written
     */
    public static void setBootPassword(String password) throws StorageException, java.io.IOException {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        ISecurePreferences node = root.node(SECURE_NODE);
        if (password == null || password.isEmpty()) {
            node.remove(SECURE_BOOT_PASSWORD);
        } else {
            node.put(SECURE_BOOT_PASSWORD, password, true);
        }
        root.flush();
    }

    /**
     * @return the SMTP server's password from secure storage (Window › Preferences › E-Mail), or empty when none is
     *         kept
     * @throws StorageException when secure storage cannot be opened or decrypted
     */
    public static String smtpPassword() throws StorageException {
        return SecurePreferencesFactory.getDefault().node(SECURE_SMTP_NODE).get(SECURE_PASSWORD, "");
    }

    /**
     * Keeps the SMTP server's password in secure storage, encrypted (the delivery service reads it through
     * {@link org.segmenta.core.delivery.SmtpPasswordSource}).
     *
     * @param password the password; empty removes it
     * @throws StorageException when secure storage cannot encrypt it (then nothing is kept)
     * @throws java.io.IOException when secure storage cannot be written
     */
    public static void setSmtpPassword(String password) throws StorageException, java.io.IOException {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        ISecurePreferences node = root.node(SECURE_SMTP_NODE);
        if (password == null || password.isEmpty()) {
            node.remove(SECURE_PASSWORD);
        } else {
            node.put(SECURE_PASSWORD, password, true);
        }
        root.flush();
    }

    /**
     * @return the team server's JDBC URL from the preferences ({@code jdbc:derby://HOST:PORT/DATABASE}, with
     *         {@code ;ssl=MODE} when TLS is on)
     */
    public static String serverUrl() {
        return CompanySettings.serverUrl(get(DB_HOST), get(DB_PORT), get(DB_DATABASE), get(DB_SSL));
    }

    /**
     * Makes the database preferences the store's configuration for this run, unless the command line already chose
     * ({@code -Dsegmenta.db.url} or {@code -Dsegmenta.db.folder} win): call before the store starts (the
     * application's life-cycle handler does).
     *
     * @return what was chosen, in words, or null when the command line's settings or the defaults apply
     */
    public static String applyToDatabase() {
        String password = null;
        if (SERVER.equals(get(DB_MODE)) && !get(DB_HOST).isBlank()) {
            try {
                password = password();
            } catch (StorageException e) {
                // the server will refuse the user, and its message says so
            }
        }
        String bootPassword = null;
        if (!SERVER.equals(get(DB_MODE)) && Boolean.parseBoolean(get(DB_ENCRYPTED))) {
            try {
                bootPassword = bootPassword();
            } catch (StorageException e) {
                // the store asks for it, or refuses to open the database and says where the password comes from
            }
        }
        return CompanySettings.applyToDatabase(password, bootPassword);
    }
}

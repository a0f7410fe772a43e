package org.segmenta.install;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Segmenta's settings as a company presets them and a user changes them. Three layers, read in this order:
 * <ol>
 * <li>the user's own value (instance scope of the node {@value #QUALIFIER}, written by Window › Preferences),
 * unless the key is locked;</li>
 * <li>the company's preset: the product's {@code plugin_customization.ini}, or the file given with
 * {@code -pluginCustomization FILE} (Eclipse's default scope), lines such as
 * {@code org.segmenta.ui/db.host=crm.example.com};</li>
 * <li>the built-in default.</li>
 * </ol>
 * A key named in the preset {@code org.segmenta.ui/locked} (a comma-separated list of keys, for example
 * {@code locked=db.mode,db.host,update.site}) is locked: the company's value applies whatever the user set, the
 * preference pages grey its field, and {@link #set} refuses it.
 */
public final class CompanySettings {

    /** The preference node of every Segmenta setting (the window bundle's symbolic name, for history). */
    public static final String QUALIFIER = "org.segmenta.ui";
    /** The preset key that lists the locked keys, comma-separated. */
    public static final String LOCKED = "locked";
    /** The company's p2 repository that Help › Check for Updates reads (a {@code file:} or {@code https:} URL). */
    public static final String UPDATE_SITE = "update.site";
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
    /**
     * TLS to the team server, Derby's client attribute {@code ssl}: {@code off} (the default), {@code basic}
     * (encrypted, the server's certificate not checked) or {@code peerAuthentication} (checked against the trust
     * store, {@code -Djavax.net.ssl.trustStore}).
     */
    public static final String DB_SSL = "db.ssl";
    /** {@code true}: the embedded database is (or is made) encrypted on disk; its boot password is in secure storage. */
    public static final String DB_ENCRYPTED = "db.encrypted";

    /** Where a value comes from. */
    public enum Source {
        /** the user's own value */
        USER,
        /** the company's preset, which the user may change */
        COMPANY,
        /** the company's preset, locked */
        LOCKED,
        /** nobody set it: the built-in default */
        BUILT_IN
    }

    private CompanySettings() {
    }

    /**
     * @param key a setting's key, for example {@link #UPDATE_SITE} or {@code smtp.host}
     * @param builtIn the value when neither the user nor the company set one
     * @return the effective value (see the class comment for the order), stripped; never null
     */
    public static String get(String key, String builtIn) {
        String company = company(key);
        if (!isLocked(key)) {
            String user = instance().get(key, null);
            if (user != null && !user.isBlank()) {
                return user.strip();
            }
        }
        return company != null && !company.isBlank() ? company.strip() : builtIn;
    }

    /**
     * @param key a setting's key
     * @return where its effective value comes from
     */
    public static Source source(String key) {
        String company = company(key);
        boolean hasCompany = company != null && !company.isBlank();
        if (isLocked(key)) {
            return hasCompany ? Source.LOCKED : Source.BUILT_IN;
        }
        String user = instance().get(key, null);
        if (user != null && !user.isBlank()) {
            return Source.USER;
        }
        return hasCompany ? Source.COMPANY : Source.BUILT_IN;
    }

    /**
     * @param key a setting's key
     * @return the company's preset value, or null when the company set none
     */
    public static String company(String key) {
        return DefaultScope.INSTANCE.getNode(QUALIFIER).get(key, null);
    }

    /**
     * @param key a setting's key
     * @return whether the company locked it ({@code org.segmenta.ui/locked} names it)
     */
    public static boolean isLocked(String key) {
        return lockedKeys().contains(key);
    }

    /** @return the keys the company locked, in the order the preset lists them */
    public static Set<String> lockedKeys() {
        String list = DefaultScope.INSTANCE.getNode(QUALIFIER).get(LOCKED, "");
        Set<String> keys = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(keys::add);
        return keys;
    }

    /**
     * Sets the user's value and writes it.
     *
     * @param key a setting's key
     * @param value the value; blank removes the user's value, so the company's or the built-in default applies again
     * @throws IllegalStateException when the company locked the key; nothing is written then
     * @throws BackingStoreException when the preferences cannot be written
     */
    public static void set(String key, String value) throws BackingStoreException {
        IEclipsePreferences node = instance();
        if (isLocked(key)) {
            if (value == null || value.isBlank() || value.strip().equals(get(key, ""))) {
                return; // a page writing back the company's own value changes nothing
            }
            throw new IllegalStateException(key + " is set by your company (locked in plugin_customization.ini); "
                    + "ask your administrator to change it");
        }
        if (value == null || value.isBlank()) {
            node.remove(key);
        } else {
            node.put(key, value.strip());
        }
        node.flush();
    }

    /**
     * @return the team server's JDBC URL from the settings ({@code jdbc:derby://HOST:PORT/DATABASE}, with
     *         {@code ;ssl=MODE} when {@link #DB_SSL} is not {@code off})
     */
    public static String serverUrl() {
        return serverUrl(get(DB_HOST, ""), get(DB_PORT, "1527"), get(DB_DATABASE, "segmenta"), get(DB_SSL, "off"));
    }

    /**
     * @param host the server's host
     * @param port its port
     * @param database the database's name
     * @param ssl {@code off} or blank for none, else Derby's {@code ssl} attribute as it is ({@code basic},
     *            {@code peerAuthentication}; the driver refuses any other value, and the store passes its message on)
     * @return the JDBC URL {@code jdbc:derby://HOST:PORT/DATABASE[;ssl=MODE]}
     */
    public static String serverUrl(String host, String port, String database, String ssl) {
        String url = "jdbc:derby://" + host.strip() + ":" + port.strip() + "/" + database.strip();
        return ssl == null || ssl.isBlank() || ssl.strip().equalsIgnoreCase("off") ? url : url + ";ssl=" + ssl.strip();
    }

    /**
     * Makes the database settings the store's configuration for this run, unless the command line already chose
     * ({@code -Dsegmenta.db.url} or {@code -Dsegmenta.db.folder} win): call before the store starts (the window's
     * life-cycle handler and the command line do).
     *
     * @param password the team server's password (from secure storage), or null for none
     * @return what was chosen, in words, or null when the command line's settings or the defaults apply
     */
    public static String applyToDatabase(String password) {
        return applyToDatabase(password, null);
    }

    /**
     * As {@link #applyToDatabase(String)}, with the embedded database's encryption: {@link #DB_ENCRYPTED} becomes
     * {@code segmenta.db.encrypted} and the boot password {@code segmenta.db.bootPassword}, set inside this process
     * only (the store refuses both on the command line, where every local user could read them). The boot password
     * is given also when the command line chose the folder, unless the command line gave one.
     *
     * @param password the team server's password (from secure storage), or null for none
     * @param bootPassword the embedded database's boot password (from secure storage), or null for none
     * @return what was chosen, in words, or null when the command line's settings or the defaults apply
     */
    public static String applyToDatabase(String password, String bootPassword) {
        boolean team = System.getProperty("segmenta.db.url") != null || System.getProperty("segmenta.db.folder") == null
                && "server".equals(get(DB_MODE, "embedded")) && !get(DB_HOST, "").isBlank();
        if (!team && Boolean.parseBoolean(get(DB_ENCRYPTED, "false"))
                && System.getProperty("segmenta.db.encrypted") == null) {
            System.setProperty("segmenta.db.encrypted", "true");
        }
        if (!team && bootPassword != null && !bootPassword.isEmpty() && System.getProperty("segmenta.db.bootPassword") == null
                && System.getProperty("segmenta.db.bootPasswordFile") == null) {
            System.setProperty("segmenta.db.bootPassword", bootPassword);
        }
        if (System.getProperty("segmenta.db.url") != null || System.getProperty("segmenta.db.folder") != null) {
            return null;
        }
        if ("server".equals(get(DB_MODE, "embedded")) && !get(DB_HOST, "").isBlank()) {
            System.setProperty("segmenta.db.url", serverUrl());
            System.setProperty("segmenta.db.user", get(DB_USER, ""));
            if (password != null) {
                System.setProperty("segmenta.db.password", password);
            }
            return "team server " + serverUrl();
        }
        String folder = get(DB_FOLDER, "");
        if (!folder.isBlank()) {
            System.setProperty("segmenta.db.folder", Path.of(folder).toAbsolutePath().toString());
            return "embedded database in " + folder;
        }
        return null;
    }

    private static IEclipsePreferences instance() {
        return InstanceScope.INSTANCE.getNode(QUALIFIER);
    }
}

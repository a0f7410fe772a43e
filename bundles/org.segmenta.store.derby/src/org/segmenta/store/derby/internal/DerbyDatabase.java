package org.segmenta.store.derby.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.DatabaseLockedException;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.StoreUnavailableException;

/**
 * An embedded Apache Derby database in a folder of the file system (by default {@code <instance>/db}).
 * Connections come from Derby's {@link EmbeddedDriver} directly: inside OSGi, {@code DriverManager} does
 * not see drivers of other bundles ("08001 No suitable driver").
 */
public final class DerbyDatabase implements ConnectionSource {

    /** SQLState Derby reports when a single database is shut down cleanly. */
    private static final String SHUTDOWN_OK = "08006";
    /** SQLState of "Another instance of Derby may have already booted the database". */
    private static final String ALREADY_BOOTED = "XSDB6";
    /** The file Derby holds an exclusive operating-system lock on while a process uses the database. */
    static final String LOCK_FILE = "dbex.lck";

    /** SQLState of a missing or wrong boot password of an encrypted database (inside XJ040). */
    private static final String WRONG_BOOT_PASSWORD = "XBM06";

    private final Path folder;
    private final EmbeddedDriver driver;
    private final String bootPassword;

    private DerbyDatabase(Path folder, String bootPassword) {
        this.folder = folder;
        this.driver = new EmbeddedDriver();
        this.bootPassword = bootPassword;
    }

    /**
     * Opens the database in {@code folder}, creating it when it does not exist yet.
     *
     * @param folder the database folder; its parent must be writable
     * @return the open database; {@link #close()} shuts it down
     * @throws DatabaseLockedException when another process uses the same folder (the message names the lock
     *             and points to team mode)
     * @throws StoreUnavailableException when the folder cannot be made or is not a database
     */
    public static DerbyDatabase open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens the database in {@code folder}, encrypted on disk when a boot password is given: a new database is made
     * encrypted (Derby's {@code dataEncryption=true}, AES), an existing unencrypted one is encrypted in place at this
     * boot; an encrypted one needs its boot password.
     *
     * @param folder the database folder
     * @param bootPassword the boot password (at least 8 characters), or null for an unencrypted database
     * @return the open database
     * @throws StoreUnavailableException when the boot password is missing or wrong (the message says where it comes
     *             from), or the folder cannot be opened
     */
    public static DerbyDatabase open(Path folder, String bootPassword) {
        engineDefaults();
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            OwnerOnly.tree(absolute); // a database of round one was written under the user's umask (often 644)
        } catch (java.io.IOException e) {
            throw new StoreUnavailableException(Formats.bind(Messages.DerbyDatabase_cannotCreateTheFolder,
                    absolute.getParent(), e.getMessage()), e);
        }
        DerbyDatabase db = new DerbyDatabase(absolute, bootPassword);
        Properties props = new Properties();
        props.setProperty("create", "true");
        if (bootPassword != null && !encrypted(absolute)) {
            props.setProperty("dataEncryption", "true"); // new: made encrypted; existing: encrypted now
        }
        try (Connection c = db.connect(props)) {
            return db;
        } catch (SQLException e) {
            throw new StoreUnavailableException(Formats.bind(Messages.DerbyDatabase_cannotOpenTheDatabase2,
                    absolute, e.getMessage()), e);
        }
    }

    /** Derby's log buffer size, in bytes (see {@link #engineDefaults}). */
    static final int LOG_BUFFER_BYTES = 1 << 20;

    /**
     * Derby's settings for every engine Segmenta boots, unless already set: the files Derby creates (databases,
     * {@code derby.log}) readable by this operating-system user only, whatever the umask; {@code derby.log} appended
     * to, never overwritten, so that a second process that is refused (the database is in use) leaves the running
     * one's log alone; the transaction log written in pieces of up to {@value #LOG_BUFFER_BYTES} bytes instead of
     * Derby's 32 KB. Derby writes its transaction log synchronously (write-through, a buffer at a time, as it fills
     * one), and Log writes about 1 KB of it per line: at 1,000,000 contacts the Log of 300,000 lines spent 56 s of its
     * 181 s wall time in about 8,000 such writes of 32 KB (JFR, a loaded machine), where its CPU time grew no faster
     * than the lines; with 1 MB buffers the Log of 75,000 lines at 100,000 contacts spent 0.5 s in writes over 10 ms
     * instead of 16.3 s (the same run side by side). Add, Refine, Reduce and their undo write the same way. A commit still
     * forces the log to disk as before (durability unchanged); the buffers cost three times this in memory. Call before
     * the engine boots (they are read then).
     */
    public static void engineDefaults() {
        if (System.getProperty("derby.storage.logBufferSize") == null) {
            System.setProperty("derby.storage.logBufferSize", Integer.toString(LOG_BUFFER_BYTES));
        }
        if (System.getProperty("derby.storage.useDefaultFilePermissions") == null) {
            System.setProperty("derby.storage.useDefaultFilePermissions", "false");
        }
        if (System.getProperty("derby.infolog.append") == null) {
            System.setProperty("derby.infolog.append", "true");
        }
    }

    @Override
    public Connection connect() {
        try {
            return connect(new Properties());
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyDatabase_connectingToTheDatabase, folder));
        }
    }

    private Connection connect(Properties props) throws SQLException {
        if (bootPassword != null) {
            props.setProperty("bootPassword", bootPassword);
        }
        Connection c;
        try {
            c = driver.connect(url(), props);
        } catch (SQLException e) {
            throw bootFailure(e);
        }
        if (c == null) {
            throw new SQLException("Derby's embedded driver refused the URL " + url());
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET SCHEMA " + Tables.SCHEMA);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** @return whether the database in {@code folder} exists and is encrypted on disk */
    public static boolean encrypted(Path folder) {
        Path service = folder.resolve("service.properties");
        if (!Files.exists(service)) {
            return false;
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(service)) {
            p.load(in);
        } catch (java.io.IOException e) {
            return false;
        }
        return "true".equalsIgnoreCase(p.getProperty("dataEncryption"));
    }

    private StoreException bootFailure(SQLException e) {
        if (DerbyErrors.has(e, WRONG_BOOT_PASSWORD)) {
            return new StoreUnavailableException(Formats.bind(bootPassword == null
                    ? Messages.DerbyDatabase_encryptedNoBootPassword : Messages.DerbyDatabase_encryptedWrongBootPassword,
                    folder), e);
        }
        if (DerbyErrors.has(e, ALREADY_BOOTED)) {
            return new DatabaseLockedException(Formats.bind(Messages.DerbyDatabase_theDatabaseIn,
                    folder, folder.resolve(LOCK_FILE)), e);
        }
        return new StoreUnavailableException(Formats.bind(Messages.DerbyDatabase_cannotOpenTheDatabase,
                folder, DerbyErrors.rootMessage(e)), e);
    }

    /** @return the folder that holds the database */
    public Path folder() {
        return folder;
    }

    @Override
    public String location() {
        return folder.toString();
    }

    @Override
    public boolean team() {
        return false;
    }

    @Override
    public String user() {
        return System.getProperty("user.name", "");
    }

    private String url() {
        return "jdbc:derby:" + folder;
    }

    /** Shuts the database down so that its files are consistent and its lock is released. */
    @Override
    public void close() {
        Properties props = new Properties();
        props.setProperty("shutdown", "true");
        try {
            driver.connect(url(), props);
        } catch (SQLException e) {
            if (!SHUTDOWN_OK.equals(e.getSQLState())) {
                throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyDatabase_shuttingDownTheDatabase, folder));
            }
        }
    }
}

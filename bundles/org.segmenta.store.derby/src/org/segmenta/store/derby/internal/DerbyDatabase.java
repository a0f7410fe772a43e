package org.segmenta.store.derby.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
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

    private final Path folder;
    private final EmbeddedDriver driver;

    private DerbyDatabase(Path folder) {
        this.folder = folder;
        this.driver = new EmbeddedDriver();
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
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (java.io.IOException e) {
            throw new StoreUnavailableException("Cannot create the folder " + absolute.getParent()
                    + " for the database: " + e.getMessage() + ". Choose a writable instance folder (--data DIR).", e);
        }
        DerbyDatabase db = new DerbyDatabase(absolute);
        Properties props = new Properties();
        props.setProperty("create", "true");
        try (Connection c = db.connect(props)) {
            return db;
        } catch (SQLException e) {
            throw new StoreUnavailableException("Cannot open the database in " + absolute + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Connection connect() {
        try {
            return connect(new Properties());
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, "Connecting to the database in " + folder);
        }
    }

    private Connection connect(Properties props) throws SQLException {
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

    private StoreException bootFailure(SQLException e) {
        if (DerbyErrors.has(e, ALREADY_BOOTED)) {
            return new DatabaseLockedException("The database in " + folder + " is in use by another program: its lock "
                    + folder.resolve(LOCK_FILE) + " is held by another process (another Segmenta window or command on"
                    + " this computer). Close that program and try again. To work on the same data from several"
                    + " programs or computers at once, use team mode: start a team server with 'segmenta server'"
                    + " and start each Segmenta with -Dsegmenta.db.url=jdbc:derby://HOST:PORT/segmenta.", e);
        }
        return new StoreUnavailableException("Cannot open the database in " + folder + ": "
                + DerbyErrors.rootMessage(e) + " If the folder is not a Segmenta database, choose another instance"
                + " folder (--data DIR).", e);
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
                throw DerbyErrors.translate(e, "Shutting down the database in " + folder);
            }
        }
    }
}

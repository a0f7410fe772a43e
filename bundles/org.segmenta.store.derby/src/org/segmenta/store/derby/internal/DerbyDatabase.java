package org.segmenta.store.derby.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * An embedded Apache Derby database in a folder of the file system (by default {@code <instance>/db}).
 * Connections come from Derby's {@link EmbeddedDriver} directly: inside OSGi, {@code DriverManager} does
 * not see drivers of other bundles ("08001 No suitable driver").
 */
public final class DerbyDatabase implements AutoCloseable {

    /** SQLState Derby reports when a single database is shut down cleanly. */
    private static final String SHUTDOWN_OK = "08006";
    /** SQLState of "Failed to start database": for example another process holds the lock. */
    private static final String BOOT_FAILED = "XJ040";

    private final Path folder;
    private final EmbeddedDriver driver = new EmbeddedDriver();

    private DerbyDatabase(Path folder) {
        this.folder = folder;
    }

    /**
     * Opens the database in {@code folder}, creating it when it does not exist yet.
     *
     * @param folder the database folder; its parent must be writable
     * @return the open database; {@link #close()} shuts it down
     * @throws SQLException when Derby cannot boot it; when another process uses the same folder the message
     *             says so and points to team mode (a Derby network server shared by both)
     */
    public static DerbyDatabase open(Path folder) throws SQLException {
        DerbyDatabase db = new DerbyDatabase(folder.toAbsolutePath());
        Properties props = new Properties();
        props.setProperty("create", "true");
        try (Connection c = db.connect(props)) {
            return db;
        }
    }

    /**
     * @return a new connection with auto-commit on; the caller closes it
     * @throws SQLException when the database cannot be reached
     */
    public Connection connect() throws SQLException {
        return connect(new Properties());
    }

    private Connection connect(Properties props) throws SQLException {
        try {
            Connection c = driver.connect(url(), props);
            if (c == null) {
                throw new SQLException("Derby's embedded driver refused the URL " + url());
            }
            return c;
        } catch (SQLException e) {
            if (BOOT_FAILED.equals(e.getSQLState())) {
                throw new SQLException("The database in " + folder + " cannot be opened: " + rootMessage(e)
                        + " If another Segmenta is running on this folder, close it, or share the data through a"
                        + " Derby network server (team mode).", e.getSQLState(), e);
            }
            throw e;
        }
    }

    /** @return the folder that holds the database */
    public Path folder() {
        return folder;
    }

    private String url() {
        return "jdbc:derby:" + folder;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Shuts the database down so that its files are consistent and its lock is released. */
    @Override
    public void close() throws SQLException {
        Properties props = new Properties();
        props.setProperty("shutdown", "true");
        try {
            driver.connect(url(), props);
        } catch (SQLException e) {
            if (!SHUTDOWN_OK.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}

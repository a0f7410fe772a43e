package org.segmenta.store.derby.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.DatabaseTooNewException;
import org.segmenta.core.store.StoreException;
import org.segmenta.store.derby.internal.Migrations.Migration;

/**
 * Versioned schema: table {@code segmenta_schema} has one row per applied migration. At open, a store brings
 * an older database up to {@link Migrations#latest()} in place (each migration in its own transaction, under a
 * table lock so that two clients of one server never migrate twice) and refuses a newer one without writing
 * anything.
 */
public final class Schema {

    static final String VERSION_TABLE = "segmenta_schema";

    private Schema() {
    }

    /**
     * Brings an embedded database (created when missing) to {@code version}, then shuts it down. For tests and
     * tools that need a database of an older version.
     *
     * @param folder the database folder
     * @param version the version to reach, at most {@link #latestVersion()}
     * @return the version the database has now
     */
    public static int migrateEmbedded(Path folder, int version) {
        try (DerbyDatabase db = DerbyDatabase.open(folder); Connection c = db.connect()) {
            return migrate(c, folder.toString(), version, Migrations.ALL);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.Schema_upgradingTheDatabaseIn, folder));
        }
    }

    /** @return the schema version this program writes and reads */
    public static int latestVersion() {
        return Migrations.latest();
    }

    /**
     * @param c a connection (its auto-commit is switched off)
     * @param where the database, for messages
     * @param target the version to reach
     * @param migrations all migrations, in order
     * @return the database's version afterwards
     * @throws DatabaseTooNewException when the database is newer than the newest migration (nothing written)
     */
    static int migrate(Connection c, String where, int target, List<Migration> migrations) throws SQLException {
        c.setAutoCommit(false);
        int newest = migrations.get(migrations.size() - 1).version();
        int current = readVersion(c);
        if (current == Math.min(target, newest) || current > newest) {
            if (current > newest) {
                c.rollback();
                throw tooNew(where, current, newest);
            }
            c.commit();
            return current; // up to date: no lock, nothing written (a team user may not lock or change the schema)
        }
        int version;
        try {
            ensureVersionTable(c, where);
            version = lockAndReadVersion(c);
        } catch (SQLException e) {
            c.rollback();
            throw notOwner(e, where, current, newest);
        }
        if (version > newest) {
            c.rollback();
            throw tooNew(where, version, newest);
        }
        for (Migration m : migrations) {
            if (m.version() <= version || m.version() > target) {
                continue;
            }
            try (Statement s = c.createStatement()) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                if (m.step() != null) {
                    m.step().run(c);
                }
            } catch (SQLException e) {
                c.rollback();
                if (String.valueOf(e.getSQLState()).startsWith("425")) {
                    throw notOwner(e, where, version, newest);
                }
                throw new StoreException(Formats.bind(Messages.Schema_upgradingTheDatabaseIn2,
                        where, m.version(), m.description(), e.getMessage(), version), e);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + VERSION_TABLE
                    + " (version, description, applied_at, applied_by) VALUES (?, ?, ?, ?)")) {
                p.setInt(1, m.version());
                p.setString(2, m.description());
                p.setTimestamp(3, Timestamp.from(Instant.now()));
                p.setString(4, System.getProperty("user.name", ""));
                p.executeUpdate();
            }
            version = m.version();
        }
        c.commit();
        return version;
    }

    private static DatabaseTooNewException tooNew(String where, int version, int newest) {
        return new DatabaseTooNewException(Formats.bind(Messages.Schema_theDatabaseIn2, where, version, newest),
                version, newest);
    }

    /**
     * A team user may not change the schema (SQL authorization): the team server upgrades its database when it
     * starts, so an older database means an older server.
     */
    private static SQLException notOwner(SQLException e, String where, int version, int newest) {
        if (!String.valueOf(e.getSQLState()).startsWith("425")) {
            return e;
        }
        throw new StoreException(Formats.bind(Messages.Schema_theDatabase, where, version, newest), e);
    }

    /**
     * Creates the version table in an empty database. A database that has tables but no version table is not
     * Segmenta's: refused, untouched.
     */
    private static void ensureVersionTable(Connection c, String where) throws SQLException {
        List<String> tables = userTables(c);
        if (tables.stream().anyMatch(VERSION_TABLE::equalsIgnoreCase)) {
            return;
        }
        if (!tables.isEmpty()) {
            throw new StoreException(Formats.bind(Messages.Schema_theDatabaseIn,
                    where, String.valueOf(String.join(", ", tables.subList(0, Math.min(5, tables.size())))) + (tables.size() > 5 ? ", ..." : ""), VERSION_TABLE));
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + VERSION_TABLE + " (version INTEGER NOT NULL PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL, applied_by VARCHAR(128))");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            if (!"X0Y32".equals(e.getSQLState())) { // another client created it just now: fine
                throw e;
            }
        }
    }

    private static int lockAndReadVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LOCK TABLE " + VERSION_TABLE + " IN EXCLUSIVE MODE");
            try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + VERSION_TABLE)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * @return the version recorded in the database, 0 when it has no version table or no rows. Asks the version table
     *         itself (a missing table is Derby's 42X05): the catalog's {@code getTables} is a large metadata query whose
     *         compilation was about a twentieth of a short command's start.
     */
    static int readVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + VERSION_TABLE)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            if (NO_SUCH_TABLE.equals(e.getSQLState())) {
                return 0;
            }
            throw e;
        }
    }

    /** Derby's SQLState of a statement naming a table that does not exist (a statement error: the transaction goes on). */
    private static final String NO_SUCH_TABLE = "42X05";

    private static List<String> userTables(Connection c) throws SQLException {
        List<String> result = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, Tables.SCHEMA, null, new String[] { "TABLE" })) {
            while (rs.next()) {
                result.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return result;
    }
}

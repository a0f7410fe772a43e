package org.segmenta.store.derby.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.StoreExtension;
import org.segmenta.core.store.StoreExtension.Migration;

/**
 * The plug-ins' own tables: which {@link StoreExtension}s are registered, and the version each one's tables have.
 * Migrating an extension brings its tables up to its newest migration, each migration in its own transaction with
 * its row in {@code segmenta_extension_schema}, under a table lock (two desktops on one team database never migrate
 * one extension twice). A failed migration is rolled back and remembered: {@link #version(String)} then throws.
 */
final class ExtensionSchemas {

    static final String TABLE = "segmenta_extension_schema";

    /** What is known of one extension: its applied version, or why its migration failed. */
    private record State(StoreExtension extension, int version, StoreException failure) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();

    /**
     * Brings an extension's tables up to date and registers it.
     *
     * @param c a connection of its own (auto-commit off); committed or rolled back here
     * @param where the database, for messages
     * @param extension the extension
     * @return the version its tables have now
     * @throws StoreException when a migration failed (also remembered for {@link #version(String)})
     */
    int migrate(Connection c, String where, StoreExtension extension) {
        String id = extension.id();
        List<Migration> migrations = extension.migrations();
        try {
            checkOrder(id, migrations);
            c.setAutoCommit(false);
            int newest = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
            // up to date: read without a lock (a team user may not lock tables; see TeamServer.grantTeamRights)
            int version = read(c, id);
            if (version < newest) {
                version = lockAndRead(c, id);
            }
            for (Migration m : migrations) {
                if (m.version() <= version) {
                    continue;
                }
                try (Statement st = c.createStatement()) {
                    for (String sql : m.statements()) {
                        st.execute(sql);
                    }
                } catch (SQLException e) {
                    c.rollback();
                    throw new StoreException(Formats.bind(Messages.ExtensionSchemas_thePlugIn,
                            id, where, m.version(), m.description(), e.getMessage(), version), e);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO " + TABLE
                        + " (extension_id, version, description, applied_at, applied_by) VALUES (?, ?, ?, ?, ?)")) {
                    p.setString(1, id);
                    p.setInt(2, m.version());
                    p.setString(3, m.description().length() > 200 ? m.description().substring(0, 200) : m.description());
                    p.setTimestamp(4, Timestamp.from(Instant.now()));
                    p.setString(5, System.getProperty("user.name", ""));
                    p.executeUpdate();
                }
                c.commit();
                version = lockAndRead(c, id);
            }
            c.commit();
            states.put(id, new State(extension, version, null));
            return version;
        } catch (StoreException e) {
            states.put(id, new State(extension, -1, e));
            throw e;
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // reported below
            }
            StoreException failure = DerbyErrors.translate(e, Formats.bind(Messages.ExtensionSchemas_bringingTheTablesOf,
                    
                    
                    id));
            states.put(id, new State(extension, -1, failure));
            throw failure;
        }
    }

    private static void checkOrder(String id, List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new StoreException("The migrations of plug-in " + id + " must have versions 1, 2, 3, ... in"
                        + " order; number " + (i + 1) + " has version " + migrations.get(i).version() + ".");
            }
        }
    }

    /** Locks the version table for this transaction and reads the extension's version (0: none applied). */
    private static int lockAndRead(Connection c, String id) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE " + TABLE + " IN EXCLUSIVE MODE");
        }
        return read(c, id);
    }

    /** @return the extension's version (0: none applied) */
    private static int read(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT MAX(version) FROM " + TABLE + " WHERE extension_id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Forgets an extension whose service went away (its tables stay). @param extension the extension */
    void remove(StoreExtension extension) {
        states.computeIfPresent(extension.id(), (k, s) -> s.extension() == extension ? null : s);
    }

    /**
     * @param id an extension id
     * @return the version of its tables
     * @throws StoreException when no such extension is registered or its migration failed
     */
    int version(String id) {
        State s = states.get(id);
        if (s == null) {
            throw new StoreException(Formats.bind(Messages.ExtensionSchemas_noPlugInInstalled, id,
                    states.isEmpty() ? Messages.ExtensionSchemas_none : String.join(", ", states.keySet())));
        }
        if (s.failure() != null) {
            throw new StoreException(Formats.bind(Messages.ExtensionSchemas_theTablesOfPlug,
                    id, s.failure().getMessage()),
                    s.failure());
        }
        return s.version();
    }
}

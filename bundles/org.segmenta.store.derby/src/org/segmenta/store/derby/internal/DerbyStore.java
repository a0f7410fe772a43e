package org.segmenta.store.derby.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.StoreInfo;
import org.segmenta.core.store.Work;
import org.segmenta.store.derby.internal.Migrations.Migration;

/**
 * The {@link Store} on Apache Derby, embedded or on a network server. Opening it upgrades the schema (or
 * refuses a newer one); each unit of work runs on a pooled connection in one transaction. Usable without OSGi
 * (tests, the benchmark, child processes); inside OSGi {@link DerbyStoreComponent} publishes one.
 */
public final class DerbyStore implements Store, AutoCloseable {

    private static final int MAX_IDLE = 8;

    private final ConnectionSource source;
    private final Tables tables;
    private final int schemaVersion;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final ThreadLocal<DerbySession> current = new ThreadLocal<>();
    private volatile boolean closed;

    private DerbyStore(ConnectionSource source, List<Migration> migrations) {
        this.source = source;
        Connection c = null;
        try {
            c = source.connect();
            schemaVersion = Schema.migrate(c, source.location(), Migrations.latest(), migrations);
            tables = new Tables(c);
            c.setAutoCommit(false);
            c.commit();
            idle.push(c);
        } catch (RuntimeException | SQLException e) {
            closeQuietly(c);
            source.close();
            if (e instanceof SQLException s) {
                throw DerbyErrors.translate(s, "Opening the database " + source.location());
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Opens (creating when missing) the embedded database in {@code folder} and brings its schema up to date.
     *
     * @param folder the database folder, for example {@code <instance>/db}
     * @return the store; {@link #close()} shuts the database down
     * @throws org.segmenta.core.store.DatabaseLockedException when another process has it open
     * @throws org.segmenta.core.store.DatabaseTooNewException when a newer Segmenta made it
     */
    public static DerbyStore embedded(Path folder) {
        return new DerbyStore(DerbyDatabase.open(folder), Migrations.ALL);
    }

    /**
     * Connects to a database on a Derby network server (team mode) and brings its schema up to date.
     *
     * @param url {@code jdbc:derby://host:port/name}
     * @param user a user of the server
     * @param password the user's password
     * @return the store
     * @throws org.segmenta.core.store.StoreUnavailableException when the server cannot be reached or refuses
     *             the user
     */
    public static DerbyStore network(String url, String user, String password) {
        return new DerbyStore(new NetworkDatabase(url, user, password), Migrations.ALL);
    }

    @Override
    public <R> R read(Work<R> work) {
        return run(work, false);
    }

    @Override
    public <R> R write(Work<R> work) {
        return run(work, true);
    }

    private <R> R run(Work<R> work, boolean write) {
        DerbySession outer = current.get();
        if (outer != null) {
            if (write && !outer.writable()) {
                throw new IllegalStateException("A write unit of work cannot run inside a read unit; make the outer"
                        + " unit a write.");
            }
            try {
                return work.run(outer);
            } catch (Throwable t) {
                outer.rollbackOnly = true;
                throw unchecked(t);
            }
        }
        if (closed) {
            throw new StoreException("The store on " + source.location() + " is closed.");
        }
        Connection c = borrow(write);
        QueryPlans.begin(c);
        DerbySession session = new DerbySession(c, write, tables);
        current.set(session);
        boolean healthy = true;
        try {
            R result = work.run(session);
            session.close();
            if (session.rollbackOnly) {
                c.rollback();
                throw new StoreException("Nothing was saved: a nested unit of work failed and its exception was caught;"
                        + " the whole unit was rolled back.");
            }
            c.commit();
            return result;
        } catch (Throwable t) {
            session.close();
            try {
                c.rollback();
            } catch (SQLException e) {
                healthy = false;
                t.addSuppressed(e);
            }
            if (t instanceof SQLException s) {
                healthy &= !String.valueOf(s.getSQLState()).startsWith("08");
            }
            throw unchecked(t);
        } finally {
            current.remove();
            release(c, healthy);
        }
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof SQLException s) {
            return DerbyErrors.translate(s, "The unit of work");
        }
        return new StoreException("The unit of work failed: " + t.getMessage() + " Nothing was saved.", t);
    }

    private Connection borrow(boolean write) {
        Connection c;
        while ((c = idle.poll()) != null) {
            try {
                if (!c.isClosed()) {
                    break;
                }
            } catch (SQLException e) {
                // broken: take another
            }
        }
        if (c == null) {
            c = source.connect();
        }
        try {
            c.setAutoCommit(false);
            c.setReadOnly(!write);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw DerbyErrors.translate(e, "Preparing a connection to " + source.location());
        }
    }

    private void release(Connection c, boolean healthy) {
        if (healthy && !closed && idle.size() < MAX_IDLE) {
            idle.push(c);
        } else {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.rollback();
                c.close();
            } catch (SQLException ignored) {
                // closing a broken connection
            }
        }
    }

    @Override
    public StoreInfo info() {
        return new StoreInfo(source.location(), source.team(), schemaVersion, source.user());
    }

    /** Closes the pooled connections and, for an embedded database, shuts it down (its lock is released). */
    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            closeQuietly(c);
        }
        source.close();
    }
}

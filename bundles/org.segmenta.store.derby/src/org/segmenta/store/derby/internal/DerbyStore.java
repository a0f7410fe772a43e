package org.segmenta.store.derby.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.osgi.service.event.EventAdmin;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.StoreInfo;
import org.segmenta.core.store.Work;
import org.segmenta.store.derby.JdbcWork;
import org.segmenta.store.derby.LocalStore;
import org.segmenta.store.derby.internal.Migrations.Migration;

/**
 * The {@link org.segmenta.core.store.Store} on Apache Derby, embedded or on a network server. Opening it upgrades the schema (or
 * refuses a newer one); each unit of work runs on a pooled connection in one transaction. Usable without OSGi
 * (tests, the benchmark, child processes); inside OSGi {@link DerbyStoreComponent} publishes one.
 */
public final class DerbyStore implements LocalStore {

    private static final int MAX_IDLE = 8;
    /**
     * How often a unit of work runs at most when it collides with another user's (deadlock, lock time-out, the same
     * computed key taken): it was rolled back each time, so running it again is safe.
     */
    static final int ATTEMPTS = 4;

    private final ConnectionSource source;
    private final Tables tables;
    private final int schemaVersion;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final ThreadLocal<DerbySession> current = new ThreadLocal<>();
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicLong retries = new java.util.concurrent.atomic.AtomicLong();
    private final Map<String, java.util.concurrent.atomic.AtomicLong> collisions =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final ExtensionSchemas extensions = new ExtensionSchemas();
    /**
     * The in-memory index of the filterable contact fields for live counts: only embedded, where every write goes
     * through this store (off with {@code -Dsegmenta.contactIndex=false}).
     */
    private final ContactIndex contactIndex;
    private volatile Consumer<List<DerbySession.Change>> listener;
    private static final System.Logger LOG = System.getLogger(DerbyStore.class.getName());

    private DerbyStore(ConnectionSource source, List<Migration> migrations) {
        this.source = source;
        this.contactIndex = source instanceof DerbyDatabase && !"false".equals(System.getProperty("segmenta.contactIndex"))
                ? new ContactIndex() : null;
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
                throw DerbyErrors.translate(s, Formats.bind(Messages.DerbyStore_openingTheDatabase,
                        source.location()));
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
     * Opens an embedded database encrypted on disk (Derby's {@code dataEncryption=true}): a new one is made encrypted,
     * an unencrypted one is encrypted in place.
     *
     * @param folder the database folder
     * @param bootPassword its boot password; null for an unencrypted database
     * @return the store
     * @throws org.segmenta.core.store.StoreUnavailableException when the boot password is missing or wrong
     */
    public static DerbyStore embedded(Path folder, String bootPassword) {
        return new DerbyStore(DerbyDatabase.open(folder, bootPassword), Migrations.ALL);
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
        return run(work, false, null);
    }

    @Override
    public <R> R write(Work<R> work) {
        return run(work, true, null);
    }

    @Override
    public <R> R jdbc(JdbcWork<R> work) {
        return run(s -> work.run(((DerbySession) s).connection()), true, null);
    }

    @Override
    public void createSchemaCopy(String schema) {
        jdbc(c -> {
            StoreBenchmark.createSchemaCopy(c, schema);
            return null;
        });
    }

    @Override
    public java.util.Map<String, String> indexesOn(java.util.Set<String> tables) {
        return StoreBenchmark.indexesOn(tables);
    }

    @Override
    public <R> R read(Work<R> work, java.util.function.BooleanSupplier cancelled) {
        return run(work, false, cancelled);
    }

    @Override
    public <R> R write(Work<R> work, java.util.function.BooleanSupplier cancelled) {
        return run(work, true, cancelled);
    }

    /** @param cancelled the caller's cancellation, or null (a nested unit keeps the outer unit's) */
    private <R> R run(Work<R> work, boolean write, java.util.function.BooleanSupplier cancelled) {
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
        for (int attempt = 1;; attempt++) {
            try {
                return runOnce(work, write, cancelled);
            } catch (RuntimeException e) {
                java.sql.SQLException collision = DerbyErrors.retryable(e);
                if (collision == null || (cancelled != null && cancelled.getAsBoolean())) {
                    throw e; // not a collision, or the caller cancelled: never run again
                }
                collisions.computeIfAbsent(collision.getSQLState(), k -> new java.util.concurrent.atomic.AtomicLong())
                        .incrementAndGet();
                if (attempt >= ATTEMPTS) {
                    throw new org.segmenta.core.store.ConcurrentChangeException(Formats.bind(
                            Messages.DerbyStore_changedByAnotherUserTried, ATTEMPTS,
                            DerbyErrors.isLockConflict(collision.getSQLState())
                                    ? ("40001".equals(collision.getSQLState()) ? Messages.DerbyStore_brokeADeadlock
                                            : Messages.DerbyStore_gaveUpWaitingForALock)
                                    : DerbyErrors.RACE.equals(collision.getSQLState())
                                            ? Messages.DerbyStore_foundARowChanged
                                            : Messages.DerbyStore_foundTheSameNewKeyTaken), e);
                }
                retries.incrementAndGet();
                LOG.log(System.Logger.Level.DEBUG, "Repeating a unit of work after a collision (attempt " + attempt
                        + "): " + collision.getSQLState() + " " + collision.getMessage());
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(20, 80L << attempt));
                } catch (InterruptedException i) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** @return how many times a unit of work was repeated after a collision since the store opened */
    public long retries() {
        return retries.get();
    }

    /**
     * @return the in-memory contact index's figures ({@link ContactIndex}): {@code answered} live counts answered from
     *         memory, {@code built} contact snapshots read, {@code bytes} held now (estimate); empty in team mode
     */
    @Override
    public Map<String, Long> contactIndexStatistics() {
        return contactIndex == null ? Map.of() : contactIndex.statistics();
    }

    /**
     * @return the collisions with other units of work since the store opened, by SQLState: 40001 deadlocks, 40XL1
     *         lock time-outs, 23505 the same computed key taken, SGRACE a row read in the unit and changed by another
     *         before the unit wrote it (each repeated or, the last time, reported)
     */
    public Map<String, Long> collisions() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        collisions.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    private <R> R runOnce(Work<R> work, boolean write, java.util.function.BooleanSupplier cancelled) {
        if (closed) {
            throw new StoreException(Formats.bind(Messages.DerbyStore_theStoreOn, source.location()));
        }
        Connection c = borrow(write);
        QueryPlans.begin(c);
        DerbySession session = new DerbySession(c, write, tables);
        session.extensions = extensions;
        session.contactIndex = contactIndex;
        Cancellation cancellation = cancelled == null ? null : new Cancellation(c, cancelled);
        session.cancellation = cancellation;
        current.set(session);
        boolean healthy = true;
        List<DerbySession.Change> announced = null;
        try {
            R result = work.run(session);
            if (cancellation != null) {
                cancellation.check();
            }
            session.close();
            if (session.rollbackOnly) {
                c.rollback();
                throw new StoreException(Formats.bind(Messages.DerbyStore_nothingWasSavedA));
            }
            c.commit();
            if (write && contactIndex != null) {
                contactIndex.committed(session.wroteContacts, session.wroteLines);
            }
            if (!session.changes.isEmpty()) {
                announced = List.copyOf(session.changes);
                countStamps(c, announced);
            }
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
            if (cancellation != null && cancellation.fired()) {
                // the statement stopped by the cancellation failed with "XCL52"; the caller asked for it
                throw Cancellation.cancelled();
            }
            throw unchecked(t);
        } finally {
            if (cancellation != null) {
                cancellation.close();
            }
            current.remove();
            release(c, healthy);
            if (announced != null) {
                tell(announced);
            }
        }
    }

    /**
     * After a commit: counts the stamps of the changed topics up in a short transaction of their own (a failure there
     * loses only a stamp, never data).
     */
    private static void countStamps(Connection c, List<DerbySession.Change> changes) {
        try {
            // in one order (sorted) for every program, so that two of them counting up at once never deadlock
            for (String topic : changes.stream().map(DerbySession.Change::topic).distinct().sorted().toList()) {
                try (PreparedStatement up = c.prepareStatement(
                        "UPDATE change_stamp SET stamp = stamp + 1, changed_at = CURRENT_TIMESTAMP WHERE topic = ?")) {
                    up.setString(1, topic);
                    if (up.executeUpdate() == 0) {
                        try (PreparedStatement in = c.prepareStatement(
                                "INSERT INTO change_stamp (topic, stamp, changed_at) VALUES (?, 1, CURRENT_TIMESTAMP)")) {
                            in.setString(1, topic);
                            in.executeUpdate();
                        }
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is released and checked by the pool
            }
            LOG.log(System.Logger.Level.WARNING, "Could not count the change stamps up: " + e.getMessage());
        }
    }

    /**
     * After a unit of work ended (its connection released, so that the listener may use the store): hands the changes
     * to the listener (the OSGi component posts them as Event Admin events).
     */
    private void tell(List<DerbySession.Change> changes) {
        Consumer<List<DerbySession.Change>> l = listener;
        if (l != null) {
            try {
                l.accept(changes);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A change listener failed: " + e, e);
            }
        }
    }

    /**
     * @param listener gets the changes of each committed unit of work that announced any, on the committing thread,
     *            after the commit; null for none
     */
    void onCommit(Consumer<List<DerbySession.Change>> listener) {
        this.listener = listener;
    }

    /**
     * Posts the changes of each committed unit of work as OSGi Event Admin events (what the DS component does with
     * the framework's Event Admin; tests and tools give their own).
     *
     * @param events where to post; null to stop posting
     */
    public void postTo(EventAdmin events) {
        onCommit(events == null ? null
                : changes -> changes.forEach(ch -> events.postEvent(SegmentaEvents.event(ch.topic(), ch.data()))));
    }

    @Override
    public Map<String, Long> changeStamps() {
        return read(s -> {
            Map<String, Long> stamps = new HashMap<>();
            try (java.sql.Statement st = ((DerbySession) s).connection().createStatement();
                    java.sql.ResultSet rs = st.executeQuery("SELECT topic, stamp FROM change_stamp")) {
                while (rs.next()) {
                    stamps.put(rs.getString(1), rs.getLong(2));
                }
            }
            return stamps;
        });
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof SQLException s) {
            return DerbyErrors.translate(s, Formats.bind(Messages.DerbyStore_theUnitOfWork));
        }
        return new StoreException(Formats.bind(Messages.DerbyStore_theUnitOfWork2, t.getMessage()), t);
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
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyStore_preparingAConnectionTo,
                    source.location()));
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

    /**
     * Brings a plug-in's own tables up to date (its migrations not applied yet, in order) and makes them available to
     * units of work ({@link org.segmenta.core.store.StoreSession#extension(String)}).
     *
     * @param extension the plug-in's store extension
     * @return the version of its tables now
     * @throws StoreException when a migration fails (rolled back; the message says which)
     */
    public int register(org.segmenta.core.store.StoreExtension extension) {
        Connection c = borrow(true);
        boolean healthy = true;
        try {
            return extensions.migrate(c, source.location(), extension);
        } catch (RuntimeException e) {
            healthy = false;
            throw e;
        } finally {
            release(c, healthy);
        }
    }

    /** @param extension a store extension whose service went away: its tables stay, units cannot reach them */
    public void unregister(org.segmenta.core.store.StoreExtension extension) {
        extensions.remove(extension);
    }

    @Override
    public StoreInfo info() {
        return new StoreInfo(source.location(), source.team(), schemaVersion, source.user());
    }

    /**
     * An online backup with Derby's {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}: a consistent copy of the database while
     * other units of work go on (they wait only while the copy is made). The copy and its folder are owner-only.
     */
    @Override
    public Path backup(Path folder) {
        if (source.team()) {
            throw new StoreException(Formats.bind(Messages.DerbyStore_aTeamDatabaseIs));
        }
        Path target = folder.toAbsolutePath().normalize();
        try {
            OwnerOnly.folder(target);
        } catch (java.io.IOException e) {
            throw new StoreException(Formats.bind(Messages.DerbyStore_cannotCreateTheBackup,
                    target, e.getMessage()), e);
        }
        Path copy = target.resolve(Path.of(source.location()).getFileName());
        if (java.nio.file.Files.exists(copy)) {
            throw new StoreException(Formats.bind(Messages.DerbyStore_theBackupFolder, target, copy.getFileName()));
        }
        Connection c = borrow(true);
        boolean healthy = true;
        try (java.sql.CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            c.setAutoCommit(true);
            call.setString(1, target.toString());
            call.execute();
        } catch (SQLException e) {
            healthy = false;
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyStore_backingUpTheDatabase, target));
        } finally {
            release(c, healthy);
        }
        try {
            OwnerOnly.tree(copy);
        } catch (java.io.IOException e) {
            // the copy is there; Derby made its files owner-only already
        }
        return copy;
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

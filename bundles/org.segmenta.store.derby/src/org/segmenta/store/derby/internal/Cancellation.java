package org.segmenta.store.derby.internal;

import java.sql.Connection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.CancelledException;

/**
 * Stops a unit of work when its caller cancels it: a watcher asks the caller's {@link BooleanSupplier} every
 * {@value #POLL_MS} ms and, once it says yes, stops the statement running on the unit's connection (Derby's embedded
 * {@code Statement.cancel()} is "not implemented"; its {@code EmbedConnection.cancelRunningStatement()} sets the
 * same flag a query time-out sets, which the running statement checks as it reads rows). The unit also refuses to
 * start another statement ({@link #check()}, from {@link DerbySession#prepare}). On the network client there is no
 * such call: the unit stops before its next statement.
 */
final class Cancellation implements AutoCloseable {

    static final long POLL_MS = 100;

    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "segmenta-cancel-watch");
        t.setDaemon(true);
        return t;
    });

    private final Connection connection;
    private final BooleanSupplier cancelled;
    private final ScheduledFuture<?> poll;
    private volatile boolean fired;
    /** set by {@link #close()}: from then on the watcher never touches the connection (it goes back to the pool) */
    private boolean closed;

    Cancellation(Connection connection, BooleanSupplier cancelled) {
        this.connection = connection;
        this.cancelled = cancelled;
        this.poll = WATCH.scheduleWithFixedDelay(this::watch, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    private synchronized void watch() {
        if (closed) {
            return;
        }
        if (fired || ask()) {
            fired = true;
            stopRunningStatement(connection);
        }
    }

    private boolean ask() {
        try {
            return cancelled.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** @return whether the caller cancelled (asked now as well) */
    boolean fired() {
        if (!fired && ask()) {
            fired = true;
        }
        return fired;
    }

    /** @throws CancelledException when the caller cancelled */
    void check() {
        if (fired()) {
            throw cancelled();
        }
    }

    static CancelledException cancelled() {
        return new CancelledException(Formats.bind(Messages.Cancellation_cancelledTheWorkWas));
    }

    /** Stops the statement running on an embedded connection; nothing on others or when none runs. */
    static void stopRunningStatement(Connection c) {
        try {
            c.getClass().getMethod("cancelRunningStatement").invoke(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the network client has no such call, or no statement is running: the next statement is refused
        }
    }

    /**
     * Stops the watcher. Waits for a watch in progress, so that no stop reaches the connection after the unit ended
     * (it would stop the next unit's statement on the pooled connection, XCL52).
     */
    @Override
    public void close() {
        poll.cancel(false);
        synchronized (this) {
            closed = true;
        }
    }
}

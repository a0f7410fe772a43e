package org.segmenta.core.store;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The store of Segmenta's data, published as an OSGi service. Embedded by default (a database in the
 * instance location), or a shared database on a network server in team mode; callers cannot tell the
 * difference.
 * <p>
 * Units of work may nest on one thread: an inner {@code read} or {@code write} joins the outer unit's
 * transaction (a {@code write} inside a {@code read} is refused with {@link IllegalStateException}). When a
 * joined unit fails, the whole outer transaction is rolled back at its end, even if the outer work caught the
 * exception.
 * <p>
 * Thread-safe: any number of threads may run units at the same time, each on its own connection.
 */
@ProviderType
public interface Store {

    /**
     * Runs {@code work} in a read-only transaction.
     *
     * @param <R> the result type
     * @param work what to do; it may call only reading methods of the repositories
     * @return what {@code work} returned
     * @throws StoreException when the work or the database fails (checked exceptions of the work are its
     *             cause); a writing call inside gives {@link IllegalStateException}
     */
    <R> R read(Work<R> work);

    /**
     * Runs {@code work} in one transaction that commits when the work returns and rolls back, leaving nothing
     * written, when it throws.
     *
     * @param <R> the result type
     * @param work what to do
     * @return what {@code work} returned
     * @throws ValidationException when an object passed to a repository breaks a rule of the model (nothing is
     *             written)
     * @throws ConcurrentChangeException when another user changed the same data meanwhile; try again
     * @throws StoreException when the work or the database fails (checked exceptions of the work are its cause)
     *             <p>
     *             A unit that collides with another user's (a deadlock, a lock time-out, the same new line or entry
     *             No. taken at the same moment) is rolled back and run again, a few times, before that
     *             {@link ConcurrentChangeException} reaches the caller: {@code work} may run more than once, so it
     *             must do nothing outside the session that cannot be done twice.
     */
    <R> R write(Work<R> work);

    /**
     * Runs {@code work} in a read-only transaction that its caller can cancel: while it runs, {@code cancelled} is
     * asked a few times a second, and once it says yes the running statement is stopped (not only the next one) and
     * {@link CancelledException} is thrown. A store that cannot stop a running statement stops before the next one.
     *
     * @param <R> the result type
     * @param work what to do
     * @param cancelled whether the caller wants the work stopped; asked from another thread
     * @return what {@code work} returned
     * @throws CancelledException when cancelled
     */
    default <R> R read(Work<R> work, java.util.function.BooleanSupplier cancelled) {
        return read(work);
    }

    /**
     * Runs {@code work} in one transaction, as {@link #write(Work)}, that its caller can cancel as
     * {@link #read(Work, java.util.function.BooleanSupplier)} says: a cancelled unit is rolled back, nothing of it is
     * saved.
     *
     * @param <R> the result type
     * @param work what to do
     * @param cancelled whether the caller wants the work stopped; asked from another thread
     * @return what {@code work} returned
     * @throws CancelledException when cancelled (nothing saved)
     */
    default <R> R write(Work<R> work, java.util.function.BooleanSupplier cancelled) {
        return write(work);
    }

    /**
     * The change stamps of the data: per topic of {@link org.segmenta.core.SegmentaEvents}, a number that grows with
     * every committed change announced on it, by any program on the same database (team mode). One cheap query, so
     * that a view can poll it every few seconds and refresh when another user changed what it shows.
     *
     * @return topic → stamp; a topic never changed is missing (read it as 0)
     */
    java.util.Map<String, Long> changeStamps();

    /**
     * @return where the data is and which schema it has, for the About box, logs and the command line
     */
    StoreInfo info();

    /**
     * Copies the whole database, consistently, into {@code folder} while the program keeps working (an online
     * backup). To restore, close Segmenta and put the copy in the database's place (README, "Backup and restore").
     *
     * @param folder the folder that receives the copy (a sub-folder named like the database); created when missing
     * @return the folder of the copy
     * @throws StoreException when the copy cannot be made (for a team database: only its server may back it up,
     *             with {@code segmenta server backup DIR}); the message says why
     */
    default java.nio.file.Path backup(java.nio.file.Path folder) {
        throw new StoreException("This store cannot make backups.");
    }
}

package org.segmenta.core.store;

/**
 * A unit of work run by a {@link Store}: everything it does through the session happens in one transaction.
 *
 * @param <R> what the work returns (may be {@link Void}, returning {@code null})
 */
@FunctionalInterface
public interface Work<R> {

    /**
     * Does the work.
     *
     * @param session the session of this unit; valid only until this method returns (do not keep it, nor
     *            streams it opened)
     * @return the result handed back by {@link Store#read(Work)} or {@link Store#write(Work)}
     * @throws Exception anything; an exception ends the unit and, for a write, rolls everything back. Unchecked
     *             exceptions reach the caller as they are; checked ones arrive wrapped in a
     *             {@link StoreException} whose cause they are
     */
    R run(StoreSession session) throws Exception;
}

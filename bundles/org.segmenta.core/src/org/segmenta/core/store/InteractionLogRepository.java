package org.segmenta.core.store;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.model.InteractionLogEntry;

/**
 * The interaction log: one entry per interaction with a contact, keyed by entry No. Entries are written in
 * batches (Log of a segment) and read through queries.
 */
@ProviderType
public interface InteractionLogRepository {

    /**
     * Inserts entries in JDBC batches after validating each. Entries with entry No. 0 get the next free entry
     * Nos., in order, without gaps and never twice (also with several clients).
     *
     * @param entries the entries
     * @return how many were inserted
     * @throws ValidationException at the first invalid entry
     * @throws DuplicateKeyException when a given entry No. exists already
     */
    long insertAll(Iterator<? extends InteractionLogEntry> entries);

    /** @param entryNo the entry No. @return the entry, or empty */
    Optional<InteractionLogEntry> get(long entryNo);

    /**
     * @param query filters and page
     * @return matching entries, newest (highest entry No.) first
     */
    List<InteractionLogEntry> find(InteractionLogQuery query);

    /** @param query filters (page ignored) @return how many entries match */
    long count(InteractionLogQuery query);

    /**
     * Replaces one entry (evaluation, canceled, attempt failed, ...).
     *
     * @param entry the changed entry
     * @return {@code entry}
     * @throws NotFoundException when it is not stored
     * @throws ConcurrentChangeException when it was read through the store and changed by someone else since
     */
    InteractionLogEntry update(InteractionLogEntry entry);
}

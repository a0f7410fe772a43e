package org.segmenta.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.core.delivery.OutboxItem;
import org.segmenta.core.delivery.OutboxState;

/**
 * The outbox of delivery ({@link org.segmenta.core.delivery.DeliveryService}): one row per interaction log entry
 * logged with Send whose correspondence type delivers (Email, Hard Copy). Every state change is one set-based
 * statement that also keeps the entry's Delivery Status in step (In Progress while pending or sending, Error when
 * failed or uncertain, blank otherwise).
 */
@ProviderType
public interface OutboxRepository {

    /**
     * Puts every Email and Hard Copy entry of a logged segment that is not canceled into the outbox as pending, in
     * one statement (Log with Send, in Log's transaction). Entries already in the outbox are left alone.
     *
     * @param loggedSegmentEntryNo the logged segment
     * @return how many entries became pending
     */
    long enqueue(long loggedSegmentEntryNo);

    /**
     * Puts every entry of the given correspondence types of a logged segment that is not canceled into the outbox as
     * pending, in one statement (Log with Send: Email, Hard Copy and the types plug-in channels serve). Entries
     * already in the outbox are left alone.
     *
     * @param loggedSegmentEntryNo the logged segment
     * @param types the correspondence types that some channel delivers
     * @return how many entries became pending
     */
    long enqueue(long loggedSegmentEntryNo, java.util.Set<org.segmenta.model.CorrespondenceType> types);

    /**
     * @param loggedSegmentEntryNo a logged segment, or null for all
     * @param states the states wanted
     * @param afterEntryNo only entries with a higher entry No. (paging; 0 from the start)
     * @param limit at most this many
     * @return the items, by entry No.
     */
    List<OutboxItem> find(Long loggedSegmentEntryNo, Set<OutboxState> states, long afterEntryNo, int limit);

    /** @param entryNo an interaction log entry @return its outbox item, or empty */
    Optional<OutboxItem> get(long entryNo);

    /**
     * @param entryNos interaction log entries
     * @return the items of those in the outbox, by entry No.
     */
    Map<Long, OutboxItem> get(Collection<Long> entryNos);

    /**
     * @param loggedSegmentEntryNo a logged segment
     * @return how many of its items are in each state (states without items are left out)
     */
    Map<OutboxState, Long> counts(long loggedSegmentEntryNo);

    /**
     * Claims a pending entry for sending: pending → sending with the Message-ID, attempts + 1, atomically.
     *
     * @param entryNo the entry
     * @param messageId the Message-ID it is sent with
     * @param owner who claims it (a run id), for messages
     * @return false when the entry was not pending any more (another run claimed it)
     */
    boolean claim(long entryNo, String messageId, String owner);

    /**
     * Ends a claimed entry: sending → sent, failed or skipped.
     *
     * @param entryNo the entry
     * @param state {@link OutboxState#SENT}, {@link OutboxState#FAILED} or {@link OutboxState#SKIPPED}
     * @param reason why it failed or was skipped; null when sent
     * @return false when the entry was not sending
     */
    boolean finish(long entryNo, OutboxState state, String reason);

    /**
     * Marks pending entries skipped without claiming them (canceled entries, privacy-blocked contacts).
     *
     * @param entryNo the entry
     * @param reason why
     * @return false when it was not pending
     */
    boolean skip(long entryNo, String reason);

    /**
     * Marks the pending entries of one channel failed, in one statement (the SMTP server cannot be reached: each
     * would fail the same way).
     *
     * @param loggedSegmentEntryNo a logged segment, or null for all
     * @param channel the correspondence type (Email, Hard Copy, or one a plug-in channel serves)
     * @param reason the reason to record
     * @return how many entries failed
     */
    int failPending(Long loggedSegmentEntryNo, org.segmenta.model.CorrespondenceType channel, String reason);

    /**
     * Marks entries left sending by a run that died as uncertain.
     *
     * @param claimedBefore only entries claimed before this instant (in team mode another desktop may be sending
     *            right now); {@link Instant#MAX} for all
     * @param reason the reason to record
     * @return how many entries became uncertain
     */
    int markInterrupted(Instant claimedBefore, String reason);

    /**
     * Puts entries of a logged segment back to pending, in one statement.
     *
     * @param loggedSegmentEntryNo the logged segment
     * @param from the states to take back (failed; maybe uncertain)
     * @return how many entries became pending
     */
    int retry(long loggedSegmentEntryNo, Set<OutboxState> from);

    /**
     * @return an identity of this database, made once at random and kept: part of every Message-ID, so that two
     *         databases never make the same one
     */
    String databaseIdentity();
}

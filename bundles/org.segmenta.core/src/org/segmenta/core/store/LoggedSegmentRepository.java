package org.segmenta.core.store;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.model.LoggedSegment;

/**
 * Logged segments, keyed by entry No. Their number of interactions is computed when read (the entries of the
 * interaction log that point at them); the value set on an object before insert or update is ignored.
 */
@ProviderType
public interface LoggedSegmentRepository extends KeyedRepository<Long, LoggedSegment> {

    /**
     * @param offset entries to skip
     * @param limit entries at most
     * @return a page of logged segments, newest (highest entry No.) first
     */
    List<LoggedSegment> page(int offset, int limit);

    /**
     * @param text a quick filter: logged segments whose segment No., description or user ID contains it (any case),
     *            or whose entry No. it is; blank for all
     * @param offset entries to skip
     * @param limit entries at most
     * @return a page of the matching logged segments, newest first
     */
    List<LoggedSegment> page(String text, int offset, int limit);

    /**
     * @param text a quick filter as for {@link #page(String, int, int)}; blank for all
     * @return how many logged segments match
     */
    long count(String text);

    /**
     * Cancels or uncancels a logged segment and every interaction log entry of it, in one step.
     *
     * @param entryNo the logged segment
     * @param canceled the new state
     * @return how many interaction log entries changed
     * @throws NotFoundException when there is no such logged segment
     */
    int setCanceled(long entryNo, boolean canceled);

    /**
     * The logged segment that segment {@code segmentNo} became when it was logged (a segment is logged once): one probe
     * by segment No., so that Log's check costs the same however many segments were logged. This default reads every
     * logged segment; a store overrides it with a query.
     *
     * @param segmentNo the segment No.
     * @return the entry No. of its logged segment (the lowest, should there be more), or empty when it was not logged
     */
    default java.util.OptionalLong loggedEntryOf(String segmentNo) {
        return list().stream().filter(ls -> segmentNo.equals(ls.getSegmentNo()))
                .mapToLong(LoggedSegment::getEntryNo).min();
    }
}

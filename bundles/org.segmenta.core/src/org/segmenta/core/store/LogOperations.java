package org.segmenta.core.store;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The set-based part of logging a segment (NAV codeunit SegManagement {@code LogSegment}, §1.10 of the domain
 * reference): one statement turns every line into an interaction log entry.
 */
@ProviderType
public interface LogOperations {

    /**
     * Inserts one interaction log entry per line of the segment, in line order, with every field of the line, the
     * logged segment's entry No., the user and Log's date; lines of privacy-blocked contacts are left out; an Email or
     * Fax line whose contact has no e-mail address (fax number) is logged with a blank correspondence type. The
     * documents of the lines become read-only.
     *
     * @param segmentNo the segment
     * @param loggedSegmentEntryNo the logged segment the entries belong to
     * @param userId who logs
     * @return how many entries were inserted
     */
    long logLines(String segmentNo, long loggedSegmentEntryNo, String userId);

    /**
     * As {@link #logLines(String, long, String)}, but lines of the given correspondence types keep their type whatever
     * address the contact has: the types a plug-in's {@link org.segmenta.core.delivery.CorrespondenceChannel} delivers,
     * which checks its own address (for example a mobile phone No.) before Log.
     *
     * @param segmentNo the segment
     * @param loggedSegmentEntryNo the logged segment the entries belong to
     * @param userId who logs
     * @param channelTypes the correspondence types a plug-in channel serves; may be empty
     * @return how many entries were inserted
     */
    default long logLines(String segmentNo, long loggedSegmentEntryNo, String userId,
            java.util.Set<org.segmenta.model.CorrespondenceType> channelTypes) {
        return logLines(segmentNo, loggedSegmentEntryNo, userId);
    }

    /**
     * The shown lines of a segment that pre-Log validation may have something to say about, found set-based over the
     * whole segment (one statement per page, each line's contact, salesperson, template, campaign and other lines of
     * the same contact probed by their keys), so that validation loads only those lines and their records instead of
     * every line's contact: lines without a contact or with one that is gone, privacy blocked or marked Exclude from
     * Segment, an Email (Fax) line whose contact has no e-mail address (fax number), no date, a blank, unknown or
     * blocked salesperson, a blank or unknown interaction template, an unknown campaign, a contact on another line too;
     * when sending, every Fax line, and every line with a correspondence type but neither its own attachment nor its
     * own Word template when {@code ownDocumentNeeded}.
     *
     * @param segmentNo the segment
     * @param send whether Log will deliver the documents
     * @param ownDocumentNeeded whether a line without its own document may lack one (the header does not give every
     *        language one)
     * @param afterLineNo the page starts after this line No. (0 for the first page)
     * @param limit the most lines in the page, 1 or more
     * @return those lines in line-number order
     */
    java.util.List<org.segmenta.model.SegmentLine> linesToCheck(String segmentNo, boolean send, boolean ownDocumentNeeded,
            int afterLineNo, int limit);

    /**
     * Unlinks the interaction log entries of a logged segment (before the logged segment is deleted): the entries
     * stay, without a logged segment.
     *
     * @param loggedSegmentEntryNo the logged segment
     * @return how many entries were unlinked
     */
    int unlinkEntries(long loggedSegmentEntryNo);
}

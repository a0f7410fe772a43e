package org.segmenta.core.interaction;

import java.util.List;

/**
 * What Log did.
 *
 * @param loggedSegmentEntryNo the new logged segment
 * @param entries the interaction log entries created
 * @param documents the merged letters stored with the entries
 * @param followUpSegmentNo the follow-up segment, or null
 * @param warnings what Log did differently from the lines (see {@link PreLogValidation})
 */
public record LogResult(long loggedSegmentEntryNo, long entries, long documents, String followUpSegmentNo,
        List<LogProblem> warnings) {
}

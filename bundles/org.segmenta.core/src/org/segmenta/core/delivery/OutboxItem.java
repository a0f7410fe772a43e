package org.segmenta.core.delivery;

import java.time.Instant;

import org.segmenta.model.CorrespondenceType;

/**
 * One interaction log entry in the outbox.
 *
 * @param entryNo the interaction log entry
 * @param loggedSegmentEntryNo its logged segment, or null
 * @param channel its correspondence type, which decides how it is delivered: {@link CorrespondenceType#EMAIL} or
 *            {@link CorrespondenceType#HARD_COPY} by Segmenta, or the type a plug-in's {@link CorrespondenceChannel}
 *            serves
 * @param state where it stands
 * @param messageId the Message-ID it is (or was) sent with, without angle brackets; null before the first attempt
 * @param attempts how many delivery attempts claimed it
 * @param reason why it failed, is uncertain or was skipped; null otherwise
 * @param changed when the state last changed
 */
public record OutboxItem(long entryNo, Long loggedSegmentEntryNo, CorrespondenceType channel, OutboxState state,
        String messageId, int attempts, String reason, Instant changed) {
}

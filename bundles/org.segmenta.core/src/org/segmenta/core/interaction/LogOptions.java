package org.segmenta.core.interaction;

/**
 * The choices of the Log dialog. Source: NAV report 5185 Log Segment, request page (§1.10 of the domain reference).
 *
 * @param sendAttachments deliver the documents: lines with a correspondence type need a document, and Word
 *            templates are merged per line and stored with each entry
 * @param createFollowUp create a follow-up segment with the same contacts
 * @param userId who logs, recorded on the logged segment and every entry
 */
public record LogOptions(boolean sendAttachments, boolean createFollowUp, String userId) {
}

package org.segmenta.core.store;

import java.time.LocalDate;

/**
 * Filters on the interaction log, combined with AND; a {@code null} filter does not filter. Results are ordered
 * by entry No., newest first.
 *
 * @param contactNo the contact
 * @param contactCompanyNo the contact's company (all entries of a company's persons and the company itself)
 * @param segmentNo the segment the entries were logged from
 * @param loggedSegmentEntryNo the logged segment
 * @param interactionTemplateCode the interaction template
 * @param salespersonCode the salesperson
 * @param fromDate the first date, inclusive
 * @param toDate the last date, inclusive
 * @param canceled only canceled (true) or only not canceled (false) entries
 * @param text a quick filter: entries whose description, contact No., segment No., interaction template code or
 *            salesperson code contains it, in any case; null for all
 * @param offset entries to skip, 0 or more
 * @param limit entries at most, 1 or more
 */
public record InteractionLogQuery(String contactNo, String contactCompanyNo, String segmentNo,
        Long loggedSegmentEntryNo, String interactionTemplateCode, String salespersonCode, LocalDate fromDate,
        LocalDate toDate, Boolean canceled, String text, int offset, int limit) {

    /** @throws IllegalArgumentException when offset is negative or limit below 1 */
    public InteractionLogQuery {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("An interaction log query needs offset >= 0 and limit >= 1, not offset "
                    + offset + " and limit " + limit + ".");
        }
    }

    /** @return a query for every entry */
    public static InteractionLogQuery all() {
        return new InteractionLogQuery(null, null, null, null, null, null, null, null, null, null, 0, Integer.MAX_VALUE);
    }

    /** @param v the contact No., in any case (normalised), or blank for none @return a copy with that filter */
    public InteractionLogQuery withContactNo(String v) {
        return new InteractionLogQuery(org.segmenta.core.rules.Codes.normalise(v), contactCompanyNo, segmentNo, loggedSegmentEntryNo, interactionTemplateCode,
                salespersonCode, fromDate, toDate, canceled, text, offset, limit);
    }

    /** @param v the company No. @return a copy with that filter */
    public InteractionLogQuery withContactCompanyNo(String v) {
        return new InteractionLogQuery(contactNo, v, segmentNo, loggedSegmentEntryNo, interactionTemplateCode,
                salespersonCode, fromDate, toDate, canceled, text, offset, limit);
    }

    /** @param v the segment No., in any case (normalised), or blank for none @return a copy with that filter */
    public InteractionLogQuery withSegmentNo(String v) {
        return new InteractionLogQuery(contactNo, contactCompanyNo, org.segmenta.core.rules.Codes.normalise(v), loggedSegmentEntryNo, interactionTemplateCode,
                salespersonCode, fromDate, toDate, canceled, text, offset, limit);
    }

    /** @param v the logged segment entry No. @return a copy with that filter */
    public InteractionLogQuery withLoggedSegmentEntryNo(Long v) {
        return new InteractionLogQuery(contactNo, contactCompanyNo, segmentNo, v, interactionTemplateCode,
                salespersonCode, fromDate, toDate, canceled, text, offset, limit);
    }

    /** @param v the template code @return a copy with that filter */
    public InteractionLogQuery withInteractionTemplateCode(String v) {
        return new InteractionLogQuery(contactNo, contactCompanyNo, segmentNo, loggedSegmentEntryNo, v,
                salespersonCode, fromDate, toDate, canceled, text, offset, limit);
    }

    /** @param v the salesperson code @return a copy with that filter */
    public InteractionLogQuery withSalespersonCode(String v) {
        return new InteractionLogQuery(contactNo, contactCompanyNo, segmentNo, loggedSegmentEntryNo,
                interactionTemplateCode, v, fromDate, toDate, canceled, text, offset, limit);
    }

    /** @param from first date or null @param to last date or null @return a copy with that date range */
    public InteractionLogQuery withDates(LocalDate from, LocalDate to) {
        return new InteractionLogQuery(contactNo, contactCompanyNo, segmentNo, loggedSegmentEntryNo,
                interactionTemplateCode, salespersonCode, from, to, canceled, text, offset, limit);
    }

    /** @param v canceled or not, null for both @return a copy with that filter */
    public InteractionLogQuery withCanceled(Boolean v) {
        return new InteractionLogQuery(contactNo, contactCompanyNo, segmentNo, loggedSegmentEntryNo,
                interactionTemplateCode, salespersonCode, fromDate, toDate, v, text, offset, limit);
    }

    /** @param from entries to skip @param max entries at most @return a copy for that page */
    public InteractionLogQuery page(int from, int max) {
        return new InteractionLogQuery(contactNo, contactCompanyNo, segmentNo, loggedSegmentEntryNo,
                interactionTemplateCode, salespersonCode, fromDate, toDate, canceled, text, from, max);
    }

    /**
     * @param v the quick filter's text (see {@link #text()}); blank for none
     * @return a copy with that filter
     */
    public InteractionLogQuery withText(String v) {
        return new InteractionLogQuery(contactNo, contactCompanyNo, segmentNo, loggedSegmentEntryNo,
                interactionTemplateCode, salespersonCode, fromDate, toDate, canceled,
                v == null || v.isBlank() ? null : v.strip(), offset, limit);
    }
}

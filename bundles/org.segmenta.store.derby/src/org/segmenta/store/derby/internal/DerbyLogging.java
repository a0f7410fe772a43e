package org.segmenta.store.derby.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.LogOperations;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.SegmentLine;

/** Log's set-based part on Derby: one INSERT…SELECT from the segment's lines into the interaction log. */
final class DerbyLogging implements LogOperations {

    private static final String LINES = " FROM segment_line l JOIN contact c ON c.contact_no = l.contact_no "
            + "WHERE l.segment_no = ? AND l." + Tables.SHOWN_LINE + " AND NOT c.privacy_blocked";

    private final DerbySession session;

    DerbyLogging(DerbySession session) {
        this.session = session;
    }

    @Override
    public long logLines(String segmentNo, long loggedSegmentEntryNo, String userId) {
        return logLines(segmentNo, loggedSegmentEntryNo, userId, java.util.Set.of());
    }

    @Override
    public long logLines(String segmentNo, long loggedSegmentEntryNo, String userId,
            java.util.Set<CorrespondenceType> channelTypes) {
        session.requireWritable("log a segment");
        try {
            // the counter's row locked (a reservation of nothing) for the insert, the numbers taken after it: the
            // entries are counted by the insert instead of by a pass over the lines and their contacts beforehand
            long first = session.reserve(InteractionLogRepo.COUNTER, 0);
            int email = CorrespondenceType.EMAIL_VALUE;
            int fax = CorrespondenceType.FAX_VALUE;
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.NEITHER, "INSERT INTO interaction_log_entry (entry_no, contact_no, "
                    + "contact_company_no, interaction_date, time_of_interaction, description, information_flow, "
                    + "initiated_by, attachment_no, cost, duration, user_id, interaction_group_code, "
                    + "interaction_template_code, campaign_no, campaign_response, campaign_target, segment_no, evaluation, "
                    + "attempt_failed, salesperson_code, delivery_status, canceled, correspondence_type, "
                    + "logged_segment_entry_no, send_word_docs_as_attachment, interaction_language_code, subject, "
                    + "word_template_no, merged, postponed, row_version) "
                    + "SELECT CAST(? AS BIGINT) + ROW_NUMBER() OVER () - 1, l.contact_no, l.contact_company_no, "
                    + "COALESCE(l.interaction_date, CAST(? AS DATE)), l.time_of_interaction, l.description, l.information_flow, "
                    + "l.initiated_by, l.attachment_no, l.cost, l.duration, CAST(? AS VARCHAR(50)), l.interaction_group_code, "
                    + "l.interaction_template_code, l.campaign_no, l.campaign_response, l.campaign_target, l.segment_no, "
                    + "l.evaluation, l.attempt_failed, l.salesperson_code, 0, FALSE, "
                    + "CASE "
                    + (channelTypes.contains(CorrespondenceType.EMAIL) ? ""
                            : "WHEN l.correspondence_type = " + email + " AND (c.email IS NULL OR c.email = '') THEN 0 ")
                    + (channelTypes.contains(CorrespondenceType.FAX) ? ""
                            : "WHEN l.correspondence_type = " + fax + " AND (c.fax_no IS NULL OR c.fax_no = '') THEN 0 ")
                    + "ELSE l.correspondence_type END, CAST(? AS BIGINT), l.send_word_docs_as_attachment, l.language_code, "
                    + "l.subject, l.word_template_no, l.merged, FALSE, 1" + LINES);
            ps.setLong(1, first);
            ps.setDate(2, Date.valueOf(LocalDate.now()));
            ps.setString(3, userId);
            ps.setLong(4, loggedSegmentEntryNo);
            ps.setString(5, segmentNo);
            long inserted = ps.executeUpdate();
            QueryPlans.executed(session, "log: INSERT INTO interaction_log_entry ... FROM segment_line");
            if (inserted == 0) {
                return 0;
            }
            session.reserve(InteractionLogRepo.COUNTER, inserted);
            PreparedStatement ro = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE attachment SET read_only = TRUE WHERE attachment_no IN "
                    + "(SELECT l.attachment_no FROM segment_line l WHERE l.segment_no = ? AND l." + Tables.SHOWN_LINE
                    + " AND l.attachment_no IS NOT NULL)");
            ro.setString(1, segmentNo);
            ro.executeUpdate();
            QueryPlans.executed(session, "log: UPDATE attachment ... FROM segment_line");
            return inserted;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyLogging_loggingSegment, segmentNo));
        }
    }

    private static String blank(String column) {
        return "COALESCE(TRIM(" + column + "), '') = ''";
    }

    @Override
    public List<SegmentLine> linesToCheck(String segmentNo, boolean send, boolean ownDocumentNeeded, int afterLineNo,
            int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A page of lines to check needs limit >= 1, not " + limit + ".");
        }
        int email = CorrespondenceType.EMAIL_VALUE;
        int fax = CorrespondenceType.FAX_VALUE;
        String contact = "SELECT 1 FROM contact c" + CriteriaSql.NESTED_LOOP + " WHERE c.contact_no = t.contact_no";
        StringBuilder suspect = new StringBuilder("t.segment_no = ? AND t.line_no > ? AND (")
                .append(blank("t.contact_no"))
                // one probe of the contact: a line is suspect unless its contact exists and has nothing to report
                .append(" OR NOT EXISTS (").append(contact).append(" AND NOT (c.privacy_blocked OR c.exclude_from_segment")
                .append(" OR (t.correspondence_type = ").append(email).append(" AND ").append(blank("c.email")).append(")")
                .append(" OR (t.correspondence_type = ").append(fax).append(" AND ").append(blank("c.fax_no")).append(")))")
                .append(" OR t.interaction_date IS NULL")
                .append(" OR ").append(blank("t.salesperson_code"))
                .append(" OR NOT EXISTS (SELECT 1 FROM salesperson sp WHERE sp.code = t.salesperson_code AND NOT sp.blocked)")
                .append(" OR ").append(blank("t.interaction_template_code"))
                .append(" OR NOT EXISTS (SELECT 1 FROM interaction_template it WHERE it.code = t.interaction_template_code)")
                .append(" OR (NOT ").append(blank("t.campaign_no"))
                .append(" AND NOT EXISTS (SELECT 1 FROM campaign cp WHERE cp.campaign_no = t.campaign_no))")
                .append(" OR EXISTS (SELECT 1 FROM segment_line x" + CriteriaSql.MEMBER_PROBE
                        + " WHERE x.segment_no = t.segment_no AND x.contact_no = t.contact_no AND x." + Tables.SHOWN_LINE
                        + " AND x.line_no <> t.line_no)");
        if (send) {
            suspect.append(" OR t.correspondence_type = ").append(fax);
            if (ownDocumentNeeded) {
                suspect.append(" OR (t.correspondence_type <> 0 AND t.attachment_no IS NULL AND t.word_template_no IS NULL)");
            }
        }
        suspect.append(")");
        try {
            return Rows.load(session, session.tables.segmentLine, suspect.toString(), "t.line_no FETCH FIRST ? ROWS ONLY",
                    segmentNo, afterLineNo, limit).stream().map(SegmentLine.class::cast).toList();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyLogging_findingTheLinesOf, segmentNo));
        }
    }

    @Override
    public int unlinkEntries(long loggedSegmentEntryNo) {
        session.requireWritable("unlink interaction log entries");
        try {
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.NEITHER,
                    "UPDATE interaction_log_entry SET logged_segment_entry_no = NULL, row_version = row_version + 1 "
                            + "WHERE logged_segment_entry_no = ?");
            ps.setLong(1, loggedSegmentEntryNo);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyLogging_unlinkingTheEntriesOf,
                    loggedSegmentEntryNo));
        }
    }
}

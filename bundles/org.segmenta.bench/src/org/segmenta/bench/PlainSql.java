package org.segmenta.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.StepKind;

/**
 * The yardsticks: what a developer would write by hand in SQL for the same effect as a Segmenta service call,
 * in the same database. They keep no history for undo, count nothing they do not need and check nothing.
 */
final class PlainSql {

    private PlainSql() {
    }

    /**
     * The typical predicate of the bench: city in a set, and a mailing group (EXISTS), on contact {@code c}. The
     * subqueries carry the same join-strategy hint as the store's criteria SQL, as a hand-writer would: without it
     * Derby rebuilds a hash table of the subquery's table for every outer row.
     */
    record Predicate(List<String> cities, String mailingGroup) {

        String sql() {
            String city = "c.city IN (" + String.join(", ", cities.stream().map(x -> "?").toList()) + ")";
            if (mailingGroup == null) {
                return city;
            }
            return city + " AND EXISTS (SELECT 1 FROM contact_mailing_group g --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n WHERE g.contact_no = c.contact_no"
                    + " AND g.mailing_group_code = ?)";
        }

        /** Binds the values from {@code index}; returns the next free index. */
        int bind(PreparedStatement ps, int index) throws SQLException {
            int i = index;
            for (String city : cities) {
                ps.setString(i++, city);
            }
            if (mailingGroup != null) {
                ps.setString(i++, mailingGroup);
            }
            return i;
        }
    }

    /**
     * Add: one INSERT…SELECT of the lines an Add with default options gives on a segment without an interaction
     * template (the contact's salesperson and correspondence type, the header's date and description), skipping
     * excluded, privacy-blocked and already present contacts.
     *
     * @return lines inserted
     */
    static long add(Connection c, String segmentNo, String description, LocalDate date, Predicate p)
            throws SQLException {
        return add(c, segmentNo, description, date, p, 0);
    }

    private static long add(Connection c, String segmentNo, String description, LocalDate date, Predicate p,
            long lastLine) throws SQLException {
        return add(c, segmentNo, description, date, p, lastLine, 10000);
    }

    private static long add(Connection c, String segmentNo, String description, LocalDate date, Predicate p,
            long lastLine, int step) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO segment_line (segment_no, line_no, contact_no,"
                + " contact_company_no, interaction_date, description, salesperson_code, correspondence_type, step_no,"
                + " step_kind) SELECT CAST(? AS VARCHAR(20)), " + lastLine + " + " + step + " * ROW_NUMBER() OVER (), c.contact_no, c.company_no,"
                + " CAST(? AS DATE), CAST(? AS VARCHAR(100)), c.salesperson_code, c.correspondence_type, 1, "
                + StepKind.CRITERIA_VALUE + " FROM contact c WHERE " + p.sql()
                + " AND NOT c.exclude_from_segment AND NOT c.privacy_blocked"
                + " AND NOT EXISTS (SELECT 1 FROM segment_line x --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, index=segment_line_by_contact\n WHERE x.segment_no = ? AND x.contact_no = c.contact_no)")) {
            ps.setString(1, segmentNo);
            ps.setDate(2, Date.valueOf(date));
            ps.setString(3, description);
            int i = p.bind(ps, 4);
            ps.setString(i, segmentNo);
            return ps.executeUpdate();
        }
    }

    /**
     * Reduce (delete the lines whose contact matches) or Refine (delete the lines whose contact does not): one
     * DELETE.
     *
     * @return lines deleted
     */
    static long remove(Connection c, String segmentNo, Predicate p, boolean refine) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM segment_line l WHERE l.segment_no = ? AND "
                + (refine ? "NOT " : "") + "EXISTS (SELECT 1 FROM contact c --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n WHERE c.contact_no = l.contact_no AND "
                + p.sql() + ")")) {
            ps.setString(1, segmentNo);
            p.bind(ps, 2);
            return ps.executeUpdate();
        }
    }

    /**
     * The undo of an Add: one DELETE of the lines the Add (step 1) made.
     *
     * @return lines deleted
     */
    static long undoAdd(Connection c, String segmentNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM segment_line WHERE segment_no = ? AND step_no = 1")) {
            ps.setString(1, segmentNo);
            return ps.executeUpdate();
        }
    }

    /**
     * The undo of a Reduce or Refine: the removed lines inserted again, as the Add that made the segment made them
     * ({@link #add}: the base predicate's contacts that are not in the segment), numbered after its last line, or,
     * when that leaves too few INTEGER line Nos. (a segment of 292,419 lines at a million contacts is numbered up to
     * near the top), one apart downwards from its first line.
     *
     * @return lines inserted
     */
    static long undoRemove(Connection c, String segmentNo, String description, LocalDate date, Predicate base)
            throws SQLException {
        long lastLine = queryLong(c, "SELECT COALESCE(MAX(line_no), 0) FROM segment_line WHERE segment_no = ?", segmentNo);
        if (lastLine < Integer.MAX_VALUE / 2) {
            return add(c, segmentNo, description, date, base, lastLine);
        }
        long firstLine = queryLong(c, "SELECT COALESCE(MIN(line_no), 0) FROM segment_line WHERE segment_no = ?", segmentNo);
        return add(c, segmentNo, description, date, base, firstLine, -1);
    }

    /**
     * Log: an interaction log entry per line (privacy-blocked contacts left out; an e-mail or fax line whose
     * contact has no address gets a blank correspondence type), the logged segment, and the segment's lines and
     * header deleted. Entry Nos. come from the same counters the store uses.
     *
     * @return entries inserted
     */
    static long log(Connection c, String segmentNo, String userId, LocalDate today) throws SQLException {
        long lines = queryLong(c, "SELECT COUNT(*) FROM segment_line WHERE segment_no = ?", segmentNo);
        long first = reserve(c, "interaction_log_entry", lines);
        long loggedNo = reserve(c, "logged_segment", 1);
        long entries;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO interaction_log_entry (entry_no, contact_no,"
                + " contact_company_no, interaction_date, description, information_flow, initiated_by, attachment_no,"
                + " cost, duration, user_id, interaction_group_code, interaction_template_code, campaign_no,"
                + " campaign_response, campaign_target, segment_no, evaluation, salesperson_code, correspondence_type,"
                + " logged_segment_entry_no, send_word_docs_as_attachment, interaction_language_code, subject,"
                + " word_template_no, merged) SELECT CAST(? AS BIGINT) + ROW_NUMBER() OVER (), l.contact_no,"
                + " l.contact_company_no, l.interaction_date, l.description, l.information_flow, l.initiated_by,"
                + " l.attachment_no, l.cost, l.duration, CAST(? AS VARCHAR(50)), l.interaction_group_code,"
                + " l.interaction_template_code, l.campaign_no, l.campaign_response, l.campaign_target, l.segment_no,"
                + " l.evaluation, l.salesperson_code, CASE WHEN l.correspondence_type = " + CorrespondenceType.EMAIL_VALUE
                + " AND c.email IS NULL THEN 0 WHEN l.correspondence_type = " + CorrespondenceType.FAX_VALUE
                + " AND c.fax_no IS NULL THEN 0 ELSE l.correspondence_type END, CAST(? AS BIGINT),"
                + " l.send_word_docs_as_attachment, l.language_code, l.subject, l.word_template_no, l.merged"
                + " FROM segment_line l JOIN contact c ON c.contact_no = l.contact_no"
                + " WHERE l.segment_no = ? AND NOT c.privacy_blocked")) {
            ps.setLong(1, first - 1);
            ps.setString(2, userId);
            ps.setLong(3, loggedNo);
            ps.setString(4, segmentNo);
            entries = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO logged_segment (entry_no, segment_no, description,"
                + " creation_date, user_id) SELECT CAST(? AS BIGINT), segment_no, description, CAST(? AS DATE),"
                + " CAST(? AS VARCHAR(50)) FROM segment_header WHERE segment_no = ?")) {
            ps.setLong(1, loggedNo);
            ps.setDate(2, Date.valueOf(today));
            ps.setString(3, userId);
            ps.setString(4, segmentNo);
            ps.executeUpdate();
        }
        // the schema has no ON DELETE CASCADE (migration 14): children first, as the store deletes them
        for (String child : new String[] { "segment_history", "segment_line", "segment_criteria_filter",
                "segment_criteria_line", "segment_interaction_language", "segment_header" }) {
            update(c, "DELETE FROM " + child + " WHERE segment_no = ?", segmentNo);
        }
        return entries;
    }

    /** Takes {@code n} numbers from an entry counter; returns the first. */
    private static long reserve(Connection c, String counter, long n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE entry_counter SET last_value = last_value + ? WHERE counter_name = ?")) {
            ps.setLong(1, n);
            ps.setString(2, counter);
            ps.executeUpdate();
        }
        return queryLong(c, "SELECT last_value FROM entry_counter WHERE counter_name = ?", counter) - n + 1;
    }

    private static long queryLong(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            ps.executeUpdate();
        }
    }
}

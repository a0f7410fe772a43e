package org.segmenta.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.StepKind;

/**
 * The yardsticks: what a developer would write by hand in SQL for the same effect as a Segmenta service call,
 * in the same database. They keep no history for undo, count nothing they do not need and check nothing. The undo of
 * a plain Reduce or Refine puts back a copy of the removed lines taken (unmeasured) just before the step: the fastest
 * restore there is, one INSERT...SELECT without a check per line (re-selecting the removed contacts with a "not yet in
 * the segment" probe per candidate ran over 12 minutes at a million contacts).
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
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO segment_line (segment_no, line_no, contact_no,"
                + " contact_company_no, interaction_date, description, salesperson_code, correspondence_type, step_no,"
                + " step_kind) SELECT CAST(? AS VARCHAR(20)), 10000 * ROW_NUMBER() OVER (), c.contact_no, c.company_no,"
                + " CAST(? AS DATE), CAST(? AS VARCHAR(100)), c.salesperson_code, c.correspondence_type, 1, "
                + StepKind.CRITERIA_VALUE + " FROM contact c WHERE " + p.sql()
                + " AND NOT c.exclude_from_segment AND NOT c.privacy_blocked"
                + " AND NOT EXISTS (SELECT 1 FROM segment_line x --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, index=SEGMENT_LINE_BY_CONTACT\n WHERE x.segment_no = ? AND x.contact_no = c.contact_no)")) {
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
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM segment_line l WHERE " + removed(p, refine))) {
            ps.setString(1, segmentNo);
            p.bind(ps, 2);
            return ps.executeUpdate();
        }
    }

    /** The condition on a line {@code l} that Reduce or Refine removes it; binds the segment No., then {@code p}. */
    private static String removed(Predicate p, boolean refine) {
        return "l.segment_no = ? AND " + (refine ? "NOT " : "")
                + "EXISTS (SELECT 1 FROM contact c --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n WHERE c.contact_no = l.contact_no AND "
                + p.sql() + ")";
    }

    /** The table that keeps a copy of the lines a plain Reduce or Refine is about to delete, for its undo. */
    private static final String REMOVED_COPY = "bench_plain_removed_line";

    /**
     * Creates the (empty) table of copies {@link #keepRemoved} fills: the columns of {@code segment_line}, no key and no
     * index (it is only ever read whole for one segment). Once per database.
     */
    static void createRemovedCopy(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + REMOVED_COPY + " AS SELECT * FROM segment_line WITH NO DATA");
        }
    }

    /**
     * What a developer who wants an undo does before a plain Reduce or Refine: one INSERT...SELECT copying the lines
     * the {@link #remove} about to run will delete (the same condition). Not part of either measured figure: the step's
     * yardstick stays the bare DELETE and the undo's the bare restore, the fastest each can be.
     *
     * @return lines copied
     */
    static long keepRemoved(Connection c, String segmentNo, Predicate p, boolean refine) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + REMOVED_COPY + " SELECT * FROM segment_line l"
                + " WHERE " + removed(p, refine))) {
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
     * The undo of a Reduce or Refine: the removed lines put back as they were (same line Nos., same values) from the
     * copy {@link #keepRemoved} took before the step, with one INSERT...SELECT: the same effect as Segmenta's undo,
     * which clears the step's mark on the lines it kept. Emptying the copy afterwards ({@link #forgetRemoved}) is left
     * out of the measure.
     *
     * @return lines inserted
     */
    static long undoRemove(Connection c, String segmentNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO segment_line SELECT * FROM " + REMOVED_COPY
                + " WHERE segment_no = ?")) {
            ps.setString(1, segmentNo);
            return ps.executeUpdate();
        }
    }

    /** Empties the copy {@link #keepRemoved} took (it holds one segment's lines at a time). */
    static void forgetRemoved(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("TRUNCATE TABLE " + REMOVED_COPY);
        }
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

package org.segmenta.store.derby.internal;

import static org.segmenta.model.SegmentaPackage.Literals.*;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.StoreException;

/**
 * The mapping of the whole model onto the tables of the current schema (see {@link Migrations}), checked
 * against the database's catalog when a store opens: a column the mapping needs but the database lacks is a
 * clear error, not a failing statement later. VARCHAR sizes come from the catalog, so that a text too long is
 * a validation message before anything is written.
 */
final class Tables {

    /** The schema all tables live in, whatever the user: a database can move from embedded to a server. */
    static final String SCHEMA = "APP";

    final Table contact;
    final Table salesperson;
    final Table salutation;
    final Table language;
    final Table mailingGroup;
    final Table industryGroup;
    final Table jobResponsibility;
    final Table interactionGroup;
    final Table questionnaire;
    final Table campaign;
    final Table attachment;
    final Table interactionTemplate;
    final Table segmentHeader;
    final Table segmentLine;
    /**
     * The condition (no alias) that a segment line is in its segment: a Reduce, Refine or manual removal marks the
     * lines it removes with its step No. ({@code removed_step}), and the undo of an Add marks the lines the Add made
     * with that step's No.; such lines are kept for undo and redo only (migration 11). Every reader of segment lines
     * adds this condition.
     */
    static final String SHOWN_LINE = "removed_step = 0";
    /**
     * {@link #SHOWN_LINE} for an UPDATE that changes {@code removed_step} over many lines (the mark of a Reduce or
     * Refine): the same condition, but as an expression Derby cannot match to an index, so that it is tested on each
     * line read and the statement reads the segment's lines by an index without {@code removed_step}. Derby updates
     * in deferred mode when the index it reads by holds a column the UPDATE changes (it first copies every changed row
     * into a temporary table, then reads each row again by its location to change it, and puts the new index entries
     * in afterwards): with {@code removed_step = 0} it read by the shown-lines index, and a Refine of 234,223 of
     * 292,419 lines at 1,000,000 contacts did all of that per line (QueryPlanGuardTest asserts the mark is not
     * deferred).
     */
    static final String SHOWN_LINE_TESTED_PER_ROW = "removed_step + 0 = 0";
    final Table segmentHistory;
    /** the snapshot line's columns in segment_history, prefixed {@code line_} */
    final List<Column> historyLineColumns;
    final Table savedCriteria;
    final Table loggedSegment;
    final Table interactionLogEntry;
    final Table numberSeries;

    private final Map<String, Integer> catalog;
    private final List<String> missing = new ArrayList<>();

    Tables(Connection c) throws SQLException {
        catalog = readCatalog(c);
        contact = Table.root(CONTACT, "contact", "no").rename("no", "contact_no").rename("type", "contact_type")
                .contains(CONTACT__MAILING_GROUPS, Table.child(CONTACT_MAILING_GROUP, "contact_mailing_group", "contact_no").build(this::size))
                .contains(CONTACT__INDUSTRY_GROUPS, Table.child(CONTACT_INDUSTRY_GROUP, "contact_industry_group", "contact_no").build(this::size))
                .contains(CONTACT__JOB_RESPONSIBILITIES, Table.child(CONTACT_JOB_RESPONSIBILITY, "contact_job_responsibility", "contact_no").build(this::size))
                .contains(CONTACT__PROFILE_ANSWERS, Table.child(CONTACT_PROFILE_ANSWER, "contact_profile_answer", "contact_no").build(this::size))
                .build(this::size);
        salesperson = Table.root(SALESPERSON, "salesperson", "code").build(this::size);
        salutation = Table.root(SALUTATION, "salutation", "code")
                .contains(SALUTATION__FORMULAS, Table.child(SALUTATION_FORMULA, "salutation_formula", "salutation_code")
                        .rename("text", "formula_text").build(this::size))
                .build(this::size);
        language = Table.root(LANGUAGE, "language", "code").build(this::size);
        mailingGroup = Table.root(MAILING_GROUP, "mailing_group", "code").build(this::size);
        industryGroup = Table.root(INDUSTRY_GROUP, "industry_group", "code").build(this::size);
        jobResponsibility = Table.root(JOB_RESPONSIBILITY, "job_responsibility", "code").build(this::size);
        interactionGroup = Table.root(INTERACTION_GROUP, "interaction_group", "code").build(this::size);
        Table answers = Table.child(PROFILE_ANSWER, "profile_answer", "questionnaire_code", "question_seq").build(this::size);
        questionnaire = Table.root(PROFILE_QUESTIONNAIRE, "profile_questionnaire", "code")
                .contains(PROFILE_QUESTIONNAIRE__QUESTIONS, Table.child(PROFILE_QUESTION, "profile_question", "questionnaire_code")
                        .contains(PROFILE_QUESTION__ANSWERS, answers).build(this::size))
                .build(this::size);
        campaign = Table.root(CAMPAIGN, "campaign", "no").rename("no", "campaign_no").build(this::size);
        attachment = Table.root(ATTACHMENT, "attachment", "no").rename("no", "attachment_no").rename("size", "size_bytes")
                .build(this::size);
        interactionTemplate = Table.root(INTERACTION_TEMPLATE, "interaction_template", "code")
                .contains(INTERACTION_TEMPLATE__LANGUAGES, Table.child(INTERACTION_TEMPLATE_LANGUAGE, "interaction_template_language", "template_code").build(this::size))
                .build(this::size);
        segmentHeader = Table.root(SEGMENT_HEADER, "segment_header", "no").rename("no", "segment_no").rename("date", "segment_date")
                .contains(SEGMENT_HEADER__LANGUAGES, Table.child(SEGMENT_INTERACTION_LANGUAGE, "segment_interaction_language", "segment_no").build(this::size))
                .contains(SEGMENT_HEADER__CRITERIA_LINES, Table.child(SEGMENT_CRITERIA_LINE, "segment_criteria_line", "segment_no")
                        .contains(SEGMENT_CRITERIA_LINE__FILTERS, Table.child(CRITERIA_FILTER, "segment_criteria_filter", "segment_no", "line_seq").build(this::size))
                        .build(this::size))
                .build(this::size);
        segmentLine = Table.root(SEGMENT_LINE, "segment_line", "segmentNo", "lineNo").rename("date", "interaction_date")
                .shown(SHOWN_LINE)
                .build(this::size);
        segmentHistory = Table.root(SEGMENT_HISTORY_ENTRY, "segment_history").unversioned().build(this::size);
        historyLineColumns = segmentLine.columns.stream().map(col -> col.renamed("line_" + col.name)).toList();
        historyLineColumns.forEach(col -> size("segment_history." + col.name));
        savedCriteria = Table.root(SAVED_SEGMENT_CRITERIA, "saved_criteria", "code")
                .contains(SAVED_SEGMENT_CRITERIA__LINES, Table.child(SEGMENT_CRITERIA_LINE, "saved_criteria_line", "criteria_code")
                        .contains(SEGMENT_CRITERIA_LINE__FILTERS, Table.child(CRITERIA_FILTER, "saved_criteria_filter", "criteria_code", "line_seq").build(this::size))
                        .build(this::size))
                .build(this::size);
        loggedSegment = Table.root(LOGGED_SEGMENT, "logged_segment", "entryNo")
                .computed("noOfInteractions", "(SELECT COUNT(*) FROM interaction_log_entry e WHERE e.logged_segment_entry_no = t.entry_no)")
                .build(this::size);
        interactionLogEntry = Table.root(INTERACTION_LOG_ENTRY, "interaction_log_entry", "entryNo")
                .rename("date", "interaction_date").build(this::size);
        numberSeries = Table.root(NUMBER_SERIES, "number_series", "code").build(this::size);
        if (!missing.isEmpty()) {
            throw new StoreException(Formats.bind(Messages.Tables_theDatabaseLacksColumns,
                    String.join(", ", missing)));
        }
    }

    private int size(String tableDotColumn) {
        Integer size = catalog.get(tableDotColumn.toLowerCase(Locale.ROOT));
        if (size == null) {
            missing.add(tableDotColumn);
            return 0;
        }
        return size;
    }

    /**
     * @return the length of every column of the schema (VARCHAR's maximum length; other types as JDBC's COLUMN_SIZE
     *         or 0) by "table.column" in lower case
     */
    private static Map<String, Integer> readCatalog(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String url = md.getURL();
        if (url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://")) {
            Map<String, Integer> embedded = readSystemCatalog(c);
            if (embedded != null) {
                return embedded;
            }
        }
        return readMetadataCatalog(md);
    }

    /** @return the columns' lengths from JDBC's {@code getColumns} (COLUMN_SIZE) by "table.column" in lower case */
    static Map<String, Integer> readMetadataCatalog(DatabaseMetaData md) throws SQLException {
        Map<String, Integer> result = new HashMap<>();
        try (ResultSet rs = md.getColumns(null, SCHEMA, null, null)) {
            while (rs.next()) {
                String key = rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME");
                result.put(key.toLowerCase(Locale.ROOT), rs.getInt("COLUMN_SIZE"));
            }
        }
        return result;
    }

    /**
     * The embedded engine's own catalog, read directly: Derby's {@code getColumns} is a large metadata query that cost
     * about a twentieth of a short command's start, this join of three system tables a good deal less. The column's
     * type comes as Derby's type descriptor, whose text is the SQL type ({@code VARCHAR(100) NOT NULL}); a network
     * client could not read that object, so team mode keeps {@code getColumns}.
     *
     * @return the columns' lengths (a VARCHAR's maximum length, 0 for a type without one), or null when a column's
     *         type text is not understood (then {@code getColumns} answers)
     */
    static Map<String, Integer> readSystemCatalog(Connection c) throws SQLException {
        Map<String, Integer> result = new HashMap<>();
        try (java.sql.Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.tablename, c.columnname,"
                + " c.columndatatype FROM sys.sysschemas s, sys.systables t, sys.syscolumns c WHERE s.schemaname = '"
                + SCHEMA + "' AND t.schemaid = s.schemaid AND c.referenceid = t.tableid")) {
            while (rs.next()) {
                int length = length(String.valueOf(rs.getObject(3)));
                if (length < 0) {
                    return null;
                }
                result.put((rs.getString(1) + "." + rs.getString(2)).toLowerCase(Locale.ROOT), length);
            }
        }
        return result;
    }

    /**
     * @param type a column's SQL type as Derby writes it, for example {@code VARCHAR(100) NOT NULL}
     * @return the maximum length of a VARCHAR or CHAR, 0 for a type whose length Segmenta never checks (numbers,
     *         dates, BOOLEAN, BLOB), -1 for any other type
     */
    static int length(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        if (t.startsWith("VARCHAR(") || t.startsWith("CHAR(")) {
            int close = t.indexOf(')');
            try {
                return close < 0 ? -1 : Integer.parseInt(t.substring(t.indexOf('(') + 1, close).trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        for (String other : new String[] { "INTEGER", "BIGINT", "SMALLINT", "DECIMAL", "NUMERIC", "DOUBLE", "REAL",
                "FLOAT", "BOOLEAN", "DATE", "TIMESTAMP", "TIME", "BLOB" }) {
            if (t.startsWith(other)) {
                return 0;
            }
        }
        return -1;
    }
}

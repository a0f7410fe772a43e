package org.segmenta.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.Reference;
import org.segmenta.core.store.ReferenceRepository;

/**
 * {@link ReferenceRepository}: one {@code COUNT(*)} and one {@code FETCH FIRST n ROWS} per reference. Columns with
 * an index (a contact's salesperson, a segment line's contact, the log's contact, template, salesperson, campaign)
 * are looked up; the others are scanned, which is fine for a delete of a set-up code.
 */
final class ReferenceRepo implements ReferenceRepository {

    /** Where a reference lives: table, column, an SQL expression naming a row, and an extra condition or null. */
    private record Place(String table, String column, String label, String condition) {
    }

    private static final Map<Reference, Place> PLACES = new EnumMap<>(Reference.class);

    private static void put(Reference r, String table, String column, String label, String condition) {
        PLACES.put(r, new Place(table, column, label, condition));
    }

    private static final String LINE = "segment_no || ' line ' || TRIM(CAST(CAST(line_no AS CHAR(11)) AS VARCHAR(11)))";
    private static final String ENTRY = "'entry ' || TRIM(CAST(CAST(entry_no AS CHAR(20)) AS VARCHAR(20)))";

    static {
        String line = LINE;
        String entry = ENTRY;
        put(Reference.PERSON_COMPANY, "contact", "company_no", "contact_no", "contact_no <> company_no");
        put(Reference.SEGMENT_LINE_CONTACT, "segment_line", "contact_no", line, Tables.SHOWN_LINE);
        put(Reference.LOG_ENTRY_CONTACT, "interaction_log_entry", "contact_no", entry, null);

        put(Reference.CONTACT_SALESPERSON, "contact", "salesperson_code", "contact_no", null);
        put(Reference.CAMPAIGN_SALESPERSON, "campaign", "salesperson_code", "campaign_no", null);
        put(Reference.SEGMENT_SALESPERSON, "segment_header", "salesperson_code", "segment_no", null);
        put(Reference.SEGMENT_LINE_SALESPERSON, "segment_line", "salesperson_code", line, Tables.SHOWN_LINE);
        put(Reference.LOG_ENTRY_SALESPERSON, "interaction_log_entry", "salesperson_code", entry, null);

        put(Reference.CONTACT_LANGUAGE, "contact", "language_code", "contact_no", null);
        put(Reference.SALUTATION_FORMULA_LANGUAGE, "salutation_formula", "language_code", "salutation_code", null);
        put(Reference.TEMPLATE_LANGUAGE, "interaction_template_language", "language_code", "template_code", null);
        put(Reference.TEMPLATE_DEFAULT_LANGUAGE, "interaction_template", "language_code_default", "code", null);
        put(Reference.SEGMENT_DEFAULT_LANGUAGE, "segment_header", "language_code_default", "segment_no", null);
        put(Reference.SEGMENT_LANGUAGE, "segment_interaction_language", "language_code", "segment_no", null);
        put(Reference.SEGMENT_LINE_LANGUAGE, "segment_line", "language_code", line, Tables.SHOWN_LINE);
        put(Reference.LOG_ENTRY_LANGUAGE, "interaction_log_entry", "interaction_language_code", entry, null);

        put(Reference.CONTACT_SALUTATION, "contact", "salutation_code", "contact_no", null);
        put(Reference.CONTACT_MAILING_GROUP, "contact_mailing_group", "mailing_group_code", "contact_no", null);
        put(Reference.CONTACT_INDUSTRY_GROUP, "contact_industry_group", "industry_group_code", "contact_no", null);
        put(Reference.CONTACT_JOB_RESPONSIBILITY, "contact_job_responsibility", "job_responsibility_code", "contact_no",
                null);
        put(Reference.CONTACT_PROFILE_ANSWER, "contact_profile_answer", "profile_questionnaire_code", "contact_no",
                null);

        put(Reference.TEMPLATE_INTERACTION_GROUP, "interaction_template", "interaction_group_code", "code", null);
        put(Reference.SEGMENT_INTERACTION_GROUP, "segment_header", "interaction_group_code", "segment_no", null);
        put(Reference.SEGMENT_LINE_INTERACTION_GROUP, "segment_line", "interaction_group_code", line, Tables.SHOWN_LINE);
        put(Reference.LOG_ENTRY_INTERACTION_GROUP, "interaction_log_entry", "interaction_group_code", entry, null);

        put(Reference.SEGMENT_TEMPLATE, "segment_header", "interaction_template_code", "segment_no", null);
        put(Reference.SEGMENT_LINE_TEMPLATE, "segment_line", "interaction_template_code", line, Tables.SHOWN_LINE);
        put(Reference.LOG_ENTRY_TEMPLATE, "interaction_log_entry", "interaction_template_code", entry, null);

        put(Reference.TEMPLATE_CAMPAIGN, "interaction_template", "campaign_no", "code", null);
        put(Reference.SEGMENT_CAMPAIGN, "segment_header", "campaign_no", "segment_no", null);
        put(Reference.SEGMENT_LINE_CAMPAIGN, "segment_line", "campaign_no", line, Tables.SHOWN_LINE);
        put(Reference.LOG_ENTRY_CAMPAIGN, "interaction_log_entry", "campaign_no", entry, null);

        put(Reference.TEMPLATE_LANGUAGE_WORD_TEMPLATE, "interaction_template_language", "word_template_no", "template_code", null);
        put(Reference.TEMPLATE_LANGUAGE_ATTACHMENT, "interaction_template_language", "attachment_no", "template_code", null);
        put(Reference.SEGMENT_LANGUAGE_WORD_TEMPLATE, "segment_interaction_language", "word_template_no", "segment_no", null);
        put(Reference.SEGMENT_LANGUAGE_ATTACHMENT, "segment_interaction_language", "attachment_no", "segment_no", null);
        put(Reference.SEGMENT_MODIFIED_WORD_TEMPLATE, "segment_header", "modified_word_template_no", "segment_no", null);
        put(Reference.SEGMENT_LINE_WORD_TEMPLATE, "segment_line", "word_template_no", line, Tables.SHOWN_LINE);
        put(Reference.SEGMENT_LINE_ATTACHMENT, "segment_line", "attachment_no", line, Tables.SHOWN_LINE);
        put(Reference.LOG_ENTRY_WORD_TEMPLATE, "interaction_log_entry", "word_template_no", entry, null);
        put(Reference.LOG_ENTRY_ATTACHMENT, "interaction_log_entry", "attachment_no", entry, null);
        for (Reference r : Reference.values()) {
            if (!PLACES.containsKey(r)) {
                throw new IllegalStateException("ReferenceRepo has no place for " + r);
            }
        }
    }

    private final DerbySession session;

    ReferenceRepo(DerbySession session) {
        this.session = session;
    }

    @Override
    public Use uses(Reference reference, String key, int examples) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        Place p = PLACES.get(reference);
        Object value = key;
        if (reference.target() == Reference.Target.ATTACHMENT) {
            try {
                value = Long.valueOf(key.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String where = " WHERE " + p.column() + " = ?" + (p.condition() == null ? "" : " AND " + p.condition());
        try {
            long count = Rows.queryLong(session, "SELECT COUNT(*) FROM " + p.table() + where, value);
            if (count == 0) {
                return null;
            }
            List<String> names = new ArrayList<>();
            if (examples > 0) {
                // ordered by the row's key (a line No. as a number), not by the label's text
                String order = p.label().equals(LINE) ? "segment_no, line_no"
                        : p.label().equals(ENTRY) ? "entry_no" : p.label();
                PreparedStatement ps = session.prepare("SELECT DISTINCT " + p.label() + ", " + order + " FROM "
                        + p.table() + where + " ORDER BY " + order + " FETCH FIRST " + examples + " ROWS ONLY");
                ps.setObject(1, value);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
            }
            return new Use(reference, count, names);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.ReferenceRepo_lookingUpWhere,
                    key, reference.where()));
        }
    }
}

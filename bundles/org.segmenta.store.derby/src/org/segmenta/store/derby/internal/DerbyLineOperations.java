package org.segmenta.store.derby.internal;

import static org.segmenta.store.derby.internal.DerbySelection.byLanguage;
import static org.segmenta.store.derby.internal.DerbySelection.typed;
import static org.segmenta.store.derby.internal.DerbySelection.str;
import static org.segmenta.store.derby.internal.DerbySelection.integer;
import static org.segmenta.store.derby.internal.DerbySelection.blankToNull;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.LineOperations;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.store.derby.internal.CriteriaSql.Sql;

/**
 * {@link LineOperations} on Derby: UPDATE statements over the shown lines of one segment (a line a step removed keeps
 * the values it had, as its undo restores it), the contact's values read by correlated subqueries on its primary key,
 * every value bound.
 */
final class DerbyLineOperations implements LineOperations {

    private final DerbySession session;
    private final Tables tables;

    DerbyLineOperations(DerbySession session) {
        this.session = session;
        this.tables = session.tables;
    }

    /** The condition on line alias {@code l} that it follows a header on {@code templateCode}. */
    private static Sql following(String segmentNo, String templateCode) {
        Sql sql = new Sql().append("l.segment_no = ").param((ps, i) -> ps.setString(i, segmentNo))
                .append(" AND l." + Tables.SHOWN_LINE);
        if (templateCode == null || templateCode.isEmpty()) {
            return sql.append(" AND (l.interaction_template_code IS NULL OR l.interaction_template_code = '')");
        }
        return sql.append(" AND l.interaction_template_code = ").param((ps, i) -> ps.setString(i, templateCode));
    }

    /** A value of the line's contact (NULL when the contact is gone). */
    private static String contact(String column) {
        return "(SELECT c." + column + " FROM contact c WHERE c.contact_no = l.contact_no)";
    }

    private int update(Sql sql) throws SQLException {
        PreparedStatement ps = session.prepareWrite(DerbySession.Writes.LINES, sql.toString());
        sql.bind(ps, 1);
        return ps.executeUpdate();
    }

    @Override
    public int applyTemplate(SegmentHeader h, InteractionTemplate t, String previousTemplateCode) {
        session.requireWritable("update segment lines");
        String segmentNo = h.getNo();
        try {
            if (t == null) {
                return update(new Sql().append("UPDATE segment_line l SET interaction_template_code = NULL, "
                        + "row_version = row_version + 1 WHERE ").append(following(segmentNo, previousTemplateCode)));
            }
            // 1. the language, resolved per line (the template code is still the old one: the same lines follow)
            Sql language = new Sql().append("UPDATE segment_line l SET language_code = ").append(language(h))
                    .append(" WHERE ").append(following(segmentNo, previousTemplateCode));
            update(language);
            // 2. the documents and subject of that language's row, inherited
            Sql lang = new Sql().append("l.language_code");
            Sql documents = new Sql().append("UPDATE segment_line l SET subject = ")
                    .append(DerbySelection.subject(h, lang))
                    .append(", attachment_no = ").append(byLanguage(h, lang, r -> r.getAttachmentNo(), null, "BIGINT"))
                    .append(", attachment_inherited = ")
                    .append(byLanguage(h, lang, r -> r.getAttachmentNo() != null, Boolean.FALSE, "BOOLEAN"))
                    .append(", word_template_no = ").append(byLanguage(h, lang, r -> r.getWordTemplateNo(), null, "BIGINT"))
                    .append(", merged = FALSE WHERE ").append(following(segmentNo, previousTemplateCode));
            update(documents);
            // 3. the template, its defaults, the kept salesperson and description, the correspondence type
            Sql rest = new Sql().append("UPDATE segment_line l SET interaction_template_code = ")
                    .append(str(t.getCode(), 20));
            keepUnlessBlank(rest, "interaction_group_code", h.getInteractionGroupCode(), 20);
            rest.append(", cost = ").append(decimal(h.getUnitCost()));
            rest.append(", duration = ").append(integer(h.getUnitDuration()));
            keepUnlessBlank(rest, "information_flow", h.getInformationFlow());
            keepUnlessBlank(rest, "initiated_by", h.getInitiatedBy());
            rest.append(", campaign_target = ").append(bool(h.isCampaignTarget()));
            rest.append(", campaign_response = ").append(bool(h.isCampaignResponse()));
            keepUnlessBlank(rest, "campaign_no", h.getCampaignNo(), 20);
            rest.append(", salesperson_code = COALESCE(NULLIF(l.salesperson_code, ''), ")
                    .append(str(blankToNull(h.getSalespersonCode()), 20)).append(", ")
                    .append(contact("salesperson_code")).append(")");
            rest.append(", description = COALESCE(NULLIF(l.description, ''), ").append(str(blankToNull(h.getDescription()), 100))
                    .append(")");
            rest.append(", correspondence_type = ").append(correspondence(h, t));
            rest.append(", row_version = row_version + 1 WHERE ").append(following(segmentNo, previousTemplateCode));
            return update(rest);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyLineOperations_applyingTheInteractionTemplate,
                    segmentNo));
        }
    }

    private static void keepUnlessBlank(Sql sql, String column, String value, int length) {
        if (value != null && !value.isBlank()) {
            sql.append(", " + column + " = ").append(str(value, length));
        }
    }

    private static void keepUnlessBlank(Sql sql, String column, Enumerator value) {
        if (value != null && value.getValue() != 0) {
            sql.append(", " + column + " = " + value.getValue());
        }
    }

    /**
     * The correspondence type of a line, as when it is added (NAV Segment Line, Contact No. OnValidate): the
     * header's when it ignores the contact's and is not blank; else the template's when the template ignores the
     * contact's or the contact has none; else the contact's.
     */
    private static Sql correspondence(SegmentHeader h, InteractionTemplate t) {
        CorrespondenceType headerType = h.getCorrespondenceTypeDefault();
        if (h.isIgnoreContactCorrespondenceType() && headerType != CorrespondenceType.NONE) {
            return new Sql().append(String.valueOf(headerType.getValue()));
        }
        if (t.isIgnoreContactCorrespondenceType()) {
            return new Sql().append(String.valueOf(t.getCorrespondenceType().getValue()));
        }
        return new Sql().append("CASE WHEN COALESCE(" + contact("correspondence_type") + ", 0) = 0 THEN "
                + t.getCorrespondenceType().getValue() + " ELSE " + contact("correspondence_type") + " END");
    }

    /**
     * The line's language: the contact's when the header has a row for it, else the header's default; a line keeps
     * its own when the header has no default.
     */
    private static Sql language(SegmentHeader h) {
        List<String> codes = h.getLanguages().stream().map(SegmentInteractionLanguage::getLanguageCode)
                .filter(c -> c != null && !c.isEmpty()).distinct().toList();
        Sql fallback = new Sql().append("COALESCE(").append(str(blankToNull(h.getLanguageCodeDefault()), 20))
                .append(", l.language_code)");
        if (codes.isEmpty()) {
            return fallback;
        }
        Sql sql = new Sql().append("CASE WHEN " + contact("language_code") + " IN (");
        for (int i = 0; i < codes.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(str(codes.get(i), 20));
        }
        return sql.append(") THEN " + contact("language_code") + " ELSE ").append(fallback).append(" END");
    }

    @Override
    public int propagate(String segmentNo, String headerTemplateCode, EAttribute lineField, Object value) {
        session.requireWritable("update segment lines");
        Column column = tables.segmentLine.column(lineField.getName());
        try {
            return update(new Sql().append("UPDATE segment_line l SET " + column.name + " = ")
                    .param((ps, i) -> column.bindValue(ps, i, value)).append(", row_version = row_version + 1 WHERE ")
                    .append(following(segmentNo, headerTemplateCode)));
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyLineOperations_updatingTheLinesOf, segmentNo));
        }
    }

    @Override
    public int propagateSubject(String segmentNo, String headerTemplateCode, String languageCode, String oldSubject,
            String newSubject) {
        session.requireWritable("update segment lines");
        try {
            Sql sql = new Sql().append("UPDATE segment_line l SET subject = ").append(str(newSubject, 100))
                    .append(", row_version = row_version + 1 WHERE ").append(following(segmentNo, headerTemplateCode));
            sql.append(languageCode == null || languageCode.isEmpty()
                    ? new Sql().append(" AND (l.language_code IS NULL OR l.language_code = '')")
                    : new Sql().append(" AND l.language_code = ").append(str(languageCode, 20)));
            sql.append(oldSubject == null || oldSubject.isEmpty()
                    ? new Sql().append(" AND (l.subject IS NULL OR l.subject = '')")
                    : new Sql().append(" AND l.subject = ").append(str(oldSubject, 100)));
            return update(sql);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyLineOperations_updatingTheSubjectOf, segmentNo));
        }
    }

    @Override
    public int useWordTemplate(String segmentNo, long attachmentNo) {
        session.requireWritable("update segment lines");
        try {
            return update(new Sql().append("UPDATE segment_line l SET word_template_no = ")
                    .param((ps, i) -> ps.setLong(i, attachmentNo))
                    .append(", attachment_no = CASE WHEN l.attachment_inherited THEN NULL ELSE l.attachment_no END, "
                            + "attachment_inherited = FALSE, row_version = row_version + 1 WHERE l.segment_no = ")
                    .param((ps, i) -> ps.setString(i, segmentNo)).append(" AND l." + Tables.SHOWN_LINE + " AND NOT l.merged"));
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyLineOperations_givingTheLinesOf, segmentNo));
        }
    }

    @Override
    public List<SamePerson> samePersons(String segmentNo, int limit) {
        Map<String, SamePerson> pairs = new LinkedHashMap<>();
        try {
            collect(pairs, segmentNo, "LOWER(TRIM(c.email))", "c.email IS NOT NULL AND TRIM(c.email) <> ''",
                    "the same e-mail address", limit);
            collect(pairs, segmentNo, "LOWER(TRIM(c.name)) || '|' || LOWER(TRIM(COALESCE(c.company_name, '')))",
                    "c.name IS NOT NULL AND TRIM(c.name) <> ''", "the same name and company", limit);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbyLineOperations_lookingForTheSame, segmentNo));
        }
        return pairs.values().stream()
                .sorted((a, b) -> a.lineNo() != b.lineNo() ? Integer.compare(a.lineNo(), b.lineNo())
                        : Integer.compare(a.otherLineNo(), b.otherLineNo()))
                .limit(limit).toList();
    }

    /**
     * One grouping: the segment's lines with their contact's key, in one pass over the lines and their contacts, sorted
     * by key and line and read as a stream; within a key's run of lines the first line is paired with each line of
     * another contact. (Grouping the keys first and joining the shared ones back read the lines and their contacts
     * twice, and was a third of Log's time.)
     */
    private void collect(Map<String, SamePerson> pairs, String segmentNo, String key, String present, String reason,
            int limit) throws SQLException {
        String sql = "SELECT " + key + " AS k, l.line_no, l.contact_no FROM segment_line l JOIN contact c"
                + CriteriaSql.NESTED_LOOP + " ON c.contact_no = l.contact_no WHERE l.segment_no = ? AND l."
                + Tables.SHOWN_LINE + " AND " + present + " ORDER BY 1, 2";
        PreparedStatement ps = session.prepare(sql);
        ps.setString(1, segmentNo);
        String groupKey = null;
        int firstLine = 0;
        String firstContact = null;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next() && pairs.size() < limit * 2) {
                String k = rs.getString(1);
                int line = rs.getInt(2);
                String contact = rs.getString(3);
                if (!k.equals(groupKey)) {
                    groupKey = k;
                    firstLine = line;
                    firstContact = contact;
                    continue;
                }
                if (contact.equals(firstContact)) {
                    continue;
                }
                String id = firstLine + "/" + line;
                SamePerson before = pairs.get(id);
                pairs.put(id, new SamePerson(firstLine, firstContact, line, contact,
                        before == null ? reason : before.reason() + " and " + reason));
            }
        }
    }

    @Override
    public List<NoteLine> personalNotes(String segmentNo) {
        List<NoteLine> out = new ArrayList<>();
        try {
            PreparedStatement ps = session.prepare("SELECT l.line_no, l.contact_no, l.word_template_no, l.language_code, "
                    + "l.merged FROM segment_line l WHERE l.segment_no = ? AND l." + Tables.SHOWN_LINE
                    + " AND l.personal_note IS NOT NULL ORDER BY l.word_template_no, l.language_code, l.line_no");
            ps.setString(1, segmentNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long template = rs.getLong(3);
                    Long templateNo = rs.wasNull() ? null : template;
                    out.add(new NoteLine(rs.getInt(1), rs.getString(2), templateNo, rs.getString(4), rs.getBoolean(5)));
                }
            }
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, "Reading the personal notes of segment " + segmentNo);
        }
        return out;
    }

    @Override
    public Map<CorrespondenceType, Long> correspondenceTypes(String segmentNo) {
        Map<CorrespondenceType, Long> out = new java.util.EnumMap<>(CorrespondenceType.class);
        try {
            PreparedStatement ps = session.prepare("SELECT l.correspondence_type, COUNT(*) FROM segment_line l "
                    + "WHERE l.segment_no = ? AND l." + Tables.SHOWN_LINE + " GROUP BY l.correspondence_type");
            ps.setString(1, segmentNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CorrespondenceType type = CorrespondenceType.get(rs.getInt(1));
                    out.merge(type == null ? CorrespondenceType.NONE : type, rs.getLong(2), Long::sum);
                }
            }
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, "Counting the correspondence types of segment " + segmentNo);
        }
        return out;
    }

    // ---- typed parameters -----------------------------------------------------------------------------------

    private static Sql decimal(BigDecimal v) {
        return new Sql().append("CAST(").param((ps, i) -> ps.setBigDecimal(i, v == null ? BigDecimal.ZERO : v))
                .append(" AS DECIMAL(20,5))");
    }

    private static Sql bool(boolean b) {
        return new Sql().append(b ? "TRUE" : "FALSE");
    }
}

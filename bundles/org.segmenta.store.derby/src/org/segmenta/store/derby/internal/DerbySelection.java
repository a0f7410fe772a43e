package org.segmenta.store.derby.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.segmenta.core.criteria.ResolvedFilter;
import org.segmenta.core.format.Formats;
import org.segmenta.core.segment.LiveCount;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.store.SegmentSelectionRepository;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.HistoryAction;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.StepKind;
import org.segmenta.store.derby.internal.CriteriaSql.Sql;

/**
 * The set-based steps of the selection engine on Derby: an Add is one INSERT…SELECT over the whole contact table (and
 * the counts of what it skipped), a Reduce or Refine one UPDATE that marks the lines it removes with its step No.
 * ({@link Tables#SHOWN_LINE}), undo and redo flip those marks; every value is bound.
 */
final class DerbySelection implements SegmentSelectionRepository {

    private static final int LINE_STEP = 10000;
    private static final int IN_CHUNK = 500;

    private final DerbySession session;
    private final Tables tables;
    private final CriteriaSql criteria;

    DerbySelection(DerbySession session) {
        this.session = session;
        this.tables = session.tables;
        this.criteria = new CriteriaSql(session.tables);
    }

    // ---- which contacts a step takes ------------------------------------------------------------------------

    /** The candidates of an Add: matches, plus by the options the contacts of matched companies and their companies. */
    private Sql candidates(List<ResolvedFilter> filters, StepOptions o) {
        Sql sql = new Sql().append("(").append(criteria.matches(filters, "c"));
        if (o.expandCompanies()) {
            Sql k = companiesOfMatches(filters, false);
            sql.append(" OR c.company_no IN ").append(k).append(" OR c.contact_no IN ").append(companiesOfMatches(filters, false));
        }
        if (o.allowRelatedCompanies()) {
            sql.append(" OR c.contact_no IN ").append(companiesOfMatches(filters, true));
        }
        return sql.append(")");
    }

    private Sql companiesOfMatches(List<ResolvedFilter> filters, boolean personsOnly) {
        Sql sql = new Sql().append("(SELECT m.company_no FROM contact m WHERE m.company_no IS NOT NULL AND ")
                .append(criteria.matches(filters, "m"));
        if (personsOnly) {
            sql.append(" AND m.contact_type = ").append(String.valueOf(ContactType.PERSON_VALUE));
        }
        return sql.append(")");
    }

    private static final String EXCLUDED = "(c.exclude_from_segment OR c.privacy_blocked)";

    @Override
    public LiveCount count(String segmentNo, CriteriaAction action, StepOptions options, List<ResolvedFilter> filters) {
        try {
            if (action == CriteriaAction.ADD) {
                // the candidates once over the contacts (an index on a filtered field, then the other sources by
                // their indexes), and the segment's members among them by the (segment_no, contact_no) index: never
                // the whole segment joined to the whole contact table
                long[] all;
                long[] members;
                long[] held = session.contactIndex == null || options.expandCompanies() || options.allowRelatedCompanies()
                        ? null : session.contactIndex.countAdd(session, segmentNo, filters);
                if (held != null) {
                    // the in-memory index of the filtered fields (embedded store): bit sets instead of a probe per candidate
                    all = new long[] { held[0], held[1] };
                    members = new long[] { held[2], held[3] };
                } else if (hasLines(segmentNo)) {
                    // one pass over the candidates: each one's excluded mark and whether it is in the segment (one probe
                    // of the (segment_no, contact_no) index, the mark read from a line it finds), summed outside
                    long[] r = longs(new Sql().append("SELECT COUNT(*), SUM(b), SUM(m), SUM(b * m) FROM (SELECT "
                            + "c.segment_blocked AS b, COALESCE((SELECT MAX(1) FROM segment_line x" + CriteriaSql.MEMBER_PROBE
                            + " WHERE x.segment_no = ").param((ps, i) -> ps.setString(i, segmentNo))
                            .append(" AND x.contact_no = c.contact_no AND x." + Tables.SHOWN_LINE + "), 0) AS m FROM contact c WHERE ")
                            .append(candidates(filters, options)).append(") t"), 4);
                    all = new long[] { r[0], r[1] };
                    members = new long[] { r[2], r[3] };
                } else {
                    all = longs(new Sql().append("SELECT COUNT(*), SUM(c.segment_blocked) FROM contact c WHERE ")
                            .append(candidates(filters, options)), 2);
                    members = new long[2];
                }
                long newLines = all[0];
                if (!options.allowExistingContacts()) {
                    newLines -= members[0];
                }
                if (!options.ignoreExclusion()) {
                    newLines -= all[1] - (options.allowExistingContacts() ? 0 : members[1]);
                }
                return new LiveCount(all[0], newLines, members[0], options.ignoreExclusion() ? 0 : all[1], 0);
            }
            long matches = longs(new Sql().append("SELECT COUNT(*) FROM contact c WHERE ").append(criteria.matches(filters, "c")), 1)[0];
            long removed = longs(new Sql().append("SELECT COUNT(*) FROM segment_line l WHERE l.segment_no = ")
                    .param((ps, i) -> ps.setString(i, segmentNo)).append(" AND l." + Tables.SHOWN_LINE + " AND ")
                    .append(removeCondition(action, options.entireCompanies(), filters)), 1)[0];
            return new LiveCount(matches, removed, 0, 0, 0);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbySelection_countingContactsForSegment,
                    segmentNo));
        }
    }

    /** @return whether the segment has a line at all (one index probe) */
    private boolean hasLines(String segmentNo) throws SQLException {
        return longs(new Sql().append("SELECT COUNT(*) FROM (SELECT 1 AS x FROM segment_line WHERE segment_no = ")
                .param((ps, i) -> ps.setString(i, segmentNo)).append(" AND " + Tables.SHOWN_LINE + " FETCH FIRST 1 ROWS ONLY) t"), 1)[0] > 0;
    }

    /**
     * @return how many of the contacts matching {@code condition} (alias {@code c}) are in the segment, and how
     *         many of those are excluded: each candidate probes the segment's (segment_no, contact_no) index
     */
    private long[] inSegment(String segmentNo, Sql condition) throws SQLException {
        return longs(new Sql().append("SELECT COUNT(*), SUM(CASE WHEN " + EXCLUDED + " THEN 1 ELSE 0 END) FROM contact c WHERE ")
                .append(condition).append(" AND EXISTS (SELECT 1 FROM segment_line x" + CriteriaSql.MEMBER_PROBE + " WHERE x.segment_no = ")
                .param((ps, i) -> ps.setString(i, segmentNo)).append(" AND x.contact_no = c.contact_no AND x." + Tables.SHOWN_LINE + ")"), 2);
    }

    /**
     * @return how many contacts matching {@code condition} (alias {@code c}) are excluded or privacy blocked: the
     *         few blocked contacts by their own index (Derby's statistics cannot tell that 1 is rare in a column of
     *         0 and 1, so the index is named), then the condition on each of them
     */
    private long excludedAmong(Sql condition) throws SQLException {
        return longs(new Sql().append("SELECT COUNT(*) FROM contact c" + CriteriaSql.indexHint("contact_by_segment_blocked")
                + " WHERE c.segment_blocked = 1 AND ").append(condition), 1)[0];
    }

    private long[] longs(Sql sql, int n) throws SQLException {
        PreparedStatement ps = session.prepare(sql.toString());
        sql.bind(ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
            long[] r = new long[n];
            if (rs.next()) {
                for (int i = 0; i < n; i++) {
                    r[i] = rs.getLong(i + 1);
                }
            }
            return r;
        } finally {
            QueryPlans.executed(session, sql.toString());
        }
    }

    private int update(Sql sql) throws SQLException {
        PreparedStatement ps = session.prepareWrite(DerbySession.Writes.LINES, sql.toString());
        sql.bind(ps, 1);
        int n = ps.executeUpdate();
        QueryPlans.executed(session, sql.toString());
        return n;
    }

    // ---- Add ------------------------------------------------------------------------------------------------

    @Override
    public StepCounts add(SegmentHeader header, InteractionTemplate template, StepOptions options,
            List<ResolvedFilter> filters, int stepNo, StepKind kind) {
        session.requireWritable("add contacts to a segment");
        try {
            // the skipped counts only where something can be skipped: duplicates only when the segment has lines
            // already, exclusions by their own (small) count; the added lines are the INSERT's update count
            long duplicates = !options.allowExistingContacts() && hasLines(header.getNo())
                    ? inSegment(header.getNo(), candidates(filters, options))[0] : 0;
            long excluded = options.ignoreExclusion() ? 0 : excludedAmong(candidates(filters, options));
            long added = insertLines(header, template, candidates(filters, options), options, stepNo, kind, null, -1);
            return new StepCounts(added, 0, duplicates, excluded);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbySelection_addingContactsToSegment,
                    header.getNo()));
        }
    }

    @Override
    public StepCounts addContacts(SegmentHeader header, InteractionTemplate template, Collection<String> contactNos,
            int stepNo) {
        session.requireWritable("add contacts to a segment");
        StepOptions options = new StepOptions(true, false, false, true, false);
        long added = 0;
        try {
            List<String> all = new ArrayList<>(contactNos);
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                Sql in = new Sql().append("c.contact_no IN (");
                for (int i = 0; i < chunk.size(); i++) {
                    String no = chunk.get(i);
                    in.append(i == 0 ? "" : ", ").param((ps, idx) -> ps.setString(idx, no));
                }
                added += insertLines(header, template, in.append(")"), options, stepNo, StepKind.MANUAL, null,
                        chunk.size());
            }
            return new StepCounts(added, 0, 0, 0);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbySelection_addingContactsToSegment,
                    header.getNo()));
        }
    }

    @Override
    public StepCounts addFromLoggedSegment(SegmentHeader header, InteractionTemplate template, long entryNo,
            boolean ignoreExclusion, int stepNo) {
        session.requireWritable("reuse a logged segment");
        StepOptions options = new StepOptions(false, false, false, ignoreExclusion, false);
        try {
            Sql fromLog = new Sql().append("c.contact_no IN (SELECT x.contact_no FROM interaction_log_entry x WHERE x.logged_segment_entry_no = ")
                    .param((ps, i) -> ps.setLong(i, entryNo)).append(")");
            long duplicates = hasLines(header.getNo()) ? inSegment(header.getNo(), fromLog)[0] : 0;
            long excluded = ignoreExclusion ? 0 : excludedAmong(fromLog);
            long added = insertLines(header, template, fromLog, options, stepNo, StepKind.REUSED_LOGGED_SEGMENT, entryNo,
                    -1);
            long[] skipped = { excluded, 0, duplicates };
            return new StepCounts(added, 0, skipped[2], ignoreExclusion ? 0 : skipped[0]);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbySelection_reusingLoggedSegment,
                    entryNo, header.getNo()));
        }
    }

    /**
     * One INSERT…SELECT: a line per candidate contact with the header's values and the contact's (salesperson
     * fallback, language, correspondence type), numbered after the segment's last line.
     * <p>
     * The insert reads {@code contact} once, so it adds at most one line per contact: lines are numbered
     * {@value #LINE_STEP} apart (as in the reference design) when the numbers after the segment's last line hold that
     * many lines for every contact of the database (up to about 214,000 contacts for a new segment), else as far
     * apart as the numbers left hold a line for every contact (2,147 apart at 1,000,000 contacts). Either way the one
     * insert cannot overflow INTEGER, whatever the filters select, and runs once: no count of the candidates before
     * it, no second pass after an overflow. Only a segment numbered so near the end that not every contact fits counts
     * its candidates first.
     *
     * @param atMost how many lines the insert adds at most, or -1 when not known
     */
    private long insertLines(SegmentHeader h, InteractionTemplate template, Sql candidates, StepOptions o, int stepNo,
            StepKind kind, Long reusedEntryNo, long atMost) throws SQLException {
        String segmentNo = h.getNo();
        Sql where = new Sql().append(candidates);
        if (!o.ignoreExclusion()) {
            where.append(" AND NOT " + EXCLUDED);
        }
        if (!o.allowExistingContacts()) {
            where.append(" AND NOT EXISTS (SELECT 1 FROM segment_line x" + CriteriaSql.MEMBER_PROBE + " WHERE x.segment_no = ")
                    .param((ps, i) -> ps.setString(i, segmentNo)).append(" AND x.contact_no = c.contact_no AND x." + Tables.SHOWN_LINE + ")");
        }
        int lastLine = (int) Rows.queryLong(session,
                "SELECT COALESCE(MAX(line_no), 0) FROM segment_line WHERE segment_no = ?", segmentNo);
        long room = Integer.MAX_VALUE - (long) lastLine;
        if (atMost < 0) {
            // an upper bound of the lines: one per contact (a count of the narrowest index, no filter evaluated; the
            // embedded store remembers it until the contacts change)
            long contacts = session.contactIndex == null ? Rows.queryLong(session, ContactIndex.COUNT_CONTACTS)
                    : session.contactIndex.contactCount(session);
            if (contacts <= room) {
                int step = (int) Math.max(1, Math.min(LINE_STEP, room / Math.max(contacts, 1)));
                java.sql.Savepoint before = session.rawConnection().setSavepoint();
                try {
                    long added = update(insert(h, template, where, stepNo, kind, reusedEntryNo, lastLine, step));
                    session.rawConnection().releaseSavepoint(before);
                    return added;
                } catch (SQLException e) {
                    // only when another user stored more contacts since the count (team mode): count and insert again
                    if (!"22003".equals(e.getSQLState())) {
                        throw e;
                    }
                    session.rawConnection().rollback(before);
                }
            }
            atMost = longs(new Sql().append("SELECT COUNT(*) FROM contact c WHERE ").append(where), 1)[0];
        }
        if (atMost > room) {
            throw new IllegalStateException(Formats.bind(Messages.DerbySelection_segment,
                    segmentNo, atMost, lastLine));
        }
        int step = atMost <= 0 ? LINE_STEP : (int) Math.min(LINE_STEP, room / atMost);
        return update(insert(h, template, where, stepNo, kind, reusedEntryNo, lastLine, step));
    }

    private Sql insert(SegmentHeader h, InteractionTemplate template, Sql where, int stepNo, StepKind kind,
            Long reusedEntryNo, int lastLine, int step) {
        String segmentNo = h.getNo();
        Sql sql = new Sql().append("INSERT INTO segment_line (segment_no, line_no, contact_no, contact_company_no, "
                + "interaction_date, description, salesperson_code, interaction_template_code, interaction_group_code, "
                + "information_flow, initiated_by, campaign_no, campaign_target, campaign_response, "
                + "send_word_docs_as_attachment, correspondence_type, language_code, subject, evaluation, cost, duration, "
                + "attachment_no, attachment_inherited, word_template_no, merged, attempt_failed, step_no, step_kind, "
                + "reused_logged_segment_entry_no, row_version) SELECT ");
        sql.append(str(segmentNo, 20)).append(", ").append(integer(lastLine)).append(" + ").append(integer(step))
                .append(" * ROW_NUMBER() OVER (), ")
                .append("c.contact_no, c.company_no, ");
        sql.append(date(h.getDate())).append(", ").append(str(h.getDescription(), 100)).append(", ");
        sql.append("COALESCE(").append(str(blankToNull(h.getSalespersonCode()), 20)).append(", c.salesperson_code), ");
        sql.append(str(h.getInteractionTemplateCode(), 20)).append(", ").append(str(h.getInteractionGroupCode(), 20)).append(", ");
        sql.append(small(h.getInformationFlow())).append(", ").append(small(h.getInitiatedBy())).append(", ");
        sql.append(str(h.getCampaignNo(), 20)).append(", ").append(bool(h.isCampaignTarget())).append(", ")
                .append(bool(h.isCampaignResponse())).append(", ").append(bool(h.isSendWordDocsAsAttachment())).append(", ");
        sql.append(correspondence(h, template)).append(", ");
        Sql language = language(h);
        sql.append(language).append(", ");
        sql.append(subject(h, language)).append(", ");
        sql.append("0, ").append(decimal(h.getUnitCost())).append(", ").append(integer(h.getUnitDuration())).append(", ");
        sql.append(byLanguage(h, language, r -> r.getAttachmentNo(), null, "BIGINT")).append(", ");
        sql.append(byLanguage(h, language, r -> r.getAttachmentNo() != null, Boolean.FALSE, "BOOLEAN")).append(", ");
        sql.append(byLanguage(h, language, r -> r.getWordTemplateNo(), null, "BIGINT")).append(", ");
        sql.append("FALSE, FALSE, ").append(integer(stepNo)).append(", ").append(small(kind)).append(", ")
                .append(bigint(reusedEntryNo)).append(", 1 FROM contact c WHERE ").append(where);
        return sql;
    }

    /** The correspondence type of new lines (NAV Segment Line, Contact No. OnValidate). */
    private Sql correspondence(SegmentHeader h, InteractionTemplate t) {
        CorrespondenceType headerType = h.getCorrespondenceTypeDefault();
        if (h.isIgnoreContactCorrespondenceType() && headerType != CorrespondenceType.NONE) {
            return small(headerType);
        }
        if (t != null && t.isIgnoreContactCorrespondenceType()) {
            return small(t.getCorrespondenceType());
        }
        CorrespondenceType fallback = t != null ? t.getCorrespondenceType() : headerType;
        return new Sql().append("CASE WHEN c.correspondence_type = 0 THEN ").append(small(fallback))
                .append(" ELSE c.correspondence_type END");
    }

    /** The line's language: the contact's when the header has a row for it, else the header's default. */
    private static Sql language(SegmentHeader h) {
        List<String> codes = h.getLanguages().stream().map(SegmentInteractionLanguage::getLanguageCode)
                .filter(c -> c != null && !c.isEmpty()).distinct().toList();
        if (codes.isEmpty()) {
            return str(h.getLanguageCodeDefault(), 20);
        }
        Sql sql = new Sql().append("CASE WHEN c.language_code IN (");
        for (int i = 0; i < codes.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(str(codes.get(i), 20));
        }
        return sql.append(") THEN c.language_code ELSE ").append(str(h.getLanguageCodeDefault(), 20)).append(" END");
    }

    /**
     * The subject of a line in a language: its row's subject, or the header's Subject (Default) when the row has none
     * (the same rule as {@code LineDefaults.subject}).
     */
    static Sql subject(SegmentHeader h, Sql language) {
        return byLanguage(h, language, r -> r.getSubject() != null && !r.getSubject().isBlank() ? r.getSubject()
                : h.getSubjectDefault(), h.getSubjectDefault(), "VARCHAR(100)");
    }

    /** A value taken from the header's row for the line's language (or the default language's row). */
    static Sql byLanguage(SegmentHeader h, Sql language, java.util.function.Function<SegmentInteractionLanguage, Object> value,
            Object none, String sqlType) {
        String defaultCode = h.getLanguageCodeDefault() == null ? "" : h.getLanguageCodeDefault();
        Object fallback = none;
        Sql sql = new Sql().append("CASE ").append(language);
        boolean any = false;
        for (SegmentInteractionLanguage r : h.getLanguages()) {
            String code = r.getLanguageCode() == null ? "" : r.getLanguageCode();
            if (code.equals(defaultCode)) {
                fallback = value.apply(r);
            }
            if (!code.isEmpty()) {
                sql.append(" WHEN ").append(str(code, 20)).append(" THEN ").append(typed(value.apply(r), sqlType));
                any = true;
            }
        }
        if (!any) {
            return typed(fallback, sqlType);
        }
        return sql.append(" ELSE ").append(typed(fallback, sqlType)).append(" END");
    }

    static Sql typed(Object v, String sqlType) {
        Sql sql = new Sql().append("CAST(");
        if (v == null) {
            sql.append("NULL");
        } else if (v instanceof Boolean b) {
            sql.append(b ? "TRUE" : "FALSE");
        } else if (v instanceof Long l) {
            sql.param((ps, i) -> ps.setLong(i, l));
        } else {
            String s = v.toString();
            sql.param((ps, i) -> ps.setString(i, s));
        }
        return sql.append(" AS " + sqlType + ")");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static Sql str(String v, int length) {
        return new Sql().append("CAST(").param((ps, i) -> {
            if (v == null) {
                ps.setNull(i, Types.VARCHAR);
            } else {
                ps.setString(i, v);
            }
        }).append(" AS VARCHAR(" + length + "))");
    }

    static Sql integer(int v) {
        return new Sql().append("CAST(").param((ps, i) -> ps.setInt(i, v)).append(" AS INTEGER)");
    }

    private static Sql bigint(Long v) {
        return new Sql().append("CAST(").param((ps, i) -> {
            if (v == null) {
                ps.setNull(i, Types.BIGINT);
            } else {
                ps.setLong(i, v);
            }
        }).append(" AS BIGINT)");
    }

    private static Sql decimal(BigDecimal v) {
        return new Sql().append("CAST(").param((ps, i) -> ps.setBigDecimal(i, v)).append(" AS DECIMAL(20,5))");
    }

    private static Sql date(java.time.LocalDate v) {
        return new Sql().append("CAST(").param((ps, i) -> {
            if (v == null) {
                ps.setNull(i, Types.DATE);
            } else {
                ps.setDate(i, Date.valueOf(v));
            }
        }).append(" AS DATE)");
    }

    private static Sql small(Enumerator e) {
        return new Sql().append(String.valueOf(e == null ? 0 : e.getValue()));
    }

    private static Sql bool(boolean b) {
        return new Sql().append(b ? "TRUE" : "FALSE");
    }

    // ---- Reduce / Refine ------------------------------------------------------------------------------------

    /** The condition on a line {@code l} that Reduce or Refine removes it. */
    private Sql removeCondition(CriteriaAction action, boolean entireCompanies, List<ResolvedFilter> filters) {
        Sql match;
        if (entireCompanies) {
            // the line's company (or the line's contact when it has none) has a matching contact: its persons by
            // the company index, itself by the key; an IN over COALESCE(...) made Derby rebuild a hash of the
            // contacts for every line
            match = new Sql().append("(EXISTS (SELECT 1 FROM contact c" + CriteriaSql.NESTED_LOOP + " WHERE c.company_no = COALESCE(l.contact_company_no, l.contact_no) AND ")
                    .append(criteria.matches(filters, "c"))
                    .append(") OR EXISTS (SELECT 1 FROM contact c" + CriteriaSql.NESTED_LOOP + " WHERE c.contact_no = COALESCE(l.contact_company_no, l.contact_no) AND c.company_no IS NULL AND ")
                    .append(criteria.matches(filters, "c")).append("))");
        } else {
            match = new Sql().append("EXISTS (SELECT 1 FROM contact c" + CriteriaSql.NESTED_LOOP + " WHERE c.contact_no = l.contact_no AND ")
                    .append(criteria.matches(filters, "c")).append(")");
        }
        return action == CriteriaAction.REFINE ? new Sql().append("NOT ").append(match) : match;
    }

    @Override
    public StepCounts remove(String segmentNo, CriteriaAction action, boolean entireCompanies,
            List<ResolvedFilter> filters, int stepNo) {
        session.requireWritable("remove lines from a segment");
        if (action == CriteriaAction.ADD) {
            throw new IllegalArgumentException("remove() takes Reduce or Refine, not Add");
        }
        try {
            // the segment's lines read by an index without removed_step, the shown ones tested per line: the mark is
            // then made as each line is read, not deferred (see Tables.SHOWN_LINE_TESTED_PER_ROW)
            Sql where = new Sql().append("l.segment_no = ").param((ps, i) -> ps.setString(i, segmentNo))
                    .append(" AND l." + Tables.SHOWN_LINE_TESTED_PER_ROW + " AND ")
                    .append(removeCondition(action, entireCompanies, filters));
            return new StepCounts(0, mark(stepNo, where), 0, 0);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbySelection_removingLinesFromSegment, segmentNo));
        }
    }

    @Override
    public StepCounts removeLines(String segmentNo, Collection<Integer> lineNos, int stepNo) {
        session.requireWritable("remove lines from a segment");
        long removed = 0;
        try {
            List<Integer> all = new ArrayList<>(lineNos);
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<Integer> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                Sql where = new Sql().append("l.segment_no = ").param((ps, i) -> ps.setString(i, segmentNo))
                        .append(" AND l." + Tables.SHOWN_LINE + " AND l.line_no IN (");
                for (int i = 0; i < chunk.size(); i++) {
                    int no = chunk.get(i);
                    where.append(i == 0 ? "" : ", ").param((ps, idx) -> ps.setInt(idx, no));
                }
                removed += mark(stepNo, where.append(")"));
            }
            return new StepCounts(0, removed, 0, 0);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbySelection_removingLinesFromSegment, segmentNo));
        }
    }

    /**
     * Marks the shown lines matching {@code where} (on alias {@code l}) as removed by step {@code stepNo}: one UPDATE
     * of a column that one index carries (the shown lines; the membership index too before migration 17), where a copy
     * into history and a DELETE wrote every line twice more.
     *
     * @return lines removed
     */
    private long mark(int stepNo, Sql where) throws SQLException {
        return update(new Sql().append("UPDATE segment_line l SET removed_step = ").append(integer(stepNo))
                .append(", row_version = row_version + 1 WHERE ").append(where));
    }

    // ---- undo / redo ----------------------------------------------------------------------------------------

    /*
     * A line's mark: removed_step 0 while it is in the segment after its steps; removed_step = n when removal step n
     * took it out, or when Add step n made it and was undone. While removal step n is undone its lines are back
     * (removed_step 0), and the Nos. of those lines are kept for its redo in one row of segment_undone_removal (a
     * LineSets encoding), not in a column of each line: the undo changes the one index that carries removed_step (the
     * shown lines; migration 17 took it out of the membership index) and no other (migration 16; before it each
     * restored line also got a redo mark in an index of its own). Undo and redo go strictly backwards and forwards, so each statement below meets only
     * the lines of its one step. Steps recorded before migration 11 kept their removed lines in segment_history: undo
     * and redo still restore those (an index probe that finds nothing for newer steps).
     */

    private Sql segment(String segmentNo) {
        return new Sql().append("l.segment_no = ").param((ps, i) -> ps.setString(i, segmentNo));
    }

    @Override
    public StepCounts undo(String segmentNo, int stepNo) {
        session.requireWritable("undo a step");
        try {
            // the lines the step removed come back (their Nos. read first from the shown-lines index alone, and kept
            // for redo); before the step's own lines go out below, so that those are not among them
            int[] back = removedBy(segmentNo, stepNo);
            long restored = back.length == 0 ? 0
                    : update(new Sql().append("UPDATE segment_line l SET removed_step = 0, row_version = row_version + 1 WHERE ")
                            .append(segment(segmentNo)).append(" AND l.removed_step = ").append(integer(stepNo)));
            if (restored != back.length) {
                throw new IllegalStateException("undo of step " + stepNo + " of " + segmentNo + ": " + back.length
                        + " lines were to come back, " + restored + " did");
            }
            keepUndone(segmentNo, stepNo, back);
            // the lines the step added go out, marked with the step (by the (segment_no, step_no) index)
            long removed = update(new Sql().append("UPDATE segment_line l SET removed_step = ").append(integer(stepNo))
                    .append(", row_version = row_version + 1 WHERE ").append(segment(segmentNo))
                    .append(" AND l.step_no = ").append(integer(stepNo)).append(" AND l." + Tables.SHOWN_LINE));
            restored += restoreFromHistory(segmentNo, stepNo, HistoryAction.DELETION);
            return new StepCounts(restored, removed, 0, 0);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbySelection_undoingStep, stepNo, segmentNo));
        }
    }

    @Override
    public StepCounts undoCounts(String segmentNo, int stepNo) {
        try {
            // what undo(segmentNo, stepNo) would do, by the same indexes and conditions, changing nothing
            long back = scalar(new Sql().append("SELECT COUNT(*) FROM segment_line l"
                    + CriteriaSql.indexHint("segment_line_shown") + " WHERE ").append(segment(segmentNo))
                    .append(" AND l.removed_step = ").append(integer(stepNo)));
            back += scalar(new Sql().append("SELECT COUNT(*) FROM segment_history h WHERE h.segment_no = ")
                    .param((ps, i) -> ps.setString(i, segmentNo)).append(" AND h.step_no = ")
                    .param((ps, i) -> ps.setInt(i, stepNo))
                    .append(" AND h.action = " + HistoryAction.DELETION_VALUE + " AND h.has_line"));
            long gone = scalar(new Sql().append("SELECT COUNT(*) FROM segment_line l WHERE ").append(segment(segmentNo))
                    .append(" AND l.step_no = ").append(integer(stepNo)).append(" AND l." + Tables.SHOWN_LINE));
            return new StepCounts(back, gone, 0, 0);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbySelection_undoingStep, stepNo, segmentNo));
        }
    }

    private long scalar(Sql sql) throws SQLException {
        PreparedStatement ps = session.prepare(sql.toString());
        sql.bind(ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } finally {
            QueryPlans.executed(session, sql.toString());
        }
    }

    @Override
    public StepCounts redo(String segmentNo, int stepNo) {
        session.requireWritable("redo a step");
        try {
            long added = update(new Sql().append("UPDATE segment_line l SET removed_step = 0, row_version = row_version + 1 WHERE ")
                    .append(segment(segmentNo)).append(" AND l.step_no = ").append(integer(stepNo))
                    .append(" AND l.removed_step = ").append(integer(stepNo)));
            // the lines the step's undo put back go out again, by their Nos. (key probes, a chunk at a time)
            int[] again = undone(segmentNo, stepNo);
            long removed = 0;
            for (int from = 0; from < again.length; from += IN_CHUNK) {
                removed += mark(stepNo, lineNos(segmentNo, again, from, Math.min(again.length, from + IN_CHUNK)));
            }
            keepUndone(segmentNo, stepNo, new int[0]);
            // steps recorded before migration 11
            added += restoreFromHistory(segmentNo, stepNo, HistoryAction.INSERTION);
            update(new Sql().append("DELETE FROM segment_history WHERE segment_no = ").param((ps, i) -> ps.setString(i, segmentNo))
                    .append(" AND step_no = ").param((ps, i) -> ps.setInt(i, stepNo))
                    .append(" AND action = " + HistoryAction.INSERTION_VALUE));
            removed += update(new Sql().append("DELETE FROM segment_line l WHERE l.segment_no = ")
                    .param((ps, i) -> ps.setString(i, segmentNo))
                    .append(" AND l.line_no IN (SELECT h.line_no FROM segment_history h WHERE h.segment_no = ")
                    .param((ps, i) -> ps.setString(i, segmentNo)).append(" AND h.step_no = ")
                    .param((ps, i) -> ps.setInt(i, stepNo)).append(" AND h.action = " + HistoryAction.DELETION_VALUE + ")"));
            return new StepCounts(added, removed, 0, 0);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbySelection_redoingStep, stepNo, segmentNo));
        }
    }

    /** @return the Nos. of the lines removal step {@code stepNo} took out, ascending (the shown-lines index only) */
    private int[] removedBy(String segmentNo, int stepNo) throws SQLException {
        Sql sql = new Sql().append("SELECT l.line_no FROM segment_line l" + CriteriaSql.indexHint("segment_line_shown")
                + " WHERE ").append(segment(segmentNo)).append(" AND l.removed_step = ").append(integer(stepNo))
                .append(" ORDER BY l.line_no");
        PreparedStatement ps = session.prepare(sql.toString());
        sql.bind(ps, 1);
        try (ResultSet rs = ps.executeQuery()) {
            int[] out = new int[1024];
            int n = 0;
            while (rs.next()) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = rs.getInt(1);
            }
            return java.util.Arrays.copyOf(out, n);
        } finally {
            QueryPlans.executed(session, sql.toString());
        }
    }

    /** Keeps the Nos. of the lines the undo of removal step {@code stepNo} put back, for its redo (none: forgets). */
    private void keepUndone(String segmentNo, int stepNo, int[] lineNos) throws SQLException {
        PreparedStatement del = session.prepareWrite(DerbySession.Writes.NEITHER,
                "DELETE FROM segment_undone_removal WHERE segment_no = ? AND step_no = ?");
        del.setString(1, segmentNo);
        del.setInt(2, stepNo);
        del.executeUpdate();
        if (lineNos.length > 0) {
            PreparedStatement ins = session.prepareWrite(DerbySession.Writes.NEITHER,
                    "INSERT INTO segment_undone_removal (segment_no, step_no, line_nos) VALUES (?, ?, ?)");
            ins.setString(1, segmentNo);
            ins.setInt(2, stepNo);
            ins.setBytes(3, LineSets.encode(lineNos));
            ins.executeUpdate();
        }
    }

    /** @return the Nos. of the lines the undo of removal step {@code stepNo} put back (none if it put none back) */
    private int[] undone(String segmentNo, int stepNo) throws SQLException {
        PreparedStatement ps = session.prepare(
                "SELECT line_nos FROM segment_undone_removal WHERE segment_no = ? AND step_no = ?");
        ps.setString(1, segmentNo);
        ps.setInt(2, stepNo);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? LineSets.decode(rs.getBytes(1)) : new int[0];
        }
    }

    /** The shown lines of a segment among {@code lineNos[from..to)}, as a condition on alias {@code l}. */
    private Sql lineNos(String segmentNo, int[] lineNos, int from, int to) {
        Sql where = new Sql().append("l.segment_no = ").param((ps, i) -> ps.setString(i, segmentNo))
                .append(" AND l." + Tables.SHOWN_LINE + " AND l.line_no IN (");
        for (int i = from; i < to; i++) {
            int no = lineNos[i];
            where.append(i == from ? "" : ", ").param((ps, idx) -> ps.setInt(idx, no));
        }
        return where.append(")");
    }

    /** Inserts the snapshots of a step's history entries of one kind back as lines (steps before migration 11). */
    private long restoreFromHistory(String segmentNo, int stepNo, HistoryAction action) throws SQLException {
        String historyColumns = tables.historyLineColumns.stream().map(c -> "h." + c.name).collect(Collectors.joining(", "));
        String lineColumns = tables.segmentLine.columnList(null);
        return update(new Sql().append("INSERT INTO segment_line (" + lineColumns + ", row_version) SELECT " + historyColumns
                + ", 1 FROM segment_history h WHERE h.segment_no = ").param((ps, i) -> ps.setString(i, segmentNo))
                .append(" AND h.step_no = ").param((ps, i) -> ps.setInt(i, stepNo))
                .append(" AND h.action = " + action.getValue() + " AND h.has_line"));
    }

    @Override
    public void forget(String segmentNo, int fromStepNo) {
        session.requireWritable("drop undone steps");
        try {
            // the lines of undone Adds go for good; lines back from undone removals forget those removals
            update(new Sql().append("DELETE FROM segment_line l WHERE ").append(segment(segmentNo))
                    .append(" AND l.step_no >= ").append(integer(fromStepNo)).append(" AND l.removed_step = l.step_no"));
            update(new Sql().append("DELETE FROM segment_undone_removal WHERE segment_no = ").param((ps, i) -> ps.setString(i, segmentNo))
                    .append(" AND step_no >= ").param((ps, i) -> ps.setInt(i, fromStepNo)));
            update(new Sql().append("DELETE FROM segment_history WHERE segment_no = ").param((ps, i) -> ps.setString(i, segmentNo))
                    .append(" AND step_no >= ").param((ps, i) -> ps.setInt(i, fromStepNo)));
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbySelection_droppingUndoneStepsOf, segmentNo));
        }
    }

    // ---- header to lines ------------------------------------------------------------------------------------

    private Sql following(String segmentNo, String templateCode) {
        Sql sql = new Sql().append("segment_no = ").param((ps, i) -> ps.setString(i, segmentNo))
                .append(" AND " + Tables.SHOWN_LINE);
        if (templateCode == null || templateCode.isEmpty()) {
            return sql.append(" AND (interaction_template_code IS NULL OR interaction_template_code = '')");
        }
        return sql.append(" AND interaction_template_code = ").param((ps, i) -> ps.setString(i, templateCode));
    }

    @Override
    public long countFollowing(String segmentNo, String headerTemplateCode) {
        try {
            return longs(new Sql().append("SELECT COUNT(*) FROM segment_line WHERE ").append(following(segmentNo, headerTemplateCode)), 1)[0];
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbySelection_countingTheLinesOf, segmentNo));
        }
    }
}

package org.segmenta.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.ConcurrentChangeException;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.core.store.InteractionLogRepository;
import org.segmenta.core.store.NotFoundException;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.rules.SegmentaValidator;

/** The interaction log: batch insert with gapless entry Nos., filtered queries. */
final class InteractionLogRepo implements InteractionLogRepository {

    static final String COUNTER = "interaction_log_entry";
    private static final int BATCH = 1000;

    private final DerbySession session;
    private final Table table;

    InteractionLogRepo(DerbySession session) {
        this.session = session;
        this.table = session.tables.interactionLogEntry;
    }

    @Override
    public long insertAll(Iterator<? extends InteractionLogEntry> entries) {
        session.requireWritable("log interactions");
        long count = 0;
        try {
            Map<Table, PreparedStatement> statements = Rows.insertStatements(session, table);
            List<InteractionLogEntry> chunk = new ArrayList<>(BATCH);
            while (entries.hasNext()) {
                InteractionLogEntry e = entries.next();
                Validation.check(e, table, null);
                chunk.add(e);
                if (chunk.size() == BATCH) {
                    count += flush(chunk, statements);
                }
            }
            count += flush(chunk, statements);
            return count;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.InteractionLogRepo_writingInteractionLogEntries));
        }
    }

    private int flush(List<InteractionLogEntry> chunk, Map<Table, PreparedStatement> statements) throws SQLException {
        long unnumbered = chunk.stream().filter(e -> e.getEntryNo() == 0).count();
        long next = unnumbered == 0 ? 0 : session.reserve(COUNTER, unnumbered);
        long highestGiven = 0;
        for (InteractionLogEntry e : chunk) {
            if (e.getEntryNo() == 0) {
                e.setEntryNo(next++);
            } else {
                highestGiven = Math.max(highestGiven, e.getEntryNo());
            }
            Rows.addToBatch(table, e, statements);
        }
        if (highestGiven > 0) {
            session.noteUsed(COUNTER, highestGiven);
        }
        Rows.flush(statements);
        for (InteractionLogEntry e : chunk) {
            RowVersion.set(e, 1);
        }
        int n = chunk.size();
        chunk.clear();
        return n;
    }

    @Override
    public Optional<InteractionLogEntry> get(long entryNo) {
        try {
            List<EObject> found = Rows.load(session, table, "t.entry_no = ?", null, entryNo);
            return found.isEmpty() ? Optional.empty() : Optional.of((InteractionLogEntry) found.get(0));
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.InteractionLogRepo_readingInteractionLogEntry,
                    entryNo));
        }
    }

    @Override
    public List<InteractionLogEntry> find(InteractionLogQuery q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        String order = "t.entry_no DESC OFFSET ? ROWS";
        params.add(q.offset());
        if (q.limit() != Integer.MAX_VALUE) {
            order += " FETCH NEXT ? ROWS ONLY";
            params.add(q.limit());
        }
        try {
            return Rows.load(session, table, where, order, params.toArray()).stream()
                    .map(InteractionLogEntry.class::cast).toList();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.InteractionLogRepo_searchingTheInteractionLog));
        }
    }

    @Override
    public long count(InteractionLogQuery q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        try {
            return Rows.queryLong(session,
                    "SELECT COUNT(*) FROM interaction_log_entry t" + (where == null ? "" : " WHERE " + where),
                    params.toArray());
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.InteractionLogRepo_countingTheInteractionLog));
        }
    }

    private static String where(InteractionLogQuery q, List<Object> params) {
        List<String> terms = new ArrayList<>();
        add(terms, params, "t.contact_no = ?", q.contactNo());
        add(terms, params, "t.contact_company_no = ?", q.contactCompanyNo());
        add(terms, params, "t.segment_no = ?", q.segmentNo());
        add(terms, params, "t.logged_segment_entry_no = ?", q.loggedSegmentEntryNo());
        add(terms, params, "t.interaction_template_code = ?", q.interactionTemplateCode());
        add(terms, params, "t.salesperson_code = ?", q.salespersonCode());
        add(terms, params, "t.interaction_date >= ?", q.fromDate());
        add(terms, params, "t.interaction_date <= ?", q.toDate());
        add(terms, params, "t.canceled = ?", q.canceled());
        if (q.text() != null) {
            terms.add(Like.anyContains(List.of("t.description", "t.contact_no", "t.segment_no",
                    "t.interaction_template_code", "t.salesperson_code"), q.text(), params));
        }
        return terms.isEmpty() ? null : String.join(" AND ", terms);
    }

    private static void add(List<String> terms, List<Object> params, String term, Object value) {
        if (value != null) {
            terms.add(term);
            params.add(value);
        }
    }

    @Override
    public InteractionLogEntry update(InteractionLogEntry entry) {
        session.requireWritable("change an interaction log entry");
        Validation.check(entry, table, null);
        try {
            if (Rows.update(session, table, entry) == 0) {
                if (!Rows.exists(session, table, List.of(entry.getEntryNo()))) {
                    throw new NotFoundException(Formats.bind(Messages.InteractionLogRepo_interactionLogEntry,
                            entry.getEntryNo()));
                }
                throw new ConcurrentChangeException(SegmentaValidator.label(entry)
                        + " was changed by another user after you read it; your change was not saved. Read it again"
                        + " and repeat your change.", null);
            }
            return entry;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.InteractionLogRepo_savingInteractionLogEntry,
                    entry.getEntryNo()));
        }
    }
}

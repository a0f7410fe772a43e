package org.segmenta.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.LoggedSegmentRepository;
import org.segmenta.model.LoggedSegment;

/** Logged segments, with entry Nos. from the counter and the number of interactions computed. */
final class LoggedSegmentRepo extends AggregateRepository<Long, LoggedSegment> implements LoggedSegmentRepository {

    static final String COUNTER = "logged_segment";

    LoggedSegmentRepo(DerbySession session) {
        super(session, session.tables.loggedSegment, "Logged Segment", LoggedSegment.class);
    }

    @Override
    void beforeInsert(LoggedSegment object) {
        try {
            if (object.getEntryNo() == 0) {
                object.setEntryNo(session.reserve(COUNTER, 1));
            } else {
                session.noteUsed(COUNTER, object.getEntryNo());
            }
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.LoggedSegmentRepo_numberingANewLogged));
        }
    }

    @Override
    public LoggedSegment insert(LoggedSegment object) {
        LoggedSegment result = super.insert(object);
        result.setNoOfInteractions(count("SELECT COUNT(*) FROM interaction_log_entry WHERE logged_segment_entry_no = ?",
                result.getEntryNo()));
        return result;
    }

    private int count(String sql, long entryNo) {
        try {
            return (int) Rows.queryLong(session, sql, entryNo);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.LoggedSegmentRepo_countingTheInteractionsOf,
                    entryNo));
        }
    }

    @Override
    public List<LoggedSegment> page(int offset, int limit) {
        try {
            return Rows.load(session, table, null, "t.entry_no DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", offset, limit)
                    .stream().map(LoggedSegment.class::cast).toList();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.LoggedSegmentRepo_readingLoggedSegments));
        }
    }

    @Override
    public List<LoggedSegment> page(String text, int offset, int limit) {
        if (text == null || text.isBlank()) {
            return page(offset, limit);
        }
        List<Object> params = new java.util.ArrayList<>();
        String where = where(text, params);
        params.add(offset);
        params.add(limit);
        try {
            return Rows.load(session, table, where, "t.entry_no DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    params.toArray()).stream().map(LoggedSegment.class::cast).toList();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.LoggedSegmentRepo_readingLoggedSegments));
        }
    }

    @Override
    public long count(String text) {
        List<Object> params = new java.util.ArrayList<>();
        String where = text == null || text.isBlank() ? null : where(text, params);
        try {
            return Rows.queryLong(session, "SELECT COUNT(*) FROM logged_segment t" + (where == null ? "" : " WHERE " + where),
                    params.toArray());
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.LoggedSegmentRepo_countingLoggedSegments));
        }
    }

    private static String where(String text, List<Object> params) {
        String condition = Like.anyContains(List.of("t.segment_no", "t.description", "t.user_id"), text, params);
        String digits = text.strip();
        if (digits.matches("\\d{1,18}")) {
            params.add(Long.parseLong(digits));
            condition = "(" + condition + " OR t.entry_no = ?)";
        }
        return condition;
    }

    /** One probe of the {@code logged_segment (segment_no)} index, not a read of every logged segment. */
    @Override
    public java.util.OptionalLong loggedEntryOf(String segmentNo) {
        try {
            // through logged_segment_by_segment (migration 15): the segment's own rows only
            String sql = "SELECT MIN(entry_no) FROM logged_segment WHERE segment_no = ?";
            PreparedStatement ps = session.prepare(sql);
            ps.setString(1, segmentNo);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                long no = rs.getLong(1);
                return rs.wasNull() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(no);
            } finally {
                QueryPlans.executed(session, sql);
            }
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.LoggedSegmentRepo_lookingForTheLogged, segmentNo));
        }
    }

    @Override
    public int setCanceled(long entryNo, boolean canceled) {
        session.requireWritable("cancel a logged segment");
        try {
            PreparedStatement head = session.prepareWrite(DerbySession.Writes.NEITHER,
                    "UPDATE logged_segment SET canceled = ?, row_version = row_version + 1 WHERE entry_no = ?");
            head.setBoolean(1, canceled);
            head.setLong(2, entryNo);
            if (head.executeUpdate() == 0) {
                throw notFound(entryNo);
            }
            PreparedStatement entries = session.prepareWrite(DerbySession.Writes.NEITHER, "UPDATE interaction_log_entry SET canceled = ?,"
                    + " row_version = row_version + 1 WHERE logged_segment_entry_no = ? AND canceled <> ?");
            entries.setBoolean(1, canceled);
            entries.setLong(2, entryNo);
            entries.setBoolean(3, canceled);
            return entries.executeUpdate();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, (canceled ? "Canceling" : "Uncanceling") + " logged segment " + entryNo);
        }
    }
}

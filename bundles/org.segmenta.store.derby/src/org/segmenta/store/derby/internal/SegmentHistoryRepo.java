package org.segmenta.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.SegmentHistoryRepository;
import org.segmenta.core.store.ValidationException;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.segmenta.model.SegmentHistoryEntry;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaFactory;

/**
 * Segment history: one row per entry, the snapshot line flattened into {@code line_*} columns of the same row
 * so that undo can restore lines with one INSERT ... SELECT.
 */
final class SegmentHistoryRepo implements SegmentHistoryRepository {

    private static final int BATCH = 1000;

    private final DerbySession session;
    private final Table table;
    private final List<Column> lineColumns;
    private final String insertSql;
    private final String selectSql;

    SegmentHistoryRepo(DerbySession session) {
        this.session = session;
        this.table = session.tables.segmentHistory;
        this.lineColumns = session.tables.historyLineColumns;
        String own = table.columnList(null);
        String line = lineColumns.stream().map(c -> c.name).collect(Collectors.joining(", "));
        int n = table.columns.size() + 1 + lineColumns.size();
        this.insertSql = "INSERT INTO segment_history (" + own + ", has_line, " + line + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
        this.selectSql = "SELECT " + own + ", has_line, " + line
                + " FROM segment_history WHERE segment_no = ? AND step_no = ? ORDER BY entry_id";
    }

    @Override
    public long insertAll(Iterator<? extends SegmentHistoryEntry> entries) {
        session.requireWritable("record segment history");
        long count = 0;
        int pending = 0;
        try {
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.NEITHER, insertSql);
            while (entries.hasNext()) {
                SegmentHistoryEntry e = entries.next();
                check(e);
                int i = Rows.bind(table.columns, ps, 1, e);
                SegmentLine line = e.getLine();
                ps.setBoolean(i++, line != null);
                Rows.bind(lineColumns, ps, i, line);
                ps.addBatch();
                count++;
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
            return count;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentHistoryRepo_recordingSegmentHistory));
        }
    }

    private void check(SegmentHistoryEntry e) {
        Validation.check(e, table, null);
        if (e.getLine() != null) {
            BasicDiagnostic lengths = Validation.checkLengths(e.getLine(), lineColumns, null, null, e);
            if (lengths != null) {
                throw new ValidationException(lengths);
            }
        }
    }

    @Override
    public List<SegmentHistoryEntry> ofStep(String segmentNo, int stepNo) {
        List<SegmentHistoryEntry> result = new ArrayList<>();
        try {
            PreparedStatement ps = session.prepare(selectSql);
            ps.setString(1, segmentNo);
            ps.setInt(2, stepNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SegmentHistoryEntry e = SegmentaFactory.eINSTANCE.createSegmentHistoryEntry();
                    int i = 1;
                    for (Column c : table.columns) {
                        c.read(rs, i++, e);
                    }
                    if (rs.getBoolean(i++)) {
                        SegmentLine line = SegmentaFactory.eINSTANCE.createSegmentLine();
                        for (Column c : lineColumns) {
                            c.read(rs, i++, line);
                        }
                        e.setLine(line);
                    }
                    result.add(e);
                }
            }
            return result;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentHistoryRepo_readingStep, stepNo, segmentNo));
        }
    }

    @Override
    public long count(String segmentNo, int stepNo) {
        try {
            return Rows.queryLong(session, "SELECT COUNT(*) FROM segment_history WHERE segment_no = ? AND step_no = ?",
                    segmentNo, stepNo);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentHistoryRepo_countingTheHistoryOf, segmentNo));
        }
    }

    @Override
    public int lastStepNo(String segmentNo) {
        try {
            return (int) Rows.queryLong(session,
                    "SELECT COALESCE(MAX(step_no), 0) FROM segment_history WHERE segment_no = ?", segmentNo);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentHistoryRepo_readingTheHistoryOf, segmentNo));
        }
    }

    @Override
    public int deleteFrom(String segmentNo, int fromStepNo) {
        session.requireWritable("delete segment history");
        try {
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.NEITHER, "DELETE FROM segment_history WHERE segment_no = ? AND step_no >= ?");
            ps.setString(1, segmentNo);
            ps.setInt(2, fromStepNo);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentHistoryRepo_deletingTheHistoryOf, segmentNo));
        }
    }
}

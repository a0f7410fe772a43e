package org.segmenta.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.ConcurrentChangeException;
import org.segmenta.core.store.NotFoundException;
import org.segmenta.core.store.SegmentLineRepository;
import org.segmenta.model.SegmentLine;

/**
 * Segment lines, keyed by (segment No., line No.), read in pages, written in batches. Lines a step removed (kept for
 * undo, {@link Tables#SHOWN_LINE}) are left out of every read, count and update; {@link #delete} and
 * {@link #deleteAll} delete them too.
 */
final class SegmentLineRepo implements SegmentLineRepository {

    private static final int BATCH = 1000;
    private static final int IN_CHUNK = 500;

    private final DerbySession session;
    private final Table table;

    SegmentLineRepo(DerbySession session) {
        this.session = session;
        this.table = session.tables.segmentLine;
    }

    @Override
    public List<SegmentLine> page(String segmentNo, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("A page of segment lines needs offset >= 0 and limit >= 1, not offset "
                    + offset + " and limit " + limit + ".");
        }
        try {
            return Rows.load(session, table, "t.segment_no = ?", "t.line_no OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    segmentNo, offset, limit).stream().map(SegmentLine.class::cast).toList();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentLineRepo_readingTheLinesOf, segmentNo));
        }
    }

    @Override
    public List<SegmentLine> page(String segmentNo, org.segmenta.core.segment.LineOrder order, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("A page of segment lines needs offset >= 0 and limit >= 1, not offset "
                    + offset + " and limit " + limit + ".");
        }
        String dir = order.descending() ? " DESC" : "";
        // the column comes from the model's attribute (LineOrder checked it is one of the line's own): no user text
        String by = order.field().equals("lineNo") ? "t.line_no" + dir
                : "t." + table.column(order.field()).name + dir + ", t.line_no" + dir;
        try {
            return Rows.load(session, table, "t.segment_no = ?", by + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    segmentNo, offset, limit).stream().map(SegmentLine.class::cast).toList();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentLineRepo_readingTheLinesOf, segmentNo));
        }
    }

    @Override
    public int[] lineNos(String segmentNo, org.segmenta.core.segment.LineOrder order) {
        boolean desc = order.descending();
        try {
            if (order.field().equals("lineNo")) {
                // the shown-lines index (segment No., removed step, line No.) has them in order
                List<Integer> nos = new ArrayList<>();
                PreparedStatement ps = session.prepare("SELECT line_no FROM segment_line WHERE segment_no = ? AND "
                        + Tables.SHOWN_LINE + " ORDER BY line_no" + (desc ? " DESC" : ""));
                ps.setString(1, segmentNo);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        nos.add(rs.getInt(1));
                    }
                }
                return nos.stream().mapToInt(Integer::intValue).toArray();
            }
            // one read of two columns and one sort here: the engine's ORDER BY of a whole segment spills to disk
            // (seconds at 300,000 lines) and would be run again for every page
            String column = table.column(order.field()).name;
            PreparedStatement ps = session.prepare("SELECT line_no, " + column + " FROM segment_line WHERE segment_no = ? AND "
                    + Tables.SHOWN_LINE);
            ps.setString(1, segmentNo);
            int[] nos = new int[1024];
            Object[] keys = new Object[1024];
            int n = 0;
            // lines share their values (inherited from the header): keep one copy of each
            Map<Object, Object> same = new java.util.HashMap<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == nos.length) {
                        nos = java.util.Arrays.copyOf(nos, n * 2);
                        keys = java.util.Arrays.copyOf(keys, n * 2);
                    }
                    nos[n] = rs.getInt(1);
                    Object key = rs.getObject(2);
                    keys[n++] = key == null ? null : same.computeIfAbsent(key, k -> k);
                }
            }
            int[] lineNos = nos;
            Object[] values = keys;
            @SuppressWarnings({ "unchecked", "rawtypes" })
            java.util.Comparator<Integer> byValue = (a, b) -> {
                Object x = values[a];
                Object y = values[b];
                // NULL after every value, as the engine orders it
                int c = x == null ? (y == null ? 0 : 1) : y == null ? -1 : ((Comparable) x).compareTo(y);
                return c != 0 ? c : Integer.compare(lineNos[a], lineNos[b]);
            };
            Integer[] index = new Integer[n];
            for (int i = 0; i < n; i++) {
                index[i] = i;
            }
            java.util.Arrays.sort(index, desc ? byValue.reversed() : byValue);
            int[] ordered = new int[n];
            for (int i = 0; i < n; i++) {
                ordered[i] = lineNos[index[i]];
            }
            return ordered;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentLineRepo_orderingTheLinesOf, segmentNo));
        }
    }

    @Override
    public List<SegmentLine> byLineNos(String segmentNo, int[] lineNos) {
        // one key lookup per line (primary key: segment No., line No.): the engine probes an IN list only on an index's
        // first column, so "line_no IN (...)" read the whole segment for every page
        List<SegmentLine> ordered = new ArrayList<>(lineNos.length);
        try {
            for (int no : lineNos) {
                List<EObject> found = Rows.load(session, table, table.keyCondition(), null, segmentNo, no);
                if (!found.isEmpty()) {
                    ordered.add((SegmentLine) found.get(0));
                }
            }
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentLineRepo_readingTheLinesOf, segmentNo));
        }
        return ordered;
    }

    @Override
    public List<SegmentLine> pageAfter(String segmentNo, int afterLineNo, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A page of segment lines needs limit >= 1, not " + limit + ".");
        }
        try {
            return Rows.load(session, table, "t.segment_no = ? AND t.line_no > ?", "t.line_no FETCH FIRST ? ROWS ONLY",
                    segmentNo, afterLineNo, limit).stream().map(SegmentLine.class::cast).toList();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentLineRepo_readingTheLinesOf, segmentNo));
        }
    }

    @Override
    public long count(String segmentNo) {
        try {
            return Rows.queryLong(session, "SELECT COUNT(*) FROM segment_line WHERE segment_no = ? AND " + Tables.SHOWN_LINE,
                    segmentNo);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.DerbySelection_countingTheLinesOf, segmentNo));
        }
    }

    @Override
    public Optional<SegmentLine> get(String segmentNo, int lineNo) {
        try {
            List<EObject> found = Rows.load(session, table, table.keyCondition(), null, segmentNo, lineNo);
            return found.isEmpty() ? Optional.empty() : Optional.of((SegmentLine) found.get(0));
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentLineRepo_readingLine, lineNo, segmentNo));
        }
    }

    /** The last line No. of every line of the segment, the removed ones kept for undo included (new lines go after). */
    @Override
    public int lastLineNo(String segmentNo) {
        try {
            return (int) Rows.queryLong(session, "SELECT COALESCE(MAX(line_no), 0) FROM segment_line WHERE segment_no = ?",
                    segmentNo);
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentLineRepo_readingTheLastLine, segmentNo));
        }
    }

    @Override
    public long insertAll(Iterator<? extends SegmentLine> lines) {
        session.requireWritable("insert segment lines");
        long count = 0;
        int pending = 0;
        List<SegmentLine> written = new ArrayList<>(BATCH);
        try {
            Map<Table, PreparedStatement> statements = Rows.insertStatements(session, table);
            while (lines.hasNext()) {
                SegmentLine line = lines.next();
                Validation.check(line, table, null);
                Rows.addToBatch(table, line, statements);
                written.add(line);
                count++;
                if (++pending == BATCH) {
                    Rows.flush(statements);
                    written.forEach(l -> RowVersion.set(l, 1));
                    written.clear();
                    pending = 0;
                }
            }
            Rows.flush(statements);
            written.forEach(l -> RowVersion.set(l, 1));
            return count;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentLineRepo_insertingSegmentLines));
        }
    }

    @Override
    public SegmentLine update(SegmentLine line) {
        session.requireWritable("change a segment line");
        Validation.check(line, table, null);
        try {
            if (Rows.update(session, table, line) == 0) {
                if (!Rows.exists(session, table, Rows.key(table, line))) {
                    throw new NotFoundException(Formats.bind(Messages.SegmentLineRepo_line2,
                            line.getLineNo(), line.getSegmentNo()));
                }
                throw new ConcurrentChangeException(Formats.bind(Messages.SegmentLineRepo_line,
                        line.getLineNo(), line.getSegmentNo()), null);
            }
            return line;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentLineRepo_savingLine,
                    line.getLineNo(), line.getSegmentNo()));
        }
    }

    @Override
    public int delete(String segmentNo, Collection<Integer> lineNos) {
        session.requireWritable("delete segment lines");
        List<Integer> all = new ArrayList<>(lineNos);
        int deleted = 0;
        try {
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<Integer> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                PreparedStatement ps = session.prepareWrite(DerbySession.Writes.LINES, "DELETE FROM segment_line WHERE segment_no = ? AND line_no IN ("
                        + chunk.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")");
                ps.setString(1, segmentNo);
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setInt(i + 2, chunk.get(i));
                }
                deleted += ps.executeUpdate();
            }
            return deleted;
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentLineRepo_deletingLinesOfSegment, segmentNo));
        }
    }

    @Override
    public int deleteAll(String segmentNo) {
        session.requireWritable("delete segment lines");
        try {
            PreparedStatement ps = session.prepareWrite(DerbySession.Writes.LINES, "DELETE FROM segment_line WHERE segment_no = ?");
            ps.setString(1, segmentNo);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentLineRepo_deletingTheLinesOf, segmentNo));
        }
    }
}

package org.segmenta.store.derby.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.segmenta.core.format.Formats;
import org.segmenta.core.store.SegmentRepository;
import org.segmenta.model.SegmentHeader;

/**
 * Segment headers; deleting one deletes its lines and undo history (and the lines of its undone removals) first, each with a statement on the segment's
 * No. (row locks through the tables' indexes: another user's work on another segment is never blocked).
 */
final class SegmentRepo extends AggregateRepository<String, SegmentHeader> implements SegmentRepository {

    SegmentRepo(DerbySession session) {
        super(session, session.tables.segmentHeader, "Segment", SegmentHeader.class);
    }

    @Override
    void beforeDelete(String key) {
        try {
            for (String table : new String[] { "segment_history", "segment_undone_removal", "segment_line" }) {
                PreparedStatement del = session.prepareWrite(DerbySession.Writes.LINES, "DELETE FROM " + table + " WHERE segment_no = ?");
                del.setString(1, key);
                del.executeUpdate();
            }
        } catch (SQLException e) {
            throw DerbyErrors.translate(e, Formats.bind(Messages.SegmentLineRepo_deletingTheLinesOf, key));
        }
    }
}

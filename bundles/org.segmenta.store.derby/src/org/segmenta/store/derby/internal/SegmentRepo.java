package org.segmenta.store.derby.internal;

import org.segmenta.core.store.SegmentRepository;
import org.segmenta.model.SegmentHeader;

/** Segment headers; deleting one deletes its lines and history too (ON DELETE CASCADE). */
final class SegmentRepo extends AggregateRepository<String, SegmentHeader> implements SegmentRepository {

    SegmentRepo(DerbySession session) {
        super(session, session.tables.segmentHeader, "Segment", SegmentHeader.class);
    }
}

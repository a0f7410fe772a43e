package org.segmenta.core.store;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.model.SegmentHeader;

/**
 * Segment headers with their interaction languages and criteria lines (with filters). The lines of a segment
 * are in {@link SegmentLineRepository}, its history in {@link SegmentHistoryRepository}; {@link #delete(Object)}
 * removes the header together with its lines and history.
 */
@ProviderType
public interface SegmentRepository extends KeyedRepository<String, SegmentHeader> {
}

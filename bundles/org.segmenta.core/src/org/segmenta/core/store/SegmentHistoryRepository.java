package org.segmenta.core.store;

import java.util.Iterator;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.model.SegmentHistoryEntry;

/**
 * What each step of a segment inserted or deleted, with a full snapshot of every line concerned, so that undo
 * restores the segment exactly.
 */
@ProviderType
public interface SegmentHistoryRepository {

    /**
     * @param entries entries with segment No. and step No. set; the snapshot line may be null
     * @return how many were inserted
     * @throws ValidationException at the first invalid entry
     */
    long insertAll(Iterator<? extends SegmentHistoryEntry> entries);

    /**
     * @param segmentNo the segment
     * @param stepNo the step
     * @return the step's entries in the order they were inserted, each with its snapshot
     */
    List<SegmentHistoryEntry> ofStep(String segmentNo, int stepNo);

    /** @param segmentNo the segment @param stepNo the step @return how many entries the step has */
    long count(String segmentNo, int stepNo);

    /** @param segmentNo the segment @return the highest step No. with entries, 0 when none */
    int lastStepNo(String segmentNo);

    /**
     * Deletes the entries of the step and of all later steps (after an undo, or to drop redo steps).
     *
     * @param segmentNo the segment
     * @param fromStepNo the first step to delete
     * @return how many entries were deleted
     */
    int deleteFrom(String segmentNo, int fromStepNo);
}

package org.segmenta.core.store;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.model.SegmentLine;

/**
 * The lines of segments, keyed by segment No. and line No. A segment may have hundreds of thousands of lines,
 * so they are read in pages and written in batches.
 */
@ProviderType
public interface SegmentLineRepository {

    /**
     * @param segmentNo the segment
     * @param offset lines to skip, 0 or more
     * @param limit lines at most, 1 or more
     * @return the page of lines, ordered by line No.
     */
    List<SegmentLine> page(String segmentNo, int offset, int limit);

    /**
     * The lines after a line No.: reading a whole segment page by page this way reads each line once, where an
     * offset reads every line before the page again (quadratic over a segment of 100,000s of lines).
     *
     * @param segmentNo the segment
     * @param afterLineNo the last line No. of the page before, 0 (or less) for the first page
     * @param limit lines at most, 1 or more
     * @return the page of lines with a line No. above {@code afterLineNo}, ordered by line No.
     */
    List<SegmentLine> pageAfter(String segmentNo, int afterLineNo, int limit);

    /**
     * A page of lines in the given order, sorted in the query; ties go by line No.
     *
     * @param segmentNo the segment
     * @param order the field and direction
     * @param offset lines to skip, 0 or more
     * @param limit lines at most, 1 or more
     * @return the page
     */
    List<SegmentLine> page(String segmentNo, org.segmenta.core.segment.LineOrder order, int offset, int limit);

    /**
     * The Nos. of a segment's lines in an order, for a view that pages through the segment sorted: the segment is read
     * once (line No. and the one field) and sorted once, and each page is then read by its line Nos.
     * ({@link #byLineNos}), where {@link #page(String, org.segmenta.core.segment.LineOrder, int, int)} sorts the whole
     * segment for every page. Empty values come last in ascending order and first in descending order (as the SQL
     * engine orders NULL); ties go by line No. in the same direction.
     *
     * @param segmentNo the segment
     * @param order the field and direction
     * @return the line Nos. of the segment's lines (the removed ones kept for undo left out), in that order
     */
    int[] lineNos(String segmentNo, org.segmenta.core.segment.LineOrder order);

    /**
     * @param segmentNo the segment
     * @param lineNos line Nos. (from {@link #lineNos}), a page of them
     * @return those lines in the order of {@code lineNos}; a line that no longer exists or was removed is left out
     */
    List<SegmentLine> byLineNos(String segmentNo, int[] lineNos);

    /** @param segmentNo the segment @return how many lines it has */
    long count(String segmentNo);

    /**
     * @param segmentNo the segment
     * @param lineNo the line
     * @return the line, or empty
     */
    Optional<SegmentLine> get(String segmentNo, int lineNo);

    /**
     * @param segmentNo the segment
     * @return the highest line No. of the segment, 0 when it has none
     */
    int lastLineNo(String segmentNo);

    /**
     * Inserts lines in JDBC batches after validating each.
     *
     * @param lines the lines, each with segment No. and line No. set
     * @return how many were inserted
     * @throws ValidationException at the first invalid line
     * @throws DuplicateKeyException when a (segment No., line No.) exists already
     */
    long insertAll(Iterator<? extends SegmentLine> lines);

    /**
     * Replaces one line.
     *
     * @param line the changed line
     * @return {@code line}
     * @throws NotFoundException when the line is not stored
     * @throws ConcurrentChangeException when it was read through the store and changed by someone else since
     */
    SegmentLine update(SegmentLine line);

    /**
     * @param segmentNo the segment
     * @param lineNos the lines to delete; Nos. that do not exist are ignored
     * @return how many lines were deleted
     */
    int delete(String segmentNo, Collection<Integer> lineNos);

    /** @param segmentNo the segment @return how many lines were deleted */
    int deleteAll(String segmentNo);
}

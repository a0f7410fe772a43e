package org.segmenta.ui.internal.parts;

/** A part that shows one segment, or has one selected: the segment the segment commands act on. */
public interface SegmentAware {

    /** @return the segment No., or null when there is none */
    String segmentNo();
}

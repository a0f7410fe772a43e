package org.segmenta.core.tests;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.segmenta.model.SegmentLine;

/**
 * The set-up the tests of a segment's letters share: {@link DemoFixture} with the demo data loaded, the demo's open
 * segment and its lines. A test class extends it; its own {@code @BeforeEach} methods run after the demo data is
 * loaded.
 */
abstract class DemoSegmentFixture extends DemoFixture {

    /** The demo's open segment (SEG00001). */
    String seg;
    /** Its first 1,000 lines in line order, as a list a test may reorder. */
    List<SegmentLine> lines;

    @BeforeEach
    final void loadDemo() {
        seg = demo.load().segmentNo();
        lines = new ArrayList<>(segments.lines(seg, 0, 1000));
    }
}

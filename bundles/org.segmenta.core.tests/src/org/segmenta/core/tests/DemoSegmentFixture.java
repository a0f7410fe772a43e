package org.segmenta.core.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.internal.CriteriaSourceRegistry;
import org.segmenta.core.internal.DemoDataImpl;
import org.segmenta.core.internal.InteractionServiceImpl;
import org.segmenta.core.internal.SegmentServiceImpl;
import org.segmenta.merge.word.WordMerge;
import org.segmenta.model.SegmentLine;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * The set-up the tests of a segment's letters share: the demo data loaded into a real Derby database in the test's
 * temporary folder, the segment and interaction services over it with the real Word merge and "today" fixed at
 * {@link #TODAY}, the demo's open segment and its lines. A test class extends it; its own {@code @BeforeEach} methods
 * run after the demo data is loaded, and the database is closed after each test.
 */
abstract class DemoSegmentFixture {

    /** What "today" is for every service. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    /** The test's folder; the database lives in it. */
    @TempDir
    Path tmp;

    LocalStore store;
    SegmentServiceImpl segments;
    InteractionServiceImpl interactions;
    /** The demo's open segment (SEG00001). */
    String seg;
    /** Its first 1,000 lines in line order, as a list a test may reorder. */
    List<SegmentLine> lines;

    @BeforeEach
    final void loadDemo() {
        store = DerbyStores.embedded(tmp.resolve("db"));
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        segments = new SegmentServiceImpl(store, new CriteriaSourceRegistry(), clock);
        interactions = new InteractionServiceImpl(store, segments, WordMerge.service(), clock);
        seg = new DemoDataImpl(store, segments, clock).load().segmentNo();
        lines = new ArrayList<>(segments.lines(seg, 0, 1000));
    }

    @AfterEach
    final void closeDemo() {
        store.close();
    }
}

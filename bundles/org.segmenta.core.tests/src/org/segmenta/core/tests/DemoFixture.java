package org.segmenta.core.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.demo.DemoData;
import org.segmenta.core.internal.CriteriaSourceRegistry;
import org.segmenta.core.internal.DemoDataImpl;
import org.segmenta.core.internal.InteractionServiceImpl;
import org.segmenta.core.internal.SegmentServiceImpl;
import org.segmenta.core.merge.MergeService;
import org.segmenta.merge.word.WordMerge;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * The set-up of the tests of the demo data and what is done with it: a fresh, empty Derby database in the test's
 * temporary folder, the segment and interaction services over it with the real Word merge and "today" fixed at
 * {@link #TODAY}, and the demo data over them, not loaded yet. A test class extends it; its own {@code @BeforeEach}
 * methods run after the services are made, and the database is closed after each test.
 */
abstract class DemoFixture {

    /** What "today" is for every service. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    /** The test's folder; the database is its folder {@code db}, a test may write its files beside it. */
    @TempDir
    Path tmp;

    /** The real Word merge. */
    final MergeService merge = WordMerge.service();

    LocalStore store;
    SegmentServiceImpl segments;
    InteractionServiceImpl interactions;
    /** The demo data over the services; {@link DemoData#load()} or {@link DemoData#loadSetup()} stores it. */
    DemoData demo;

    @BeforeEach
    final void openServices() {
        store = DerbyStores.embedded(tmp.resolve("db"));
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        segments = new SegmentServiceImpl(store, new CriteriaSourceRegistry(), clock);
        interactions = new InteractionServiceImpl(store, segments, merge, clock);
        demo = new DemoDataImpl(store, segments, clock);
    }

    @AfterEach
    final void closeServices() {
        store.close();
    }
}

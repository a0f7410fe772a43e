package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.internal.CriteriaSourceRegistry;
import org.segmenta.core.internal.DemoDataImpl;
import org.segmenta.core.internal.InteractionServiceImpl;
import org.segmenta.core.internal.SegmentServiceImpl;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogResult;
import org.segmenta.core.rules.UnknownCodeException;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.merge.word.WordMerge;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * Issue 12, defect 9: the services announce their changes and the store posts them through Event Admin after the
 * commit, once per topic and data, nothing after a rollback; each committed topic counts its change stamp up.
 */
class ServiceEventsTest {

    @TempDir
    Path tmp;

    private LocalStore store;
    private SegmentServiceImpl segments;
    private InteractionServiceImpl interactions;
    private final List<String> posted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        store = DerbyStores.embedded(tmp.resolve("db"));
        Clock clock = Clock.fixed(HeaderPropagationTest.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        segments = new SegmentServiceImpl(store, new CriteriaSourceRegistry(), clock);
        interactions = new InteractionServiceImpl(store, segments, WordMerge.service(), clock);
        new DemoDataImpl(store, segments, clock).load();
        store.postTo(new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                posted.add(event.getTopic().substring(SegmentaEvents.ROOT.length()) + " "
                        + event.getProperty(SegmentaEvents.DATA));
            }

            @Override
            public void sendEvent(Event event) {
                postEvent(event);
            }
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long stamp(String topic) {
        return store.changeStamps().getOrDefault(topic, 0L);
    }

    @Test
    void eachChangePostsItsTopicAfterTheCommitAndCountsItsStamp() {
        long segmentStamp = stamp(SegmentaEvents.SEGMENT_CHANGED);
        String seg = segments.create("Events").getNo();
        assertEquals(List.of("segments/changed " + seg), posted);

        posted.clear();
        segments.apply(seg, StepRequest.of(CriteriaAction.ADD, new FieldFilter("contact", "no", "CT000012|CT000015")));
        interactions.chooseTemplate(seg, "LETTER", true);
        assertEquals(List.of("segment/changed " + seg, "segment/changed " + seg), posted);
        assertEquals(segmentStamp + 2, stamp(SegmentaEvents.SEGMENT_CHANGED));

        posted.clear();
        assertThrows(UnknownCodeException.class,
                () -> interactions.changeHeader(seg, Literals.SEGMENT_HEADER__SALESPERSON_CODE, "QQ", true));
        assertTrue(posted.isEmpty(), "a refused change posts nothing: " + posted);
        assertEquals(segmentStamp + 2, stamp(SegmentaEvents.SEGMENT_CHANGED));

        interactions.changeHeader(seg, Literals.SEGMENT_HEADER__SALESPERSON_CODE, "AB", true);
        posted.clear();
        long logStamp = stamp(SegmentaEvents.LOG_CHANGED);
        LogResult r = interactions.log(seg, new LogOptions(false, true, "TESTER"));
        // the follow-up segment made inside Log is announced with Log, after Log's one commit
        assertEquals(List.of("segments/changed " + seg, "segment/changed " + seg,
                "log/changed " + r.loggedSegmentEntryNo(), "segments/changed " + r.followUpSegmentNo(),
                "segment/changed " + r.followUpSegmentNo()), posted);
        assertEquals(logStamp + 1, stamp(SegmentaEvents.LOG_CHANGED));

        posted.clear();
        interactions.setLoggedSegmentCanceled(r.loggedSegmentEntryNo(), true);
        assertEquals(List.of("log/changed " + r.loggedSegmentEntryNo()), posted);
    }
}

package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.testing.World.cityStep;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.segmenta.core.store.CancelledException;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.internal.InteractionServiceImpl;
import org.segmenta.merge.word.WordMerge;
import org.segmenta.model.CriteriaAction;
import org.segmenta.testing.World;
import org.segmenta.testing.WorldFixture;

/**
 * A cancelled count, step or unit of work stops, even in the middle of a statement, and leaves nothing behind: the
 * window's Cancel and a closed Add dialog reach the database (Derby's running statement is stopped, not left to run).
 */
class CancelTest extends WorldFixture {

    CancelTest() {
        super(150, 3L);
    }

    /** @return a cancellation that says yes from its {@code n}-th question on */
    private static BooleanSupplier after(int n) {
        AtomicInteger asked = new AtomicInteger();
        return () -> asked.incrementAndGet() >= n;
    }

    private List<String> lines(String seg) {
        return w.segments.lines(seg, 0, Integer.MAX_VALUE).stream().map(l -> l.getLineNo() + ":" + l.getContactNo())
                .toList();
    }

    @Test
    void aCancelledCountStopsAndAnUncancelledOneCounts() {
        String seg = w.segments.create("Count").getNo();
        assertThrows(CancelledException.class, () -> w.segments.count(seg, cityStep(CriteriaAction.ADD, "Odense"), () -> true));
        assertTrue(w.segments.count(seg, cityStep(CriteriaAction.ADD, "Odense"), () -> false).matches() > 0);
    }

    @Test
    void aCancelledStepIsRolledBackWhole() {
        String seg = w.segments.create("Steps").getNo();
        w.segments.apply(seg, cityStep(CriteriaAction.ADD, "Odense|Aarhus|Kolding"));
        List<String> before = lines(seg);
        int steps = w.segments.steps(seg).size();
        for (CriteriaAction action : List.of(CriteriaAction.ADD, CriteriaAction.REFINE, CriteriaAction.REDUCE)) {
            for (int n : new int[] { 1, 2, 3, 5 }) {
                assertThrows(CancelledException.class, () -> w.segments.apply(seg, cityStep(action, "Odense|Esbjerg"), after(n)),
                        action + " cancelled at question " + n);
                assertEquals(before, lines(seg), action + " cancelled at question " + n + " changed no line");
                assertEquals(steps, w.segments.steps(seg).size(), "and recorded no step");
            }
        }
        assertEquals(steps + 1, w.segments.apply(seg, cityStep(CriteriaAction.REFINE, "Odense"), () -> false).stepNo());
    }

    @Test
    void aCancelledLogLeavesTheSegmentAndLogsNothing() {
        w.salespeopleAndHardCopyTemplate("CALL", "Call");
        InteractionServiceImpl interactions = new InteractionServiceImpl(w.store, w.segments, WordMerge.service(),
                Clock.fixed(World.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        String seg = w.segments.create("Log").getNo();
        interactions.chooseTemplate(seg, "CALL", false);
        w.segments.apply(seg, cityStep(CriteriaAction.ADD, "Odense"));
        List<String> before = lines(seg);
        for (int n : new int[] { 1, 4, 8 }) {
            assertThrows(CancelledException.class, () -> interactions.log(seg, new LogOptions(false, false, "T"), after(n)),
                    "Log cancelled at question " + n);
            assertEquals(before, lines(seg), "the segment is as it was");
            assertEquals(0, w.store.read(s -> s.interactionLog().count(InteractionLogQuery.all())), "nothing logged");
        }
        assertEquals(before.size() - privacyBlocked(seg, before),
                interactions.log(seg, new LogOptions(false, false, "T"), () -> false).entries());
    }

    private long privacyBlocked(String seg, List<String> lines) {
        return lines.stream().map(l -> l.substring(l.indexOf(':') + 1)).filter(no -> w.contacts.get(no).isPrivacyBlocked())
                .count();
    }
}

package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.Contact;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentLine;
import org.segmenta.store.derby.internal.QueryPlans;
import org.segmenta.testing.World;

/**
 * An Add numbers its lines after the segment's last line, 10,000 apart while the numbers left hold that many lines
 * for every contact, closer when they do not: one insert that cannot overflow INTEGER, never a count of the candidates
 * and a second insert (at 1,000,000 contacts a 292,000-line Add overflowed the step of 10,000, rolled back, counted
 * and inserted again).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineNumberStepTest {

    private static final StepRequest TWO_CITIES = new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS,
            List.of(new FieldFilter("contact", "city", "Copenhagen|Aarhus")));

    private World w;

    @BeforeAll
    void world(@TempDir Path dir) {
        w = new World(dir, 400, 20261207L);
    }

    @AfterAll
    void close() {
        w.close();
    }

    /** A new segment with one line (of the first contact) numbered {@code lineNo}. */
    private String segmentEndingAt(int lineNo) {
        String seg = w.segments.create("Numbered near the end").getNo();
        w.store.write(s -> {
            SegmentLine l = World.F.createSegmentLine();
            l.setSegmentNo(seg);
            l.setLineNo(lineNo);
            l.setContactNo(w.contacts.keySet().iterator().next());
            return s.segmentLines().insertAll(List.of(l).iterator());
        });
        return seg;
    }

    private List<SegmentLine> lines(String seg) {
        return w.segments.lines(seg, 0, Integer.MAX_VALUE);
    }

    @Test
    void anAddOfMoreLinesThanTheStepHoldsInsertsOnceInOrderAndUndoes() {
        // numbers left for 20 lines at 10,000 apart; the Add gives a few hundred
        int last = Integer.MAX_VALUE - 20 * 10_000;
        String seg = segmentEndingAt(last);
        String first = w.contacts.keySet().iterator().next();
        Set<String> expected = w.contacts.values().stream()
                .filter(c -> "Copenhagen".equals(c.getCity()) || "Aarhus".equals(c.getCity()))
                .filter(c -> !c.isExcludeFromSegment() && !c.isPrivacyBlocked()).map(Contact::getNo)
                .filter(no -> !no.equals(first)).collect(Collectors.toSet());
        assertTrue(expected.size() > 100, "the Add gives " + expected.size() + " lines");
        List<QueryPlans.Plan> seen;
        try (QueryPlans plans = QueryPlans.record()) {
            assertEquals(expected.size(), w.segments.apply(seg, TWO_CITIES).added());
            seen = plans.take();
        }
        assertEquals(1, seen.stream().filter(p -> p.sql().startsWith("INSERT INTO segment_line")).count(),
                "one insert of the lines");
        assertEquals(List.of(), seen.stream().map(QueryPlans.Plan::sql)
                .filter(sql -> sql.startsWith("SELECT COUNT(*) FROM contact c WHERE")).toList(),
                "no count of the candidates");

        List<SegmentLine> after = lines(seg);
        List<Integer> nos = after.stream().map(SegmentLine::getLineNo).toList();
        assertEquals(expected.size() + 1, nos.size());
        assertEquals(last, nos.get(0));
        assertEquals(nos.stream().sorted().toList(), nos, "line Nos. in order");
        assertEquals(nos.size(), new HashSet<>(nos).size(), "line Nos. unique");
        int step = nos.get(1) - last;
        assertTrue(step >= 1 && step < 10_000, "a step of " + step);
        for (int i = 1; i < nos.size(); i++) {
            assertEquals(last + (long) i * step, (long) nos.get(i), "evenly numbered after the last line");
        }
        assertEquals(expected, after.stream().skip(1).map(SegmentLine::getContactNo).collect(Collectors.toSet()));

        w.segments.undo(seg).orElseThrow();
        assertEquals(List.of(last), lines(seg).stream().map(SegmentLine::getLineNo).toList(), "undo leaves the line before");
        w.segments.redo(seg).orElseThrow();
        assertEquals(nos, lines(seg).stream().map(SegmentLine::getLineNo).toList(), "redo gives the same lines");
    }

    @Test
    void aNewSegmentKeepsTheStepOfTenThousand() {
        String seg = w.segments.create("Ten thousand apart").getNo();
        long added = w.segments.apply(seg, TWO_CITIES).added();
        List<Integer> nos = lines(seg).stream().map(SegmentLine::getLineNo).toList();
        assertEquals(added, nos.size());
        for (int i = 0; i < nos.size(); i++) {
            assertEquals(10_000 * (i + 1), nos.get(i));
        }
    }

    /** @return how often the work counted all contacts */
    private static long contactCounts(Runnable work) {
        try (QueryPlans plans = QueryPlans.record()) {
            work.run();
            return plans.take().stream().filter(p -> p.sql().equals("SELECT COUNT(*) FROM contact")).count();
        }
    }

    @Test
    void theContactsAreCountedOnceUntilTheyChangeAndTheStepFollowsTheCount() {
        // the count of all contacts (an index scan) is remembered until a unit of work writes contacts
        w.segments.apply(w.segments.create("Counts the contacts, or remembers").getNo(), TWO_CITIES);
        assertEquals(0, contactCounts(() -> w.segments.apply(w.segments.create("Remembers the count").getNo(),
                TWO_CITIES)), "an Add after an Add, no contact stored between them, does not count again");

        // numbers left for every contact three apart, then one contact more: two apart, counted afresh
        int contacts = w.contacts.size();
        int last = Integer.MAX_VALUE - 3 * contacts;
        String seg = segmentEndingAt(last);
        Contact fresh = World.F.createContact();
        fresh.setType(org.segmenta.model.ContactType.PERSON);
        fresh.setName("Counted Afresh");
        fresh.setCity("Copenhagen");
        Contact stored = w.services.contacts().create(fresh).contact();
        String freshNo = stored.getNo();
        w.contacts.put(freshNo, stored); // the other tests' expectations read the world's contacts
        long[] added = new long[1];
        assertEquals(1, contactCounts(() -> added[0] = w.segments.apply(seg, TWO_CITIES).added()),
                "a stored contact makes the next Add count again");
        List<Integer> nos = lines(seg).stream().map(SegmentLine::getLineNo).toList();
        assertEquals(added[0] + 1, nos.size());
        assertEquals(2, nos.get(1) - last, "(2^31 - 1 - last) / " + (contacts + 1) + " contacts");
        assertEquals(nos.stream().sorted().toList(), nos, "line Nos. in order");
        assertTrue(lines(seg).stream().anyMatch(l -> l.getContactNo().equals(freshNo)), "the new contact is in");
    }

    @Test
    void aSegmentWithoutNumbersLeftForTheLinesRefusesTheAddAndKeepsItsLines() {
        // numbers left for 50 lines one apart, fewer than the Add gives (and fewer than the contacts): counted first
        int last = Integer.MAX_VALUE - 50;
        String seg = segmentEndingAt(last);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.segments.apply(seg, TWO_CITIES));
        assertTrue(e.getMessage().contains("has no line numbers left for") && e.getMessage().contains("make a new segment"),
                e.getMessage());
        assertEquals(List.of(last), lines(seg).stream().map(SegmentLine::getLineNo).toList());
        assertTrue(w.segments.undo(seg).isEmpty(), "no step was recorded");
    }
}

package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogResult;
import org.segmenta.core.internal.InteractionServiceImpl;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.LiveCount;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.core.store.NotFoundException;
import org.segmenta.core.store.Reference;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentLine;
import org.segmenta.testing.World;
import org.segmenta.testing.WorldFixture;

/**
 * Lines a Reduce, Refine or manual removal takes out of a segment stay in the store, marked with the step that
 * removed them, and the undo of an Add marks the lines it made (migration 11): undo and redo flip the marks, and every
 * reader of lines (the lines list, counts, the live count, Add's duplicate check, line edits, the header's changes to
 * the lines, the same-person check, references, Log) leaves marked lines out.
 */
class RemovedLinesTest extends WorldFixture {

    RemovedLinesTest() {
        super(120, 15L);
    }

    private static FieldFilter f(String source, String field, String expression) {
        return new FieldFilter(source, field, expression);
    }

    private StepSummary step(String seg, CriteriaAction action, String city) {
        return w.segments.apply(seg, new StepRequest(action, StepOptions.DEFAULTS, List.of(f("contact", "city", city))));
    }

    /** Every field of every shown line, as comparable text. */
    private List<String> state(String seg) {
        List<String> out = new ArrayList<>();
        for (SegmentLine l : w.segments.lines(seg, 0, Integer.MAX_VALUE)) {
            StringBuilder b = new StringBuilder();
            for (var a : l.eClass().getEAllAttributes()) {
                b.append(a.getName()).append('=').append(l.eGet(a)).append(';');
            }
            out.add(b.toString());
        }
        return out;
    }

    private Set<String> contacts(String seg) {
        return w.segments.lines(seg, 0, Integer.MAX_VALUE).stream().map(SegmentLine::getContactNo)
                .collect(Collectors.toSet());
    }

    @Test
    void undoAndRedoOfEveryKindOfStepRoundTrip() {
        String seg = w.segments.create("Round trip").getNo();
        List<List<String>> states = new ArrayList<>();
        states.add(state(seg));
        step(seg, CriteriaAction.ADD, "Copenhagen|Aarhus|Odense");
        states.add(state(seg));
        assertTrue(states.get(1).size() > 20, "the world gives enough lines: " + states.get(1).size());
        step(seg, CriteriaAction.REFINE, "Copenhagen|Aarhus");
        states.add(state(seg));
        step(seg, CriteriaAction.REDUCE, "Aarhus");
        states.add(state(seg));
        List<Integer> two = w.segments.lines(seg, 0, 2).stream().map(SegmentLine::getLineNo).toList();
        w.segments.removeLines(seg, two);
        states.add(state(seg));
        String extra = w.contacts.values().stream().filter(c -> "Kolding".equals(c.getCity())).findFirst().orElseThrow()
                .getNo();
        w.segments.addContacts(seg, List.of(extra), "Added by hand");
        states.add(state(seg));
        for (int i = 1; i < states.size(); i++) {
            assertNotEquals(states.get(i - 1), states.get(i), "step " + i + " changes the lines");
        }
        for (int i = states.size() - 1; i > 0; i--) {
            StepSummary undone = w.segments.undo(seg).orElseThrow();
            assertEquals(i, undone.stepNo());
            assertEquals(states.get(i - 1), state(seg), "undo of step " + i + " gives the lines before it, every field");
            assertEquals(states.get(i - 1).size(), w.segments.lineCount(seg));
        }
        assertFalse(w.segments.undo(seg).isPresent());
        for (int i = 1; i < states.size(); i++) {
            w.segments.redo(seg).orElseThrow();
            assertEquals(states.get(i), state(seg), "redo of step " + i + " gives the lines after it");
        }
        assertFalse(w.segments.redo(seg).isPresent());
        // back to the Reduce, then a new step: the undone steps are gone, and the lines of the undone manual Add too
        w.segments.undo(seg);
        w.segments.undo(seg);
        w.segments.undo(seg);
        assertEquals(states.get(2), state(seg));
        step(seg, CriteriaAction.ADD, "Kolding");
        assertFalse(w.segments.redo(seg).isPresent(), "a new step replaces the undone ones");
        Set<String> expected = new HashSet<>(contacts(seg));
        w.segments.undo(seg);
        assertEquals(states.get(2), state(seg), "undo of the new step leaves the Refine's lines, nothing of the old steps");
        w.segments.redo(seg);
        assertEquals(expected, contacts(seg));
    }

    @Test
    void aLineAddedThenRemovedComesBackAndGoesAgainThroughBothSteps() {
        String seg = w.segments.create("Twice").getNo();
        step(seg, CriteriaAction.ADD, "Esbjerg");
        List<String> afterAdd = state(seg);
        step(seg, CriteriaAction.ADD, "Randers");
        List<String> afterSecondAdd = state(seg);
        StepSummary reduce = step(seg, CriteriaAction.REDUCE, "Randers");
        assertEquals(afterSecondAdd.size() - afterAdd.size(), reduce.removed(), "the Reduce removes the second Add's lines");
        assertEquals(afterAdd, state(seg));
        w.segments.undo(seg); // the Reduce: the Randers lines come back
        assertEquals(afterSecondAdd, state(seg));
        w.segments.undo(seg); // the second Add: the same lines go again
        assertEquals(afterAdd, state(seg));
        w.segments.redo(seg);
        assertEquals(afterSecondAdd, state(seg));
        w.segments.redo(seg);
        assertEquals(afterAdd, state(seg), "redo of the Reduce removes exactly its lines again");
    }

    @Test
    void readersLeaveRemovedLinesOut() {
        String seg = w.segments.create("Readers").getNo();
        step(seg, CriteriaAction.ADD, "Aalborg|Esbjerg");
        Set<String> aalborg = w.contacts.values().stream().filter(c -> "Aalborg".equals(c.getCity())).map(c -> c.getNo())
                .collect(Collectors.toSet());
        SegmentLine removedLine = w.segments.lines(seg, 0, Integer.MAX_VALUE).stream()
                .filter(l -> aalborg.contains(l.getContactNo())).findFirst().orElseThrow();
        long before = w.segments.lineCount(seg);
        StepSummary reduce = step(seg, CriteriaAction.REDUCE, "Aalborg");
        assertTrue(reduce.removed() > 0);
        assertEquals(before - reduce.removed(), w.segments.lineCount(seg), "the count leaves removed lines out");
        assertEquals(before - reduce.removed(), reduce.linesAfter());
        assertTrue(contacts(seg).stream().noneMatch(aalborg::contains), "the lines list leaves them out");
        assertEquals(w.segments.lineCount(seg), w.segments.lines(seg, 0, Integer.MAX_VALUE).size());
        // a page after a line No. (validation's way of reading) as well
        List<SegmentLine> after = w.store.read(s -> s.segmentLines().pageAfter(seg, 0, Integer.MAX_VALUE));
        assertEquals(w.segments.lineCount(seg), after.size());
        assertTrue(w.store.read(s -> s.segmentLines().get(seg, removedLine.getLineNo())).isEmpty(), "nor found by key");

        // (the service refuses a line it cannot find; the store's update by key does not see a removed line either)
        assertThrows(NotFoundException.class, () -> w.store.write(s -> s.segmentLines().update(removedLine)));
        // the live count of a Reduce counts shown lines only; of an Add, the removed contacts are not present
        LiveCount again = w.segments.count(seg, new StepRequest(CriteriaAction.REDUCE, StepOptions.DEFAULTS,
                List.of(f("contact", "city", "Aalborg"))));
        assertEquals(0, again.newLines(), "nothing left to remove");
        StepRequest addBack = new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, List.of(f("contact", "city", "Aalborg")));
        LiveCount add = w.segments.count(seg, addBack);
        assertEquals(0, add.alreadyInSegment(), "a removed line does not make its contact present");
        assertEquals(reduce.removed(), add.newLines());
        // editing or removing a removed line is refused as a line that does not exist
        removedLine.setDescription("changed");
        assertThrows(NotFoundException.class, () -> w.segments.updateLine(removedLine));
        assertThrows(NotFoundException.class, () -> w.segments.removeLines(seg, List.of(removedLine.getLineNo())));
        // the header's changes reach shown lines only: the undo brings the removed line back as it was
        int changed = w.store.write(s -> s.lineOperations().propagate(seg, null,
                org.segmenta.model.SegmentaPackage.Literals.SEGMENT_LINE__DESCRIPTION, "From the header"));
        assertEquals(w.segments.lineCount(seg), changed);
        // references: a contact only on a removed line is not in use by the segment
        assertTrue(w.store.read(s -> s.references().uses(Reference.SEGMENT_LINE_CONTACT, removedLine.getContactNo(), 1)) == null);
        // the same person twice: only shown lines are paired
        assertTrue(w.store.read(s -> s.lineOperations().samePersons(seg, 1000)).stream()
                .noneMatch(p -> aalborg.contains(p.contactNo()) || aalborg.contains(p.otherContactNo())));

        // Add brings the removed contacts back as new lines (new numbers after every line, removed ones included)
        StepSummary added = w.segments.apply(seg, addBack);
        assertEquals(reduce.removed(), added.added());
        assertTrue(w.segments.lines(seg, 0, Integer.MAX_VALUE).stream().mapToInt(SegmentLine::getLineNo).distinct()
                .count() == w.segments.lineCount(seg));
        w.segments.undo(seg);
        w.segments.undo(seg);
        SegmentLine back = w.segments.lines(seg, 0, Integer.MAX_VALUE).stream()
                .filter(l -> l.getLineNo() == removedLine.getLineNo()).findFirst().orElseThrow();
        assertNotEquals("From the header", back.getDescription(), "the removed line kept its own values");
    }

    @Test
    void deletingAContactOnlyOnRemovedLinesDropsThoseLines() {
        String seg = w.segments.create("Delete").getNo();
        step(seg, CriteriaAction.ADD, "Kolding");
        String gone = w.segments.lines(seg, 0, 1).get(0).getContactNo();
        long persons = w.contacts.values().stream().filter(c -> gone.equals(c.getCompanyNo()) && !gone.equals(c.getNo()))
                .count();
        org.junit.jupiter.api.Assumptions.assumeTrue(persons == 0 || !gone.equals(w.contacts.get(gone).getCompanyNo()));
        long before = w.segments.lineCount(seg);
        w.segments.apply(seg, new StepRequest(CriteriaAction.REDUCE, StepOptions.DEFAULTS, List.of(f("contact", "no", gone))));
        w.store.write(s -> {
            s.contacts().delete(gone);
            return null;
        });
        w.segments.undo(seg);
        assertEquals(before - 1, w.segments.lineCount(seg), "the undo has no line of a deleted contact to bring back");
        assertFalse(contacts(seg).contains(gone));
    }

    @Test
    void logTakesTheShownLinesOnly() throws Exception {
        ServiceTracker<MergeService, MergeService> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), MergeService.class, null);
        tracker.open();
        try {
            MergeService merge = tracker.waitForService(10_000);
            assertNotNull(merge);
            InteractionServiceImpl interactions = new InteractionServiceImpl(w.store, w.segments, merge,
                    Clock.fixed(World.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            w.salespeopleAndHardCopyTemplate("CALL", "Call");
            String seg = w.segments.create("Log").getNo();
            interactions.chooseTemplate(seg, "CALL", false);
            step(seg, CriteriaAction.ADD, "Copenhagen|Odense");
            step(seg, CriteriaAction.REFINE, "Odense");
            w.segments.removeLines(seg, List.of(w.segments.lines(seg, 0, 1).get(0).getLineNo()));
            Set<String> shown = contacts(seg);
            Set<String> blocked = w.contacts.values().stream().filter(c -> c.isPrivacyBlocked()).map(c -> c.getNo())
                    .collect(Collectors.toSet());
            shown.removeAll(blocked);
            LogResult r = interactions.log(seg, new LogOptions(false, false, "TESTER"));
            assertEquals(shown.size(), r.entries(), "one entry per shown line, none for a removed one");
            Set<String> logged = w.store.read(s -> s.interactionLog().find(org.segmenta.core.store.InteractionLogQuery.all().withSegmentNo(seg))).stream()
                    .map(e -> e.getContactNo()).collect(Collectors.toSet());
            assertEquals(shown, logged);
            assertTrue(w.segments.get(seg).isEmpty(), "the segment is gone, its removed lines with it");
        } finally {
            tracker.close();
        }
    }
}

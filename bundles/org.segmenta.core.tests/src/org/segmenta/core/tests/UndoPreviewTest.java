package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.core.segment.UndoPreview;
import org.segmenta.model.CriteriaAction;
import org.segmenta.testing.WorldFixture;

/**
 * The undo confirmation's count ({@link org.segmenta.core.segment.SegmentService#undoPreview}): the step it would take
 * back, by its description, and exactly the lines that the undo then brings back or takes out.
 */
class UndoPreviewTest extends WorldFixture {

    private Locale before;

    UndoPreviewTest() {
        super(120, 15L);
    }

    @BeforeEach
    void english() {
        before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    private StepSummary step(String seg, CriteriaAction action, String city) {
        return w.segments.apply(seg, new StepRequest(action, StepOptions.DEFAULTS,
                List.of(new FieldFilter("contact", "city", city))));
    }

    @Test
    void thePreviewNamesTheStepAndCountsWhatTheUndoThenDoes() {
        String seg = w.segments.create("Preview").getNo();
        assertFalse(w.segments.undoPreview(seg).isPresent(), "no step, nothing to undo");
        StepSummary add = step(seg, CriteriaAction.ADD, "Copenhagen|Aarhus|Odense");
        StepSummary refine = step(seg, CriteriaAction.REFINE, "Copenhagen");
        assertTrue(add.added() > 20 && refine.removed() > 1, add.describe() + " / " + refine.describe());

        UndoPreview p = w.segments.undoPreview(seg).orElseThrow();
        assertEquals(2, p.stepNo());
        assertEquals(CriteriaAction.REFINE, p.action());
        assertEquals("Remove Contacts (Refine): contact.city=Copenhagen", p.description());
        assertEquals(refine.removed(), p.linesBack());
        assertEquals(0, p.linesGone());
        assertEquals("Undo step 2 'Remove Contacts (Refine): contact.city=Copenhagen'? " + refine.removed() + " lines come back.",
                p.question());
        assertEquals("Undo of step 2 'Remove Contacts (Refine): contact.city=Copenhagen' (not done): " + refine.removed()
                + " lines come back.", p.describe());
        assertEquals(add.added() - refine.removed(), w.segments.lineCount(seg), "the preview changed nothing");

        StepSummary undone = w.segments.undo(seg).orElseThrow();
        assertEquals(p.linesBack(), undone.added(), "the undo brings back what the preview counted");
        assertEquals(p.linesGone(), undone.removed());

        UndoPreview first = w.segments.undoPreview(seg).orElseThrow();
        assertEquals(1, first.stepNo());
        assertEquals(0, first.linesBack());
        assertEquals(add.added(), first.linesGone());
        assertEquals("Undo step 1 'Add Contacts: contact.city=Copenhagen|Aarhus|Odense'? " + add.added()
                + " lines go.", first.question());
        assertEquals(first.linesGone(), w.segments.undo(seg).orElseThrow().removed());
        assertFalse(w.segments.undoPreview(seg).isPresent());
    }

    @Test
    void oneLineIsSingularAndCountsAreGroupedByTheLocale() {
        assertEquals("Undo step 4 'Reduce: contact.city=Aarhus'? 1 line comes back.",
                new UndoPreview(4, CriteriaAction.REDUCE, "Reduce: contact.city=Aarhus", 1, 0).question());
        assertEquals("Undo step 3 'Add Contacts'? 234,223 lines come back. 1 line goes.",
                new UndoPreview(3, CriteriaAction.ADD, null, 234_223, 1).question(), "no description: the action");
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        assertTrue(new UndoPreview(2, CriteriaAction.REFINE, "Refine: x", 234_223, 0).question()
                .contains("234.223"), "German grouping");
    }
}

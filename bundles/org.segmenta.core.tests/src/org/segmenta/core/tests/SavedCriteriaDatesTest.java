package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.criteria.FieldType;
import org.segmenta.core.criteria.FilterParser;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SavedSegmentCriteria;
import org.segmenta.model.SegmentCriteriaLine;
import org.segmenta.testing.World;
import org.segmenta.testing.WorldFixture;

/**
 * Saved criteria keep their dates in ISO, so that a filter saved by a German user ({@code 01.12.26..06.12.26})
 * replays for an English one; criteria saved in German before (short dates as typed) still replay in English.
 */
class SavedCriteriaDatesTest extends WorldFixture {

    private Locale before;

    SavedCriteriaDatesTest() {
        super(60, 7L);
    }

    @BeforeEach
    void remember() {
        before = Locale.getDefault(Locale.Category.FORMAT);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void datesAreNormalisedToIsoAndEverythingElseKept() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        LocalDate today = World.TODAY;
        assertEquals("2026-12-01..2026-12-06|today", FilterParser.normalise("01.12.26..06.12.26|today", FieldType.DATE,
                List.of(), today));
        assertEquals(">=2026-12-06", FilterParser.normalise(">=6.12.2026", FieldType.DATE, List.of(), today));
        assertEquals("..2026-06-30", FilterParser.normalise("..2026-06-30", FieldType.DATE, List.of(), today));
        assertEquals("06.12.26", FilterParser.normalise("06.12.26", FieldType.TEXT, List.of(), today), "not a date field");
        assertEquals("31.02.26", FilterParser.normalise("31.02.26", FieldType.DATE, List.of(), today),
                "a date that does not parse is left to fail on replay");
    }

    @Test
    void criteriaSavedInGermanReplayInEnglish() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        String seg = w.segments.create("Dates").getNo();
        StepSummary add = w.segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS,
                List.of(new FieldFilter("contact", "city", "Copenhagen|Aarhus"))));
        w.segments.apply(seg, new StepRequest(CriteriaAction.REDUCE, StepOptions.DEFAULTS,
                List.of(new FieldFilter("interactionLogEntry", "date", "01.12.26..06.12.26"))));
        w.segments.saveCriteria(seg, "DEC", "December");
        SavedSegmentCriteria saved = w.store.read(s -> s.savedCriteria().require("DEC"));
        SegmentCriteriaLine reduce = saved.getLines().get(1);
        assertEquals("2026-12-01..2026-12-06", reduce.getFilters().get(0).getExpression());
        assertEquals("Copenhagen|Aarhus", saved.getLines().get(0).getFilters().get(0).getExpression());

        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        String replay = w.segments.create("Replay").getNo();
        List<StepSummary> done = w.segments.reuseCriteria(replay, "DEC");
        assertEquals(2, done.size());
        assertEquals(add.linesAfter(), done.get(1).linesAfter());

        // criteria saved before this change, with the German short dates as typed, replay in English too
        w.store.write(s -> {
            SavedSegmentCriteria old = s.savedCriteria().require("DEC");
            old.getLines().get(1).getFilters().get(0).setExpression("01.12.26..06.12.26");
            return s.savedCriteria().update(old);
        });
        String older = w.segments.create("Older").getNo();
        assertEquals(2, w.segments.reuseCriteria(older, "DEC").size());
    }
}

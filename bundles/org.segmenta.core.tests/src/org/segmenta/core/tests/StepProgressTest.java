package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.core.store.CancelledException;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentLine;

/**
 * The progress a criteria step reports to the window's Job and the command line's stderr (the new user's find: Add
 * on a large segment showed a busy bar without a word): a step is one set-based statement, so its phases are named
 * honestly, not counted, and all of its work is reported; Cancel through the monitor rolls the step back.
 */
class StepProgressTest extends DemoSegmentFixture {

    /** A monitor that remembers what it was told. */
    private static final class Recorder extends NullProgressMonitor {
        final List<String> said = new ArrayList<>();
        double total;
        double worked;

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
        }

        @Override
        public void subTask(String name) {
            said.add(name);
        }
    }

    @Test
    void aStepNamesItsPhasesAndReportsAllItsWork() {
        SegmentLine first = lines.get(0);
        Recorder r = new Recorder();
        StepSummary done = segments.apply(seg, new StepRequest(CriteriaAction.REDUCE, StepOptions.DEFAULTS,
                List.of(new FieldFilter("contact", "no", first.getContactNo()))), r);
        assertEquals(1, done.removed());
        assertEquals(List.of("Reading the filters", "Removing the matching lines",
                "Saving step " + done.stepNo(), "0 added, 1 removed"), r.said);
        assertEquals(r.total, r.worked, 0.01 * r.total, "all the work is reported: the bar ends full");
    }

    @Test
    void cancelThroughTheMonitorRollsTheStepBack() {
        long before = segments.lineCount(seg);
        Recorder r = new Recorder();
        r.setCanceled(true);
        assertThrows(CancelledException.class, () -> segments.apply(seg, new StepRequest(CriteriaAction.REDUCE,
                StepOptions.DEFAULTS, List.of(new FieldFilter("contact", "no", lines.get(0).getContactNo()))), r));
        assertEquals(before, segments.lineCount(seg));
    }
}

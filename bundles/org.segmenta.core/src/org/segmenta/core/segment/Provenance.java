package org.segmenta.core.segment;

import org.segmenta.model.SegmentLine;
import org.segmenta.model.StepKind;

/**
 * How a line came into its segment, in one wording for the window, the command line and exports (the reference
 * design keeps this as Segment History, §1.8 of the domain reference; lines only come in by an Add-kind step, and
 * undoing a Reduce or Refine brings lines back with the step that added them).
 */
public final class Provenance {

    private Provenance() {
    }

    /**
     * @param line a segment line
     * @return for example {@code Step 1, Add Contacts}, {@code Step 2, Add Contacts by hand} or
     *         {@code Step 3, Reuse logged segment 7}; empty when the line has no step (made before steps were kept)
     */
    public static String describe(SegmentLine line) {
        if (line.getStepNo() <= 0 || line.getStepKind() == null) {
            return "";
        }
        String step = "Step " + line.getStepNo() + ", ";
        if (line.getStepKind() == StepKind.REUSED_LOGGED_SEGMENT) {
            return step + "Reuse logged segment"
                    + (line.getReusedLoggedSegmentEntryNo() == null ? "" : " " + line.getReusedLoggedSegmentEntryNo());
        }
        return step + "Add Contacts" + (line.getStepKind() == StepKind.MANUAL ? " by hand" : "");
    }
}

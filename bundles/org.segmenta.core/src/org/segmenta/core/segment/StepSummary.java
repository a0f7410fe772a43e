package org.segmenta.core.segment;

import org.segmenta.model.CriteriaAction;
import org.segmenta.model.StepKind;

/**
 * What a step did (P18 of the domain reference: report counts after every action).
 *
 * @param stepNo the step's number in the segment (1-based)
 * @param action its action
 * @param kind criteria, manual or reused logged segment
 * @param added lines added
 * @param removed lines removed
 * @param skippedAsDuplicate matching contacts not added because they were already in the segment
 * @param skippedAsExcluded matching contacts not added because they are excluded or privacy blocked
 * @param linesAfter the number of lines in the segment afterwards
 */
public record StepSummary(int stepNo, CriteriaAction action, StepKind kind, long added, long removed,
        long skippedAsDuplicate, long skippedAsExcluded, long linesAfter) {

    /** @return a one-line account for status lines and the command line, for example "Step 3, Add Contacts: 120 added, 4 already in the segment, 2 excluded; 530 lines." */
    public String describe() {
        StringBuilder b = new StringBuilder("Step ").append(stepNo).append(", ").append(action.getLiteral()).append(": ");
        b.append(added).append(" added");
        if (removed > 0 || action != CriteriaAction.ADD) {
            b.append(", ").append(removed).append(" removed");
        }
        if (skippedAsDuplicate > 0) {
            b.append(", ").append(skippedAsDuplicate).append(" already in the segment");
        }
        if (skippedAsExcluded > 0) {
            b.append(", ").append(skippedAsExcluded).append(" excluded");
        }
        return b.append("; ").append(linesAfter).append(linesAfter == 1 ? " line." : " lines.").toString();
    }
}

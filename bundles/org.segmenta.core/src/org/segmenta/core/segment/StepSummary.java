package org.segmenta.core.segment;

import org.segmenta.core.format.Formats;
import org.segmenta.core.internal.Messages;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.StepKind;
import org.segmenta.model.rules.Captions;

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

    /**
     * @return a one-line account for status lines and the command line, in the user's language, for example
     *         "Step 3, Add Contacts: 120 added, 4 already in the segment, 2 excluded; 530 lines." (counts grouped by
     *         the locale: "1.234" in German)
     */
    public String describe() {
        StringBuilder b = new StringBuilder(Formats.bind(Messages.StepSummary_head, stepNo, Captions.shown(action),
                Formats.count(added)));
        if (removed > 0 || action != CriteriaAction.ADD) {
            b.append(Formats.bind(Messages.StepSummary_removed, Formats.count(removed)));
        }
        if (skippedAsDuplicate > 0) {
            b.append(Formats.bind(Messages.StepSummary_duplicates, Formats.count(skippedAsDuplicate)));
        }
        if (skippedAsExcluded > 0) {
            b.append(Formats.bind(Messages.StepSummary_excluded, Formats.count(skippedAsExcluded)));
        }
        return b.append(Formats.plural(linesAfter, Messages.StepSummary_lineOne, Messages.StepSummary_lineOther))
                .toString();
    }
}

package org.segmenta.core.segment;

import java.util.ArrayList;
import java.util.List;

import org.segmenta.core.format.Formats;
import org.segmenta.core.internal.Messages;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.rules.Captions;

/**
 * What undoing a segment's last step would do, counted before it is done, so that the window's confirmation and the
 * command line's {@code segment undo --dry-run} name the step and the lines it changes (P18 of the domain reference:
 * report counts; NAV's Go Back undoes the last criteria action of the segment, §1.8).
 *
 * @param stepNo the step's number in the segment (1-based)
 * @param action its action
 * @param description the step's description as the timeline shows it, for example {@code Refine: contact.city=Berlin}
 * @param linesBack the lines the step removed, which come back
 * @param linesGone the lines the step added, which go
 * @since 1.1
 */
public record UndoPreview(int stepNo, CriteriaAction action, String description, long linesBack, long linesGone) {

    /** @return the step's description, or its action's caption when it has none */
    public String shownDescription() {
        return description == null || description.isBlank() ? Captions.shown(action) : description;
    }

    /**
     * @return the lines that change, in the user's language, counts grouped by the locale, for example
     *         "234,223 lines come back." or "12 lines come back. 5 lines go."
     */
    public String effect() {
        List<String> parts = new ArrayList<>();
        if (linesBack > 0) {
            parts.add(Formats.plural(linesBack, Messages.UndoPreview_backOne, Messages.UndoPreview_backOther));
        }
        if (linesGone > 0) {
            parts.add(Formats.plural(linesGone, Messages.UndoPreview_goneOne, Messages.UndoPreview_goneOther));
        }
        return parts.isEmpty() ? Messages.UndoPreview_noLineChanges : String.join(" ", parts);
    }

    /**
     * @return the confirmation question in the user's language, for example
     *         "Undo step 2 'Refine: contact.city=Berlin'? 234,223 lines come back."
     */
    public String question() {
        return Formats.bind(Messages.UndoPreview_question, stepNo, shownDescription()) + " " + effect();
    }

    /**
     * @return the same as a statement for a dry run, for example
     *         "Undo of step 2 'Refine: contact.city=Berlin' (not done): 234,223 lines come back."
     */
    public String describe() {
        return Formats.bind(Messages.UndoPreview_wouldUndo, stepNo, shownDescription()) + " " + effect();
    }
}

package org.segmenta.ui.internal.handlers;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.segmenta.ui.internal.parts.SegmentAware;
import org.segmenta.ui.internal.parts.SegmentEditorPart;

/** What the segment handlers share: the segment they act on, and telling the parts what changed. */
final class Segments {

    private Segments() {
    }

    /**
     * @param active the active part, or null
     * @return the segment it shows or has selected, or null
     */
    static String current(MPart active) {
        if (active != null && active.getObject() instanceof SegmentAware s) {
            return s.segmentNo();
        }
        return null;
    }

    /**
     * Shows what changed in the active segment editor. The other parts hear of the change from the service, which
     * posts it after the commit (SegmentaEvents).
     *
     * @param active the part that was active when the command ran
     * @param segmentNo the segment
     * @param message what happened, for the editor's message line
     */
    static void changed(MPart active, String segmentNo, String message) {
        if (active != null && active.getObject() instanceof SegmentEditorPart editor
                && segmentNo.equals(editor.segmentNo())) {
            editor.changed(message);
        }
    }

    /**
     * @param active the active part, or null
     * @param message a message for the active segment editor's message line
     */
    static void say(MPart active, String message) {
        if (active != null && active.getObject() instanceof SegmentEditorPart editor) {
            editor.say(message);
        }
    }
}

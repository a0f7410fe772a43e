package org.segmenta.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.model.SegmentHeader;
import org.segmenta.ui.internal.parts.SegmentEditorPart;
import org.segmenta.ui.internal.parts.SegmentEditors;

/** Segment › New Segment (Ctrl+N): creates an open segment with the next No. and opens its editor. */
public final class NewSegmentHandler {

    /**
     * @param segments the segment service
     * @param parts the part service
     */
    @Execute
    public void execute(SegmentService segments, EPartService parts) {
        SegmentHeader h = segments.create("");
        MPart part = SegmentEditors.open(parts, h.getNo());
        if (part.getObject() instanceof SegmentEditorPart editor) {
            editor.say("Segment " + h.getNo() + " created. Give it a description and an interaction template, then add contacts.");
            editor.field("description").setFocus();
        }
    }
}

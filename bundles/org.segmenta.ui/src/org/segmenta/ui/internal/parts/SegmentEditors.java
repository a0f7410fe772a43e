package org.segmenta.ui.internal.parts;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.segmenta.ui.UiIds;

/** Opens, finds and closes the segment editors: one part per segment, made from a part descriptor. */
public final class SegmentEditors {

    /** The persisted-state key of the editor's segment No. */
    public static final String SEGMENT_NO = "segmentNo";

    private SegmentEditors() {
    }

    /**
     * @param parts the part service
     * @param segmentNo a segment No.
     * @return the open editor of that segment, or null
     */
    public static MPart find(EPartService parts, String segmentNo) {
        for (MPart p : parts.getParts()) {
            if (UiIds.PARTDESCRIPTOR_SEGMENT_EDITOR.equals(p.getElementId())
                    && segmentNo.equals(p.getPersistedState().get(SEGMENT_NO))) {
                return p;
            }
        }
        return null;
    }

    /**
     * Brings the segment's editor to the front, opening it first when needed.
     *
     * @param parts the part service
     * @param segmentNo a segment No.
     * @return the editor part
     */
    public static MPart open(EPartService parts, String segmentNo) {
        MPart part = find(parts, segmentNo);
        if (part == null) {
            part = parts.createPart(UiIds.PARTDESCRIPTOR_SEGMENT_EDITOR);
            part.getPersistedState().put(SEGMENT_NO, segmentNo);
            part.setLabel(segmentNo);
        }
        return parts.showPart(part, PartState.ACTIVATE);
    }

    /**
     * Closes the segment's editor, if open, without asking to save (after Log or delete).
     *
     * @param parts the part service
     * @param segmentNo a segment No.
     */
    public static void close(EPartService parts, String segmentNo) {
        MPart part = find(parts, segmentNo);
        if (part != null) {
            part.setDirty(false);
            parts.hidePart(part, true);
        }
    }
}

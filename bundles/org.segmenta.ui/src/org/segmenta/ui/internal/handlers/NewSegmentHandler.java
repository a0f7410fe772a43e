package org.segmenta.ui.internal.handlers;

import org.segmenta.ui.internal.Messages;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EAttribute;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.ui.SegmentaPreferences;
import org.segmenta.ui.internal.parts.SegmentEditorPart;
import org.segmenta.ui.internal.parts.SegmentEditors;

/**
 * Segment › New Segment (Ctrl+N): creates an open segment with the next No. and opens its editor. The segment gets the
 * salesperson and language of Window › Preferences › Defaults (through the interaction service, which refuses codes
 * that are not set up; then the segment is made without them and the editor says why).
 */
public final class NewSegmentHandler {

    private static final String CREATED = Messages.NewSegmentHandler_segmentSCreatedGiveIt;
    private static final String DEFAULTS_REFUSED = Messages.NewSegmentHandler_theDefaultsOfWindowPreferences;

    /** A new segment and what the user should know about it. */
    public record Created(SegmentHeader header, String message) {
    }

    /**
     * @param segments the segment service
     * @param interactions the interaction service (creates the segment with its header values)
     * @param parts the part service
     */
    @Execute
    public void execute(SegmentService segments, InteractionService interactions, EPartService parts) {
        Created c = create(segments, interactions, SegmentaPreferences.get(SegmentaPreferences.DEFAULT_SALESPERSON),
                SegmentaPreferences.get(SegmentaPreferences.DEFAULT_LANGUAGE));
        MPart part = SegmentEditors.open(parts, c.header().getNo());
        if (part.getObject() instanceof SegmentEditorPart editor) {
            editor.say(c.message());
            editor.field("description").setFocus();
        }
    }

    /**
     * Creates a segment with the default salesperson and language, or without them when the service refuses them.
     *
     * @param segments the segment service
     * @param interactions the interaction service
     * @param salesperson the default salesperson code, blank for none
     * @param language the default language code, blank for none
     * @return the segment and the message for the editor
     */
    public static Created create(SegmentService segments, InteractionService interactions, String salesperson,
            String language) {
        Map<EAttribute, Object> values = new LinkedHashMap<>();
        if (salesperson != null && !salesperson.isBlank()) {
            values.put(Literals.SEGMENT_HEADER__SALESPERSON_CODE, salesperson.strip());
        }
        if (language != null && !language.isBlank()) {
            values.put(Literals.SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT, language.strip());
        }
        if (values.isEmpty()) {
            SegmentHeader h = segments.create("");
            return new Created(h, String.format(CREATED, h.getNo()));
        }
        try {
            SegmentHeader h = interactions.createSegment("", values);
            return new Created(h, String.format(CREATED, h.getNo()));
        } catch (IllegalArgumentException | org.segmenta.core.store.ValidationException refused) {
            SegmentHeader h = segments.create("");
            return new Created(h, String.format(CREATED, h.getNo()) + DEFAULTS_REFUSED + refused.getMessage());
        }
    }
}

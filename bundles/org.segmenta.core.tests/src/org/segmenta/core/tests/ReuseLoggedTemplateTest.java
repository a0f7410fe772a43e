package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.core.interaction.LineDefaults;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.TemplateDefaults;
import org.segmenta.model.Contact;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaFactory;

/**
 * Reusing a logged segment in a segment without a template of its own: the lines keep the logged segment's
 * interaction template and so its correspondence type (the demo's LETTER: hard copy, or the contact's e-mail), not
 * None; a segment with its own template (PHONE, which defines none) keeps that choice.
 */
class ReuseLoggedTemplateTest extends DemoSegmentFixture {

    private long logDemoSegment() {
        return interactions.log(seg, new LogOptions(false, false, "TESTER")).loggedSegmentEntryNo();
    }

    @Test
    void aSegmentWithoutTemplateKeepsTheLoggedTemplateAndItsCorrespondenceType() {
        long logged = logDemoSegment();
        Map<String, InteractionLogEntry> byContact = new HashMap<>();
        for (InteractionLogEntry e : interactions.entries(InteractionLogQuery.all().withLoggedSegmentEntryNo(logged))) {
            byContact.put(e.getContactNo(), e);
        }
        assertTrue(byContact.size() > 5, "the demo segment was logged: " + byContact.size());

        String followUp = segments.create("Phone follow-up").getNo();
        segments.reuseLoggedSegment(followUp, logged, true);
        List<SegmentLine> lines = segments.lines(followUp, 0, 10_000);
        assertEquals(byContact.size(), lines.size());
        InteractionTemplate letter = store.read(s -> s.interactionTemplates().require("LETTER"));
        SegmentHeader withLetter = SegmentaFactory.eINSTANCE.createSegmentHeader();
        TemplateDefaults.apply(withLetter, letter);
        int hardCopy = 0;
        for (SegmentLine l : lines) {
            assertEquals("LETTER", l.getInteractionTemplateCode(), "line " + l.getLineNo());
            assertEquals("LETTER", l.getInteractionGroupCode(), "line " + l.getLineNo());
            Contact c = store.read(s -> s.contacts().require(l.getContactNo()));
            CorrespondenceType expected = LineDefaults.correspondenceType(withLetter, c, letter);
            assertEquals(expected, l.getCorrespondenceType(), "line " + l.getLineNo());
            assertEquals(byContact.get(l.getContactNo()).getCorrespondenceType(), l.getCorrespondenceType(),
                    "as the logged entry of " + l.getContactNo());
            hardCopy += l.getCorrespondenceType() == CorrespondenceType.HARD_COPY ? 1 : 0;
        }
        assertTrue(hardCopy > 0, "LETTER's hard copy where the contact has no other preference");
        assertTrue(lines.stream().noneMatch(l -> l.getCorrespondenceType() == CorrespondenceType.NONE));
        // the header is the user's: still without a template
        assertEquals(null, segments.get(followUp).orElseThrow().getInteractionTemplateCode());
    }

    @Test
    void aSegmentWithItsOwnTemplateKeepsIt() {
        long logged = logDemoSegment();
        String phone = interactions.createSegment("Calls", Map.of()).getNo();
        interactions.chooseTemplate(phone, "PHONE", false);
        segments.reuseLoggedSegment(phone, logged, true);
        List<SegmentLine> lines = segments.lines(phone, 0, 10_000);
        assertTrue(!lines.isEmpty());
        assertTrue(lines.stream().allMatch(l -> "PHONE".equals(l.getInteractionTemplateCode())), "the header's choice");
    }
}

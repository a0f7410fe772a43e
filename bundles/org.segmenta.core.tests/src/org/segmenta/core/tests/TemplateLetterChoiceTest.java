package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.segmenta.core.interaction.StoredDocument;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.SegmentLine;

/**
 * The merge wizard with the segment's own template letter (the new user's find: "Use this document as the segment's
 * Word document" greyed without a reason, "Do not merge now" refused, so Finish forced writing every letter), and the
 * rule "has a letter of its own" that enables Revert to Template Letter; on the demo data in a real Derby database.
 */
class TemplateLetterChoiceTest extends DemoSegmentFixture {

    private SegmentLine line(int lineNo) {
        return segments.lines(seg, 0, 1000).stream().filter(l -> l.getLineNo() == lineNo).findFirst().orElseThrow();
    }

    @Test
    void theTemplatesLetterBecomesTheSegmentsDocumentWithoutACopyAndKeepsTheMapping() throws Exception {
        StoredDocument own = interactions.inspectWordTemplate(seg).orElseThrow();
        SegmentLine personal = lines.get(0);
        interactions.personalise(seg, personal.getLineNo(), "Personal.docx", interactions.mergeLine(seg, personal.getLineNo()));
        long personalLetter = line(personal.getLineNo()).getAttachmentNo();

        FieldMapping mine = own.document().mapping().with("Formal_Salutation", MergeKey.EMAIL);
        interactions.useStoredWordDocument(seg, own.attachmentNo(), mine);

        SegmentHeader h = store.read(s -> s.segments().require(seg));
        assertFalse(h.getLanguages().isEmpty(), "the demo segment has language rows");
        for (SegmentInteractionLanguage row : h.getLanguages()) {
            // the stored document itself, not a copy
            assertEquals(own.attachmentNo(), row.getWordTemplateNo(), row.getLanguageCode());
        }
        SegmentLine other = line(lines.get(1).getLineNo());
        assertEquals(own.attachmentNo(), other.getWordTemplateNo());
        assertEquals(personalLetter, line(personal.getLineNo()).getAttachmentNo(), "a letter of its own stays");
        assertEquals(MergeKey.EMAIL, interactions.inspectWordTemplate(seg).orElseThrow().document().mapping()
                .keyOf("Formal_Salutation").orElseThrow(), "the mapping is kept with the document");
    }

    @Test
    void finishIsRefusedOnlyWhenAFileOfTheUsersWouldBeDropped() {
        // every combination: stored document (the template's letter) or the user's file × use × merge now
        for (boolean stored : new boolean[] { false, true }) {
            for (boolean use : new boolean[] { false, true }) {
                for (boolean mergeNow : new boolean[] { false, true }) {
                    Optional<String> problem = interactions.mergeChoiceProblem(stored, use, mergeNow);
                    assertEquals(!stored && !use && !mergeNow, problem.isPresent(), stored + " " + use + " " + mergeNow);
                }
            }
        }
        assertTrue(interactions.mergeChoiceProblem(true, false, false).isEmpty(),
                "the template's letter with Do not merge now: Finish keeps the matching, writes no letter");
        String reason = interactions.mergeChoiceProblem(false, false, false).orElseThrow();
        assertEquals("Finish would do nothing with this document: choose where the letters go (a folder or one combined "
                + "document), or check \"Use this document as the segment's Word document\".", reason);
    }

    @Test
    void aLineHasALetterOfItsOwnFromPersonaliseUntilReverted() throws Exception {
        SegmentLine first = lines.get(0);
        assertFalse(interactions.hasOwnLetter(line(first.getLineNo())), "a new line merges the template's letter");
        interactions.personalise(seg, first.getLineNo(), "Personal.docx", interactions.mergeLine(seg, first.getLineNo()));
        assertTrue(interactions.hasOwnLetter(line(first.getLineNo())));
        assertFalse(interactions.hasOwnLetter(line(lines.get(1).getLineNo())), "only that line");
        interactions.revertToTemplateLetter(seg, first.getLineNo());
        assertFalse(interactions.hasOwnLetter(line(first.getLineNo())));
    }
}

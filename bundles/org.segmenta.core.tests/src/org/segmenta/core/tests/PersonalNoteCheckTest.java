package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.core.interaction.FindingGroup;
import org.segmenta.core.interaction.LogProblem;
import org.segmenta.core.interaction.LogProblem.Cause;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.merge.word.WordMerge;
import org.segmenta.model.SegmentLine;
import org.segmenta.testing.Corpus;

/**
 * The personal note a letter would drop (the trial at 100,000 contacts: a note lost without a warning because the
 * line's Word document had no PersonalNote field): the pre-Log check warns once per document with the lines' count,
 * and says it for one line ({@code personalNoteProblem}, the Personal Note dialog's warning), on the demo data in a
 * real Derby database with the real Word merge. The demo letter has the field; bouke_macword2011.docx has not.
 */
class PersonalNoteCheckTest extends DemoSegmentFixture {

    @BeforeEach
    void demoLines() {
        assertTrue(lines.size() > 10, "the demo segment has lines");
    }

    private List<FindingGroup> notes(boolean send) {
        return interactions.check(seg, send).stream()
                .filter(g -> g.cause() == Cause.NOTE_NOT_IN_DOCUMENT || g.cause() == Cause.NOTE_OWN_LETTER).toList();
    }

    @Test
    void theDemoLetterHasThePersonalNoteFieldSoNothingIsSaid() {
        interactions.setPersonalNote(seg, lines.get(0).getLineNo(), "See you in Herning.");
        assertEquals(List.of(), notes(true));
        assertTrue(interactions.personalNoteProblem(seg, lines.get(0).getLineNo()).isEmpty());
    }

    @Test
    void aDocumentWithoutThePersonalNoteFieldIsOneWarningWithItsLinesCountAndTheLinesSayIt() throws Exception {
        Path docx = Corpus.dir("docx").resolve("bouke_macword2011.docx");
        interactions.useWordDocument(seg, "bouke.docx", Files.readAllBytes(docx));
        int[] noted = { lines.get(2).getLineNo(), lines.get(5).getLineNo(), lines.get(7).getLineNo() };
        for (int no : noted) {
            interactions.setPersonalNote(seg, no, "Thank you for visiting our stand.");
        }

        for (boolean send : new boolean[] { false, true }) {
            List<FindingGroup> found = notes(send);
            assertEquals(1, found.size(), found.toString());
            FindingGroup g = found.get(0);
            assertEquals(LogProblem.Severity.WARNING, g.severity());
            assertEquals("bouke.docx", g.detail());
            assertEquals(3, g.count());
            assertEquals("3 lines have a personal note but the document bouke.docx has no PersonalNote field - add the "
                    + "field in Word or the notes will not be printed.", g.summary());
            assertEquals(List.of(noted[0], noted[1], noted[2]), g.findings().stream().map(LogProblem::lineNo).toList());
            assertTrue(g.firstLines().startsWith(noted[0] + " (" + lines.get(2).getContactNo() + "), "), g.firstLines());
        }
        // the validation Log runs says it too, as a warning: Log is not refused for it
        assertTrue(interactions.validate(seg, true).stream().anyMatch(p -> p.cause() == Cause.NOTE_NOT_IN_DOCUMENT
                && p.lineNo() == noted[1] && p.message().contains("bouke.docx")));

        // the Personal Note dialog's check, for one line
        String why = interactions.personalNoteProblem(seg, noted[0]).orElseThrow();
        assertEquals("The line's document bouke.docx has no PersonalNote field; add the field in Word.", why);
        assertTrue(interactions.personalNoteProblem(seg, lines.get(3).getLineNo()).isPresent(),
                "a line without a note yet: the dialog warns before the note is written");

        // the user maps a field of the document to PersonalNote (Match Fields): the note is printed, no warning
        long doc = interactions.inspectWordTemplate(seg).orElseThrow().attachmentNo();
        FieldMapping mapping = WordMerge.service().inspect(docx).mapping().with("first_name", MergeKey.PERSONAL_NOTE);
        interactions.keepFieldMapping(doc, mapping);
        assertEquals(List.of(), notes(true));
        assertTrue(interactions.personalNoteProblem(seg, noted[0]).isEmpty());
    }

    @Test
    void aNoteOnALineWithItsOwnLetterIsNotMergedAndSaysSo() throws Exception {
        SegmentLine first = lines.get(0);
        byte[] letter = interactions.mergeLine(seg, first.getLineNo());
        interactions.personalise(seg, first.getLineNo(), "Personal.docx", letter);
        interactions.setPersonalNote(seg, first.getLineNo(), "A note too late for the own letter.");

        List<FindingGroup> found = notes(true);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Cause.NOTE_OWN_LETTER, found.get(0).cause());
        assertEquals(first.getLineNo(), found.get(0).findings().get(0).lineNo());
        assertTrue(interactions.personalNoteProblem(seg, first.getLineNo()).orElseThrow().contains("letter of its own"));

        interactions.revertToTemplateLetter(seg, first.getLineNo());
        assertEquals(List.of(), notes(true), "back on the demo letter, which prints the note");
        assertFalse(interactions.validate(seg, true).stream().anyMatch(p -> p.cause() == Cause.NOTE_OWN_LETTER));
    }
}

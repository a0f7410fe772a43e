package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogResult;
import org.segmenta.core.interaction.StoredDocument;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeProgress;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.merge.word.WordMerge;
import org.segmenta.model.Contact;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.SegmentLine;
import org.segmenta.testing.Corpus;

/**
 * One contact's letter: the personal note (merged into PersonalNote, kept through undo, stored by Log for that line
 * only), a personalised letter and its revert, the field mapping kept with a stored Word document, and merging with
 * a main document the user chose, on the demo data in a real Derby database with the real Word merge.
 */
class PersonalLettersTest extends DemoSegmentFixture {

    private static final String NOTE = "Thank you for your visit in May.\nSee you at the fair in Herning!";

    @BeforeEach
    void demoLines() {
        assertTrue(lines.size() > 20, "the demo segment has lines");
        // persons (first name, e-mail) first: the tests read the first two lines' letters
        lines.sort(java.util.Comparator.comparing(l -> contact(l).getFirstName() == null || contact(l).getEmail() == null));
    }

    private String letterText(int lineNo) throws Exception {
        return DemoDataTest.documentXml(interactions.mergeLine(seg, lineNo)).replaceAll("<[^>]+>", "");
    }

    private SegmentLine line(int lineNo) {
        return segments.lines(seg, 0, 1000).stream().filter(l -> l.getLineNo() == lineNo).findFirst().orElseThrow();
    }

    private Contact contact(SegmentLine line) {
        return store.read(s -> s.contacts().require(line.getContactNo()));
    }

    @Test
    void aPersonalNoteMergesIntoThatLinesLetterOnlyAndLogStoresIt() throws Exception {
        SegmentLine first = lines.get(0);
        SegmentLine saved = interactions.setPersonalNote(seg, first.getLineNo(), NOTE.replace("\n", "\r\n") + "\n  ");
        assertEquals(NOTE, saved.getPersonalNote(), "CR LF becomes LF, trailing blanks go");
        assertEquals(NOTE, line(first.getLineNo()).getPersonalNote());

        String own = letterText(first.getLineNo());
        assertTrue(own.contains("Thank you for your visit in May.") && own.contains("See you at the fair in Herning!"), own);
        String other = letterText(lines.get(1).getLineNo());
        assertFalse(other.contains("visit in May"), other);

        LogResult r = interactions.log(seg, new LogOptions(true, false, "TESTER"));
        assertEquals(lines.size(), r.documents());
        List<InteractionLogEntry> entries = interactions.entries(InteractionLogQuery.all().withLoggedSegmentEntryNo(r.loggedSegmentEntryNo()));
        int withNote = 0;
        for (InteractionLogEntry e : entries) {
            String text;
            try (InputStream in = interactions.openDocument(e.getEntryNo())) {
                text = DemoDataTest.documentXml(in.readAllBytes()).replaceAll("<[^>]+>", "");
            }
            boolean has = text.contains("Thank you for your visit in May.");
            assertEquals(e.getContactNo().equals(first.getContactNo()), has, e.getContactNo() + ": " + text);
            withNote += has ? 1 : 0;
        }
        assertEquals(1, withNote);
    }

    @Test
    void aBlankNoteRemovesItAndATooLongNoteIsRefusedWithNothingChanged() {
        int no = lines.get(0).getLineNo();
        interactions.setPersonalNote(seg, no, "short");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> interactions.setPersonalNote(seg, no, "x".repeat(InteractionService.PERSONAL_NOTE_MAX + 1)));
        assertTrue(e.getMessage().contains("4001 characters") && e.getMessage().contains("at most 4000"), e.getMessage());
        assertEquals("short", line(no).getPersonalNote());
        assertNull(interactions.setPersonalNote(seg, no, " \n ").getPersonalNote());
    }

    @Test
    void theNoteComesBackWithItsLineWhenAReduceIsUndone() {
        SegmentLine first = lines.get(0);
        interactions.setPersonalNote(seg, first.getLineNo(), NOTE);
        segments.apply(seg, new StepRequest(CriteriaAction.REDUCE, StepOptions.DEFAULTS,
                List.of(new FieldFilter("contact", "no", first.getContactNo()))));
        assertEquals(lines.size() - 1, segments.lineCount(seg));
        segments.undo(seg);
        SegmentLine back = segments.lines(seg, 0, 1000).stream().filter(l -> l.getLineNo() == first.getLineNo())
                .findFirst().orElseThrow();
        assertEquals(NOTE, back.getPersonalNote());
    }

    @Test
    void aPersonalisedLetterIsTheLinesOwnUntilRevertedToTheTemplate() throws Exception {
        SegmentLine first = lines.get(0);
        byte[] letter = interactions.mergeLine(seg, first.getLineNo());
        interactions.personalise(seg, first.getLineNo(), "Personal.docx", letter);
        SegmentLine own = line(first.getLineNo());
        assertTrue(own.isMerged(), "marked as having its own letter");
        assertNotEquals(null, own.getAttachmentNo());
        // the own letter is no longer merged: a note set now does not reach it
        interactions.setPersonalNote(seg, first.getLineNo(), NOTE);
        assertFalse(letterText(first.getLineNo()).contains("visit in May"));

        SegmentLine reverted = interactions.revertToTemplateLetter(seg, first.getLineNo());
        assertFalse(reverted.isMerged());
        assertNull(reverted.getAttachmentNo(), "the demo template's rows have no ready attachment");
        assertEquals(own.getWordTemplateNo(), reverted.getWordTemplateNo());
        assertTrue(letterText(first.getLineNo()).contains("visit in May"), "merged from the template again, with the note");
    }

    @Test
    void theFieldMappingKeptWithTheTemplateIsWhatEveryMergeUses() throws Exception {
        StoredDocument doc = interactions.inspectWordTemplate(seg).orElseThrow();
        assertTrue(doc.fileName().endsWith(".docx"), doc.fileName());
        assertEquals(MergeKey.FORMAL_SALUTATION, doc.document().mapping().keyOf("Formal_Salutation").orElseThrow());
        assertEquals(MergeKey.PERSONAL_NOTE, doc.document().mapping().keyOf("PersonalNote").orElseThrow());

        FieldMapping mine = doc.document().mapping().with("Formal_Salutation", MergeKey.EMAIL).with("Company_Name", null);
        interactions.keepFieldMapping(doc.attachmentNo(), mine);

        StoredDocument again = interactions.inspectWordTemplate(seg).orElseThrow();
        assertEquals(MergeKey.EMAIL, again.document().mapping().keyOf("Formal_Salutation").orElseThrow());
        assertEquals(FieldMapping.Reason.UNMAPPED, again.document().mapping().entry("Company_Name").orElseThrow().reason());
        SegmentLine first = lines.get(0);
        Contact c = contact(first);
        String text = letterText(first.getLineNo());
        assertTrue(text.contains(c.getEmail()), "the salutation field now gives the e-mail address: " + text);
        assertEquals(mine.asMap(), FieldMapping.fromText(mine.toText()).asMap(), "the text form reads back");
    }

    @Test
    void aChosenDocumentMergesEveryLineToAFolderWithProgressAndCancel() throws Exception {
        Path docx = Corpus.dir("docx").resolve("bouke_macword2011.docx");
        List<Integer> reported = new ArrayList<>();
        MergeResult r = interactions.mergeToFolder(seg, tmp.resolve("letters"), docx, null, new MergeProgress() {
            @Override
            public void worked(int done, long total) {
                assertEquals(lines.size(), total);
                reported.add(done);
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        });
        assertEquals(lines.size(), r.letters());
        assertEquals(lines.size(), reported.size());
        try (Stream<Path> files = Files.list(tmp.resolve("letters"))) {
            assertEquals(lines.size(), files.count());
        }
        Contact c = contact(lines.get(0));
        Path file = r.files().stream().filter(f -> f.getFileName().toString().contains(" " + c.getNo() + " ")).findFirst()
                .orElseThrow();
        String text = DemoDataTest.documentXml(Files.readAllBytes(file)).replaceAll("<[^>]+>", "");
        assertTrue(text.contains(c.getFirstName()), "the letter holds the first name " + c.getFirstName() + ": " + text);

        int[] asked = { 0 };
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> interactions.mergeToFolder(seg, tmp.resolve("some"), docx, null, new MergeProgress() {
                    @Override
                    public void worked(int done, long total) {
                        // counted below
                    }

                    @Override
                    public boolean isCanceled() {
                        return ++asked[0] > 3;
                    }
                }));
        try (Stream<Path> files = Files.list(tmp.resolve("some"))) {
            assertEquals(0, files.count(), "a canceled merge leaves no letter");
        }

        byte[] preview = interactions.previewLine(seg, lines.get(1).getLineNo(), docx, null);
        assertTrue(DemoDataTest.documentXml(preview).contains(contact(lines.get(1)).getFirstName()));
    }

    @Test
    void aDocumentUsedForTheSegmentKeepsItsMappingForLog() throws Exception {
        Path docx = Corpus.dir("docx").resolve("bouke_macword2011.docx");
        FieldMapping mapping = WordMerge.service().inspect(docx).mapping().with("first_name", MergeKey.CITY);
        long no = interactions.useWordDocument(seg, "bouke.docx", Files.readAllBytes(docx), mapping);
        assertEquals(mapping.asMap(), FieldMapping.fromText(store.read(s -> s.attachments().require(no)).getFieldMapping())
                .asMap(), "the mapping is kept with the stored document");
        SegmentLine first = lines.get(0);
        Contact c = contact(first);
        String text = letterText(first.getLineNo());
        assertTrue(text.contains("Dear " + c.getCity()), "first_name now merges the city: " + text);
    }

    @Test
    void aBrokenDocumentIsAClearErrorAndNothingIsWritten() throws Exception {
        Path broken = tmp.resolve("broken.docx");
        Files.write(broken, "PK\u0003\u0004 this is not really a Word document".getBytes());
        IOException e = assertThrows(IOException.class,
                () -> interactions.mergeToFolder(seg, tmp.resolve("none"), broken, null, MergeProgress.NONE));
        assertTrue(e.getMessage().contains("broken.docx"), e.getMessage());
        try (Stream<Path> files = Files.list(tmp.resolve("none"))) {
            assertEquals(0, files.count());
        }
        assertThrows(IOException.class, () -> interactions.previewLine(seg, lines.get(0).getLineNo(), broken, null));
    }
}

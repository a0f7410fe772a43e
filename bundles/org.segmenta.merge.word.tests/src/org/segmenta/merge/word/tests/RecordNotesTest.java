package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.merge.MergeResult.NoteKind;
import org.segmenta.core.merge.MergeResult.RecordNote;
import org.segmenta.core.merge.MergeSkippedException;
import org.segmenta.core.merge.PreparedMerge;

/**
 * SKIPIF, NEXTIF and NEXT have one meaning, Word's, whether letters go to a folder or into one combined document,
 * and every record skipped or grouped is named in the result (issue 13, item 2).
 */
class RecordNotesTest {

    @TempDir
    Path dir;

    static MergeRecord person(String no, String name, String city) {
        return MergeRecord.builder(Locale.ENGLISH).put(MergeKey.CONTACT_NO, no).put(MergeKey.NAME, name)
                .put(MergeKey.FIRST_NAME, name.split(" ")[0]).put(MergeKey.CITY, city).build();
    }

    /** SKIPIF { MERGEFIELD City } = "Oslo", then the name. */
    private Path skipIfOslo() throws Exception {
        return Files.write(dir.resolve("skip-oslo.docx"), Docx.build("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText> SKIPIF \"</w:instrText></w:r><w:fldSimple w:instr=\" MERGEFIELD City \"><w:r><w:t>«City»</w:t></w:r></w:fldSimple>"
                + "<w:r><w:instrText>\" = \"Oslo\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + Docx.complex(" MERGEFIELD Name ") + "</w:p>", null, Docx.DOC));
    }

    private static List<String> describe(List<RecordNote> notes) {
        return notes.stream().map(n -> n.record() + " " + n.who() + " " + n.kind() + " " + n.letter() + " " + n.into()).toList();
    }

    @Test
    void skipIfGivesNoLetterAndNamesTheContactInBothModes() throws Exception {
        Path f = skipIfOslo();
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(f, CorpusMergeTest.SERVICE.inspect(f).mapping());
        List<MergeRecord> recs = List.of(person("CT01", "Ola Nordmann", "Oslo"), person("CT02", "Kari Berg", "Bergen"),
                person("CT03", "Per Lie", "Oslo"), person("CT04", "Liv Dahl", "Tromsø"));
        MergeResult folder = pm.mergeToFolder(recs, dir, i -> "letter-" + i + ".docx");
        MergeResult combined = pm.mergeCombined(recs, dir.resolve("all.docx"));
        for (MergeResult r : List.of(folder, combined)) {
            assertEquals(2, r.letters());
            assertEquals(4, r.records());
            assertEquals(List.of("0 CT01 Ola Nordmann SKIPPED -1 ", "2 CT03 Per Lie SKIPPED -1 "), describe(r.notes()));
            assertEquals(r.notes(), r.skipped());
            assertTrue(r.skipped().get(0).field().startsWith("SKIPIF"), r.skipped().get(0).field());
            assertTrue(r.skipped().get(0).toString().contains("CT01 Ola Nordmann: skipped, no letter"), r.skipped().get(0).toString());
        }
        assertEquals("Kari Berg¶", Docx.read(folder.files().get(0)).text("word/document.xml"));
        assertEquals("Liv Dahl¶", Docx.read(folder.files().get(1)).text("word/document.xml"));
        String all = Docx.read(combined.files().get(0)).text("word/document.xml");
        assertTrue(all.contains("Kari Berg") && all.contains("Liv Dahl") && !all.contains("Ola") && !all.contains("Per Lie"), all);
        // one contact's letter: skipped is said as such, not as a failure
        MergeSkippedException e = assertThrows(MergeSkippedException.class, () -> pm.preview(recs.get(0)));
        assertTrue(e.getMessage().contains("CT01 Ola Nordmann") && e.getMessage().contains("gets no letter"), e.getMessage());
    }

    @Test
    void nextPutsTheNextContactsIntoTheSameLetterInBothModes() throws Exception {
        MainDocument d = CorpusMergeTest.SERVICE.inspect(Docx.corpus("iulica_next_record.docx"));
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(d.file(), d.mapping().with("field", MergeKey.FIRST_NAME));
        assertEquals(4, pm.recordsPerLetter(), "a page of four records");
        List<MergeRecord> recs = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            recs.add(person("CT0" + i, "R" + i + " Test", "Oslo"));
        }
        MergeResult folder = pm.mergeToFolder(recs, dir, i -> "page-" + i + ".docx");
        MergeResult combined = pm.mergeCombined(recs, dir.resolve("pages.docx"));
        for (MergeResult r : List.of(folder, combined)) {
            assertEquals(2, r.letters());
            assertEquals(List.of("1 CT02 R2 Test GROUPED 0 CT01 R1 Test", "2 CT03 R3 Test GROUPED 0 CT01 R1 Test",
                    "3 CT04 R4 Test GROUPED 0 CT01 R1 Test", "5 CT06 R6 Test GROUPED 1 CT05 R5 Test"), describe(r.notes()));
            assertEquals(NoteKind.GROUPED, r.grouped().get(0).kind());
        }
        String page1 = Docx.read(folder.files().get(0)).text("word/document.xml");
        assertTrue(page1.startsWith("R1/R1¶R2/R2¶R3/R3¶R4/R4"), page1);
        String all = Docx.read(combined.files().get(0)).text("word/document.xml");
        assertTrue(all.contains("R1/R1¶R2/R2¶R3/R3¶R4/R4") && all.contains("R5/R5¶R6/R6"), all);
    }

    @Test
    void aLabelsDocumentMergedOneLetterPerContactSaysSoAndOffersTheOtherModes() throws Exception {
        MainDocument d = CorpusMergeTest.SERVICE.inspect(Docx.corpus("iulica_next_record.docx"));
        assertTrue(d.problems().stream().anyMatch(p -> p.message().contains("several records per page")), d.problems().toString());
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(d.file(), d.mapping().with("field", MergeKey.FIRST_NAME));
        MergeException e = assertThrows(MergeException.class, () -> pm.preview(person("CT01", "Ola Nordmann", "Oslo")));
        assertTrue(e.getMessage().contains("iulica_next_record.docx") && e.getMessage().contains("several records per page")
                && e.getMessage().contains("up to 4 contacts") && e.getMessage().contains("--combined"), e.getMessage());
    }
}

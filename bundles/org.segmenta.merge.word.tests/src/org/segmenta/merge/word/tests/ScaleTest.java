package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.merge.PreparedMerge;

/**
 * Templates with very many fields merge (their cost grows linearly with their size: the XML reader looked for
 * namespace declarations up to the end of the part for every tag); absurd nesting is refused at once with the limit
 * (issue 13, item 4). Speed itself is measured by {@code segmenta cli bench}, not asserted here.
 */
class ScaleTest {

    @TempDir
    Path dir;

    static String manyFields(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i % 20 == 0) {
                b.append(i == 0 ? "" : "</w:p>").append("<w:p>");
            }
            b.append("<w:fldSimple w:instr=\" MERGEFIELD FirstName \"><w:r><w:t>«FirstName»</w:t></w:r></w:fldSimple>");
        }
        return b.append("</w:p>").toString();
    }

    @Test
    void eightThousandAndFiftyThousandFieldsMerge() throws Exception {
        for (int n : new int[] { 8_000, 50_000 }) {
            Path f = Files.write(dir.resolve("fields-" + n + ".docx"), Docx.build(manyFields(n), null, Docx.DOC));
            MainDocument d = CorpusMergeTest.SERVICE.inspect(f);
            assertEquals(n, d.fields().size());
            PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(f, d.mapping());
            MergeResult r = pm.mergeToFolder(List.of(Contacts.karen()), dir, i -> "l-" + n + ".docx");
            String text = Docx.read(r.files().get(0)).text("word/document.xml");
            assertEquals(n * "Karen".length() + n / 20, text.length(), "every field merged");
        }
    }

    @Test
    void absurdElementNestingIsRefusedWithTheLimit() throws Exception {
        String deep = "<w:sdt><w:sdtContent>".repeat(100_000) + "<w:p/>" + "</w:sdtContent></w:sdt>".repeat(100_000);
        Path f = Files.write(dir.resolve("deep.docx"), Docx.build(deep, null, Docx.DOC));
        MergeException e = assertThrows(MergeException.class, () -> CorpusMergeTest.SERVICE.inspect(f));
        assertTrue(e.getMessage().startsWith("deep.docx: refused: /word/document.xml: the XML nests more than 1000 elements deep"), e.getMessage());
    }

    @Test
    void absurdFieldNestingIsRefusedWithTheLimit() throws Exception {
        String begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF 1 = 1 \"</w:instrText></w:r>";
        String end = "<w:r><w:instrText>\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        Path f = Files.write(dir.resolve("fields-deep.docx"), Docx.build("<w:p>" + begin.repeat(100_000) + end.repeat(100_000) + "</w:p>", null, Docx.DOC));
        MergeException e = assertThrows(MergeException.class, () -> CorpusMergeTest.SERVICE.inspect(f));
        assertTrue(e.getMessage().startsWith("fields-deep.docx: refused: /word/document.xml: fields nest more than 64 deep"), e.getMessage());
        // 60 levels are fine
        Path ok = Files.write(dir.resolve("fields-60.docx"), Docx.build("<w:p>" + begin.repeat(60) + Docx.run("x") + end.repeat(60) + "</w:p>", null, Docx.DOC));
        MergeResult r = CorpusMergeTest.SERVICE.prepare(ok, null).mergeToFolder(List.of(Contacts.karen()), dir, i -> "ok.docx");
        assertEquals("x¶", Docx.read(r.files().get(0)).text("word/document.xml"));
    }
}

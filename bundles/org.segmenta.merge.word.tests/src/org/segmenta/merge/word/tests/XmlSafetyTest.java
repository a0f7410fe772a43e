package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.merge.PreparedMerge;

/**
 * Characters XML 1.0 forbids, in the template or in contact values, and XML declarations that do not match their
 * bytes: cleaned with a warning naming the part and the position, or refused; never a letter Word cannot open
 * (issue 13, item 3). Every written part is parsed.
 */
class XmlSafetyTest {

    @TempDir
    Path dir;

    /** Replaces one part of a package with the given bytes. */
    static byte[] withPart(byte[] docx, String name, byte[] data) throws Exception {
        Docx d = Docx.read(docx);
        d.parts.put(name, data);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bo)) {
            for (var e : d.parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bo.toByteArray();
    }

    private static String documentXml(String declaration, String body) {
        return declaration + "<w:document xmlns:w=\"" + Docx.W + "\"><w:body>" + body + "<w:sectPr/></w:body></w:document>";
    }

    private MergeResult mergeAll(Path f, List<MergeRecord> recs) throws Exception {
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(f, CorpusMergeTest.SERVICE.inspect(f).mapping());
        Path out = Files.createDirectories(dir.resolve("out-" + f.getFileName()));
        MergeResult r = pm.mergeToFolder(recs, out, i -> "l" + i + ".docx");
        for (Path p : r.files()) {
            Docx.assertWellFormed(Files.readAllBytes(p), p.toString());
        }
        MergeResult c = pm.mergeCombined(recs, out.resolve("all.docx"));
        Docx.assertWellFormed(Files.readAllBytes(c.files().get(0)), "combined");
        return r;
    }

    @Test
    void forbiddenCharactersInTheTemplateAreRemovedAndNamed() throws Exception {
        byte[] base = Docx.build(Docx.para(Docx.run("x")), null, Docx.DOC);
        String xml = documentXml("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
                "<w:p><w:r><w:t>Dear\u0000 \u0001reader&#x1;&#12;</w:t></w:r>" + Docx.complex(" MERGEFIELD First\u0007Name ") + "</w:p>");
        Path f = Files.write(dir.resolve("nul.docx"), withPart(base, "word/document.xml", xml.getBytes(StandardCharsets.UTF_8)));
        MainDocument d = CorpusMergeTest.SERVICE.inspect(f);
        String warnings = d.problems().toString();
        assertTrue(warnings.contains("/word/document.xml: removed 5 characters that XML 1.0 forbids")
                && warnings.contains("U+0000 at line 2, column"), warnings);
        MergeResult r = mergeAll(f, List.of(Contacts.karen()));
        assertEquals("Dear readerKaren¶", Docx.read(r.files().get(0)).text("word/document.xml"));
    }

    @Test
    void aDeclarationThatDoesNotMatchItsBytesIsReadAsWhatTheBytesAre() throws Exception {
        byte[] base = Docx.build(Docx.para(Docx.run("x")), null, Docx.DOC);
        String body = "<w:p>" + Docx.run("Kære ") + Docx.complex(" MERGEFIELD FirstName ") + "</w:p>";
        // says UTF-16, is UTF-8
        Path f16 = Files.write(dir.resolve("utf16.docx"), withPart(base, "word/document.xml",
                documentXml("<?xml version=\"1.0\" encoding=\"UTF-16\" standalone=\"yes\"?>", body).getBytes(StandardCharsets.UTF_8)));
        // says ISO-8859-1, is UTF-8
        Path fLatin = Files.write(dir.resolve("latin.docx"), withPart(base, "word/document.xml",
                documentXml("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", body).getBytes(StandardCharsets.UTF_8)));
        // says windows-1252 and is: read as declared, written as UTF-8
        Path f1252 = Files.write(dir.resolve("cp1252.docx"), withPart(base, "word/document.xml",
                documentXml("<?xml version=\"1.0\" encoding=\"windows-1252\"?>", body).getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        for (Path f : List.of(f16, fLatin, f1252)) {
            MainDocument d = CorpusMergeTest.SERVICE.inspect(f);
            if (f != f1252) {
                assertTrue(d.problems().toString().contains("/word/document.xml: the XML declaration says encoding"), d.problems().toString());
            }
            MergeResult r = mergeAll(f, List.of(Contacts.karen()));
            Docx out = Docx.read(r.files().get(0));
            assertEquals("Kære Karen¶", out.text("word/document.xml"), f.toString());
            assertTrue(out.xml("word/document.xml").startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""), out.xml("word/document.xml"));
        }
    }

    @Test
    void aPartThatIsNotWellFormedIsRefusedWithItsPosition() throws Exception {
        byte[] base = Docx.build(Docx.para(Docx.complex(" MERGEFIELD FirstName ")), null, Docx.DOC);
        Path f = Files.write(dir.resolve("styles.docx"), withPart(base, "word/styles.xml",
                ("<?xml version=\"1.0\"?>\n<w:styles xmlns:w=\"" + Docx.W + "\">\n<w:style w:styleId=\"a\" w:styleId=\"b\"/></w:styles>").getBytes(StandardCharsets.UTF_8)));
        MergeException e = assertThrows(MergeException.class, () -> CorpusMergeTest.SERVICE.inspect(f));
        assertTrue(e.getMessage().startsWith("styles.docx: the document is damaged: /word/styles.xml is not well-formed XML at line 3, column"),
                e.getMessage());
        assertTrue(e.getMessage().contains("open it in Word and save it again"), e.getMessage());
        // bytes that are not what the declaration says and not UTF-8 either
        Path g = Files.write(dir.resolve("bytes.docx"), withPart(base, "word/document.xml",
                documentXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<w:p><w:r><w:t>\u00e6</w:t></w:r></w:p>").getBytes(StandardCharsets.ISO_8859_1)));
        MergeException b = assertThrows(MergeException.class, () -> CorpusMergeTest.SERVICE.inspect(g));
        assertTrue(b.getMessage().contains("/word/document.xml is not text in UTF-8") && b.getMessage().contains("byte 0xE6 at byte offset"), b.getMessage());
    }

    @Test
    void contactValuesWithForbiddenCharactersGiveWellFormedLetters() throws Exception {
        StringBuilder nasty = new StringBuilder("Karin");
        for (char c = 0; c < 0x20; c++) {
            nasty.append(c);
        }
        nasty.append("\uFFFE\uFFFF\uD800x\uDC00Müller \uD83D\uDE00 <&>\"'");
        MergeRecord r = MergeRecord.builder(Locale.ENGLISH).put(MergeKey.FIRST_NAME, nasty.toString())
                .put(MergeKey.SURNAME, "\u0000").put(MergeKey.ADDRESS_BLOCK, "a\u0000\nb\u001F").put(MergeKey.NAME, nasty.toString())
                .put(MergeKey.CONTACT_NO, "CT\u0000").build();
        List<MergeRecord> recs = new ArrayList<>(List.of(r, r));
        for (Path f : CorpusMergeTest.corpus().toList()) {
            MainDocument d = CorpusMergeTest.SERVICE.inspect(f);
            PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(f, CorpusMergeTest.userMapping(d));
            Path out = Files.createDirectories(dir.resolve("v-" + f.getFileName()));
            MergeResult m = pm.mergeToFolder(recs, out, i -> "l" + i + ".docx");
            for (Path p : m.files()) {
                Docx.assertWellFormed(Files.readAllBytes(p), f.getFileName() + " " + p.getFileName());
            }
            MergeResult c = pm.mergeCombined(recs, out.resolve("all.docx"));
            Docx.assertWellFormed(Files.readAllBytes(c.files().get(0)), f.getFileName() + " combined");
        }
        Path f = Files.write(dir.resolve("name.docx"), Docx.build(Docx.para(Docx.complex(" MERGEFIELD FirstName ")), null, Docx.DOC));
        MergeResult m = mergeAll(f, List.of(r));
        String text = Docx.read(m.files().get(0)).text("word/document.xml");
        assertTrue(text.startsWith("Karin\t\n") && text.contains("xMüller \uD83D\uDE00 <&>\"'"), text);
        assertFalse(text.contains("\u0000") || text.contains("\uFFFE"), text);
    }
}

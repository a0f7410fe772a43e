package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeProblem;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.merge.PreparedMerge;

/** Bad input gives a clear error naming the file; output modes; hygiene; the OSGi service. */
class BadInputAndOutputTest {

    @TempDir
    Path dir;

    private MergeException refused(Path f) {
        return assertThrows(MergeException.class, () -> CorpusMergeTest.SERVICE.inspect(f));
    }

    @Test
    void refusesFilesThatAreNotMergeableWordDocuments() throws Exception {
        MergeException text = refused(Files.writeString(dir.resolve("notes.docx"), "just text"));
        assertTrue(text.getMessage().startsWith("notes.docx: this is not a Word document"), text.getMessage());
        byte[] ole = new byte[4096];
        byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
        System.arraycopy(magic, 0, ole, 0, magic.length);
        MergeException doc = refused(Files.write(dir.resolve("old.doc"), ole));
        assertTrue(doc.getMessage().contains("old.doc") && doc.getMessage().contains("save it as a Word Document (.docx)"), doc.getMessage());
        byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, ole, 1024, name.length);
        MergeException enc = refused(Files.write(dir.resolve("secret.docx"), ole));
        assertTrue(enc.getMessage().contains("secret.docx") && enc.getMessage().contains("password"), enc.getMessage());
        assertEquals(MergeProblem.Severity.ERROR, enc.problems().get(0).severity());
        MergeException missing = refused(dir.resolve("nowhere.docx"));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void refusesACorruptPackage() throws Exception {
        byte[] good = Files.readAllBytes(Docx.corpus("bouke_macword2011.docx"));
        MergeException cut = refused(Files.write(dir.resolve("cut.docx"), Arrays.copyOf(good, good.length / 2)));
        assertTrue(cut.getMessage().startsWith("cut.docx: "), cut.getMessage());
        byte[] broken = Docx.build(Docx.para(Docx.complex(" MERGEFIELD FirstName ")).replace("</w:p>", ""), null, Docx.DOC);
        MergeException xml = refused(Files.write(dir.resolve("broken.docx"), broken));
        assertTrue(xml.getMessage().contains("broken.docx") && xml.getMessage().contains("word/document.xml"), xml.getMessage());
    }

    @Test
    void warnsAboutATemplateWithoutFieldsAndAboutUnmappedFields() throws Exception {
        Path plain = Files.write(dir.resolve("plain.docx"), Docx.build(Docx.para(Docx.run("Hello")), null, Docx.DOC));
        MainDocument d = CorpusMergeTest.SERVICE.inspect(plain);
        assertTrue(d.problems().stream().anyMatch(p -> p.message().contains("no fields")), d.problems().toString());
        MainDocument u = CorpusMergeTest.SERVICE.inspect(Docx.corpus("bouke_multiple_elements.docx"));
        assertEquals(3, u.mapping().unmapped().size());
        assertTrue(u.problems().stream().anyMatch(p -> p.field().equals("MERGEFIELD foo") && p.file().equals("bouke_multiple_elements.docx")));
    }

    @Test
    void aTemplateBecomesADocumentAndTheDataSourceGoes() throws Exception {
        Path dotx = Files.write(dir.resolve("letter.dotx"), Docx.build(Docx.para(Docx.complex(" MERGEFIELD FirstName ")),
                "<w:mailMerge><w:mainDocumentType w:val=\"formLetters\"/><w:dataSource r:id=\"rId9\"/></w:mailMerge><w:defaultTabStop w:val=\"720\"/>", Docx.DOTX));
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(dotx, CorpusMergeTest.SERVICE.inspect(dotx).mapping());
        Docx out = Docx.read(pm.preview(Contacts.karen()));
        assertTrue(out.xml("[Content_Types].xml").contains("wordprocessingml.document.main+xml"));
        assertFalse(out.xml("[Content_Types].xml").contains("template.main+xml"));
        assertFalse(out.xml("word/settings.xml").contains("mailMerge"));
        assertTrue(out.xml("word/settings.xml").contains("defaultTabStop"));
        assertFalse(out.xml("word/_rels/settings.xml.rels").contains("mailMergeSource"));
        assertEquals("Karen¶", out.text("word/document.xml"));
    }

    @Test
    void writesLettersWholeOrNotAtAll() throws Exception {
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(Docx.corpus("poi_52449_danish.docx"), null);
        MergeRecord a = Contacts.karen();
        MergeRecord b = Contacts.karenBuilder().put(MergeKey.FIRST_NAME, "Mette").build();
        MergeResult r = pm.mergeToFolder(List.of(a, b), dir, i -> "brev-" + (i + 1) + ".docx");
        assertEquals(List.of(dir.resolve("brev-1.docx"), dir.resolve("brev-2.docx")), r.files());
        assertTrue(Docx.read(r.files().get(1)).text("word/document.xml").startsWith("Mette Jensen"));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
        // a folder that cannot be written: an error, and nothing half-written
        Path missing = dir.resolve("missing");
        assertThrows(java.io.IOException.class, () -> pm.mergeToFolder(List.of(a), missing, i -> "x.docx"));
        assertFalse(Files.exists(missing));
    }

    @Test
    void combinesLettersIntoOneDocumentWithASectionEach() throws Exception {
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(Docx.corpus("bouke_macword2011.docx"), null);
        List<MergeRecord> three = List.of(Contacts.karen(), Contacts.karenBuilder().put(MergeKey.FIRST_NAME, "Mette").build(),
                Contacts.karenBuilder().put(MergeKey.FIRST_NAME, "Lars").build());
        Path target = dir.resolve("all.docx");
        MergeResult r = pm.mergeCombined(three, target);
        assertEquals(3, r.letters());
        Docx out = Docx.read(target);
        String text = out.text("word/document.xml");
        int k = text.indexOf("Dear Karen"), m = text.indexOf("Dear Mette"), l = text.indexOf("Dear Lars");
        assertTrue(k >= 0 && k < m && m < l, text);
        String xml = out.xml("word/document.xml");
        assertEquals(3, xml.split("<w:sectPr", -1).length - 1, "a section per letter");
        assertTrue(CorpusMergeTest.SERVICE.inspect(target).fields().isEmpty(), "no field is left in the combined letters");
    }

    @Test
    void personaliseTakesBackAnEditedLetter() throws Exception {
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(Docx.corpus("bouke_winword2010.docx"), null);
        byte[] letter = pm.preview(Contacts.karen());
        byte[] stored = CorpusMergeTest.SERVICE.personalise("Karen.docx", letter);
        assertTrue(Docx.read(stored).text("word/document.xml").contains("Karen"));
        MergeException stillMain = assertThrows(MergeException.class, () -> CorpusMergeTest.SERVICE.personalise("main.docx",
                Files.readAllBytes(Docx.corpus("bouke_winword2010.docx"))));
        assertTrue(stillMain.getMessage().contains("main.docx") && stillMain.getMessage().contains("merge fields"), stillMain.getMessage());
        MergeException pdf = assertThrows(MergeException.class, () -> CorpusMergeTest.SERVICE.personalise("Karen.pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(pdf.getMessage().startsWith("Karen.pdf: this is not a Word document"), pdf.getMessage());
    }

    @Test
    void partNamesAreCaseInsensitive() throws Exception {
        // a relationship that names word/Settings.XML while the zip entry is word/settings.xml
        byte[] b = Docx.build(Docx.para(Docx.complex(" MERGEFIELD FirstName ")), "<w:mailMerge/>", Docx.DOC);
        Docx d = Docx.read(b);
        d.parts.put("word/_rels/document.xml.rels", d.xml("word/_rels/document.xml.rels").replace("Target=\"settings.xml\"", "Target=\"SETTINGS.XML\"")
                .getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("case.docx");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
            for (var e : d.parts.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        Docx out = Docx.read(CorpusMergeTest.SERVICE.prepare(f, null).preview(Contacts.karen()));
        assertFalse(out.xml("word/settings.xml").contains("mailMerge"));
    }

    @Test
    void theServiceIsPublishedInOsgi() {
        Bundle self = FrameworkUtil.getBundle(getClass());
        if (self == null) {
            return; // not running in OSGi
        }
        for (Bundle b : self.getBundleContext().getBundles()) {
            if (b.getSymbolicName().equals("org.segmenta.merge.word") && b.getState() != Bundle.ACTIVE) {
                try {
                    b.start();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }
        ServiceReference<MergeService> ref = self.getBundleContext().getServiceReference(MergeService.class);
        assertTrue(ref != null, "no MergeService registered");
        assertTrue(self.getBundleContext().getService(ref).getClass().getName().endsWith("WordMergeService"));
        assertEquals(Locale.ROOT, new MergeRecord(null, null, null, null).language());
    }
}

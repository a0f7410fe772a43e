package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;

/**
 * A German user reads the Word merge's field-mapping reasons and its technical findings about a damaged document in
 * German, in the merge wizard and in {@code cli merge} alike (issue 19). Run by the {@code german} test execution
 * ({@code -nl de}); the English wording is asserted by {@link XmlSafetyTest} and the others.
 */
class GermanMergeTest {

    @TempDir
    Path dir;

    @BeforeEach
    void german() {
        assertEquals("de", Locale.getDefault().getLanguage(), "the german execution starts the platform with -nl de");
    }

    @Test
    void theFieldMappingsReasonsAreGerman() throws Exception {
        byte[] docx = Docx.build(Docx.para(Docx.complex(" MERGEFIELD City ") + Docx.complex(" MERGEFIELD Voornaam ")
                + Docx.complex(" MERGEFIELD Schuhgroesse ")), null, Docx.DOC);
        Path f = Files.write(dir.resolve("felder.docx"), docx);
        Map<String, String> details = CorpusMergeTest.SERVICE.inspect(f).mapping().entries().stream()
                .collect(Collectors.toMap(FieldMapping.Entry::fieldName, FieldMapping.Entry::detail));
        assertEquals("gleicher Name wie City", details.get("City"));
        assertEquals("Synonym von First Name", details.get("Voornaam"));
        assertEquals("keine Segmenta-Daten dieses Namens; ordnen Sie das Feld zu, sonst bleibt es leer",
                details.get("Schuhgroesse"));
    }

    @Test
    void findingsAboutDamagedPartsAreGerman() throws Exception {
        byte[] base = Docx.build(Docx.para(Docx.run("x")), null, Docx.DOC);
        // characters XML 1.0 forbids: removed, with a warning naming the part and the first one
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"" + Docx.W + "\"><w:body><w:p>"
                + "<w:r><w:t>Hallo\u0000 \u0001Leser</w:t></w:r>" + Docx.complex(" MERGEFIELD Vorname ")
                + "</w:p><w:sectPr/></w:body></w:document>";
        Path nul = Files.write(dir.resolve("nul.docx"),
                XmlSafetyTest.withPart(base, "word/document.xml", xml.getBytes(StandardCharsets.UTF_8)));
        String warnings = CorpusMergeTest.SERVICE.inspect(nul).problems().toString();
        assertTrue(warnings.contains("/word/document.xml: 2 Zeichen entfernt, die XML 1.0 verbietet und Word nicht "
                + "\u00f6ffnen kann (das erste: U+0000 in Zeile 2, Spalte "), warnings);
        // a field that begins and never ends
        String open = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"" + Docx.W + "\"><w:body><w:p>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> MERGEFIELD Ort </w:instrText></w:r>"
                + "</w:p><w:sectPr/></w:body></w:document>";
        Path unended = Files.write(dir.resolve("offen.docx"),
                XmlSafetyTest.withPart(base, "word/document.xml", open.getBytes(StandardCharsets.UTF_8)));
        MainDocument d = CorpusMergeTest.SERVICE.inspect(unended);
        assertTrue(d.problems().toString().contains("/word/document.xml: ein Feld, das mit { MERGEFIELD Ort } beginnt, "
                + "endet nie; es bleibt, wie es ist"), d.problems().toString());
        // a part that is not well-formed: refused, where and how to mend it in German
        Path styles = Files.write(dir.resolve("styles.docx"), XmlSafetyTest.withPart(base, "word/styles.xml",
                ("<?xml version=\"1.0\"?>\n<w:styles xmlns:w=\"" + Docx.W + "\">\n<w:style w:styleId=\"a\" "
                        + "w:styleId=\"b\"/></w:styles>").getBytes(StandardCharsets.UTF_8)));
        MergeException e = assertThrows(MergeException.class, () -> CorpusMergeTest.SERVICE.inspect(styles));
        assertTrue(e.getMessage().startsWith("styles.docx: das Dokument ist besch\u00e4digt: /word/styles.xml ist kein "
                + "wohlgeformtes XML in Zeile 3, Spalte "), e.getMessage());
        assertTrue(e.getMessage().endsWith("\u00f6ffnen Sie es in Word und speichern Sie es erneut"), e.getMessage());
        // a main part cut short
        Path cut = Files.write(dir.resolve("kurz.docx"), XmlSafetyTest.withPart(base, "word/document.xml",
                ("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + Docx.W + "\"><w:body><w:p>")
                        .getBytes(StandardCharsets.UTF_8)));
        MergeException c = assertThrows(MergeException.class, () -> CorpusMergeTest.SERVICE.inspect(cut));
        assertTrue(c.getMessage().contains("ist kein wohlgeformtes XML") || c.getMessage().contains("wird nie geschlossen"),
                c.getMessage());
        assertTrue(!c.getMessage().contains("not well-formed") && !c.getMessage().contains("never closed"),
                c.getMessage());
    }
}

package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeProblem;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.merge.PreparedMerge;

/** Word's field semantics, each on the corpus file that exercises it, or on a small document built here. */
class FieldSemanticsTest {

    @TempDir
    Path dir;

    private static String body(byte[] docx) throws Exception {
        return Docx.read(docx).text("word/document.xml");
    }

    private static MergeRecord first(String value) {
        return MergeRecord.builder(Locale.ENGLISH).put(MergeKey.FIRST_NAME, value).build();
    }

    private byte[] small(String bodyXml, MergeRecord r) throws Exception {
        Path f = Files.write(dir.resolve("small.docx"), Docx.build(bodyXml, null, Docx.DOC));
        MainDocument d = CorpusMergeTest.SERVICE.inspect(f);
        return CorpusMergeTest.SERVICE.prepare(f, d.mapping()).preview(r);
    }

    @Test
    void upperFormatOnASplitInstruction() throws Exception {
        String t = body(CorpusMergeTest.mergeOne("cfc_multiline_upper.docx", Contacts.karen()));
        assertTrue(t.contains("JENSEN"), t); // SinglelineUpperCase \* Upper, instruction over 6 runs
        assertTrue(t.contains("JENSEN TØMRER APS"), t); // fldSimple \* Upper
    }

    @Test
    void textBeforeWithoutQuotesOnlyWhenNotEmpty() throws Exception {
        assertTrue(body(CorpusMergeTest.mergeOne("aspose_switch_b.docx", Contacts.karen())).contains("MrKaren Jensen"));
        String empty = body(CorpusMergeTest.mergeOne("aspose_switch_b.docx", first("x")));
        assertFalse(empty.contains("Mr"), empty);
    }

    @Test
    void beforeTextWithNestedFieldAndParagraphMarks() throws Exception {
        String t = body(CorpusMergeTest.mergeOne("prim_field_para_nested.docx", first("Ann")));
        assertTrue(t.contains("before¶par Ann Ann after ¶par"), t);
        String none = body(CorpusMergeTest.mergeOne("prim_field_para_nested.docx", first("")));
        assertFalse(none.contains("before"), none);
    }

    @Test
    void ifWithNestedFieldAndResultSpanningParagraphs() throws Exception {
        assertTrue(body(CorpusMergeTest.mergeOne("prim_if_with_paragraph.docx", first("one"))).contains("one¶one is ¶one¶"));
        String t = body(CorpusMergeTest.mergeOne("prim_if_with_paragraph.docx", first("two")));
        assertTrue(t.contains("two¶two is not ¶one¶"), t);
    }

    @Test
    void ifComparesNumbersTextAndWildcardsAndNestedRefs() throws Exception {
        String t = body(CorpusMergeTest.mergeOne("dxp_test_docvariables.docx", Contacts.karen()));
        assertTrue(t.contains("¶OK¶"), t);
        assertTrue(t.contains("¶YES¶"), t);
        assertTrue(t.contains("¶Value is two¶"), t);
        assertTrue(t.contains("Hello Karen!"), t);
        assertTrue(t.contains("KAREN"), t);
        assertTrue(t.contains("¶one¶"), "DOCVARIABLE keeps Word's result: " + t);
        byte[] b = small(Docx.para(Docx.complex(" IF ", "10 > 9 ", "\"big\" \"small\"")) + Docx.para(Docx.complex(" IF \"Oslo\" <> \"O?lo\" \"x\" \"wild\" "))
                + Docx.para(Docx.complex(" IF \"b\" > \"a\" \"text\" \"no\" ")), first("a"));
        assertEquals("big¶wild¶text¶", body(b));
    }

    @Test
    void unknownFieldsKeepWordsResultWithAWarning() throws Exception {
        MainDocument d = CorpusMergeTest.SERVICE.inspect(Docx.corpus("dxp_test_docvariables.docx"));
        assertTrue(d.problems().stream().anyMatch(p -> p.field().startsWith("DOCVARIABLE Var1") && p.severity() == MergeProblem.Severity.WARNING
                && p.file().equals("dxp_test_docvariables.docx")), d.problems().toString());
        assertTrue(d.problems().stream().anyMatch(p -> p.field().startsWith("SEQ Figure")));
    }

    @Test
    void nextMovesToTheFollowingRecordInsideOneLetter() throws Exception {
        MainDocument d = CorpusMergeTest.SERVICE.inspect(Docx.corpus("iulica_next_record.docx"));
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(d.file(), d.mapping().with("field", MergeKey.FIRST_NAME));
        List<String> bodies = new ArrayList<>();
        List<MergeRecord> recs = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            recs.add(first("R" + i));
        }
        MergeResult r = pm.merge(recs, (i, rec, docx, len) -> {
            try {
                bodies.add(body(java.util.Arrays.copyOf(docx, len)));
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
        });
        assertEquals(2, r.letters());
        assertTrue(bodies.get(0).startsWith("R1/R1¶R2/R2¶R3/R3¶R4/R4"), bodies.get(0));
        assertTrue(bodies.get(1).startsWith("R5/R5¶R6/R6¶R7/R7¶R8/R8"), bodies.get(1));
    }

    @Test
    void nextIfWithWildcardMovesOn() throws Exception {
        MainDocument d = CorpusMergeTest.SERVICE.inspect(Docx.corpus("prim_nextif.docx"));
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(d.file(), d.mapping().with("fieldname", MergeKey.FIRST_NAME));
        List<String> bodies = new ArrayList<>();
        // NEXTIF "{ MERGEFIELD fieldname }" = "*one": moves on when the value ends in "one"
        MergeResult r = pm.merge(List.of(first("one"), first("two"), first("three"), first("xone"), first("five")), (i, rec, docx, len) -> {
            try {
                bodies.add(body(java.util.Arrays.copyOf(docx, len)));
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
        });
        assertEquals(3, r.letters());
        assertTrue(bodies.get(0).startsWith("one¶two"), bodies.get(0));
        assertTrue(bodies.get(1).startsWith("three¶three"), bodies.get(1));
        assertTrue(bodies.get(2).startsWith("xone¶five"), bodies.get(2));
    }

    @Test
    void skipIfDropsTheLetter() throws Exception {
        Path f = Files.write(dir.resolve("skip.docx"), Docx.build(Docx.para(Docx.complex(" SKIPIF ", "\"", "x", "\"")
                .replace("x</w:instrText>", "</w:instrText>")
                + Docx.complex(" MERGEFIELD FirstName ")), null, Docx.DOC));
        // a simpler form: SKIPIF { MERGEFIELD City } = "Oslo"
        Path g = Files.write(dir.resolve("skip2.docx"), Docx.build("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText> SKIPIF \"</w:instrText></w:r><w:fldSimple w:instr=\" MERGEFIELD City \"><w:r><w:t>«City»</w:t></w:r></w:fldSimple>"
                + "<w:r><w:instrText>\" = \"Oslo\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + Docx.complex(" MERGEFIELD FirstName ") + "</w:p>", null, Docx.DOC));
        assertTrue(Files.exists(f));
        MainDocument d = CorpusMergeTest.SERVICE.inspect(g);
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(g, d.mapping());
        MergeRecord oslo = MergeRecord.builder(Locale.ENGLISH).put(MergeKey.FIRST_NAME, "Ola").put(MergeKey.CITY, "Oslo").build();
        MergeRecord bergen = MergeRecord.builder(Locale.ENGLISH).put(MergeKey.FIRST_NAME, "Kari").put(MergeKey.CITY, "Bergen").build();
        MergeResult r = pm.mergeToFolder(List.of(oslo, bergen), dir, i -> "s" + i + ".docx");
        assertEquals(1, r.letters());
        assertEquals(2, r.records());
        assertEquals("Kari¶", Docx.read(r.files().get(0)).text("word/document.xml"));
    }

    @Test
    void mappedFieldResolvesThroughTheOdsoMap() throws Exception {
        MainDocument d = CorpusMergeTest.SERVICE.inspect(Docx.corpus("aspose_odso_outlook.docx"));
        FieldMapping.Entry e = d.mapping().entry("Nickname").orElseThrow();
        assertEquals(MergeKey.FIRST_NAME, e.key());
        assertEquals(FieldMapping.Reason.ODSO, e.reason());
        String t = body(CorpusMergeTest.mergeOne("aspose_odso_outlook.docx", Contacts.karen()));
        assertTrue(t.contains("Mapped field: Karen¶Normal field: Jensen¶"), t);
    }

    @Test
    void synonymsInSeveralLanguages() throws Exception {
        MainDocument dutch = CorpusMergeTest.SERVICE.inspect(Docx.corpus("bouke_winword2010.docx"));
        assertEquals(MergeKey.FIRST_NAME, dutch.mapping().keyOf("Voornaam").orElseThrow());
        assertEquals(MergeKey.ADDRESS, dutch.mapping().keyOf("Adresregel_1").orElseThrow());
        assertEquals(MergeKey.SURNAME, dutch.mapping().keyOf("Achternaam").orElseThrow());
        MainDocument danish = CorpusMergeTest.SERVICE.inspect(Docx.corpus("poi_52449_danish.docx"));
        assertEquals(MergeKey.SURNAME, danish.mapping().keyOf("Efternavn").orElseThrow());
        assertEquals(MergeKey.PHONE, danish.mapping().keyOf("Telefon").orElseThrow());
        MainDocument mac = CorpusMergeTest.SERVICE.inspect(Docx.corpus("bouke_macword2011.docx"));
        assertEquals(MergeKey.POST_CODE, mac.mapping().keyOf("postal_code").orElseThrow());
        assertEquals(FieldMapping.Reason.SYNONYM, mac.mapping().entry("postal_code").orElseThrow().reason());
        assertEquals(FieldMapping.Reason.EXACT, mac.mapping().entry("first_name").orElseThrow().reason());
    }

    @Test
    void addressBlockAndGreetingLineAreBuiltFromTheContactNeverFromWordsPreview() throws Exception {
        String t = body(CorpusMergeTest.mergeOne("aspose_addressblock_ru.docx", Contacts.karen()));
        assertTrue(t.startsWith("Jensen Tømrer ApS¶Karen Jensen¶Vestergade 12¶Aarhus¶Midtjylland¶Denmark¶8000¶"), t);
        assertTrue(t.contains("Уважаемый Ms Jensen!"), t);
        assertFalse(t.contains("Людмила") || t.contains("ТПУ"), "Word's preview of another contact is left: " + t);
        MergeRecord noName = MergeRecord.builder(Locale.forLanguageTag("ru")).put(MergeKey.CITY, "Томск").put(MergeKey.COUNTRY, "Россия").build();
        String anon = body(CorpusMergeTest.mergeOne("aspose_addressblock_ru.docx", noName));
        assertTrue(anon.contains("Уважаемые господа!"), anon);
        assertFalse(anon.contains("Россия"), "\\c 2 leaves out the home country: " + anon);
        String mail = body(CorpusMergeTest.mergeOne("oxsdk_mailmerge_email.docx", Contacts.karen()));
        assertTrue(mail.contains("Dear Ms Jensen,"), mail);
        assertFalse(mail.contains("问候语"), mail);
    }

    @Test
    void fieldsInHeadersFootersAndFootnotes() throws Exception {
        Docx out = Docx.read(CorpusMergeTest.mergeOne("iulica_footnote_header_footer.docx", Contacts.karen()));
        MainDocument d = CorpusMergeTest.SERVICE.inspect(Docx.corpus("iulica_footnote_header_footer.docx"));
        int checked = 0;
        for (MainDocument.FieldUse u : d.fields()) {
            MergeKey k = CorpusMergeTest.USER_MAPPING.get(u.name());
            String text = out.text(u.part().substring(1));
            assertTrue(text.contains(Contacts.karen().text(k)), u + " → " + text);
            checked++;
        }
        assertEquals(8, checked);
        assertTrue(out.text("word/footnotes.xml").contains("Merge : Karen"));
    }

    @Test
    void datePicturesAndNumberPictures() throws Exception {
        MergeRecord r = Contacts.karenBuilder().put(MergeKey.CAMPAIGN, "1234.5").build();
        String t = body(CorpusMergeTest.mergeOne("aspose_orders_formats.docx", r));
        assertTrue(t.contains("15-Mar-2024"), t);
        assertTrue(t.contains("$1,234.50"), t);
        assertTrue(t.contains("1,234.50%") || t.contains("1234.50%"), t);
        MergeRecord iso = MergeRecord.builder(Locale.ENGLISH).put(MergeKey.FIRST_NAME, "2024-03-15").build();
        byte[] b = small(Docx.para(Docx.complex(" MERGEFIELD FirstName \\@ \"d MMMM yyyy\" ")) + Docx.para(Docx.complex(" MERGEFIELD FirstName \\@ \"dddd, dd.MM.yy\" ")), iso);
        assertEquals("15 March 2024¶Friday, 15.03.24¶", body(b));
        MergeRecord n = MergeRecord.builder(Locale.ENGLISH).put(MergeKey.FIRST_NAME, "-1234.567").build();
        byte[] c = small(Docx.para(Docx.complex(" MERGEFIELD FirstName \\# \"#,##0.00\" ")) + Docx.para(Docx.complex(" MERGEFIELD FirstName \\# \"0\" ")), n);
        assertEquals("-1,234.57¶-1235¶", body(c));
    }

    @Test
    void aValueThatDoesNotFitAPictureIsMergedAsItIsWithAWarning() throws Exception {
        Path f = Files.write(dir.resolve("pic.docx"), Docx.build(Docx.para(Docx.complex(" MERGEFIELD FirstName \\@ \"dd.MM.yyyy\" "))
                + Docx.para(Docx.complex(" MERGEFIELD Surname \\# \"0.00\" ")), null, Docx.DOC));
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(f, CorpusMergeTest.SERVICE.inspect(f).mapping());
        MergeRecord r = MergeRecord.builder(Locale.ENGLISH).put(MergeKey.FIRST_NAME, "soon").put(MergeKey.SURNAME, "n/a").build();
        MergeResult res = pm.mergeToFolder(List.of(r), dir, i -> "p.docx");
        assertEquals("soon¶n/a¶", Docx.read(res.files().get(0)).text("word/document.xml"));
        assertTrue(res.problems().stream().anyMatch(p -> p.field().contains("FirstName") && p.message().contains("not a date") && p.file().equals("pic.docx")), res.problems().toString());
        assertTrue(res.problems().stream().anyMatch(p -> p.field().contains("Surname") && p.message().contains("not a number")), res.problems().toString());
    }

    @Test
    void quotedNamesWithEscapesAndKeywordSplitAcrossRuns() throws Exception {
        byte[] b = small(Docx.para(Docx.complex(" MERGE", "FIELD \"First", " Name\" ")) + Docx.para(Docx.complex(" MERGEFIELD FirstName \\f \"\\\"!\\\"\" ")), first("Eva"));
        assertEquals("Eva¶Eva\"!\"¶", body(b));
    }

    @Test
    void runFormattingIsKept() throws Exception {
        String bold = "<w:rPr><w:b/></w:rPr>";
        String xml = "<w:p><w:r>" + bold + "<w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>" + bold
                + "<w:instrText> MERGEFIELD FirstName </w:instrText></w:r><w:r>" + bold + "<w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        String out = Docx.read(small(xml, first("Eva"))).xml("word/document.xml");
        assertTrue(out.contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Eva</w:t></w:r>"), out);
    }

    @Test
    void textBoxesAreMerged() throws Exception {
        String xml = "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                + Docx.para(Docx.complex(" MERGEFIELD FirstName ")) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        assertEquals("Eva¶¶", body(small(xml, first("Eva"))));
    }

    @Test
    void aspoceRegionMarkersAreReportedAndRemoved() throws Exception {
        MainDocument d = CorpusMergeTest.SERVICE.inspect(Docx.corpus("aspose_regions_split.docx"));
        assertTrue(d.problems().stream().anyMatch(p -> p.field().contains("TableStart:Region1") && p.message().contains("region marker")));
        assertFalse(d.mapping().entries().stream().anyMatch(e -> e.fieldName().contains(":")));
    }
}

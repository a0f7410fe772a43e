package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.merge.Greetings;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeResult;

/**
 * Merge fields users expect (issue 13, item 6): Fax No., the country's code and name as separate fields, and a
 * salutation field that cannot double the greeting: after the letter's own words ("Dear «Salutation»") it merges the
 * addressee, at the start of a paragraph the whole greeting of the salutation formula.
 */
class ExpectedFieldsTest {

    @TempDir
    Path dir;

    private String merge(String body, MergeRecord r) throws Exception {
        Path f = Files.write(dir.resolve("t" + System.nanoTime() + ".docx"), Docx.build(body, null, Docx.DOC));
        MainDocument d = CorpusMergeTest.SERVICE.inspect(f);
        MergeResult m = CorpusMergeTest.SERVICE.prepare(f, d.mapping()).mergeToFolder(List.of(r), dir, i -> "x.docx");
        return Docx.read(m.files().get(0)).text("word/document.xml");
    }

    @Test
    void theSalutationFieldNeverDoublesTheGreeting() throws Exception {
        MergeRecord karin = MergeRecord.builder(Locale.forLanguageTag("da-DK")).put(MergeKey.FORMAL_SALUTATION, "Kære Karin Müller")
                .put(MergeKey.INFORMAL_SALUTATION, "Hej Karin").build();
        // the template writes its own greeting: the field gives the addressee
        assertEquals("Dear Karin Müller,¶", merge(Docx.para(Docx.run("Dear ") + Docx.complex(" MERGEFIELD Formal_Salutation ") + Docx.run(",")), karin));
        assertEquals("Hi Karin!¶", merge(Docx.para(Docx.run("Hi ") + Docx.complex(" MERGEFIELD Salutation ").replace("Salutation", "Informal_Salutation") + Docx.run("!")), karin));
        // the field opens the paragraph: the formula's whole greeting
        assertEquals("Kære Karin Müller,¶", merge(Docx.para(Docx.complex(" MERGEFIELD Formal_Salutation ") + Docx.run(",")), karin));
        assertEquals("Kære Karin Müller,¶", merge(Docx.para("<w:fldSimple w:instr=\" MERGEFIELD Salutation \"/>" + Docx.run(",")), karin));
        assertEquals("Dear Karin Müller,¶", merge(Docx.para(Docx.run("Dear ") + "<w:fldSimple w:instr=\" MERGEFIELD Salutation \"/>" + Docx.run(",")), karin));
    }

    @Test
    void greetingsSplitIntoGreetingAndAddressee() {
        assertEquals("Mr. Hansen", Greetings.addressee("Dear Mr. Hansen"));
        assertEquals("Karin Müller", Greetings.addressee("Kære Karin Müller"));
        assertEquals("Herr Schmidt", Greetings.addressee("Sehr geehrter Herr Schmidt"));
        assertEquals("Frau Dr. Weber", Greetings.addressee("Sehr geehrte Frau Dr. Weber"));
        assertEquals("Damen und Herren", Greetings.addressee("Sehr geehrte Damen und Herren"));
        assertEquals("mevrouw Jansen", Greetings.addressee("Geachte mevrouw Jansen"));
        assertEquals("Madame Martin", Greetings.addressee("Chère Madame Martin"));
        assertEquals("Sir or Madam", Greetings.addressee("Dear Sir or Madam"));
        assertEquals("Karin", Greetings.addressee("Hej, Karin"));
        assertEquals("Dearborn Motors", Greetings.addressee("Dearborn Motors"), "a name that begins like a greeting stays");
        assertEquals("Dear", Greetings.addressee("Dear"), "a greeting alone stays");
    }

    @Test
    void faxAndCountryFieldsMapByTheirUsualNames() throws Exception {
        MergeRecord r = MergeRecord.builder(Locale.ENGLISH).put(MergeKey.FAX, "+45 70 00 00 02").put(MergeKey.COUNTRY, "Denmark")
                .put(MergeKey.COUNTRY_CODE, "DK").build();
        String body = Docx.para(Docx.complex(" MERGEFIELD \"Fax No.\" ") + Docx.run("|") + Docx.complex(" MERGEFIELD Fax ") + Docx.run("|")
                + Docx.complex(" MERGEFIELD Country_Region ") + Docx.run("|") + Docx.complex(" MERGEFIELD Country_Region_Code ") + Docx.run("|")
                + Docx.complex(" MERGEFIELD Country_Region_Name "));
        assertEquals("+45 70 00 00 02|+45 70 00 00 02|Denmark|DK|Denmark¶", merge(body, r));
    }
}

package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.segmenta.core.demo.DemoData;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.model.Contact;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.Language;
import org.segmenta.model.SalutationType;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;

/** The demo data in a fresh Derby database: what it loads, its Word letter template, and its refusal. */
class DemoDataTest extends DemoFixture {

    @Test
    void loadsSetupContactsAndAnOpenSegmentInOneGo() {
        assertTrue(demo.isEmpty());
        DemoData.Summary summary = demo.load();
        assertFalse(demo.isEmpty());
        assertEquals(new DemoData.Summary(150, 30, 3, "SEG00001"), summary);

        Map<String, Integer> languages = store.read(s -> s.languages().list()).stream()
                .collect(Collectors.toMap(Language::getCode, Language::getWindowsLanguageId));
        assertEquals(Map.of("ENU", 1033, "DAN", 1030, "DEU", 1031, "NLD", 1043), languages);
        store.read(s -> {
            assertEquals(3, s.salespeople().count());
            assertEquals(List.of("CAMPAIGN", "CONTACT", "SEGMENT"),
                    s.numberSeries().list().stream().map(n -> n.getCode()).toList());
            assertEquals("CT000150", s.numberSeries().require("CONTACT").getLastNoUsed());
            var m = s.salutations().require("M");
            assertEquals(8, m.getFormulas().size());
            assertTrue(m.getFormulas().stream().anyMatch(f -> "DEU".equals(f.getLanguageCode())
                    && f.getSalutationType() == SalutationType.FORMAL && f.getText().equals("Sehr geehrter Herr {Surname}")));
            assertEquals(1, s.campaigns().count());
            return null;
        });

        List<Contact> contacts = store.read(s -> s.contacts().find(ContactQuery.all()));
        assertEquals(150, contacts.size());
        assertEquals(4, contacts.stream().filter(Contact::isExcludeFromSegment).count());
        assertEquals(2, contacts.stream().filter(Contact::isPrivacyBlocked).count());
        assertEquals(5, contacts.stream().map(Contact::getCountryRegionCode).distinct().count());
        assertTrue(contacts.stream().allMatch(c -> c.getSalutationCode() != null && c.getLanguageCode() != null));

        SegmentHeader h = segments.get(summary.segmentNo()).orElseThrow();
        assertEquals("LETTER", h.getInteractionTemplateCode());
        assertEquals(4, h.getLanguages().size());
        long danishReachable = contacts.stream().filter(c -> c.getCountryRegionCode().equals("DK")
                && !c.isExcludeFromSegment() && !c.isPrivacyBlocked()).count();
        assertTrue(danishReachable > 20, "" + danishReachable);
        assertEquals(danishReachable, segments.lineCount(h.getNo()));
        List<SegmentLine> lines = segments.lines(h.getNo(), 0, 1000);
        assertTrue(lines.stream().allMatch(l -> "DAN".equals(l.getLanguageCode()) && l.getWordTemplateNo() != null));
    }

    @Test
    void everyFieldOfTheGeneratedWordTemplateMapsInEveryLanguage() throws Exception {
        demo.load();
        InteractionTemplate letter = store.read(s -> s.interactionTemplates().require("LETTER"));
        assertEquals(4, letter.getLanguages().size());
        for (InteractionTemplateLanguage row : letter.getLanguages()) {
            Path file = tmp.resolve(row.getLanguageCode() + ".docx");
            try (OutputStream out = Files.newOutputStream(file)) {
                store.read(s -> s.attachments().copyContent(row.getWordTemplateNo(), out));
            }
            MainDocument doc = merge.inspect(file);
            assertEquals(List.of(), doc.mapping().unmapped(), row.getLanguageCode());
            assertEquals(List.of(), doc.problems(), row.getLanguageCode());
            assertEquals(List.of(MergeKey.ADDRESS_BLOCK, MergeKey.INTERACTION_DATE, MergeKey.FORMAL_SALUTATION,
                    MergeKey.PERSONAL_NOTE, MergeKey.SALESPERSON_NAME, MergeKey.SALESPERSON_EMAIL, MergeKey.NAME, MergeKey.COMPANY_NAME),
                    doc.mapping().entries().stream().map(e -> e.key()).toList(), row.getLanguageCode());
        }
    }

    @Test
    void theOpenSegmentMergesADanishLetterWithTheContactsSalutationAndAddress() throws Exception {
        DemoData.Summary summary = demo.load();
        SegmentLine line = segments.lines(summary.segmentNo(), 0, 1).get(0);
        Contact c = store.read(s -> s.contacts().require(line.getContactNo()));
        String text = documentXml(interactions.mergeLine(summary.segmentNo(), line.getLineNo()));
        assertTrue(text.contains(c.getName()), text);
        assertTrue(text.contains(c.getAddress()), text);
        assertTrue(text.contains("2026-11-29"), text);
        assertTrue(text.contains("Lars Holm"), text);
        assertTrue(text.contains("Kære"), text);
        assertFalse(text.contains("MERGEFIELD"), text);
    }

    @Test
    void aSecondLoadIsRefusedAndChangesNothing() {
        demo.load();
        long contacts = store.read(s -> s.contacts().count());
        IllegalStateException e = assertThrows(IllegalStateException.class, demo::load);
        assertTrue(e.getMessage().contains("150 contacts already"), e.getMessage());
        assertEquals(contacts, store.read(s -> s.contacts().count()));
        assertEquals(1, segments.list().size());
    }

    static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}

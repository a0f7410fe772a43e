package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.merge.PreparedMerge;
import org.segmenta.merge.word.WordMerge;

/**
 * Merges every main document of the shared corpus with known contact data and checks the letters: each mapped
 * field's value in the part where the field was, no field code, no «placeholder», no data-source link left, and
 * the letter reads again.
 */
class CorpusMergeTest {

    static final MergeService SERVICE = WordMerge.service();

    /** The fields the corpus names that no synonym knows: what the user would map them to. */
    static final Map<String, MergeKey> USER_MAPPING = Map.ofEntries(Map.entry("OrderID", MergeKey.CONTACT_NO),
            Map.entry("CustomerID", MergeKey.EMAIL), Map.entry("OrderDate", MergeKey.INTERACTION_DATE),
            Map.entry("RequiredDate", MergeKey.INTERACTION_DATE), Map.entry("ShippedDate", MergeKey.INTERACTION_DATE),
            Map.entry("Shippers_CompanyName", MergeKey.OWN_COMPANY_NAME), Map.entry("ProductID", MergeKey.MOBILE),
            Map.entry("ProductName", MergeKey.SUBJECT), Map.entry("Quantity", MergeKey.JOB_TITLE),
            Map.entry("UnitPrice", MergeKey.CAMPAIGN), Map.entry("Discount", MergeKey.CAMPAIGN),
            Map.entry("ExtendedPrice", MergeKey.CAMPAIGN), Map.entry("Field1", MergeKey.CITY),
            Map.entry("Field2", MergeKey.POST_CODE), Map.entry("HTML_Name", MergeKey.NAME),
            Map.entry("foo", MergeKey.CITY), Map.entry("bar", MergeKey.COUNTRY), Map.entry("gak", MergeKey.EMAIL),
            Map.entry("SingleLine", MergeKey.CITY), Map.entry("Multiline", MergeKey.ADDRESS),
            Map.entry("SinglelineUpperCase", MergeKey.SURNAME), Map.entry("MultilineUpperCase", MergeKey.COMPANY_NAME),
            Map.entry("fieldname", MergeKey.FIRST_NAME), Map.entry("headerfield", MergeKey.CITY),
            Map.entry("headereven", MergeKey.COUNTY), Map.entry("headerfirst", MergeKey.COUNTRY),
            Map.entry("footerfield", MergeKey.PHONE), Map.entry("footereven", MergeKey.MOBILE),
            Map.entry("footerfirst", MergeKey.EMAIL), Map.entry("field", MergeKey.CITY));

    static Stream<Path> corpus() throws IOException {
        List<Path> l;
        try (Stream<Path> s = Files.list(Docx.corpus())) {
            l = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        return l.stream();
    }

    static FieldMapping userMapping(MainDocument d) {
        FieldMapping m = d.mapping();
        for (FieldMapping.Entry e : d.mapping().unmapped()) {
            MergeKey k = USER_MAPPING.get(e.fieldName());
            if (k != null) {
                m = m.with(e.fieldName(), k);
            }
        }
        return m;
    }

    static byte[] mergeOne(String file, MergeRecord r) throws Exception {
        MainDocument d = SERVICE.inspect(Docx.corpus(file));
        return SERVICE.prepare(d.file(), userMapping(d)).preview(r);
    }

    @Test
    void theCorpusHasEighteenMainDocuments() throws IOException {
        assertEquals(18, corpus().count(), "files in " + Docx.corpus());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void mergesEveryCorpusDocumentCleanly(Path file, @TempDir Path dir) throws Exception {
        String name = file.getFileName().toString();
        MainDocument d = SERVICE.inspect(file);
        FieldMapping mapping = userMapping(d);
        PreparedMerge pm = SERVICE.prepare(file, mapping);
        MergeRecord karen = Contacts.karen();
        // identical records, so that NEXT/NEXTIF fields also show Karen's values
        MergeResult result = pm.mergeToFolder(List.of(karen, karen, karen, karen), dir, i -> "letter-" + i + ".docx");
        assertTrue(result.letters() >= 1, name);
        Path letter = result.files().get(0);
        Docx out = Docx.read(letter);

        // every mapped merge field shows its value in the part where the field is
        for (MainDocument.FieldUse u : d.fields()) {
            if (!u.type().equals("MERGEFIELD") || u.name().contains(":")) {
                continue;
            }
            MergeKey key = mapping.keyOf(u.name()).orElse(null);
            String value = key == null ? "" : karen.text(key);
            if (value.isEmpty() || u.instruction().contains("\\@") || u.instruction().contains("\\#")) {
                continue;
            }
            String part = u.part().substring(1);
            String text = out.text(part);
            assertNotNull(text, name + ": part " + part + " missing in the letter");
            assertTrue(text.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)),
                    name + ": " + u.instruction() + " should show \"" + value + "\" in " + part + " but it reads: " + text);
        }
        // no field code, no placeholder, in any story part
        for (String p : out.parts.keySet()) {
            if (Docx.isStory(p)) {
                String xml = out.xml(p);
                for (String code : List.of("<w:fldChar", "<w:instrText", "<w:fldSimple")) {
                    assertFalse(xml.contains(code), name + ": " + code + " left in " + p);
                }
                String text = out.text(p);
                assertFalse(text.matches("(?s).*«[^»]*».*"), name + ": a «placeholder» is left in " + p + ": " + text);
                assertFalse(text.contains("TableStart:") || text.contains("TableEnd:"), name + ": region marker left in " + p);
            }
        }
        // no data-source link
        String settings = out.xml("word/settings.xml");
        if (settings != null) {
            assertFalse(settings.contains("mailMerge"), name + ": w:mailMerge left in settings.xml");
        }
        for (String p : out.parts.keySet()) {
            if (p.endsWith(".rels")) {
                String rels = out.xml(p);
                assertFalse(rels.contains("mailMergeSource") || rels.contains("recipientData"), name + ": data-source link left in " + p);
            }
            assertFalse(p.toLowerCase(Locale.ROOT).endsWith("recipientdata.xml"), name + ": recipient data part left");
        }
        assertFalse(out.xml("[Content_Types].xml").contains("template.main+xml"), name);
        // the letter opens again: zip central directory, every XML part well-formed, and the merge reads it
        try (ZipFile z = new ZipFile(letter.toFile())) {
            assertEquals(out.parts.size(), z.size(), name);
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        for (Map.Entry<String, byte[]> e : out.parts.entrySet()) {
            if (e.getKey().endsWith(".xml") || e.getKey().endsWith(".rels")) {
                f.newDocumentBuilder().parse(new ByteArrayInputStream(e.getValue()));
            }
        }
        MainDocument again = SERVICE.inspect(letter);
        List<String> mergeFieldsLeft = new ArrayList<>();
        again.fields().stream().filter(u -> u.type().equals("MERGEFIELD")).forEach(u -> mergeFieldsLeft.add(u.instruction()));
        assertEquals(List.of(), mergeFieldsLeft, name);
    }
}

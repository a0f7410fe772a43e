package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeFieldProvider;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.merge.word.internal.WordMergeService;

/** Fields a plug-in adds ({@link MergeFieldProvider}): matched in documents after Segmenta's own, merged, kept. */
class PluginFieldsTest {

    @Test
    void aDocumentsFieldMapsToThePluginFieldAndMergesItsValue(@TempDir Path dir) throws Exception {
        WordMergeService service = new WordMergeService();
        service.addProvider(PluginProviders.LOYALTY);
        Path doc = Files.write(dir.resolve("points.docx"), Docx.build(Docx.para(Docx.complex(" MERGEFIELD FirstName "))
                + Docx.para(Docx.complex(" MERGEFIELD Loyalty_Points ")) + Docx.para(Docx.complex(" MERGEFIELD Bonuspunkte "))
                + Docx.para(Docx.complex(" MERGEFIELD City ")), null, Docx.DOC));

        MainDocument main = service.inspect(doc);
        FieldMapping.Entry points = main.mapping().entry("Loyalty_Points").orElseThrow();
        assertEquals("LoyaltyPoints", points.pluginField());
        assertNull(points.key());
        assertEquals(FieldMapping.Reason.EXACT, points.reason());
        assertEquals(FieldMapping.Reason.SYNONYM, main.mapping().entry("Bonuspunkte").orElseThrow().reason());
        // Segmenta's own fields still win their names
        assertEquals(MergeKey.CITY, main.mapping().keyOf("City").orElseThrow());
        assertTrue(main.mapping().unmapped().isEmpty(), main.mapping().toString());

        byte[] letter = service.prepare(doc, main.mapping())
                .preview(Contacts.karen().withFields(Map.of("LoyaltyPoints", "5,200")));
        String text = Docx.read(letter).text("word/document.xml");
        assertTrue(text.contains("5,200¶5,200¶"), text);

        // without the plug-in the same document leaves the field unmapped: it merges empty, with a warning
        MainDocument without = new WordMergeService().inspect(doc);
        assertTrue(without.mapping().entry("Loyalty_Points").orElseThrow().key() == null
                && !without.mapping().entry("Loyalty_Points").orElseThrow().mapped());
    }

    @Test
    void aMappingToAPluginFieldIsKeptWithTheDocument() {
        FieldMapping m = new FieldMapping(List.of()).with("City", MergeKey.CITY).withPluginField("Points", "LoyaltyPoints")
                .with("Unknown", null);
        String text = m.toText();
        assertEquals("City\tCITY\nPoints\t+LoyaltyPoints\nUnknown\t\n", text);
        FieldMapping back = FieldMapping.fromText(text);
        assertEquals("LoyaltyPoints", back.entry("Points").orElseThrow().pluginField());
        assertEquals(MergeKey.CITY, back.keyOf("City").orElseThrow());
        assertEquals(m.asMap(), back.asMap());
        assertEquals(m.asMap(), FieldMapping.fromMap(m.asMap()).asMap());
    }
}

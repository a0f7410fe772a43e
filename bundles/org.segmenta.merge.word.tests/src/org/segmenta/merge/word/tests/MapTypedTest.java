package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.merge.word.internal.WordMergeService;

/**
 * A Segmenta merge field typed into Match Fields' cell ({@code MergeService.mapTyped}; the new user's find: a typed
 * name was silently dropped): a caption or key in any case, a synonym in another language, a plug-in field; anything
 * else is refused with a message that quotes it, and the mapping stays as it was.
 */
class MapTypedTest {

    private static final FieldMapping START = new FieldMapping(List.of(
            new FieldMapping.Entry("vorn", null, FieldMapping.Reason.UNMAPPED, "no Segmenta data of this name")));

    private static WordMergeService service() {
        WordMergeService s = new WordMergeService();
        s.addProvider(PluginProviders.LOYALTY);
        return s;
    }

    @Test
    void captionsKeysAndSynonymsInAnyCaseMapTheField() {
        WordMergeService s = service();
        for (String typed : List.of("First Name", "first name", "FIRST_NAME", "first_name", "  Vorname ", "prénom")) {
            FieldMapping m = s.mapTyped(START, "vorn", typed);
            assertEquals(MergeKey.FIRST_NAME, m.keyOf("vorn").orElse(null), typed);
            assertEquals(FieldMapping.Reason.USER, m.entry("vorn").orElseThrow().reason(), typed);
        }
        assertEquals(MergeKey.SURNAME, s.mapTyped(START, "vorn", "nachname").keyOf("vorn").orElseThrow());
        assertEquals(MergeKey.PERSONAL_NOTE, s.mapTyped(START, "vorn", "personal note").keyOf("vorn").orElseThrow());
    }

    @Test
    void aPluginFieldByNameCaptionOrSynonym() {
        WordMergeService s = service();
        for (String typed : List.of("loyaltypoints", "Loyalty Points", "bonuspunkte")) {
            FieldMapping.Entry e = s.mapTyped(START, "vorn", typed).entry("vorn").orElseThrow();
            assertEquals("LoyaltyPoints", e.pluginField(), typed);
            assertNull(e.key());
        }
    }

    @Test
    void blankLeavesTheFieldUnmappedAndANonFieldIsRefusedWithItsName() {
        WordMergeService s = service();
        assertEquals(FieldMapping.Reason.UNMAPPED, s.mapTyped(START.with("vorn", MergeKey.CITY), "vorn", " ")
                .entry("vorn").orElseThrow().reason());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.mapTyped(START, "vorn", "Shoe size"));
        assertEquals("'Shoe size' is not a Segmenta merge field. Choose one from the list, or type its name as the "
                + "list shows it or as its key (First Name or FIRST_NAME); case does not matter.", e.getMessage());
    }
}

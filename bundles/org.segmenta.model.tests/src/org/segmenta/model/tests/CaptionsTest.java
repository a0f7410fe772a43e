package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.rules.Captions;

/**
 * The model's captions and option values as people read them (English here; the German ones are checked where the
 * tests run with {@code -nl de}), and the names a typed option value may have in any language Segmenta ships.
 */
class CaptionsTest {

    @Test
    void englishCaptionsOfFieldsClassesAndOptions() {
        assertEquals("Company No.", Captions.shown("companyNo"));
        assertEquals("Unit Duration (Min.)", Captions.shown("unitDuration"));
        assertEquals("Interaction Template", Captions.shownClass("InteractionTemplate"));
        assertEquals("Hard Copy", Captions.shown(CorrespondenceType.HARD_COPY));
        assertEquals("Company", Captions.shownOption("Company"));
        assertEquals("Not An Option", Captions.shownOption("Not An Option"));
        // a name the captions do not list: derived from the name, as Captions.of does
        assertEquals("Some New Field No.", Captions.shown("someNewFieldNo"));
    }

    @Test
    void aTypedOptionMayBeItsLiteralOrItsNameInAnyShippedLanguage() {
        assertEquals(List.of("Company", "Unternehmen"), Captions.optionNames(ContactType.COMPANY.getLiteral()));
        assertEquals(List.of("Hard Copy", "Papier"), Captions.optionNames("Hard Copy"));
        assertTrue(Captions.optionNames("None").containsAll(List.of("None", "Keine")), Captions.optionNames("None").toString());
        assertEquals(List.of("Gold"), Captions.optionNames("Gold"));
    }
}

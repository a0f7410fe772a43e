package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.segmenta.core.interaction.MergeRecords;
import org.segmenta.core.interaction.MergeRecords.OwnCompany;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.model.Contact;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaFactory;

/** The merge data of a line (issue 13, item 6): Fax No., the country's name in the letter's language and its code. */
class MergeRecordsTest {

    @Test
    void countryNamesAreInTheLettersLanguage() {
        assertEquals("Denmark", MergeRecords.countryName("DK", Locale.ENGLISH));
        assertEquals("Danmark", MergeRecords.countryName("dk", Locale.forLanguageTag("da-DK")));
        assertEquals("Dänemark", MergeRecords.countryName("DK", Locale.GERMANY));
        assertEquals("Denmark", MergeRecords.countryName("DK", Locale.ROOT), "an unknown language counts as English");
        assertEquals("Atlantis", MergeRecords.countryName("Atlantis", Locale.ENGLISH), "no ISO code: as it is");
        assertEquals(null, MergeRecords.countryName(" ", Locale.ENGLISH));
    }

    @Test
    void aLineGivesFaxCountryNameAndCode() {
        Contact c = SegmentaFactory.eINSTANCE.createContact();
        c.setNo("CT000001");
        c.setName("Karin Müller");
        c.setFaxNo("+45 70 00 00 02");
        c.setCountryRegionCode("DK");
        c.setCity("Aarhus");
        SegmentLine line = SegmentaFactory.eINSTANCE.createSegmentLine();
        line.setContactNo("CT000001");
        line.setLanguageCode("DEU");
        MergeRecord r = MergeRecords.of(line, c, null, null, null, null, OwnCompany.NONE);
        assertEquals("+45 70 00 00 02", r.text(MergeKey.FAX));
        assertEquals("DK", r.text(MergeKey.COUNTRY_CODE));
        assertEquals("Dänemark", r.text(MergeKey.COUNTRY));
        assertEquals("Karin Müller\nAarhus\nDänemark", r.text(MergeKey.ADDRESS_BLOCK));
    }
}

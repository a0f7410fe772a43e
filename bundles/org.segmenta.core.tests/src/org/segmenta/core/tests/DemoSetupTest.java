package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.core.demo.DemoData;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.Salesperson;
import org.segmenta.model.SegmentaFactory;

/**
 * The demo's set-up alone for a user who imported contacts first: {@code demo} refuses a database with contacts and
 * says how to get only the set-up; {@link DemoData#loadSetup()} adds salespeople, groups, templates, languages and
 * salutations and keeps rows that exist.
 */
class DemoSetupTest extends DemoFixture {

    @BeforeEach
    void usersOwnRows() {
        // the user's own import, and a salesperson of their own
        store.write(s -> {
            List<Contact> imported = new java.util.ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                Contact c = SegmentaFactory.eINSTANCE.createContact();
                c.setNo("IMP00" + i);
                c.setType(ContactType.PERSON);
                c.setName("Imported " + i);
                imported.add(c);
            }
            s.contacts().insertAll(imported.iterator());
            Salesperson own = SegmentaFactory.eINSTANCE.createSalesperson();
            own.setCode("AB");
            own.setName("Anne Berg, our own");
            s.salespeople().insert(own);
            return null;
        });
    }

    @Test
    void theSetUpGoesIntoADatabaseWithContactsAndKeepsTheUsersRows() {
        assertFalse(demo.isEmpty());
        assertTrue(demo.setupMissing(), "no interaction group or template yet");
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                demo::load);
        assertTrue(refused.getMessage().contains("The database holds 3 contacts already")
                && refused.getMessage().contains("use 'demo --setup-only'"), refused.getMessage());

        DemoData.SetupSummary loaded = demo.loadSetup();
        assertEquals(new DemoData.SetupSummary(4, 3, 2, 10, 3), loaded, "AB existed: two salespeople are new");
        assertFalse(demo.setupMissing());
        assertEquals("Anne Berg, our own", store.read(s -> s.salespeople().require("AB")).getName(), "kept as it was");
        assertEquals(List.of("EMAIL", "LETTER", "PHONE"),
                store.read(s -> s.interactionTemplates().list()).stream().map(t -> t.getCode()).sorted().toList());
        assertEquals(CorrespondenceType.HARD_COPY,
                store.read(s -> s.interactionTemplates().require("LETTER")).getCorrespondenceType());
        assertEquals(4, store.read(s -> s.interactionTemplates().require("LETTER")).getLanguages().size(),
                "a Word letter per language");
        assertEquals(3, store.read(s -> s.contacts().count()), "no demo contact");
        assertTrue(segments.list().isEmpty(), "no demo segment");
        assertEquals(0, store.read(s -> s.campaigns().list()).size(), "no demo campaign");

        assertEquals(0, demo.loadSetup().total(), "a second time adds nothing");
    }
}

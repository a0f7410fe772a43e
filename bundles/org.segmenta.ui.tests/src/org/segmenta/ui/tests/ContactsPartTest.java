package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segmenta.testing.Screenshots;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.internal.parts.ContactsPart;

/** The Contacts part over a real store: paging, quick search, and a new contact with the store's messages in place. */
class ContactsPartTest extends PartFixture {

    ContactsPartTest() {
        super(1000);
    }

    @Test
    void pagesSearchesAndCreatesWithMessagesInPlace() throws Exception {
        ContactsPart part = ui.make(ContactsPart.class);
        ui.shell.open();
        ui.waitUntil(() -> part.content().count() == 1000, "1,000 contacts counted");
        assertEquals("1,000 contacts", part.getStatus().getText());
        ui.waitUntil(() -> "CT000001".equals(part.getViewer().getTable().getItem(0).getText(0)), "first page");
        part.getViewer().getTable().setTopIndex(950);
        ui.waitUntil(() -> "CT000999".equals(part.getViewer().getTable().getItem(998).getText(0)), "a later page on demand");

        part.search("Aarhus", ContactsPart.SearchScope.CITY);
        ui.waitUntil(() -> part.content().count() == TestServices.inCity("Aarhus", 1000), "the city search");
        part.search("CT000007", ContactsPart.SearchScope.NO);
        ui.waitUntil(() -> part.content().count() == 1, "the No. search");
        part.search("COMPANY 1", ContactsPart.SearchScope.NAME);
        ui.waitUntil(() -> part.content().count() > 0 && part.content().count() < 1000, "the name search");
        part.search("", ContactsPart.SearchScope.NAME);

        part.newContact();
        part.field("No.").setText("CT900001");
        part.field("Company No.").setText("CT999999");
        part.save();
        String problems = part.problemsText();
        assertFalse(problems.isEmpty(), "the store's validation messages are shown");
        assertTrue(problems.contains("CT999999"), problems);
        Screenshots.save(ui.shell, "contacts-validation.png");

        part.field("Company No.").setText("CT000001");
        part.field("Name").setText("Nina Newman");
        part.field("City").setText("Odense");
        part.save();
        assertEquals("", part.problemsText());
        assertEquals("Nina Newman", services.store().read(s -> s.contacts().require("CT900001")).getName());
        ui.waitUntil(() -> part.content().count() == 1001, "the new contact is listed");
    }
}

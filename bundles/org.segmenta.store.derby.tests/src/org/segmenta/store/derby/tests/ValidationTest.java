package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.segmenta.core.store.DuplicateKeyException;
import org.segmenta.core.store.ValidationException;
import org.segmenta.model.Campaign;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.InteractionTemplate;

/** Invalid objects: the validator's messages, and nothing written. */
class ValidationTest extends StoreFixture {

    @Test
    void anInvalidTemplateGivesEveryMessageAndWritesNothing() {
        InteractionTemplate t = Fixtures.template();
        t.setUnitCost(new BigDecimal("-4"));
        t.getLanguages().get(0).setAttachmentNo(8L); // both a Word template and an attachment
        t.setLanguageCodeDefault("DEU");
        ValidationException e = assertThrows(ValidationException.class, () -> store.write(s -> {
            s.languages().insert(Fixtures.language());
            return s.interactionTemplates().insert(t);
        }));
        List<String> messages = e.messages();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("Unit Cost is -4 but cannot be negative")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("has both an attachment and a Word template")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("the default language DEU has no language row")), messages.toString());
        assertTrue(e.diagnostic().getChildren().size() >= 3);
        store.read(s -> {
            assertEquals(0, s.interactionTemplates().count());
            assertEquals(0, s.languages().count(), "the unit wrote nothing at all");
            return null;
        });
    }

    @Test
    void aPersonsCompanyMustBeAStoredCompany() {
        Contact orphan = Fixtures.person();
        ValidationException e = assertThrows(ValidationException.class, () -> store.write(s -> s.contacts().insert(orphan)));
        assertEquals(List.of("Contact CT000002: Company No. CT000001 is not a contact. Choose an existing company contact."),
                e.messages());
        store.write(s -> {
            Contact notACompany = Fixtures.company();
            notACompany.setType(ContactType.PERSON);
            notACompany.setCompanyNo(null);
            return s.contacts().insert(notACompany);
        });
        e = assertThrows(ValidationException.class, () -> store.write(s -> s.contacts().insert(Fixtures.person())));
        assertTrue(e.getMessage().contains("is a person, not a company"), e.getMessage());
        assertEquals(1L, store.read(s -> s.contacts().count()));
    }

    @Test
    void aTextTooLongForItsColumnIsAValidationMessage() {
        Campaign c = Fixtures.campaign();
        c.setDescription("x".repeat(101));
        ValidationException e = assertThrows(ValidationException.class, () -> store.write(s -> s.campaigns().insert(c)));
        assertEquals(List.of("Campaign CP1001: Description is 101 characters long, but at most 100 fit. Shorten it."),
                e.messages());
        Contact contact = Fixtures.company();
        contact.getMailingGroups().get(0).setMailingGroupCode("M".repeat(21));
        e = assertThrows(ValidationException.class, () -> store.write(s -> s.contacts().insert(contact)));
        assertTrue(e.getMessage().contains("Mailing Group Code is 21 characters long, but at most 20 fit"), e.getMessage());
    }

    @Test
    void aBatchImportStopsAtTheFirstInvalidContactAndWritesNone() {
        List<Contact> contacts = new ArrayList<>();
        IntStream.rangeClosed(1, 2500).forEach(i -> contacts.add(company(i)));
        contacts.get(2400).setNo(" "); // blank No.
        ValidationException e = assertThrows(ValidationException.class,
                () -> store.write(s -> s.contacts().insertAll(contacts.iterator())));
        assertTrue(e.getMessage().contains("No. must have a value"), e.getMessage());
        assertEquals(0L, store.read(s -> s.contacts().count()), "the 2,400 contacts before it were rolled back");

        contacts.get(2400).setNo("CT001000"); // the same No. as contact 1000
        DuplicateKeyException d = assertThrows(DuplicateKeyException.class,
                () -> store.write(s -> s.contacts().insertAll(contacts.iterator())));
        assertTrue(d.getMessage().contains("CT001000 appears twice") || d.getMessage().contains("exists already"), d.getMessage());
        assertEquals(0L, store.read(s -> s.contacts().count()));
    }

    static Contact company(int i) {
        Contact c = Fixtures.F.createContact();
        c.setNo(String.format("CT%06d", i));
        c.setType(ContactType.COMPANY);
        c.setName("Company " + i);
        c.setSearchName("COMPANY " + i);
        return c;
    }
}

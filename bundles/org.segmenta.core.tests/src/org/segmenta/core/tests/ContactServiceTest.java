package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.contact.ContactRules;
import org.segmenta.core.contact.ContactService;
import org.segmenta.core.contact.LikelyDuplicate;
import org.segmenta.core.contact.SavedContact;
import org.segmenta.core.internal.DemoDataImpl;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.core.store.InUseException;
import org.segmenta.core.store.ValidationException;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.testing.services.TestServices;

/** {@link ContactService} on Derby over the demo data (30 companies CT000001, CT000006, ... with 4 persons each). */
class ContactServiceTest {

    @TempDir
    Path tmp;

    private TestServices services;
    private ContactService contacts;

    @BeforeEach
    void open() {
        services = new TestServices(tmp);
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 29).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        new DemoDataImpl(services.store(), services.segments(), clock).load();
        contacts = services.contacts();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static Contact person(String name, String email, String companyNo) {
        Contact c = SegmentaFactory.eINSTANCE.createContact();
        c.setType(ContactType.PERSON);
        c.setName(name);
        c.setEmail(email);
        c.setCompanyNo(companyNo);
        return c;
    }

    @Test
    void createNumbersFromTheSeriesAndAppliesTheCardRules() {
        Contact company = contacts.get("CT000001").orElseThrow();
        SavedContact saved = contacts.create(person("  Ann Marie Lee ", "ann@example.com", "ct000001"));
        Contact c = saved.contact();
        assertEquals("CT000151", c.getNo());
        assertEquals("ANN MARIE LEE", c.getSearchName());
        assertEquals("Ann", c.getFirstName());
        assertEquals("Marie", c.getMiddleName());
        assertEquals("Lee", c.getSurname());
        assertEquals("CT000001", c.getCompanyNo());
        assertEquals(company.getName(), c.getCompanyName());
        assertEquals(List.of(), saved.duplicates());
        Contact stored = contacts.get("ct000151").orElseThrow();
        assertEquals("ANN MARIE LEE", stored.getSearchName());
        assertEquals(company.getName(), stored.getCompanyName());
    }

    @Test
    void aCompanyIsItsOwnCompany() {
        Contact c = SegmentaFactory.eINSTANCE.createContact();
        c.setType(ContactType.COMPANY);
        c.setName("Lee Trading ApS");
        Contact saved = contacts.create(c).contact();
        assertEquals(saved.getNo(), saved.getCompanyNo());
        assertEquals("Lee Trading ApS", saved.getCompanyName());
        assertEquals("LEE TRADING APS", saved.getSearchName());
    }

    @Test
    void theSearchNameIgnoresTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("ISMAIL YILMAZ", ContactRules.searchName("ismail yilmaz"));
            assertEquals("ISMAIL YILMAZ", contacts.create(person("ismail yilmaz", null, null)).contact().getSearchName());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theSameEmailIsAWarningNamingTheOtherContactNotARefusal() {
        Contact other = contacts.get("CT000002").orElseThrow();
        SavedContact saved = contacts.create(person("Someone Else", other.getEmail().toUpperCase(Locale.ROOT), null));
        assertEquals(List.of(new LikelyDuplicate("CT000002", other.getName(), other.getCompanyName(),
                LikelyDuplicate.Reason.SAME_EMAIL)), saved.duplicates());
        assertTrue(saved.duplicates().get(0).describe().startsWith("CT000002 " + other.getName()),
                saved.duplicates().get(0).describe());
        assertTrue(contacts.get(saved.contact().getNo()).isPresent());
    }

    @Test
    void theSameNameInTheSameCompanyIsALikelyDuplicate() {
        Contact other = contacts.get("CT000003").orElseThrow();
        List<LikelyDuplicate> found = contacts.duplicates(person(other.getName().toLowerCase(Locale.ROOT), null,
                other.getCompanyNo()));
        assertEquals(List.of("CT000003"), found.stream().map(LikelyDuplicate::contactNo).toList());
        assertEquals(LikelyDuplicate.Reason.SAME_NAME_AND_COMPANY, found.get(0).reason());
        // the same name in another company is another person
        assertEquals(List.of(), contacts.duplicates(person(other.getName(), null, "CT000006")));
        // a stored contact is no duplicate of itself
        assertEquals(List.of(), contacts.duplicates(other));
    }

    @Test
    void renamingACompanyCopiesItsNameToItsPersons() {
        Contact company = contacts.get("CT000001").orElseThrow();
        company.setName("Renamed A/S");
        contacts.change(company);
        List<Contact> persons = services.store().read(
                s -> s.contacts().find(ContactQuery.all().withCompanyNo("CT000001").withType(ContactType.PERSON)));
        assertEquals(4, persons.size());
        for (Contact p : persons) {
            assertEquals("Renamed A/S", p.getCompanyName(), p.getNo());
        }
        assertEquals("RENAMED A/S", contacts.get("CT000001").orElseThrow().getSearchName());
    }

    @Test
    void aSearchNameTypedByTheUserIsKeptWhenTheNameChanges() {
        Contact c = contacts.get("CT000002").orElseThrow();
        c.setSearchName("BOSS");
        contacts.change(c);
        c = contacts.get("CT000002").orElseThrow();
        c.setName("Changed Name");
        Contact saved = contacts.change(c).contact();
        assertEquals("BOSS", saved.getSearchName());
        assertEquals("Changed", saved.getFirstName());
        assertEquals("Name", saved.getSurname());
    }

    @Test
    void aPersonsCompanyMustBeACompany() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> contacts.create(person("Ann Lee", null, "CT000002")));
        assertTrue(e.getMessage().contains("Company No. CT000002 is a person, not a company"), e.getMessage());
        assertEquals(150, services.store().read(s -> s.contacts().count()));
    }

    @Test
    void unknownCodesAreRefusedNamingTheField() {
        Contact c = person("Ann Lee", null, null);
        c.setSalespersonCode("qq");
        c.setLanguageCode("XX");
        ValidationException e = assertThrows(ValidationException.class, () -> contacts.create(c));
        assertEquals(2, e.messages().size(), e.getMessage());
        assertEquals("Contact CT000151: Salesperson Code 'QQ' does not exist. Use one of AB, LH, MV, or set up "
                + "salesperson QQ first.", e.messages().get(0));
        assertEquals("Contact CT000151: Language Code 'XX' does not exist. Use one of DAN, DEU, ENU, NLD, or set up "
                + "language XX first.", e.messages().get(1));
        assertEquals(150, services.store().read(s -> s.contacts().count()));
    }

    @Test
    void aCompanyWithPersonsIsNotDeletedAndCannotBecomeAPerson() {
        InUseException e = assertThrows(InUseException.class, () -> contacts.delete("CT000006"));
        assertTrue(e.getMessage().contains("4 persons (Company No.: CT000007, CT000008, CT000009, ...)"), e.getMessage());
        Contact company = contacts.get("CT000006").orElseThrow();
        company.setType(ContactType.PERSON);
        ValidationException v = assertThrows(ValidationException.class, () -> contacts.change(company));
        assertTrue(v.getMessage().contains("cannot become a person"), v.getMessage());
    }

    @Test
    void aContactOnAnOpenSegmentIsNotDeleted() {
        // the demo segment SEG00001 holds the Danish contacts; CT000001 is a Danish company
        String no = services.segments().lines("SEG00001", 0, 1).get(0).getContactNo();
        Contact c = contacts.get(no).orElseThrow();
        if (c.getType() == ContactType.COMPANY) {
            no = services.segments().lines("SEG00001", 1, 1).get(0).getContactNo();
        }
        String person = no;
        InUseException e = assertThrows(InUseException.class, () -> contacts.delete(person));
        assertTrue(e.getMessage().contains("1 open segment lines (Contact No.: SEG00001 line "), e.getMessage());
        assertTrue(contacts.get(person).isPresent());
    }

    @Test
    void aContactWithInteractionLogEntriesIsNotDeleted() {
        String no = contacts.create(person("Logged Once", null, null)).contact().getNo();
        var h = services.segments().create("One letter");
        services.interactions().changeHeader(h.getNo(), org.segmenta.model.SegmentaPackage.Literals.SEGMENT_HEADER__SALESPERSON_CODE, "AB", false);
        services.interactions().chooseTemplate(h.getNo(), "PHONE", false);
        services.segments().addContacts(h.getNo(), List.of(no), "by hand");
        services.interactions().log(h.getNo(), new org.segmenta.core.interaction.LogOptions(false, false, "TESTER"));
        InUseException e = assertThrows(InUseException.class, () -> contacts.delete(no));
        assertTrue(e.getMessage().contains("1 interaction log entries (Contact No.: entry "), e.getMessage());
        assertTrue(e.getMessage().contains("Exclude from Segment or Privacy Blocked instead"), e.getMessage());
    }

    @Test
    void aBlockedSalespersonIsRefusedOnANewContactButDoesNotBlockOtherChanges() {
        var lh = services.setup().get(org.segmenta.core.setup.SetupTable.SALESPEOPLE, "LH").orElseThrow();
        lh.setBlocked(true);
        services.setup().change(org.segmenta.core.setup.SetupTable.SALESPEOPLE, lh);
        Contact c = person("New For LH", null, null);
        c.setSalespersonCode("LH");
        ValidationException e = assertThrows(ValidationException.class, () -> contacts.create(c));
        assertTrue(e.getMessage().contains("salesperson LH is blocked"), e.getMessage());
        // CT000002 (Copenhagen) belongs to LH: a new city is still saved
        Contact existing = contacts.get("CT000002").orElseThrow();
        assertEquals("LH", existing.getSalespersonCode());
        existing.setCity("Roskilde");
        assertEquals("Roskilde", contacts.change(existing).contact().getCity());
    }

    @Test
    void contactsStoredWithoutTheSeriesAreSkippedInOneJump() {
        try (TestServices plain = new TestServices(tmp.resolve("plain")).seed(20)) {
            assertEquals("CT000021", plain.contacts().create(person("Next One", null, null)).contact().getNo());
            assertEquals("CT000022", plain.contacts().create(person("Next Two", null, null)).contact().getNo());
        }
    }

    @Test
    void aContactNobodyUsesIsDeleted() {
        String no = contacts.create(person("Short Lived", null, null)).contact().getNo();
        contacts.delete(no.toLowerCase(Locale.ROOT));
        assertTrue(contacts.get(no).isEmpty());
        assertNull(contacts.get("").orElse(null));
    }
}

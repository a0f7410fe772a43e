package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.exchange.tests.Files11.byName;
import static org.segmenta.exchange.tests.Files11.groups;
import static org.segmenta.exchange.tests.Files11.importFile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.segmenta.exchange.ImportFormat;
import org.segmenta.exchange.ImportPlan;
import org.segmenta.exchange.ImportReport.Created;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;

/** Each shared vCard file imports with the values its cards hold (read from the files by eye). */
class SharedVCardImportTest {

    private static final String N = "\u00D1"; // Ñ

    private static void assertPerson(Contact c, String first, String surname, String companyName) {
        assertAll(() -> assertEquals(ContactType.PERSON, c.getType()), () -> assertEquals(first, c.getFirstName()),
                () -> assertEquals(surname, c.getSurname()), () -> assertEquals(companyName, c.getCompanyName()));
    }

    private static void assertLinked(ImportPlan plan, Contact person, String companyName) {
        Contact company = plan.contacts().stream().filter(c -> c.getNo().equals(person.getCompanyNo())).findFirst()
                .orElseThrow(() -> new AssertionError(person.getName() + " is not linked to a new company"));
        assertEquals(ContactType.COMPANY, company.getType());
        assertEquals(companyName, company.getName());
        assertEquals(company.getNo(), company.getCompanyNo(), "a company's Company No. is its own No.");
    }

    private static List<Integer> lines(ImportPlan plan) {
        return plan.report().created().stream().filter(c -> !c.fromOrganisation()).map(Created::line).toList();
    }

    @Test
    void android21QuotedPrintableUtf8AndCardsWithOnlyAnEmail() throws Exception {
        ImportPlan plan = importFile("ezv_android_21qp.vcf");
        assertEquals(ImportFormat.VCARD, plan.report().format());
        assertEquals(StandardCharsets.UTF_8, plan.report().charset());
        // 6 cards → 6 persons + 2 companies from the ORGs of cards 5 and 6
        assertEquals(8, plan.report().createdCount());
        assertEquals(0, plan.report().skippedCount());
        assertEquals(List.of(1, 6, 11, 18, 36, 71), lines(plan), "the line of each BEGIN:VCARD");
        Map<String, Contact> byName = byName(plan);

        // cards 1 and 2: only EMAIL;PREF and CATEGORIES → named after the address, with a note
        Contact john = byName.get("john.doe@company.com");
        assertEquals("john.doe@company.com", john.getEmail());
        assertEquals(List.of("MY CONTACTS"), groups(john));
        assertEquals("My Contacts", plan.report().mailingGroups().get("MY CONTACTS"));
        assertTrue(plan.report().notes().stream()
                .anyMatch(n -> n.line() == 1 && n.message().contains("named after its e-mail address")));
        assertEquals("jane.doe@company.com", byName.get("jane.doe@company.com").getEmail());

        // card 3: QP "=C3=91=20" x5 → "Ñ Ñ Ñ Ñ Ñ", TEL;CELL;PREF
        Contact c3 = byName.get(String.join(" ", N, N, N, N, N));
        assertEquals("123456789", c3.getMobilePhoneNo());
        assertNull(c3.getPhoneNo());

        // card 4: the name is continued over a soft line break (=C3=91= / =20=C3=91) → 11 Ñ
        Contact c4 = byName.get(String.join(" ", java.util.Collections.nCopies(11, N)));
        assertEquals("123456", c4.getMobilePhoneNo(), "TEL;CELL;PREF wins over the other TEL;CELL");
        assertEquals("234567", c4.getPhoneNo(), "the first TEL;HOME");

        // card 5: N "Ñ Ñ;Ñ Ñ Ñ", EMAIL;PREF;WORK wins over the QP EMAIL;PREF, ORG of 12 Ñ split by a soft break
        Contact bob = byName.get(String.join(" ", N, N, N, N));
        assertPerson(bob, N + " " + N + " " + N, N + " " + N, N.repeat(12));
        assertEquals("bob@company.com", bob.getEmail());
        assertEquals("123456", bob.getFaxNo());
        assertEquals("www.company.com", bob.getHomePage());
        assertLinked(plan, bob, N.repeat(12));

        // card 6: ORG of 44 Ñ over four QP lines followed by a blank line
        Contact henry = byName.get(N.repeat(4));
        assertEquals("henry@company.com", henry.getEmail());
        assertEquals("55556666", henry.getMobilePhoneNo());
        assertLinked(plan, henry, N.repeat(44));
    }

    @Test
    void outlook2007() throws Exception {
        ImportPlan plan = importFile("ezv_outlook2007_21.vcf");
        assertEquals(2, plan.report().createdCount());
        Contact mike = byName(plan).get("Mr. Michael Angstadt Jr.");
        assertPerson(mike, "Michael", "Angstadt", "TheCompany");
        assertLinked(plan, mike, "TheCompany");
        assertAll(() -> assertEquals("TheJobTitle", mike.getJobTitle()),
                () -> assertEquals("mike.angstadt@gmail.com", mike.getEmail()),
                () -> assertEquals("(111) 555-1111", mike.getPhoneNo(), "TEL;WORK;VOICE"),
                () -> assertEquals("(111) 555-4444", mike.getMobilePhoneNo(), "TEL;CELL;VOICE"),
                () -> assertEquals("(111) 555-3333", mike.getFaxNo(), "TEL;WORK;FAX"),
                () -> assertEquals("222 Broadway", mike.getAddress()),
                () -> assertEquals("TheOffice", mike.getAddress2(), "the extended address"),
                () -> assertEquals("New York", mike.getCity()), () -> assertEquals("NY", mike.getCounty()),
                () -> assertEquals("99999", mike.getPostCode()),
                () -> assertEquals("US", mike.getCountryRegionCode(), "USA"),
                () -> assertEquals("http://mikeangstadt.name", mike.getHomePage()),
                () -> assertEquals("ENU", mike.getLanguageCode(), "N;LANGUAGE=en-us"),
                () -> assertEquals("MR. MICHAEL ANGSTADT JR.", mike.getSearchName()));
    }

    @Test
    void gmail30EscapesAndFoldedAddress() throws Exception {
        ImportPlan plan = importFile("ezv_gmail_30.vcf");
        assertEquals(2, plan.report().createdCount());
        Contact john = byName(plan).get("Mr. John Richter, James Doe Sr.");
        assertPerson(john, "John", "Doe", "IBM");
        assertLinked(plan, john, "IBM");
        assertAll(() -> assertEquals("Richter, James", john.getMiddleName(), "the escaped comma"),
                () -> assertEquals("Money Counter", john.getJobTitle()),
                () -> assertEquals("john.doe@ibm.com", john.getEmail()),
                () -> assertEquals("905-666-1234", john.getPhoneNo()),
                () -> assertEquals("905-555-1234", john.getMobilePhoneNo()),
                () -> assertEquals("http://www.ibm.com", john.getHomePage(), "the escaped colon"),
                // Gmail puts the whole address, with \n escapes and folded, in the extended-address component
                () -> assertEquals("Crescent moon drive", john.getAddress()),
                () -> assertEquals("555-asd, Nice Area, Albaney, New York 12345, United States of America",
                        john.getAddress2()));
    }

    @Test
    void fullContact40TypeListsAndSeveralOrgs() throws Exception {
        ImportPlan plan = importFile("ezv_fullcontact_40.vcf");
        assertEquals(2, plan.report().createdCount());
        Contact p = byName(plan).get("Prefix FirstName MiddleName LastName Suffix");
        assertPerson(p, "FirstName", "LastName", "Organization1");
        assertLinked(plan, p, "Organization1");
        assertAll(() -> assertEquals("MiddleName", p.getMiddleName()),
                () -> assertEquals("Title1", p.getJobTitle()),
                () -> assertEquals("work@example.com", p.getEmail(), "EMAIL;TYPE=work over home"),
                () -> assertEquals("555-555-1112", p.getPhoneNo(), "TYPE=work,voice"),
                () -> assertEquals("555-555-1113", p.getMobilePhoneNo()),
                () -> assertEquals("555-555-1117", p.getFaxNo(), "TYPE=work,fax"),
                () -> assertEquals("WorkStreet", p.getAddress()),
                () -> assertEquals("WorkExtended", p.getAddress2()),
                () -> assertEquals("WorkCity", p.getCity()), () -> assertEquals("WorkPostal", p.getPostCode()),
                () -> assertNull(p.getCountryRegionCode(), "'WorkCountry' is no country"),
                () -> assertEquals("http://www.homepage.com", p.getHomePage()),
                () -> assertEquals(List.of("TAG"), groups(p)));
        assertTrue(plan.report().notes().stream().anyMatch(n -> n.message().contains("'WorkCountry'")));
    }

    @Test
    void multiLanguage40() throws Exception {
        ImportPlan plan = importFile("vobj_multilang_40.vcf");
        assertEquals(1, plan.report().createdCount());
        Contact taro = plan.contacts().get(0);
        assertPerson(taro, "Taro", "Yamada", null);
        assertEquals("Yamada Taro", taro.getName(), "the first FN alternate");
        assertEquals("\u5C71\u7530\u592A\u90CE", taro.getName2(), "the Japanese alternate 山田太郎");
        assertNull(taro.getLanguageCode(), "names in en and ja do not say the contact's language");
    }

    @Test
    void utf16BigEndianWithoutBomAppleGroups() throws Exception {
        ImportPlan plan = importFile("rc_utf16be_nobom.vcf");
        assertEquals(StandardCharsets.UTF_16BE, plan.report().charset());
        assertEquals(1, plan.report().createdCount());
        Contact c = plan.contacts().get(0);
        assertPerson(c, "\u01FCgean", "\u013DdaMont\u00E9", null); // Ǽgean ĽdaMonté
        assertEquals("\u01FCgean \u013DdaMont\u00E9", c.getName());
        assertAll(() -> assertEquals("169 M\u00E1ria Canal", c.getAddress(), "item1.ADR"),
                () -> assertEquals("LaPaz", c.getCity()), () -> assertEquals("Concepti\u00F3n", c.getCounty()),
                () -> assertEquals("245-876", c.getPostCode()),
                () -> assertEquals("PE", c.getCountryRegionCode(), "Perú"));
    }

    @Test
    void windows1252Bytes() throws Exception {
        ImportPlan plan = importFile("rc_johndoe_cp1252.vcf");
        assertEquals("windows-1252", plan.report().charset().name());
        assertEquals(2, plan.report().createdCount());
        Contact john = byName(plan).get("John Do\u00EB");
        assertPerson(john, "John", "Do\u00EB", "roundcube.net");
        assertLinked(plan, john, "roundcube.net");
        assertAll(() -> assertEquals("roundcube@gmail.com", john.getEmail(), "HOME;TYPE=pref wins over WORK"),
                () -> assertEquals("+123456789", john.getPhoneNo()),
                () -> assertEquals("+987654321", john.getMobilePhoneNo()),
                () -> assertEquals("The street", john.getAddress()), () -> assertEquals("Hometown", john.getCity()),
                () -> assertEquals("5555", john.getPostCode()),
                () -> assertEquals("KY", john.getCountryRegionCode(), "Cayman Islands"));
    }

    @Test
    void kdeSoftBreaksWithoutLeadingBlankAndSplitUtf8() throws Exception {
        ImportPlan plan = importFile("kc_qp_softbreaks_21.vcf");
        assertEquals(5, plan.report().createdCount());
        assertEquals(List.of(1, 9, 19, 29, 42), lines(plan));
        Map<String, Contact> byName = byName(plan);

        // card 1 has only ORG: a company; its QP street holds =0A (a new line) and ß split over a soft break
        Contact shop = byName.get("Bike Shop");
        assertEquals(ContactType.COMPANY, shop.getType());
        assertEquals("DDDDDDDDDDDDDDD-Sta\u00DFe 2", shop.getAddress());
        assertEquals("00000 DDDDDDDDDD", shop.getAddress2());

        // card 2: the URL after the broken ADR line survives (KDE truncated it)
        Contact broken = byName.get("Field after Address broken");
        assertEquals("Broken", broken.getFirstName());
        assertEquals("AAAAAAA-A\u00E4AAAAA 11", broken.getAddress());
        assertEquals("Urt", broken.getCity());
        assertEquals("00000", broken.getPostCode());
        assertEquals("http://some-webseite.com", broken.getHomePage());
        assertEquals("http://some-webseite.com", byName.get("Field after Address not broken").getHomePage());

        // card 4: TITLE with ü continued on a line without a leading blank
        Contact doc = byName.get("Dr. med. Surname Name");
        assertPerson(doc, "Surname", "Name", null);
        assertEquals("Facharzt f\u00FCr Allgemeinmedizin", doc.getJobTitle());

        // card 5: empty ORG → no company
        Contact second = byName.get("Second Doctor");
        assertPerson(second, "Second", "Doctor", null);
        assertNull(second.getCompanyNo());
        assertEquals("Dentist", second.getJobTitle());
        assertEquals("DDDDDDDDDDDstra\u00DFe 26", second.getAddress());
    }
}

package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.exchange.tests.Files11.byName;
import static org.segmenta.exchange.tests.Files11.contacts;
import static org.segmenta.exchange.tests.Files11.groups;
import static org.segmenta.exchange.tests.Files11.importFile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.exchange.ContactField;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.util.ContactImporter;
import org.segmenta.exchange.CsvMapping;
import org.segmenta.exchange.ImportFormat;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPlan;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;

/** The shared CSV exports, recognised by their headers, and CSV with a column mapping. */
class SharedCsvImportTest {

    @TempDir
    Path tmp;

    private static Contact company(ImportPlan plan, Contact person) {
        return plan.contacts().stream().filter(c -> c.getNo().equals(person.getCompanyNo())).findFirst().orElseThrow();
    }

    @Test
    void googleContactsCsv() throws Exception {
        ImportPlan plan = importFile("rc_google_contacts.csv");
        assertEquals(ImportFormat.GOOGLE_CSV, plan.report().format());
        assertEquals(2, plan.report().createdCount());
        assertEquals(0, plan.report().skippedCount());
        Contact p = byName(plan).get("Prefix Firstname Middle Lastname Suffix");
        assertEquals(2, plan.report().created().get(1).line());
        assertAll(() -> assertEquals(ContactType.PERSON, p.getType()),
                () -> assertEquals("Firstname", p.getFirstName()), () -> assertEquals("Middle", p.getMiddleName()),
                () -> assertEquals("Lastname", p.getSurname()), () -> assertEquals("company", p.getCompanyName()),
                () -> assertEquals("company", company(plan, p).getName()),
                () -> assertEquals("jobtitle", p.getJobTitle()),
                () -> assertEquals("home@aaa.pl", p.getEmail(), "the starred '* Home' e-mail is the primary one"),
                () -> assertEquals("workphone", p.getPhoneNo()), () -> assertEquals("mobile", p.getMobilePhoneNo()),
                () -> assertEquals("workfax", p.getFaxNo()),
                () -> assertEquals("work_street", p.getAddress(), "the Work address"),
                () -> assertEquals("work_city", p.getCity()), () -> assertEquals("work_zip", p.getPostCode()),
                () -> assertEquals("home.page.com", p.getHomePage(), "the Home Page website"),
                () -> assertEquals(List.of("MY CONTACTS", "TEST"), groups(p), "'* My Contacts ::: Test'"));
    }

    @Test
    void thunderbirdCsvWithTrailingCommas() throws Exception {
        ImportPlan plan = importFile("rc_thunderbird.csv");
        assertEquals(ImportFormat.THUNDERBIRD_CSV, plan.report().format());
        assertEquals(2, plan.report().createdCount());
        Contact p = byName(plan).get("Displayname");
        assertAll(() -> assertEquals("Firstname", p.getFirstName()), () -> assertEquals("Lastname", p.getSurname()),
                () -> assertEquals("Organization", p.getCompanyName()),
                () -> assertEquals("Organization", company(plan, p).getName()),
                () -> assertEquals("test@domain.tld", p.getEmail()), () -> assertEquals("phone work", p.getPhoneNo()),
                () -> assertEquals("mobile", p.getMobilePhoneNo()), () -> assertEquals("fax", p.getFaxNo()),
                () -> assertEquals("Addr work", p.getAddress()), () -> assertEquals("Wcity", p.getCity()),
                () -> assertEquals("Wstate", p.getCounty()), () -> assertEquals("33-333", p.getPostCode()),
                () -> assertEquals("PL", p.getCountryRegionCode(), "Poland"),
                () -> assertEquals("title", p.getJobTitle()), () -> assertEquals("http://page.com", p.getHomePage()));
    }

    @Test
    void outlookCsvWithMultiLineNotes() throws Exception {
        ImportPlan plan = importFile("horde_outlook_bug6311.csv");
        assertEquals(ImportFormat.OUTLOOK_CSV, plan.report().format());
        assertEquals(2, plan.report().createdCount());
        Contact john = byName(plan).get("John Smith");
        assertAll(() -> assertEquals("John", john.getFirstName()), () -> assertEquals("Smith", john.getSurname()),
                () -> assertEquals("International Inc", john.getCompanyName()),
                () -> assertEquals("International Inc", company(plan, john).getName()),
                () -> assertEquals("john@example.com", john.getEmail()),
                () -> assertEquals("(123) 555-2222", john.getPhoneNo(), "Business Phone"),
                () -> assertEquals("(123) 555-1111", john.getFaxNo(), "Business Fax"),
                () -> assertEquals("(123) 555-3333", john.getMobilePhoneNo(), "Mobile Phone"),
                () -> assertEquals("J.S.", john.getInitials()),
                () -> assertEquals(List.of("PROGRAMMING"), groups(john)));
    }

    @Test
    void csvLineNumbersCountMultiLineFields() throws Exception {
        // the Google file's one record spans lines 2 to 7; a copy of it with its e-mails changed starts at line 8
        String text = Files.readString(contacts("rc_google_contacts.csv"), StandardCharsets.UTF_8);
        String record = text.substring(text.indexOf('\n') + 1);
        Path file = tmp.resolve("twice.csv");
        Files.writeString(file, text + record.replace("@", "2@").replace("Prefix Firstname", "Other Firstname"));
        ImportPlan plan = ContactImporter.read(file, ImportOptions.defaults());
        assertEquals(List.of(2, 2, 8), plan.report().created().stream().map(c -> c.line()).toList(),
                "company and person of record 1, then the person of record 2 (same company)");
        assertEquals(plan.contacts().get(0).getNo(), plan.contacts().get(2).getCompanyNo());
    }

    @Test
    void unknownCsvLayoutIsRefusedWithAProposedMapping() throws Exception {
        Path file = tmp.resolve("kunder.csv");
        Files.writeString(file, "Fornavn;Efternavn;Firma;E-mail;Postnr.;By;Land\n"
                + "Jens;Hansen;Hansen & Co;jens@hansen.dk;8000;Aarhus;Danmark\n", StandardCharsets.UTF_8);
        ContactImportException e = assertThrows(ContactImportException.class,
                () -> ContactImporter.read(file, ImportOptions.defaults()));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith(file + ", line 1: the header row is not an Outlook"), e.getMessage());
        assertTrue(e.getMessage().contains("\"Fornavn\" -> FIRST_NAME"), e.getMessage());

        CsvMapping proposed = CsvMapping.propose(ContactImporter.csvHeaders(file));
        Map<String, ContactField> expected = new LinkedHashMap<>();
        expected.put("Fornavn", ContactField.FIRST_NAME);
        expected.put("Efternavn", ContactField.SURNAME);
        expected.put("Firma", ContactField.COMPANY_NAME);
        expected.put("E-mail", ContactField.EMAIL);
        expected.put("Postnr.", ContactField.POST_CODE);
        expected.put("By", ContactField.CITY);
        expected.put("Land", ContactField.COUNTRY);
        assertEquals(expected, proposed.columns());

        ImportPlan plan = ContactImporter.read(file, ImportOptions.defaults().withCsvMapping(proposed));
        assertEquals(ImportFormat.GENERIC_CSV, plan.report().format());
        Contact jens = byName(plan).get("Jens Hansen");
        assertAll(() -> assertEquals("Hansen & Co", jens.getCompanyName()),
                () -> assertEquals("jens@hansen.dk", jens.getEmail()), () -> assertEquals("8000", jens.getPostCode()),
                () -> assertEquals("Aarhus", jens.getCity()), () -> assertEquals("DK", jens.getCountryRegionCode()));
        assertTrue(plan.report().notes().stream().anyMatch(n -> n.message().contains("separated by ';'")));
    }

    @Test
    void aMappingThatNamesAMissingColumnIsRefused() throws Exception {
        Path file = tmp.resolve("x.csv");
        Files.writeString(file, "Name,Mail\nAnn,ann@example.com\n");
        CsvMapping mapping = CsvMapping.of(Map.of("Name", ContactField.NAME, "E-mail", ContactField.EMAIL));
        ContactImportException e = assertThrows(ContactImportException.class,
                () -> ContactImporter.read(file, ImportOptions.defaults().withCsvMapping(mapping)));
        assertTrue(e.getMessage().contains("names the column \"E-mail\""), e.getMessage());
    }

    @Test
    void windows1252AndUtf16CsvAreDecoded() throws Exception {
        String csv = "Name,E-mail,Categories\r\n\"Zoë Müller\",zoe@example.com,\"Kunder; Nyhedsbrev\"\r\n";
        CsvMapping mapping = CsvMapping.propose(List.of("Name", "E-mail", "Categories"));
        for (Charset cs : List.of(Charset.forName("windows-1252"), StandardCharsets.UTF_16LE)) {
            Path file = tmp.resolve(cs.name() + ".csv");
            byte[] body = csv.getBytes(cs);
            if (cs == StandardCharsets.UTF_16LE) {
                byte[] bom = { (byte) 0xFF, (byte) 0xFE };
                body = concat(bom, body);
            }
            Files.write(file, body);
            ImportPlan plan = ContactImporter.read(file, ImportOptions.defaults().withCsvMapping(mapping));
            assertEquals(cs, plan.report().charset());
            Contact zoe = plan.contacts().get(0);
            assertEquals("Zoë Müller", zoe.getName());
            assertEquals(List.of("KUNDER", "NYHEDSBREV"), groups(zoe));
        }
    }

    @Test
    void emptyRowsAndRowsWithoutIdentityAreSkippedWithTheirLine() throws Exception {
        Path file = tmp.resolve("gaps.csv");
        Files.writeString(file, "Name,E-mail,City\nAnn,ann@example.com,Oslo\n,,\n,,Bergen\n");
        ImportPlan plan = ContactImporter.read(file,
                ImportOptions.defaults().withCsvMapping(CsvMapping.propose(List.of("Name", "E-mail", "City"))));
        assertEquals(1, plan.report().createdCount());
        assertEquals(2, plan.report().skippedCount());
        assertEquals(3, plan.report().skipped().get(0).line());
        assertEquals("the row is empty.", plan.report().skipped().get(0).message());
        assertEquals(4, plan.report().skipped().get(1).line());
        assertTrue(plan.report().skipped().get(1).message().contains("no name, company, e-mail address or phone"));
        assertNull(plan.contacts().get(0).getCompanyNo());
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.ContactImports;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportReport;
import org.segmenta.exchange.ImportReport.Reason;
import org.segmenta.exchange.ImportReport.Skipped;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * Issue 13 item 10: every row that cannot become a contact is reported with file, line, field and reason, the other
 * rows import in one transaction; {@code strict} refuses the file; a value longer than its field refuses its row.
 * The rows are those {@code gen-contacts --bad} writes (Google layout), written here.
 */
class BadRowsTest {

    private static final String HEADER = "First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Type,"
            + "E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Type,Address 1 - Street,Address 1 - City,"
            + "Address 1 - Postal Code,Address 1 - Country,Labels,Notes\r\n";

    @TempDir
    Path tmp;

    private LocalStore store;
    private ContactImportService imports;

    @BeforeEach
    void open() {
        store = DerbyStores.embedded(tmp.resolve("db"));
        imports = ContactImports.service(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String row(int i, String street, String email) {
        return "Karin,Hansen" + i + ",Hansen Trading " + i + ",Buyer,* Work," + email + ",Work,+45 " + (10000000 + i)
                + ",Work," + street + ",Aarhus,8000,Denmark,* myContacts ::: VIP,\r\n";
    }

    private Path write(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<Contact> stored() {
        return store.read(s -> s.contacts().find(ContactQuery.all()));
    }

    private Path badFile() throws Exception {
        return write("bad.csv", HEADER
                + row(1, "1 Havnegade", "k1@example.com") // line 2
                + row(2, "x".repeat(300), "k2@example.com") // line 3: street longer than 100
                + row(3, "3 Havnegade", "not-an-address") // line 4
                + row(4, "4 Havnegade", "k4@example.com").replace("\r\n", ",surplus\r\n") // line 5: extra column
                + row(5, "5 Havnegade", "k5@example.com").replace(",\r\n", ",\"Met at the fair\nwants a call back\"\r\n")
                + row(6, "6 Havnegade", "k6@example.com") // line 8
                + "Lars,Jensen,Jensen AS,CFO,* Work,lj@example.com,Work,+45 1"); // line 9: cut off, no line end
    }

    @Test
    void badRowsAreReportedWithLineFieldAndReasonAndTheOthersImport() throws Exception {
        ImportReport r = imports.importFile(badFile(), ImportOptions.defaults());

        Map<Integer, Skipped> byLine = new java.util.HashMap<>();
        r.skipped().forEach(s -> byLine.put(s.line(), s));
        assertEquals(List.of(3, 4, 5, 9), r.skipped().stream().map(Skipped::line).toList(), r.toString());
        assertEquals(Reason.TOO_LONG, byLine.get(3).reason());
        assertEquals("Address 1 - Street", byLine.get(3).field());
        assertTrue(byLine.get(3).message().contains("300 characters long, but Address holds at most 100"),
                byLine.get(3).message());
        assertEquals(Reason.BAD_VALUE, byLine.get(4).reason());
        assertEquals("E-mail 1 - Value", byLine.get(4).field());
        assertTrue(byLine.get(4).message().contains("'not-an-address' in E-mail 1 - Value is not an e-mail address"));
        assertEquals(Reason.EXTRA_COLUMNS, byLine.get(5).reason());
        assertTrue(byLine.get(5).message().contains("16 values but the header row 15 columns"));
        assertEquals(Reason.CUT_OFF, byLine.get(9).reason());
        assertTrue(byLine.get(9).message().contains("the file ends in the middle of this row"));

        // rows 2, 6 and 8: three persons and their three companies, in one transaction
        assertEquals(6, r.createdCount());
        assertEquals(3, r.personsCreatedCount(), "the summary splits what the rows made");
        assertEquals(3, r.companiesCreatedCount(), "the companies made from the rows' organisations");
        List<Contact> stored = stored();
        assertEquals(6, stored.size());
        Contact k5 = stored.stream().filter(c -> "k5@example.com".equals(c.getEmail())).findFirst().orElseThrow();
        assertEquals("Met at the fair\nwants a call back", k5.getNotes());
        assertFalse(stored.stream().anyMatch(c -> c.getAddress() != null && c.getAddress().length() > 100),
                "nothing cut");
        assertEquals("3 persons and 3 companies created, 0 updated, 4 skipped (1 value too long, 1 invalid value, 1 extra columns, "
                + "1 cut off or unclosed quote)", r.summary());
        assertEquals(4, r.badRowCount());
    }

    @Test
    void strictRefusesTheWholeFileAndLeavesTheDatabaseAsItWas() throws Exception {
        Path file = badFile();
        ContactImportException e = assertThrows(ContactImportException.class,
                () -> imports.importFile(file, ImportOptions.defaults().withStrict(true)));
        assertTrue(e.getMessage().contains("4 bad rows (the first at line 3"), e.getMessage());
        assertNotNull(e.report());
        assertEquals(4, e.report().badRowCount());
        assertTrue(stored().isEmpty());
        assertFalse(store.read(s -> s.numberSeries().exists(ContactImportService.CONTACT_SERIES)),
                "not even the number series was created");
        // a file without bad rows imports under strict as well
        ImportReport ok = imports.importFile(write("ok.csv", HEADER + row(1, "1 Havnegade", "k1@example.com")),
                ImportOptions.defaults().withStrict(true));
        assertEquals(2, ok.createdCount());
    }

    @Test
    void anUnclosedQuoteIsReportedAtItsLineWithoutAJavaExceptionName() throws Exception {
        Path file = write("quote.csv", HEADER + row(1, "1 Havnegade", "k1@example.com")
                + row(2, "\"2 Havnegade, back door", "k2@example.com") + row(3, "3 Havnegade", "k3@example.com"));
        ImportReport r = imports.importFile(file, ImportOptions.defaults());
        assertEquals(2, r.createdCount(), "row 2 and its company");
        Skipped s = r.skipped().get(0);
        assertEquals(3, s.line());
        assertEquals(Reason.CUT_OFF, s.reason());
        assertTrue(s.message().contains("never closed"), s.message());
        assertTrue(s.message().contains("The rows from line 3 to the end of the file (line 4) could not be read"),
                s.message());
        assertFalse(s.message().matches("(?s).*(Exception|java\\.|\\(startline).*"), s.message());
    }

    @Test
    void aValueLongerThanItsFieldRefusesItsRowAndNeverEndsTheImport() throws Exception {
        Path file = write("long.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Short Name\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + "Long".repeat(30) + "\r\nEND:VCARD\r\n");
        ImportReport r = imports.importFile(file, ImportOptions.defaults());
        assertEquals(1, r.createdCount());
        Skipped s = r.skipped().get(0);
        assertEquals(5, s.line());
        assertEquals(Reason.TOO_LONG, s.reason());
        assertEquals("FN", s.field());
        assertEquals(List.of("Short Name"), stored().stream().map(Contact::getName).toList());
    }

    @Test
    void eachFileStandsAloneAndDuplicatesAcrossBatchesAreFoundInTheStore() throws Exception {
        // 1,100 rows: two batches; row 1,050 repeats row 10's e-mail, so the duplicate is in an earlier batch
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 1; i <= 1100; i++) {
            b.append(row(i, i + " Havnegade", i == 1050 ? "k10@example.com" : "k" + i + "@example.com"));
        }
        ImportReport r = imports.importFile(write("big.csv", b.toString()), ImportOptions.defaults());
        assertEquals(2198, r.createdCount());
        Skipped dup = r.skipped().get(0);
        assertEquals(Reason.DUPLICATE_IN_FILE, dup.reason());
        assertEquals(1051, dup.line());
        assertTrue(dup.message().contains("as the contact at line 11"), dup.message());
        assertEquals(2198, stored().size());
        // the same file again: every row already exists, nothing new
        ImportReport again = imports.importFile(write("big2.csv", b.toString()), ImportOptions.defaults());
        assertEquals(0, again.createdCount());
        assertEquals(1100, again.skippedCount());
        assertEquals(Reason.DUPLICATE_EXISTING, again.skipped().get(0).reason());
        // a person of an existing company is linked to it, found through the index
        ImportReport colleague = imports.importFile(write("colleague.csv", HEADER
                + row(77, "77 Havnegade", "colleague@example.com").replace("Hansen77,", "Colleague,")),
                ImportOptions.defaults());
        assertEquals(1, colleague.createdCount());
        Contact c = colleague.created().get(0).contact();
        assertEquals(ContactType.PERSON, c.getType());
        Contact company = store.read(s -> s.contacts().require(c.getCompanyNo()));
        assertEquals("Hansen Trading 77", company.getName());
    }
}

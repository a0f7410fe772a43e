package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.ContactImports;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPreview;
import org.segmenta.exchange.ImportReport;
import org.segmenta.exchange.ImportReport.Reason;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * The Import wizard's preview as a service (the trial at 100,000 rows: the preview took a minute, showed no progress and
 * missed the duplicates within the file), and the rule for the same name and company with another e-mail address (the
 * trial: 9 such rows skipped as "the same person"): a file of 2,500 rows, read in three batches, against a store that
 * holds one of its persons already.
 */
class ImportPreviewTest {

    private static final String HEADER = "First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Type,"
            + "E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Type,Address 1 - Street,Address 1 - City,"
            + "Address 1 - Postal Code,Address 1 - Country,Labels,Notes";

    @TempDir
    Path tmp;

    private LocalStore store;
    private ContactImportService imports;

    @BeforeEach
    void open() throws Exception {
        store = DerbyStores.embedded(tmp.resolve("db"));
        imports = ContactImports.service(store);
        Path before = tmp.resolve("before.csv");
        Files.writeString(before, HEADER + "\n" + row("Stored", "Person", "stored@example.com") + "\n", StandardCharsets.UTF_8);
        assertEquals(2, imports.importFile(before).createdCount(), "the person and her company Acme A/S");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String row(String first, String last, String email) {
        return String.join(",", first, last, "Acme A/S", "Buyer", "* Work", email, "Work", "+45 1000", "Work",
                "1 Havnegade", "Aarhus", "8000", "Denmark", "* myContacts", "");
    }

    /**
     * Rows 1..2,500 are persons F{i} L{i} at Acme A/S with p{i}@example.com (row i on line i + 1), except: row 41 is F40
     * L40 without an e-mail address (the same person as row 40), row 50 has a bad e-mail address, row 60 has the stored
     * person's address, row 70 is the stored person with another address, row 1,500 is F30 L30 with another address,
     * row 2,200 repeats row 10 and row 2,300 has row 20's address.
     */
    private Path file() throws Exception {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 2_500; i++) {
            String r = switch (i) {
                case 41 -> row("F40", "L40", "");
                case 50 -> row("F50", "L50", "not-an-address");
                case 60 -> row("F60", "L60", "stored@example.com");
                case 70 -> row("Stored", "Person", "stored.person@example.org");
                case 1_500 -> row("F30", "L30", "other30@example.com");
                case 2_200 -> row("F10", "L10", "p10@example.com");
                case 2_300 -> row("X", "Y", "p20@example.com");
                default -> row("F" + i, "L" + i, "p" + i + "@example.com");
            };
            b.append(r).append('\n');
        }
        Path f = tmp.resolve("acme.csv");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        return f;
    }

    private long stored() {
        return store.read(s -> s.contacts().count(ContactQuery.all()));
    }

    @Test
    void thePreviewCountsWhatTheImportDoesAcrossTheWholeFileAndStoresNothing() throws Exception {
        Path f = file();
        ImportPreview p = imports.preview(f, ImportOptions.defaults(), new NullProgressMonitor());
        assertTrue(p.complete());
        assertEquals(2_500, p.rowsRead());
        assertEquals(2, stored(), "the preview stores nothing");
        ImportReport r = p.report();
        assertEquals(2_495, r.createdCount(), r.skipped().toString());
        assertEquals(3, r.duplicatesInFileCount(), "rows 41, 2,200 and 2,300, two of them batches after their first");
        assertEquals(1, r.duplicatesExistingCount(), "row 60");
        assertEquals(1, r.badRowCount(), "row 50");
        assertEquals(List.of(42, 51, 61, 2_201, 2_301), r.skipped().stream().map(ImportReport.Skipped::line).sorted().toList());
        assertEquals(Reason.DUPLICATE_IN_FILE, r.skipped().stream().filter(s -> s.line() == 2_201).findFirst().orElseThrow().reason());
        assertEquals(List.of(71, 1_501), r.possibleDuplicates().stream().map(ImportReport.Note::line).toList());
        assertEquals("line 31", r.possibleDuplicates().get(1).possibleDuplicateOf());
        assertTrue(r.possibleDuplicates().get(1).message().contains("another e-mail address (other30@example.com)"),
                r.possibleDuplicates().get(1).message());

        // the import does what the preview said
        ImportReport done = imports.importFile(f, ImportOptions.defaults());
        assertEquals(r.createdCount(), done.createdCount());
        assertEquals(r.skipped().stream().map(ImportReport.Skipped::line).sorted().toList(),
                done.skipped().stream().map(ImportReport.Skipped::line).sorted().toList());
        assertEquals(List.of(71, 1_501), done.possibleDuplicates().stream().map(ImportReport.Note::line).toList());
        assertTrue(done.possibleDuplicates().get(0).possibleDuplicateOf().startsWith("CT"),
                "row 70 may be the stored person: " + done.possibleDuplicates().get(0));
        assertEquals(2 + 2_495, stored());
    }

    @Test
    void aPersonWithTheSameNameAndCompanyButAnotherAddressIsImportedAsAPossibleDuplicateAndWithoutAnAddressIsTheSame()
            throws Exception {
        Path f = tmp.resolve("three.csv");
        Files.writeString(f, HEADER + "\n" + row("Stored", "Person", "s.person@example.net") + "\n"
                + row("Stored", "Person", "") + "\n" + row("Stored", "Person", "STORED@example.com") + "\n",
                StandardCharsets.UTF_8);
        ImportReport r = imports.importFile(f, ImportOptions.defaults());
        assertEquals(1, r.createdCount(), "another address: a contact of its own");
        assertEquals(1, r.possibleDuplicates().size());
        assertEquals(2, r.possibleDuplicates().get(0).line());
        assertEquals(List.of(Reason.DUPLICATE_IN_FILE, Reason.DUPLICATE_EXISTING),
                r.skipped().stream().map(ImportReport.Skipped::reason).toList(),
                "no address: the same person as the row before (nothing tells them apart); the same address in another "
                        + "case: the stored person");
        assertEquals(3, stored());
    }

    @Test
    void aCancelledPreviewGivesTheCountsOfTheRowsReadAndStoresNothing() throws Exception {
        Path f = file();
        NullProgressMonitor cancelAfterFirstBatch = new NullProgressMonitor() {
            private int ticks;

            @Override
            public boolean isCanceled() {
                return ++ticks > 1;
            }
        };
        ImportPreview p = imports.preview(f, ImportOptions.defaults(), cancelAfterFirstBatch);
        assertFalse(p.complete());
        assertTrue(p.rowsRead() >= 1_000 && p.rowsRead() < 2_500, String.valueOf(p.rowsRead()));
        assertTrue(p.report().createdCount() < 2_000, String.valueOf(p.report().createdCount()));
        assertEquals(2, stored());
    }
}

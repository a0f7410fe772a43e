package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.exchange.tests.Files11.contacts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.core.store.StoreException;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.ContactImports;
import org.segmenta.exchange.ImportReport;
import org.segmenta.exchange.ImportReport.Reason;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/** The import service on the shared real files, against a fresh Derby database per test. */
class ContactImportServiceTest {

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

    private Map<String, Contact> stored() {
        return store.read(s -> s.contacts().find(ContactQuery.all())).stream()
                .collect(Collectors.toMap(Contact::getNo, c -> c));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ezv_android_21qp.vcf", "ezv_fullcontact_40.vcf", "ezv_gmail_30.vcf",
            "ezv_outlook2007_21.vcf", "horde_outlook_bug6311.csv", "kc_qp_softbreaks_21.vcf", "rc_google_contacts.csv",
            "rc_johndoe_cp1252.vcf", "rc_thunderbird.csv", "rc_utf16be_nobom.vcf", "vobj_multilang_40.vcf" })
    void everySharedFileImportsIntoTheStoreAndASecondImportCreatesNothing(String name) throws Exception {
        ImportReport first = imports.importFile(contacts(name));
        assertTrue(first.createdCount() > 0, first.toString());
        Map<String, Contact> stored = stored();
        assertEquals(first.createdCount(), stored.size(), first.toString());
        for (ImportReport.Created c : first.created()) {
            Contact s = stored.get(c.contact().getNo());
            assertTrue(s != null, "not stored: " + c.contact().getNo() + " " + c.contact().getName());
            assertTrue(s.getNo().matches("CT\\d{6}"), s.getNo());
            assertAll(() -> assertEquals(c.contact().getName(), s.getName()),
                    () -> assertEquals(c.contact().getEmail(), s.getEmail()),
                    () -> assertEquals(c.contact().getType(), s.getType()),
                    () -> assertEquals(c.contact().getCompanyNo(), s.getCompanyNo()),
                    () -> assertEquals(c.contact().getCity(), s.getCity()));
            if (s.getType() == ContactType.PERSON && s.getCompanyNo() != null) {
                assertEquals(ContactType.COMPANY, stored.get(s.getCompanyNo()).getType(), s.getName());
            }
        }
        for (String group : first.mailingGroups().keySet()) {
            assertTrue(store.read(s -> s.mailingGroups().exists(group)), group);
        }

        ImportReport second = imports.importFile(contacts(name));
        assertEquals(0, second.createdCount(), second.toString());
        assertTrue(second.skipped().stream().anyMatch(k -> k.reason() == Reason.DUPLICATE_EXISTING), second.toString());
        assertEquals(stored.keySet(), stored().keySet());
    }

    @Test
    void numbersComeFromTheContactSeriesAndPersonsPointAtTheirStoredCompany() throws Exception {
        ImportReport r = imports.importFile(contacts("ezv_outlook2007_21.vcf"));
        List<String> nos = r.created().stream().map(c -> c.contact().getNo()).toList();
        assertEquals("CT000001", nos.get(0));
        assertEquals("CT%06d".formatted(nos.size()),
                store.read(s -> s.numberSeries().require(ContactImportService.CONTACT_SERIES).getLastNoUsed()));
    }

    @Test
    void aRefusedFileLeavesTheStoreUntouched() throws Exception {
        imports.importFile(contacts("ezv_gmail_30.vcf"));
        Map<String, Contact> before = stored();
        String lastNo = store.read(s -> s.numberSeries().require("CONTACT").getLastNoUsed());

        Path binary = tmp.resolve("contacts.vcf");
        Files.write(binary, new byte[] { 'P', 'K', 3, 4, 0, 0, 1 });
        ContactImportException e = assertThrows(ContactImportException.class, () -> imports.importFile(binary));
        assertTrue(e.getMessage().contains("not text"), e.getMessage());
        assertEquals(before.keySet(), stored().keySet());
        assertEquals(lastNo, store.read(s -> s.numberSeries().require("CONTACT").getLastNoUsed()));
    }

    @Test
    void aFileThatFailsWhileStoringLeavesNothingNotEvenItsMailingGroupsOrNumbers() throws Exception {
        // the next number of the series is taken already: the insert fails after groups and numbers were written
        store.write(s -> {
            Contact taken = SegmentaFactory.eINSTANCE.createContact();
            taken.setNo("CT000002");
            taken.setType(ContactType.COMPANY);
            taken.setCompanyNo("CT000002");
            taken.setName("Taken Ltd");
            return s.contacts().insert(taken);
        });
        Path file = tmp.resolve("two.vcf");
        Files.writeString(file, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Able\r\nEMAIL:ann@able.example\r\n"
                + "CATEGORIES:Newsletter\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Baker\r\n"
                + "EMAIL:bob@baker.example\r\nEND:VCARD\r\n", StandardCharsets.UTF_8);
        assertThrows(StoreException.class, () -> imports.importFile(file));
        assertEquals(List.of("CT000002"), List.copyOf(stored().keySet()));
        assertFalse(store.read(s -> s.mailingGroups().exists("NEWSLETTER")));
        assertFalse(store.read(s -> s.numberSeries().exists("CONTACT")));
    }
}

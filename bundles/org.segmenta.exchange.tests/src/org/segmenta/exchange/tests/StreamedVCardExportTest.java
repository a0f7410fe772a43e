package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.exchange.util.ContactVCardExport;
import org.segmenta.model.Contact;
import org.segmenta.testing.services.TestServices;

/**
 * {@code export contacts --vcard} streams: the contacts are read a page of 1,000 at a time by No. after the page before
 * (keyset) and each card is written as read; the file is the same as writing the whole list at once. 2,500 contacts:
 * three pages, the last one short.
 */
class StreamedVCardExportTest {

    private static final int CONTACTS = 2_500;

    @TempDir
    Path tmp;

    private TestServices services;

    @BeforeEach
    void seed() {
        services = new TestServices(tmp.resolve("store")).seed(CONTACTS);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theStreamedFileIsTheWholeListWrittenAtOnce() throws IOException {
        List<Contact> all = services.store().read(s -> s.contacts().find(ContactQuery.all()));
        assertEquals(CONTACTS, all.size());
        Path vcf = tmp.resolve("contacts.vcf");
        List<Long> progress = new ArrayList<>();
        assertEquals(CONTACTS, ContactVCardExport.export(services.store(), vcf, progress::add, null));
        assertEquals(List.of(1000L, 2000L, 2500L), progress);
        String text = Files.readString(vcf, StandardCharsets.UTF_8);
        assertEquals(ContactVCardExport.toText(all), text);
        assertEquals(CONTACTS, text.split("BEGIN:VCARD", -1).length - 1);
    }

    @Test
    void pagesFollowTheLastNoOfThePageBefore() {
        List<Contact> first = services.store().read(s -> s.contacts().pageAfter(null, 1000));
        assertEquals(1000, first.size());
        String last = first.get(999).getNo();
        List<Contact> next = services.store().read(s -> s.contacts().pageAfter(last, 1000));
        assertEquals(1000, next.size());
        List<Contact> byOffset = services.store().read(s -> s.contacts().find(ContactQuery.all().page(1000, 1000)));
        assertEquals(byOffset.stream().map(Contact::getNo).toList(), next.stream().map(Contact::getNo).toList());
        List<Contact> end = services.store().read(s -> s.contacts().pageAfter(byOffset.get(999).getNo(), 1000));
        assertEquals(CONTACTS - 2000, end.size());
        assertThrows(IllegalArgumentException.class, () -> services.store().read(s -> s.contacts().pageAfter(null, 0)));
    }

    @Test
    void aCanceledExportLeavesNoFile() throws IOException {
        Path vcf = tmp.resolve("canceled.vcf");
        long[] seen = { 0 };
        assertThrows(CancellationException.class,
                () -> ContactVCardExport.export(services.store(), vcf, read -> seen[0] = read, () -> seen[0] >= 1000));
        assertEquals(1000, seen[0]);
        assertFalse(Files.exists(vcf));
    }
}

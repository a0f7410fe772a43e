package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.ContactImports;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * Issue 12, defect 9: an import through the service announces the contacts-changed event itself, after the commit
 * (a view that reads the store on the event sees the new contacts), and a refused file announces nothing.
 */
class ImportEventsTest {

    @TempDir
    Path tmp;

    private LocalStore store;
    /** What Event Admin was given: the topic, its data, and how many contacts the store had when it came. */
    private final List<String> posted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        store = DerbyStores.embedded(tmp.resolve("db"));
        store.postTo(new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                long contacts = store.read(s -> s.contacts().count());
                posted.add(event.getTopic() + " " + event.getProperty(SegmentaEvents.DATA) + " " + contacts);
            }

            @Override
            public void sendEvent(Event event) {
                postEvent(event);
            }
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anImportPostsContactsChangedAfterItsCommit() throws Exception {
        Path file = tmp.resolve("two.vcf");
        Files.writeString(file, """
                BEGIN:VCARD
                VERSION:3.0
                FN:Ann Lee
                N:Lee;Ann;;;
                EMAIL:ann@example.com
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Bo Berg
                N:Berg;Bo;;;
                EMAIL:bo@example.com
                END:VCARD
                """, StandardCharsets.UTF_8);
        ContactImports.service(store).importFile(file);
        assertEquals(List.of(SegmentaEvents.CONTACTS_CHANGED + " " + SegmentaEvents.MANY + " 2"), posted,
                "one event, and the two contacts were committed when it came");
        assertEquals(1L, store.changeStamps().get(SegmentaEvents.CONTACTS_CHANGED));
    }

    @Test
    void aRefusedFilePostsNothing() throws Exception {
        Path file = tmp.resolve("broken.vcf");
        Files.write(file, new byte[] { 'P', 'K', 3, 4, 0, 0, 1 });
        assertThrows(ContactImportException.class, () -> ContactImports.service(store).importFile(file));
        assertTrue(posted.isEmpty(), posted.toString());
        assertEquals(null, store.changeStamps().get(SegmentaEvents.CONTACTS_CHANGED));
    }
}

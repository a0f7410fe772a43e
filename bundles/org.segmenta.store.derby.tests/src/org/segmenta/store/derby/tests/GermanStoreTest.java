package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.DuplicateKeyException;
import org.segmenta.core.store.StoreUnavailableException;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.store.derby.internal.DerbyStore;

/**
 * The store's errors reach a German user in German (issue 19): run by the {@code german} test execution, whose
 * platform starts with {@code -nl de}, so the store's message class reads {@code messages_de.properties} as it does in
 * the German window and command line.
 */
class GermanStoreTest {

    private static final String BOOT = "Geheimes-Startkennwort-2026";

    @TempDir
    Path dir;

    @Test
    void theStoreSpeaksGerman() {
        assertEquals("de", Locale.getDefault().getLanguage(), "the german execution starts the platform with -nl de");
        Path secret = dir.resolve("secret");
        try (DerbyStore store = DerbyStore.embedded(secret, BOOT)) {
            store.write(s -> s.contacts().insert(contact()));
            DuplicateKeyException twice = assertThrows(DuplicateKeyException.class,
                    () -> store.write(s -> s.contacts().insert(contact())));
            assertTrue(twice.getMessage().contains("ist fehlgeschlagen: Der Schl\u00fcssel ist bereits vorhanden."),
                    twice.getMessage());
            assertTrue(twice.getMessage().contains("CT900001"), twice.getMessage());
        }
        StoreUnavailableException none = assertThrows(StoreUnavailableException.class, () -> DerbyStore.embedded(secret));
        assertTrue(none.getMessage().startsWith("Die Datenbank in ")
                && none.getMessage().contains("ist verschl\u00fcsselt, und es wurde kein Startkennwort angegeben")
                && none.getMessage().contains("SEGMENTA_BOOT_PASSWORD"), none.getMessage());
    }

    private static Contact contact() {
        Contact c = SegmentaFactory.eINSTANCE.createContact();
        c.setNo("CT900001");
        c.setType(ContactType.PERSON);
        c.setName("Zebulon Quaggafeather");
        return c;
    }
}

package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.StoreUnavailableException;
import org.segmenta.model.Contact;
import org.segmenta.store.derby.internal.DerbyDatabase;
import org.segmenta.store.derby.internal.DerbyStore;

/**
 * On-disk encryption (Derby's {@code dataEncryption=true}): an encrypted database's files hold no contact name in
 * clear (the same data unencrypted does, which shows the search would find it); it opens only with its boot password;
 * an unencrypted database of earlier rounds is encrypted in place.
 */
class EncryptionTest {

    private static final String NAME = "Zebulon Quaggafeather";
    private static final String BOOT = "Hemmelig-Nøgle-2026";

    @TempDir
    Path dir;

    @Test
    void anEncryptedDatabaseHoldsNoContactNameInClear() throws IOException {
        Path plain = dir.resolve("plain");
        Path secret = dir.resolve("secret");
        try (DerbyStore store = DerbyStore.embedded(plain)) {
            store.write(s -> s.contacts().insert(contact()));
        }
        try (DerbyStore store = DerbyStore.embedded(secret, BOOT)) {
            store.write(s -> s.contacts().insert(contact()));
        }
        assertFalse(filesWith(plain, NAME).isEmpty(), "the unencrypted database has the name in clear (the search works)");
        assertTrue(DerbyDatabase.encrypted(secret));
        assertEquals(List.of(), filesWith(secret, NAME), "no file of the encrypted database holds the name");
        assertEquals(List.of(), filesWith(secret, "Quaggafeather"), "not even the surname");

        StoreUnavailableException none = assertThrows(StoreUnavailableException.class, () -> DerbyStore.embedded(secret));
        assertTrue(none.getMessage().contains("is encrypted and no boot password was given")
                && none.getMessage().contains("SEGMENTA_BOOT_PASSWORD"), none.getMessage());
        StoreUnavailableException wrong = assertThrows(StoreUnavailableException.class,
                () -> DerbyStore.embedded(secret, "Falsch-Passwort-1"));
        assertTrue(wrong.getMessage().contains("the boot password is wrong"), wrong.getMessage());
        try (DerbyStore store = DerbyStore.embedded(secret, BOOT)) {
            assertEquals(NAME, store.read(s -> s.contacts().require("CT900001").getName()));
        }
    }

    @Test
    void anUnencryptedDatabaseIsEncryptedInPlace() {
        Path db = dir.resolve("db");
        try (DerbyStore store = DerbyStore.embedded(db)) {
            store.write(s -> s.contacts().insert(contact()));
        }
        assertFalse(DerbyDatabase.encrypted(db));
        try (DerbyStore store = DerbyStore.embedded(db, BOOT)) {
            assertEquals(NAME, store.read(s -> s.contacts().require("CT900001").getName()));
        }
        assertTrue(DerbyDatabase.encrypted(db));
        assertThrows(StoreUnavailableException.class, () -> DerbyStore.embedded(db));
    }

    private static Contact contact() {
        Contact c = org.segmenta.model.SegmentaFactory.eINSTANCE.createContact();
        c.setNo("CT900001");
        c.setType(org.segmenta.model.ContactType.PERSON);
        c.setCity("Odense");
        c.setName(NAME);
        c.setSurname("Quaggafeather");
        c.setFirstName("Zebulon");
        return c;
    }

    /** @return the files under {@code root} whose bytes contain {@code text} in UTF-8 or UTF-16 */
    static List<Path> filesWith(Path root, String text) throws IOException {
        List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16LE));
        List<Path> found = new ArrayList<>();
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (byte[] n : needles) {
                    if (indexOf(bytes, n) >= 0) {
                        found.add(root.relativize(f));
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

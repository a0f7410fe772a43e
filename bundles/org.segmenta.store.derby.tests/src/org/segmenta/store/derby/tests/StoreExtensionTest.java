package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.StoreExtension;
import org.segmenta.model.Contact;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.store.derby.internal.DerbyStore;

/**
 * A plug-in's own tables ({@link StoreExtension}): its migrations run once each, in order, tracked under its id apart
 * from Segmenta's schema version; a failing one is rolled back and named; its data lives in Segmenta's transactions.
 */
class StoreExtensionTest {

    @TempDir
    Path dir;

    /** An extension with the given migrations, as a plug-in registers one. */
    private static StoreExtension extension(String id, List<StoreExtension.Migration> migrations) {
        return new StoreExtension() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Migration> migrations() {
                return migrations;
            }
        };
    }

    private static final StoreExtension.Migration V1 = new StoreExtension.Migration(1, "Stamps per contact", List.of(
            "CREATE TABLE stamps_card (contact_no VARCHAR(20) NOT NULL PRIMARY KEY, stamps INTEGER NOT NULL,"
                    + " FOREIGN KEY (contact_no) REFERENCES contact (contact_no) ON DELETE CASCADE)"));
    private static final StoreExtension.Migration V2 = new StoreExtension.Migration(2, "Colour of the card", List.of(
            "ALTER TABLE stamps_card ADD COLUMN colour VARCHAR(10) NOT NULL DEFAULT 'RED'"));

    private static List<String> applied(DerbyStore store, String id) {
        return store.read(s -> s.extension(id).query("SELECT version, description FROM segmenta_extension_schema"
                + " WHERE extension_id = ? ORDER BY version", rs -> rs.getInt(1) + " " + rs.getString(2), id));
    }

    @Test
    void migrationsRunOnceEachInOrderAndLaterOnesFollow() {
        Path db = dir.resolve("db");
        try (DerbyStore store = DerbyStore.embedded(db)) {
            assertEquals(1, store.register(extension("com.example.stamps", List.of(V1))));
            store.write(s -> {
                Contact c = SegmentaFactory.eINSTANCE.createContact();
                c.setNo("CT000001");
                c.setName("Aarhus Bryghus");
                s.contacts().insert(c);
                return s.extension("com.example.stamps").update(
                        "INSERT INTO stamps_card (contact_no, stamps) VALUES (?, ?)", "CT000001", 7);
            });
            // registering again (the service came back) runs nothing twice
            assertEquals(1, store.register(extension("com.example.stamps", List.of(V1))));
            assertEquals(List.of("1 Stamps per contact"), applied(store, "com.example.stamps"));
        }
        // the next release of the plug-in adds migration 2: only it runs, the data stays
        try (DerbyStore store = DerbyStore.embedded(db)) {
            assertEquals(2, store.register(extension("com.example.stamps", List.of(V1, V2))));
            assertEquals(List.of("1 Stamps per contact", "2 Colour of the card"), applied(store, "com.example.stamps"));
            assertEquals(List.of("CT000001 7 RED"), store.read(s -> s.extension("com.example.stamps").query(
                    "SELECT contact_no, stamps, colour FROM stamps_card", rs -> rs.getString(1) + " " + rs.getInt(2)
                            + " " + rs.getString(3))));
            assertEquals(2, (int) store.read(s -> s.extension("com.example.stamps").schemaVersion()));
            // deleting the contact deletes its card (the plug-in's foreign key)
            store.write(s -> {
                s.contacts().delete("CT000001");
                return null;
            });
            assertEquals(0, store.read(s -> s.extension("com.example.stamps").query("SELECT 1 FROM stamps_card",
                    rs -> 1)).size());
        }
    }

    @Test
    void aFailingMigrationIsRolledBackAndNamedAndSegmentasTablesAreUntouched() {
        try (DerbyStore store = DerbyStore.embedded(dir.resolve("db"))) {
            int before = store.info().schemaVersion();
            StoreExtension.Migration broken = new StoreExtension.Migration(2, "A typo", List.of(
                    "CREATE TABLE stamps_log (id INTEGER NOT NULL PRIMARY KEY)",
                    "ALTER TABLE stamps_card ADD COLUM colour VARCHAR(10)"));
            StoreException e = assertThrows(StoreException.class,
                    () -> store.register(extension("com.example.stamps", List.of(V1, broken))));
            assertTrue(e.getMessage().contains("com.example.stamps") && e.getMessage().contains("version 2 (A typo)")
                    && e.getMessage().contains("left at version 1"), e.getMessage());
            // migration 1 stays, 2 left nothing behind (not even its first table)
            StoreException use = assertThrows(StoreException.class,
                    () -> store.read(s -> s.extension("com.example.stamps").schemaVersion()));
            assertTrue(use.getMessage().contains("not usable"), use.getMessage());
            assertEquals(1, store.register(extension("com.example.stamps", List.of(V1))));
            assertEquals(List.of("1 Stamps per contact"), applied(store, "com.example.stamps"));
            assertThrows(StoreException.class, () -> store.read(s -> s.extension("com.example.stamps")
                    .query("SELECT id FROM stamps_log", rs -> 1)));
            assertEquals(before, store.info().schemaVersion());
        }
    }

    @Test
    void versionsWithGapsAnUnknownIdAndWritesInAReadUnitAreRefused() {
        try (DerbyStore store = DerbyStore.embedded(dir.resolve("db"))) {
            StoreException gap = assertThrows(StoreException.class,
                    () -> store.register(extension("com.example.gap", List.of(V2))));
            assertTrue(gap.getMessage().contains("1, 2, 3"), gap.getMessage());
            StoreException unknown = assertThrows(StoreException.class,
                    () -> store.read(s -> s.extension("com.example.none")));
            assertTrue(unknown.getMessage().contains("com.example.none"), unknown.getMessage());
            store.register(extension("com.example.stamps", List.of(V1)));
            assertThrows(IllegalStateException.class, () -> store.read(s -> s.extension("com.example.stamps")
                    .update("DELETE FROM stamps_card")));
            List<String> none = new ArrayList<>(store.read(s -> s.extension("com.example.stamps")
                    .query("SELECT contact_no FROM stamps_card", rs -> rs.getString(1))));
            assertTrue(none.isEmpty());
        }
    }
}

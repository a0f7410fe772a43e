package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.DatabaseTooNewException;
import org.segmenta.core.store.StoreException;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.NumberSeries;
import org.segmenta.store.derby.internal.DerbyDatabase;
import org.segmenta.store.derby.internal.DerbyStore;
import org.segmenta.store.derby.internal.Schema;

/** Versioned schema: older databases are upgraded in place, newer ones refused untouched. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersion1DatabaseIsUpgradedInPlaceAndKeepsItsData() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(1, Schema.migrateEmbedded(db, 1));
        // the data an older Segmenta wrote, by hand as it would have
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO contact (contact_no, contact_type, name, city, search_name)"
                    + " VALUES ('CT000042', 0, 'Skagen Rederi ApS', 'Skagen', 'SKAGEN REDERI APS')");
            s.executeUpdate("INSERT INTO contact_mailing_group (contact_no, seq, mailing_group_code) VALUES ('CT000042', 1, 'XMAS')");
            s.executeUpdate("INSERT INTO number_series (code, description, starting_no, last_no_used)"
                    + " VALUES ('CONTACT', 'Contacts', 'CT000001', 'CT000042')");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM number_series")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "version 1 has no default series yet");
            }
        }
        try (DerbyStore store = DerbyStore.embedded(db)) {
            assertEquals(Schema.latestVersion(), store.info().schemaVersion());
            store.read(s -> {
                Contact c = s.contacts().require("CT000042");
                assertEquals("Skagen Rederi ApS", c.getName());
                assertEquals(ContactType.COMPANY, c.getType());
                assertEquals("XMAS", c.getMailingGroups().get(0).getMailingGroupCode());
                NumberSeries segment = s.numberSeries().require("SEGMENT");
                assertEquals("SEG00001", segment.getStartingNo());
                assertNull(segment.getLastNoUsed());
                assertEquals("CT000042", s.numberSeries().require("CONTACT").getLastNoUsed());
                return null;
            });
            assertEquals("CT000043", store.write(s -> s.numberSeries().next("CONTACT")));
        }
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, description FROM segmenta_schema ORDER BY version")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1));
            assertEquals("Default number series SEGMENT (SEG00001)", rs.getString(2));
            for (int v = 3; v <= Schema.latestVersion(); v++) {
                assertTrue(rs.next());
                assertEquals(v, rs.getInt(1), "every later migration ran, in order");
            }
            assertFalse(rs.next());
        }
        // opening again changes nothing
        try (DerbyStore store = DerbyStore.embedded(db)) {
            assertEquals(1L, store.read(s -> s.contacts().count()));
        }
    }

    @Test
    void aVersion13DatabaseGetsPlainForeignKeysAndItsDeletesStillTakeTheChildren() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(13, Schema.migrateEmbedded(db, 13));
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect(); Statement s = c.createStatement()) {
            Map<String, String> keys = DeleteWithoutCascadeTest.foreignKeys(c);
            assertEquals(DeleteWithoutCascadeTest.CHILD_TABLES.keySet(), keys.keySet());
            assertTrue(keys.values().stream().allMatch(k -> k.endsWith(" cascade")), "version 13 cascades: " + keys);
            // a plug-in's table with a cascading key of its own stays as the plug-in made it
            s.executeUpdate("CREATE TABLE loyalty_points (contact_no VARCHAR(20) NOT NULL, points INTEGER NOT NULL,"
                    + " CONSTRAINT loyalty_points_contact FOREIGN KEY (contact_no) REFERENCES contact (contact_no)"
                    + " ON DELETE CASCADE)");
            s.executeUpdate("INSERT INTO contact (contact_no, contact_type, name) VALUES ('CT000042', 0, 'Skagen Rederi ApS')");
            s.executeUpdate("INSERT INTO contact_mailing_group (contact_no, seq, mailing_group_code) VALUES ('CT000042', 1, 'XMAS')");
            s.executeUpdate("INSERT INTO loyalty_points (contact_no, points) VALUES ('CT000042', 120)");
            s.executeUpdate("INSERT INTO segment_header (segment_no, description) VALUES ('SEG00007', 'Fair invitations')");
            s.executeUpdate("INSERT INTO segment_interaction_language (segment_no, seq, language_code) VALUES ('SEG00007', 1, 'DAN')");
            s.executeUpdate("INSERT INTO segment_criteria_line (segment_no, seq, step_no) VALUES ('SEG00007', 1, 1)");
            s.executeUpdate("INSERT INTO segment_criteria_filter (segment_no, line_seq, seq, source, field, expression)"
                    + " VALUES ('SEG00007', 1, 1, 'Contact', 'no', 'CT000042')");
            s.executeUpdate("INSERT INTO segment_line (segment_no, line_no, contact_no, step_no) VALUES ('SEG00007', 10000, 'CT000042', 1)");
            s.executeUpdate("INSERT INTO segment_history (segment_no, step_no, action, line_no, contact_no)"
                    + " VALUES ('SEG00007', 1, 0, 10000, 'CT000042')");
        }
        try (DerbyStore store = DerbyStore.embedded(db)) {
            assertEquals(Schema.latestVersion(), store.info().schemaVersion());
            store.read(s -> {
                assertEquals("DAN", s.segments().require("SEG00007").getLanguages().get(0).getLanguageCode());
                assertEquals("CT000042", s.segments().require("SEG00007").getCriteriaLines().get(0).getFilters().get(0)
                        .getExpression());
                assertEquals("XMAS", s.contacts().require("CT000042").getMailingGroups().get(0).getMailingGroupCode());
                return null;
            });
            assertEquals(1L, DeleteWithoutCascadeTest.count(store, "SELECT COUNT(*) FROM segment_line"));
            assertEquals(1L, DeleteWithoutCascadeTest.count(store, "SELECT COUNT(*) FROM segment_history"));
            store.write(s -> {
                s.segments().delete("SEG00007");
                return null;
            });
            Map<String, Long> left = DeleteWithoutCascadeTest.childRows(store);
            assertTrue(left.entrySet().stream().filter(e -> e.getKey().startsWith("segment_"))
                    .allMatch(e -> e.getValue() == 0), "the segment's rows went with it: " + left);
        }
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect()) {
            Map<String, String> keys = DeleteWithoutCascadeTest.foreignKeys(c);
            assertEquals("loyalty_points_contact cascade", keys.remove("loyalty_points"), "the plug-in's key is its own");
            Map<String, String> plain = new TreeMap<>();
            DeleteWithoutCascadeTest.CHILD_TABLES.keySet().forEach(t -> plain.put(t, t + "_fk no action"));
            assertEquals(plain, keys, "Segmenta's keys no longer cascade");
        }
    }

    @Test
    void aVersion14DatabaseGetsItsLoggedSegmentsIndexedBySegment() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(14, Schema.migrateEmbedded(db, 14));
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect()) {
            assertFalse(indexes(c, "LOGGED_SEGMENT").contains("LOGGED_SEGMENT_BY_SEGMENT"));
            // 400 logged segments of segments SEG00001..SEG00400, SEG00123 logged twice (entries 123 and 1123)
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO logged_segment (entry_no, segment_no, description) VALUES (?, ?, ?)")) {
                for (int i = 1; i <= 400; i++) {
                    ps.setLong(1, i);
                    ps.setString(2, String.format("SEG%05d", i));
                    ps.setString(3, "Mailing " + i);
                    ps.addBatch();
                }
                ps.setLong(1, 1123);
                ps.setString(2, "SEG00123");
                ps.setString(3, "Mailing 123 again");
                ps.addBatch();
                ps.executeBatch();
            }
        }
        try (DerbyStore store = DerbyStore.embedded(db)) {
            assertEquals(Schema.latestVersion(), store.info().schemaVersion());
            try (org.segmenta.store.derby.internal.QueryPlans plans = org.segmenta.store.derby.internal.QueryPlans.record()) {
                assertEquals(java.util.OptionalLong.of(123), store.read(s -> s.loggedSegments().loggedEntryOf("SEG00123")));
                assertEquals(java.util.OptionalLong.of(7), store.read(s -> s.loggedSegments().loggedEntryOf("SEG00007")));
                assertEquals(java.util.OptionalLong.empty(), store.read(s -> s.loggedSegments().loggedEntryOf("SEG00401")));
                java.util.List<org.segmenta.store.derby.internal.QueryPlans.Plan> seen = plans.take();
                assertEquals(3, seen.size());
                for (org.segmenta.store.derby.internal.QueryPlans.Plan p : seen) {
                    assertTrue(p.statistics().contains("Index Scan ResultSet for LOGGED_SEGMENT using index"
                            + " LOGGED_SEGMENT_BY_SEGMENT"), "the segment's own logged segments only:\n" + p.statistics());
                    assertFalse(p.statistics().contains("Table Scan"), p.statistics());
                }
            }
            assertEquals(401L, DeleteWithoutCascadeTest.count(store, "SELECT COUNT(*) FROM logged_segment"));
        }
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect()) {
            assertTrue(indexes(c, "LOGGED_SEGMENT").contains("LOGGED_SEGMENT_BY_SEGMENT"));
        }
    }

    @Test
    void aVersion15DatabaseKeepsItsUndoneRemovalsForRedoPerStep() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(15, Schema.migrateEmbedded(db, 15));
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO segment_header (segment_no) VALUES ('SEG1'), ('SEG2')");
            // SEG1: lines 10..90 added by step 1; step 2 removed 80 and is in force; step 3 (a Refine) removed 20, 40
            // and 60 and is undone (they are back, marked for redo). SEG2: step 4 undone, its line 30 back.
            for (int no = 10; no <= 90; no += 10) {
                String undone = no == 20 || no == 40 || no == 60 ? "3" : "NULL";
                st.execute("INSERT INTO segment_line (segment_no, line_no, contact_no, step_no, removed_step,"
                        + " undone_removal_step) VALUES ('SEG1', " + no + ", 'C" + no + "', 1, " + (no == 80 ? 2 : 0)
                        + ", " + undone + ")");
            }
            st.execute("INSERT INTO segment_line (segment_no, line_no, contact_no, step_no, removed_step, undone_removal_step)"
                    + " VALUES ('SEG2', 10, 'C10', 1, 0, NULL), ('SEG2', 30, 'C30', 1, 0, 4)");
        }
        try (DerbyStore store = DerbyStore.embedded(db)) {
            assertEquals(Schema.latestVersion(), store.info().schemaVersion());
            assertEquals(3L, store.write(s -> s.selection().redo("SEG1", 3)).removed());
            assertEquals(5L, store.read(s -> s.segmentLines().count("SEG1")), "10, 30, 50, 70, 90");
            assertEquals(1L, store.write(s -> s.selection().redo("SEG2", 4)).removed());
            assertEquals(1L, store.read(s -> s.segmentLines().count("SEG2")));
            // the undo of step 3 puts its three lines back and keeps them for the next redo
            assertEquals(3L, store.write(s -> s.selection().undo("SEG1", 3)).added());
            assertEquals(8L, store.read(s -> s.segmentLines().count("SEG1")));
            assertEquals(3L, store.write(s -> s.selection().redo("SEG1", 3)).removed());
            assertEquals(0L, store.write(s -> s.selection().redo("SEG1", 3)).removed(), "a redo forgets what it redid");
            // the undo of step 2 brings line 80 back (and the lines of step 3 stay out: it is in force)
            assertEquals(1L, store.write(s -> s.selection().undo("SEG1", 2)).added());
            assertEquals(6L, store.read(s -> s.segmentLines().count("SEG1")));
        }
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect()) {
            assertFalse(indexes(c, "SEGMENT_LINE").contains("SEGMENT_LINE_BY_UNDONE_REMOVAL"));
            try (ResultSet rs = c.getMetaData().getColumns(null, null, "SEGMENT_LINE", "UNDONE_REMOVAL_STEP")) {
                assertFalse(rs.next(), "the per-line redo mark is gone");
            }
        }
    }

    @Test
    void aVersion16DatabaseGetsItsMembershipIndexWithoutTheRemovalMark() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(16, Schema.migrateEmbedded(db, 16));
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect(); Statement st = c.createStatement()) {
            assertEquals(java.util.List.of("SEGMENT_NO", "CONTACT_NO", "REMOVED_STEP"), indexColumns(c, "SEGMENT_LINE_BY_CONTACT"));
            st.execute("INSERT INTO segment_header (segment_no) VALUES ('SEG1')");
            // C10 and C20 on shown lines, C30 on a line step 2 removed, C20 also on a line step 2 removed
            st.execute("INSERT INTO segment_line (segment_no, line_no, contact_no, step_no, removed_step) VALUES"
                    + " ('SEG1', 10, 'C10', 1, 0), ('SEG1', 20, 'C20', 1, 0), ('SEG1', 30, 'C30', 1, 2),"
                    + " ('SEG1', 40, 'C20', 1, 2)");
        }
        try (DerbyStore store = DerbyStore.embedded(db)) {
            assertEquals(Schema.latestVersion(), store.info().schemaVersion());
            // the membership probe (as the Add and the live count ask it): shown lines only, read from the lines found
            for (String[] probe : new String[][] { { "C10", "1" }, { "C20", "1" }, { "C30", "0" }, { "C40", "0" } }) {
                assertEquals(Long.parseLong(probe[1]), DeleteWithoutCascadeTest.count(store, "SELECT COUNT(*) FROM"
                        + " segment_line x --DERBY-PROPERTIES joinStrategy=NESTEDLOOP, index=SEGMENT_LINE_BY_CONTACT\n"
                        + " WHERE x.segment_no = 'SEG1' AND x.contact_no = '" + probe[0] + "' AND x.removed_step = 0"),
                        probe[0]);
            }
            assertEquals(2L, store.read(s -> s.segmentLines().count("SEG1")));
        }
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect()) {
            assertEquals(java.util.List.of("SEGMENT_NO", "CONTACT_NO"), indexColumns(c, "SEGMENT_LINE_BY_CONTACT"));
            assertTrue(indexes(c, "SEGMENT_LINE").contains("SEGMENT_LINE_SHOWN"));
        }
    }

    /** @return the columns of an index of SEGMENT_LINE, in order */
    private static java.util.List<String> indexColumns(Connection c, String index) throws Exception {
        java.util.List<String> columns = new java.util.ArrayList<>();
        try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, "SEGMENT_LINE", false, false)) {
            while (rs.next()) {
                if (index.equals(rs.getString("INDEX_NAME"))) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    /** @return the names of a table's indexes (not those backing constraints) */
    private static java.util.Set<String> indexes(Connection c, String table) throws Exception {
        java.util.Set<String> names = new java.util.TreeSet<>();
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT g.conglomeratename FROM sys.sysconglomerates g"
                + " JOIN sys.systables t ON t.tableid = g.tableid WHERE t.tablename = ? AND g.isindex")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    @Test
    void anEmptyDatabaseIsVersion0AndGetsEveryMigration() {
        Path db = dir.resolve("db");
        DerbyDatabase.open(db).close(); // an empty Derby database: no tables at all
        try (DerbyStore store = DerbyStore.embedded(db)) {
            assertEquals(Schema.latestVersion(), store.info().schemaVersion());
            assertEquals(db.toAbsolutePath().toString(), store.info().location());
        }
    }

    @Test
    void aNewerDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path db = dir.resolve("db");
        int future = Schema.latestVersion() + 1;
        try (DerbyStore store = DerbyStore.embedded(db)) {
            store.write(s -> s.contacts().insert(Fixtures.company()));
        }
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO segmenta_schema (version, description, applied_at)"
                    + " VALUES (" + future + ", 'A change of a future Segmenta', CURRENT_TIMESTAMP)");
        }
        Map<String, String> before = hashes(db.resolve("seg0"));
        DatabaseTooNewException e = assertThrows(DatabaseTooNewException.class, () -> DerbyStore.embedded(db));
        assertEquals(future, e.databaseVersion());
        assertEquals(Schema.latestVersion(), e.programVersion());
        assertTrue(e.getMessage().contains("schema version " + future + ", made by a newer Segmenta")
                && e.getMessage().contains("left untouched"), e.getMessage());
        assertEquals(before, hashes(db.resolve("seg0")), "the data files are byte for byte as they were");
        // and the lock was released: the database opens again by hand
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM segmenta_schema")) {
            rs.next();
            assertEquals(future, rs.getInt(1));
        }
    }

    @Test
    void aDatabaseThatIsNotSegmentasIsRefused() throws Exception {
        Path db = dir.resolve("db");
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        }
        StoreException e = assertThrows(StoreException.class, () -> DerbyStore.embedded(db));
        assertTrue(e.getMessage().contains("is not a Segmenta database") && e.getMessage().contains("invoices"),
                e.getMessage());
    }

    static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                result.put(folder.relativize(f).toString(), sha256(f));
            }
        }
        return result;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0;) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

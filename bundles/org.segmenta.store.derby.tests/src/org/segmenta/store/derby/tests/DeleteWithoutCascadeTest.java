package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Contact;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.ProfileQuestionnaire;
import org.segmenta.model.SegmentHeader;
import org.segmenta.store.derby.internal.DerbyDatabase;
import org.segmenta.store.derby.internal.DerbySession;
import org.segmenta.store.derby.internal.DerbyStore;

/**
 * Migration 14: the schema has no ON DELETE CASCADE (Derby ran a cascade's deletes under table locks), so the store
 * deletes every child row itself when it deletes or rewrites a parent, in the same unit of work: nothing is left
 * behind, and the plain foreign keys still refuse an orphan.
 */
class DeleteWithoutCascadeTest {

    /** Every child table of Segmenta's schema with the column that holds its root's key. */
    static final Map<String, String> CHILD_TABLES = Map.ofEntries(
            Map.entry("contact_mailing_group", "contact_no"), Map.entry("contact_industry_group", "contact_no"),
            Map.entry("contact_job_responsibility", "contact_no"), Map.entry("contact_profile_answer", "contact_no"),
            Map.entry("salutation_formula", "salutation_code"), Map.entry("profile_question", "questionnaire_code"),
            Map.entry("profile_answer", "questionnaire_code"), Map.entry("interaction_template_language", "template_code"),
            Map.entry("segment_interaction_language", "segment_no"), Map.entry("segment_criteria_line", "segment_no"),
            Map.entry("segment_criteria_filter", "segment_no"), Map.entry("segment_line", "segment_no"),
            Map.entry("segment_history", "segment_no"), Map.entry("saved_criteria_line", "criteria_code"),
            Map.entry("saved_criteria_filter", "criteria_code"));

    @TempDir
    Path dir;

    @Test
    void deletingEveryKindOfParentLeavesNoChildRowBehind() throws Exception {
        try (DerbyStore store = DerbyStore.embedded(dir.resolve("db"))) {
            long logged = everything(store);
            Map<String, Long> before = childRows(store);
            for (String table : CHILD_TABLES.keySet()) {
                assertTrue(before.get(table) > 0, "the fixtures fill " + table + ": " + before);
            }
            store.write(s -> {
                s.segments().delete("SEG00001");
                s.contacts().delete("CT000002");
                s.contacts().delete("CT000001");
                s.salutations().delete("F-MRS");
                s.questionnaires().delete("COMPANY");
                s.interactionTemplates().delete("INVITE");
                s.savedCriteria().delete("FYN-BUYERS");
                s.logging().unlinkEntries(logged);
                s.loggedSegments().delete(logged);
                return null;
            });
            Map<String, Long> after = childRows(store);
            for (String table : CHILD_TABLES.keySet()) {
                assertEquals(0L, after.get(table), table + " after its parents were deleted: " + after);
            }
            assertEquals(0L, count(store, "SELECT COUNT(*) FROM logged_segment"));
            assertEquals(0L, count(store, "SELECT COUNT(*) FROM interaction_log_entry WHERE logged_segment_entry_no IS"
                    + " NOT NULL"), "the interaction log entries keep no link to the deleted logged segment");
            assertEquals(2L, count(store, "SELECT COUNT(*) FROM interaction_log_entry"), "the entries themselves stay");
        }
    }

    @Test
    void rewritingAParentReplacesItsGrandchildrenToo() throws Exception {
        try (DerbyStore store = DerbyStore.embedded(dir.resolve("db"))) {
            everything(store);
            store.write(s -> {
                ProfileQuestionnaire q = s.questionnaires().require("COMPANY");
                q.getQuestions().remove(0); // with its two answers
                s.questionnaires().update(q);
                SegmentHeader h = s.segments().require("SEG00001");
                h.getCriteriaLines().get(0).getFilters().remove(1);
                s.segments().update(h);
                Contact c = s.contacts().require("CT000001");
                c.getMailingGroups().clear();
                s.contacts().update(c);
                return null;
            });
            assertEquals(1L, count(store, "SELECT COUNT(*) FROM profile_question WHERE questionnaire_code = 'COMPANY'"));
            assertEquals(1L, count(store, "SELECT COUNT(*) FROM profile_answer WHERE questionnaire_code = 'COMPANY'"),
                    "only the answer of the question that is left");
            assertEquals(2L, count(store, "SELECT COUNT(*) FROM segment_criteria_filter WHERE segment_no = 'SEG00001'"));
            assertEquals(0L, count(store, "SELECT COUNT(*) FROM contact_mailing_group WHERE contact_no = 'CT000001'"));
            store.read(s -> {
                assertEquals(1, s.questionnaires().require("COMPANY").getQuestions().get(0).getAnswers().size());
                assertEquals(1, s.segments().require("SEG00001").getCriteriaLines().get(0).getFilters().size());
                return null;
            });
        }
    }

    @Test
    void theSchemaHasPlainForeignKeysOnlyAndTheyStillRefuseOrphans() throws Exception {
        Path db = dir.resolve("db");
        try (DerbyStore store = DerbyStore.embedded(db)) {
            store.write(s -> s.contacts().insert(Fixtures.company()));
        }
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect()) {
            Map<String, String> keys = foreignKeys(c);
            Map<String, String> expected = new TreeMap<>();
            CHILD_TABLES.keySet().forEach(t -> expected.put(t, t + "_fk no action"));
            assertEquals(expected, keys, "one plain foreign key per child table, under the name migration 14 gave it");
            try (Statement st = c.createStatement()) {
                SQLException orphan = assertThrows(SQLException.class, () -> st.executeUpdate(
                        "INSERT INTO segment_line (segment_no, line_no, contact_no) VALUES ('SEG99999', 1, 'CT000001')"));
                assertEquals("23503", orphan.getSQLState(), orphan.getMessage());
                SQLException parent = assertThrows(SQLException.class, () -> st.executeUpdate(
                        "DELETE FROM contact WHERE contact_no = 'CT000001'"));
                assertEquals("23503", parent.getSQLState(), "a parent with children is not deleted by SQL alone: "
                        + parent.getMessage());
            }
        }
    }

    /** Writes the fixtures: every parent with children and grandchildren. @return the logged segment's entry No. */
    static long everything(DerbyStore store) {
        return store.write(s -> {
            s.salespeople().insert(Fixtures.salesperson());
            s.salutations().insert(Fixtures.salutation());
            s.languages().insert(Fixtures.language());
            s.mailingGroups().insert(Fixtures.mailingGroup());
            s.industryGroups().insert(Fixtures.industryGroup());
            s.jobResponsibilities().insert(Fixtures.jobResponsibility());
            s.interactionGroups().insert(Fixtures.interactionGroup());
            s.questionnaires().insert(Fixtures.questionnaire());
            s.campaigns().insert(Fixtures.campaign());
            s.interactionTemplates().insert(Fixtures.template());
            Contact company = Fixtures.company();
            company.getJobResponsibilities().add(jobResponsibility());
            s.contacts().insert(company);
            s.contacts().insert(Fixtures.person());
            s.segments().insert(Fixtures.segment());
            s.savedCriteria().insert(Fixtures.savedCriteria());
            s.attachments().create(Fixtures.attachment(), new ByteArrayInputStream(new byte[] { 1, 2, 3 }));
            LoggedSegment ls = s.loggedSegments().insert(Fixtures.loggedSegment());
            s.interactionLog().insertAll(List.of(Fixtures.logEntry("CT000001", ls.getEntryNo()),
                    Fixtures.logEntry("CT000002", ls.getEntryNo())).iterator());
            s.segmentLines().insertAll(List.of(Fixtures.line("SEG00001", 10000, "CT000001"),
                    Fixtures.line("SEG00001", 20000, "CT000002")).iterator());
            s.segmentHistory().insertAll(List.of(Fixtures.history("SEG00001", 1, Fixtures.line("SEG00001", 30000,
                    "CT000002")), Fixtures.history("SEG00001", 1, null)).iterator());
            return ls.getEntryNo();
        });
    }

    private static org.segmenta.model.ContactJobResponsibility jobResponsibility() {
        org.segmenta.model.ContactJobResponsibility j = Fixtures.F.createContactJobResponsibility();
        j.setJobResponsibilityCode("PURCHASE");
        return j;
    }

    static Map<String, Long> childRows(DerbyStore store) {
        Map<String, Long> result = new TreeMap<>();
        for (String table : CHILD_TABLES.keySet()) {
            result.put(table, count(store, "SELECT COUNT(*) FROM " + table));
        }
        return result;
    }

    static long count(DerbyStore store, String sql) {
        return store.read(s -> {
            try (Statement st = ((DerbySession) s).connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        });
    }

    /**
     * @return the foreign keys of the tables of schema APP by child table (lower case): the key's name and its delete
     *         rule ("cascade", "no action", "restrict" or "set null")
     */
    static Map<String, String> foreignKeys(Connection c) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        DatabaseMetaData md = c.getMetaData();
        List<String> tables = new java.util.ArrayList<>();
        try (ResultSet rs = md.getTables(null, "APP", null, new String[] { "TABLE" })) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            try (ResultSet rs = md.getImportedKeys(null, "APP", table)) {
                while (rs.next()) {
                    String key = table.toLowerCase(Locale.ROOT);
                    String value = rs.getString("FK_NAME").toLowerCase(Locale.ROOT) + " "
                            + rule(rs.getShort("DELETE_RULE"));
                    String old = result.put(key, value);
                    if (old != null && !old.equals(value)) {
                        result.put(key, old + ", " + value);
                    }
                }
            }
        }
        return result;
    }

    private static String rule(short r) {
        return switch (r) {
        case DatabaseMetaData.importedKeyCascade -> "cascade";
        case DatabaseMetaData.importedKeyNoAction -> "no action";
        case DatabaseMetaData.importedKeyRestrict -> "restrict";
        case DatabaseMetaData.importedKeySetNull -> "set null";
        default -> "rule " + r;
        };
    }
}

package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.store.derby.tests.UnitGuards.NEWS;
import static org.segmenta.store.derby.tests.UnitGuards.THREE_CITIES;
import static org.segmenta.store.derby.tests.UnitGuards.TWO_CITIES;
import static org.segmenta.store.derby.tests.UnitGuards.step;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.contact.ContactService;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.store.derby.internal.DerbySession;
import org.segmenta.testing.World;

/**
 * Row locks only (issue 16): every unit of work a team user runs on one segment or contact (steps, undo and redo,
 * lines added and removed by hand, Log, a deleted segment or contact, a new segment) holds, just before it commits, no
 * shared or exclusive lock on a whole table of Segmenta's, only intent locks (IS, IX) beside its row locks (also a
 * logged segment canceled and deleted): so it
 * never blocks another user's work on another segment. Read from Derby's lock table ({@code SYSCS_DIAG.LOCK_TABLE})
 * inside the unit, at about 4,500 contacts and segments of a few thousand lines. ON DELETE CASCADE made a segment's
 * delete (and Log's) lock {@code segment_line} and three other tables whole (migration 14 removed it).
 * <p>
 * Another transaction's table lock seen meanwhile must be Derby's own internal one: after a unit deleted rows (Log
 * deletes the segment's lines), Derby's post-commit daemon reclaims their space in an internal transaction holding an
 * exclusive lock on the table (requested without waiting, so it never waits for a user; a user's lock request waits
 * while it purges a page). A user transaction (the store's) holding a table lock fails the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLocksTest {

    private World w;
    private InteractionService interactions;
    private ContactService contacts;

    @BeforeAll
    void world(@TempDir Path dir) {
        w = new World(dir, 1_500, 20261206L);
        UnitGuards.salespeopleAndLetter(w);
        w.store.write(s -> {
            org.segmenta.model.MailingGroup news = World.F.createMailingGroup();
            news.setCode("NEWS");
            news.setDescription("Newsletter");
            s.mailingGroups().insert(news);
            return null;
        });
        interactions = w.services.interactions();
        contacts = w.services.contacts();
    }

    @AfterAll
    void close() {
        w.close();
    }

    @Test
    void everyUnitOnOneSegmentOrContactHoldsRowLocksOnly() {
        Map<String, List<String>> tableLocks = new TreeMap<>();
        String seg = locked("new segment", tableLocks, () -> w.segments.create("Row locks").getNo());
        interactions.chooseTemplate(seg, "LETTER", false);
        locked("Add", tableLocks, () -> w.segments.apply(seg, step(CriteriaAction.ADD, THREE_CITIES)));
        long lines = w.segments.lineCount(seg);
        assertTrue(lines > 1_000, "the segment has " + lines + " lines");
        locked("Refine", tableLocks, () -> w.segments.apply(seg, step(CriteriaAction.REFINE, TWO_CITIES)));
        locked("undo", tableLocks, () -> w.segments.undo(seg));
        locked("redo", tableLocks, () -> w.segments.redo(seg));
        locked("Reduce", tableLocks, () -> w.segments.apply(seg, step(CriteriaAction.REDUCE, NEWS)));
        List<Integer> three = w.segments.lines(seg, 0, 3).stream().map(l -> l.getLineNo()).toList();
        locked("removal by hand", tableLocks, () -> w.segments.removeLines(seg, three));
        Contact fresh = World.F.createContact();
        fresh.setType(ContactType.PERSON);
        fresh.setName("Locke Row");
        fresh.setSalespersonCode("JO");
        ContactMailingGroup mg = World.F.createContactMailingGroup();
        mg.setMailingGroupCode("NEWS");
        fresh.getMailingGroups().add(mg);
        String no = locked("new contact", tableLocks, () -> contacts.create(fresh).contact().getNo());
        locked("added by hand", tableLocks, () -> w.segments.addContacts(seg, List.of(no), "by hand"));
        long logged = locked("Log (deletes the segment)", tableLocks,
                () -> interactions.log(seg, new LogOptions(false, false, "LOCKS"))).loggedSegmentEntryNo();
        locked("logged segment canceled", tableLocks, () -> interactions.setLoggedSegmentCanceled(logged, true));
        locked("canceled logged segments deleted", tableLocks, () -> interactions.deleteCanceledLoggedSegments());

        String other = w.segments.create("Deleted with its lines").getNo();
        w.segments.apply(other, step(CriteriaAction.ADD, TWO_CITIES));
        w.segments.apply(other, step(CriteriaAction.REDUCE, NEWS));
        locked("segment deleted with lines, history and criteria", tableLocks, () -> {
            w.segments.delete(other);
            return null;
        });
        Contact gone = World.F.createContact();
        gone.setType(ContactType.PERSON);
        gone.setName("Gone Soon");
        gone.getMailingGroups().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(mg));
        String goneNo = contacts.create(gone).contact().getNo();
        locked("contact deleted with its groups", tableLocks, () -> {
            contacts.delete(goneNo);
            return null;
        });
        assertTrue(intents.getOrDefault("Add", java.util.Set.of()).contains("SEGMENT_LINE IX"),
                "the Add's intent lock on segment_line is seen: " + intents);
        assertEquals(Map.of(), tableLocks, "shared or exclusive locks on whole tables, by unit of work");
    }

    /**
     * Runs the work inside a unit of work and reads that unit's locks on whole tables before it commits.
     *
     * @return what the work returned
     */
    /** Every table lock seen, by unit of work: shows that the lock table is read at all. */
    private final Map<String, java.util.Set<String>> intents = new TreeMap<>();

    private <T> T locked(String what, Map<String, List<String>> tableLocks, Supplier<T> work) {
        return w.store.write(s -> {
            T result = work.get();
            List<String> found = new ArrayList<>();
            try (Statement st = ((DerbySession) s).connection().createStatement();
                    // only this unit's locks: its transaction is the one running this very statement (the
                    // marker), so a background transaction of the store cannot be mistaken for the unit's own
                    ResultSet rs = st.executeQuery("SELECT DISTINCT l.tablename, l.mode /* row-locks-own-unit */"
                            + " FROM SYSCS_DIAG.LOCK_TABLE l JOIN SYSCS_DIAG.TRANSACTION_TABLE t ON l.xid = t.xid"
                            + " WHERE l.type = 'TABLE' AND l.tablename NOT LIKE 'SYS%'"
                            + " AND t.sql_text LIKE '%row-locks-own-unit%'")) {
                while (rs.next()) {
                    String lock = rs.getString(1).strip() + " " + rs.getString(2).strip();
                    intents.computeIfAbsent(what, k -> new java.util.TreeSet<>()).add(lock);
                    if (!lock.endsWith(" IS") && !lock.endsWith(" IX")) {
                        found.add(lock);
                    }
                }
                // another transaction's lock on a whole table may only be Derby's own: the post-commit work that
                // reclaims the space of deleted rows (after Log's and a segment's deletes) runs in an internal
                // transaction that takes an exclusive table lock, without waiting, on the table it purges (what
                // a full run saw on SEGMENT_LINE during "logged segment canceled"); never a transaction of the store
                try (ResultSet others = st.executeQuery("SELECT DISTINCT l.tablename, l.mode, t.type /* row-locks-own-unit */"
                        + " FROM SYSCS_DIAG.LOCK_TABLE l JOIN SYSCS_DIAG.TRANSACTION_TABLE t ON l.xid = t.xid"
                        + " WHERE l.type = 'TABLE' AND l.tablename NOT LIKE 'SYS%' AND l.mode NOT IN ('IS', 'IX')"
                        + " AND (t.sql_text IS NULL OR t.sql_text NOT LIKE '%row-locks-own-unit%')")) {
                    while (others.next()) {
                        if (!"InternalTransaction".equals(others.getString(3).strip())) {
                            found.add("another " + others.getString(3).strip() + "'s " + others.getString(1).strip()
                                    + " " + others.getString(2).strip());
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            if (!found.isEmpty()) {
                tableLocks.put(what, found);
            }
            return result;
        });
    }
}

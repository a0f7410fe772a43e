package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.segment.LiveCount;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.CriteriaAction;
import org.segmenta.testing.World;

/**
 * The live count of an Add from the embedded store's in-memory contact index gives exactly what the SQL count gives:
 * two worlds from the same seed, one counting in SQL ({@code -Dsegmenta.contactIndex=false} while it opens), the
 * same criteria on both, before and after contacts and segment lines change (through the store, and through the raw
 * connection of a write unit); every write statement of the store says what it writes, so none is judged "may write
 * anything".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexedLiveCountTest {

    private World indexed;
    private World sql;
    private String segIndexed;
    private String segSql;

    private static final List<List<FieldFilter>> CRITERIA = List.of(
            List.of(f("contact", "city", "Copenhagen|Aarhus")),
            List.of(f("contact", "city", "@copenhagen")),
            List.of(f("contact", "city", "<>Odense")),
            List.of(f("contact", "city", "A*")),
            List.of(f("contact", "city", "*e*")),
            List.of(f("contact", "city", "<>*e*")),
            List.of(f("contact", "city", "@*E*")),
            List.of(f("contact", "postCode", "2000..4999")),
            List.of(f("contact", "postCode", "..1999")),
            List.of(f("contact", "postCode", ">=5000&<=6000")),
            List.of(f("contact", "jobTitle", "''")),
            List.of(f("contact", "jobTitle", "<>''")),
            List.of(f("contact", "type", "Person")),
            List.of(f("contact", "excludeFromSegment", "Yes")),
            List.of(f("contact", "email", "''")),
            List.of(f("contact", "countryRegionCode", "se")),
            List.of(f("contact", "no", "CT0000*|CT000100..CT000120")),
            List.of(f("contact", "correspondenceType", "Email|Hard Copy")),
            List.of(f("mailingGroup", "mailingGroupCode", "XMAS|VIP")),
            List.of(f("industryGroup", "industryGroupCode", "RETAIL")),
            List.of(f("company", "city", "Aarhus")),
            List.of(f("contact", "city", "Copenhagen|Aarhus"), f("mailingGroup", "mailingGroupCode", "NEWS")),
            List.of(f("contact", "type", "Person"), f("company", "city", "Odense|Aalborg"),
                    f("contact", "salespersonCode", "JO")),
            List.of());

    private static FieldFilter f(String source, String field, String expression) {
        return new FieldFilter(source, field, expression);
    }

    @BeforeAll
    void worlds(@TempDir Path dir) {
        indexed = new World(dir.resolve("indexed"), 300, 20261206L);
        System.setProperty("segmenta.contactIndex", "false");
        try {
            sql = new World(dir.resolve("sql"), 300, 20261206L);
        } finally {
            System.clearProperty("segmenta.contactIndex");
        }
        segIndexed = indexed.segments.create("Indexed").getNo();
        segSql = sql.segments.create("SQL").getNo();
    }

    @AfterAll
    void close() {
        indexed.close();
        sql.close();
    }

    private void bothApply(CriteriaAction action, List<FieldFilter> filters) {
        long a = indexed.segments.apply(segIndexed, new StepRequest(action, StepOptions.DEFAULTS, filters)).added();
        long b = sql.segments.apply(segSql, new StepRequest(action, StepOptions.DEFAULTS, filters)).added();
        assertEquals(b, a);
    }

    /** @return how many criteria had matches (so that the comparison is not of zeros) */
    private int sameCounts(String when, StepOptions options) {
        return sameCounts(when, options, CRITERIA, segIndexed, segSql);
    }

    /** @return how many of {@code criteria} had matches, counted on segment {@code a} of one world and {@code b} */
    private int sameCounts(String when, StepOptions options, List<List<FieldFilter>> criteria, String a0, String b0) {
        int withMatches = 0;
        for (List<FieldFilter> filters : criteria) {
            LiveCount a = indexed.segments.count(a0, new StepRequest(CriteriaAction.ADD, options, filters));
            LiveCount b = sql.segments.count(b0, new StepRequest(CriteriaAction.ADD, options, filters));
            String what = when + ": " + filters;
            assertEquals(b.matches(), a.matches(), "matches, " + what);
            assertEquals(b.newLines(), a.newLines(), "new lines, " + what);
            assertEquals(b.alreadyInSegment(), a.alreadyInSegment(), "already in the segment, " + what);
            assertEquals(b.excluded(), a.excluded(), "excluded, " + what);
            if (a.matches() > 0) {
                withMatches++;
            }
        }
        return withMatches;
    }

    @Test
    @Order(1)
    void theIndexCountsAsSqlDoesAsDataChanges() {
        long undeclared = statistic("undeclaredWrites");
        assertTrue(sameCounts("empty segment", StepOptions.DEFAULTS) >= CRITERIA.size() - 3);
        // every criterion here is one the index holds: all counted in memory, in one snapshot; none in the SQL world
        assertEquals(CRITERIA.size(), indexed.store.contactIndexStatistics().get("answered"));
        assertEquals(1L, indexed.store.contactIndexStatistics().get("built"));
        assertTrue(sql.store.contactIndexStatistics().isEmpty());
        bothApply(CriteriaAction.ADD, List.of(f("contact", "city", "Copenhagen|Odense|Aalborg")));
        bothApply(CriteriaAction.REFINE, List.of(f("contact", "type", "Person")));
        int withMatches = sameCounts("after Add and Refine", StepOptions.DEFAULTS);
        assertTrue(withMatches >= CRITERIA.size() - 3, withMatches + " criteria had matches");
        sameCounts("allowing existing contacts, ignoring exclusion", new StepOptions(true, false, false, true, false));

        // contacts change through the store: another city, blocked, a new mailing group, one deleted
        for (World w : List.of(indexed, sql)) {
            w.store.write(s -> {
                List<String> nos = new ArrayList<>(w.contacts.keySet());
                for (int i = 0; i < nos.size(); i += 7) {
                    Contact c = s.contacts().get(nos.get(i)).orElseThrow();
                    c.setCity(i % 2 == 0 ? "Aarhus" : "Copenhagen ");
                    c.setPrivacyBlocked(!c.isPrivacyBlocked());
                    ContactMailingGroup g = World.F.createContactMailingGroup();
                    g.setMailingGroupCode("NEWS");
                    if (c.getMailingGroups().stream().noneMatch(x -> "NEWS".equals(x.getMailingGroupCode()))) {
                        c.getMailingGroups().add(g);
                    }
                    s.contacts().update(c);
                }
                return null;
            });
        }
        sameCounts("after contacts changed through the store", StepOptions.DEFAULTS);

        // ... and by plain SQL on the connection of a write unit (LocalStore.jdbc)
        for (World w : List.of(indexed, sql)) {
            w.store.jdbc(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE contact SET city = 'Odense' WHERE city = 'Aalborg'")) {
                    ps.executeUpdate();
                }
                return null;
            });
        }
        sameCounts("after contacts changed by raw SQL", StepOptions.DEFAULTS);
        assertEquals(3L, indexed.store.contactIndexStatistics().get("built"), "a snapshot per change of the contacts");

        // the segment's lines change: another Add, then its undo
        bothApply(CriteriaAction.ADD, List.of(f("mailingGroup", "mailingGroupCode", "VIP")));
        sameCounts("after a second Add", StepOptions.DEFAULTS);
        indexed.segments.undo(segIndexed);
        sql.segments.undo(segSql);
        sameCounts("after its undo", StepOptions.DEFAULTS);
        assertEquals(undeclared, statistic("undeclaredWrites"), "every write statement said what it writes");
    }

    private long statistic(String name) {
        return indexed.store.contactIndexStatistics().get(name);
    }

    /**
     * Writes that the store once recognised by their SQL text (an UPDATE of the contact table copying a company's name,
     * a DELETE of segment lines by line No., a contact's child rows and row deleted) now mark what they write: after
     * each the index is current (the same counts as SQL, all from memory), rebuilt only when contacts changed, and no
     * statement was left to count as "may write anything".
     */
    @Test
    @Order(2)
    void writesSayWhatTheyWriteAndTheIndexFollows() {
        long undeclared = statistic("undeclaredWrites");
        String a = indexed.segments.create("Marks").getNo();
        String b = sql.segments.create("Marks").getNo();
        List<FieldFilter> base = List.of(f("contact", "city", "Copenhagen|Aarhus"));
        assertEquals(sql.segments.apply(b, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, base)).added(),
                indexed.segments.apply(a, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, base)).added());
        List<List<FieldFilter>> criteria = List.of(List.of(f("contact", "companyName", "Renamed*")), base,
                List.of(f("contact", "city", "Kolding")), List.of());
        sameCounts("before", StepOptions.DEFAULTS, criteria, a, b);
        long built = statistic("built");
        long answered = statistic("answered");

        // a company's name copied to its persons: one UPDATE of the contact table
        String company = indexed.contacts.values().stream()
                .filter(c -> c.getType() == org.segmenta.model.ContactType.PERSON && c.getCompanyNo() != null)
                .findFirst().orElseThrow().getCompanyNo();
        for (World w : List.of(indexed, sql)) {
            assertTrue(w.store.write(s -> s.contacts().copyCompanyName(company, "Renamed company")) > 0);
        }
        assertTrue(sameCounts("after a company's name was copied to its persons", StepOptions.DEFAULTS, criteria, a,
                b) >= 3);
        assertEquals(built + 1, statistic("built"), "the contacts changed: one new snapshot");
        assertEquals(answered + criteria.size(), statistic("answered"), "all counted in memory");

        // ten lines of the segment deleted by line No.: only the segment's members are read again
        for (World w : List.of(indexed, sql)) {
            String seg = w == indexed ? a : b;
            w.store.write(s -> s.segmentLines().delete(seg,
                    s.segmentLines().page(seg, 0, 10).stream().map(l -> l.getLineNo()).toList()));
        }
        sameCounts("after lines were deleted", StepOptions.DEFAULTS, criteria, a, b);
        assertEquals(built + 1, statistic("built"), "only the lines changed: the same snapshot");
        assertEquals(answered + 2 * criteria.size(), statistic("answered"), "all counted in memory");

        // a contact without lines deleted: its child rows, then its row
        String loner = indexed.store.read(s -> s.contacts().list()).stream()
                .filter(c -> c.getCompanyNo() == null && "Kolding".equals(c.getCity())).findFirst().orElseThrow()
                .getNo();
        for (World w : List.of(indexed, sql)) {
            w.store.write(s -> {
                s.contacts().delete(loner);
                return null;
            });
        }
        sameCounts("after a contact was deleted", StepOptions.DEFAULTS, criteria, a, b);
        assertEquals(built + 2, statistic("built"), "the contacts changed: one new snapshot");
        assertEquals(answered + 3 * criteria.size(), statistic("answered"), "all counted in memory");
        assertEquals(undeclared, statistic("undeclaredWrites"), "every write statement said what it writes");
    }
}

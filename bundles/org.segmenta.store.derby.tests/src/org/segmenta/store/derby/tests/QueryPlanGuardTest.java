package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.store.derby.tests.UnitGuards.NEWS;
import static org.segmenta.store.derby.tests.UnitGuards.THREE_CITIES;
import static org.segmenta.store.derby.tests.UnitGuards.TWO_CITIES;
import static org.segmenta.store.derby.tests.UnitGuards.step;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.CriteriaAction;
import org.segmenta.store.derby.internal.QueryPlans;
import org.segmenta.testing.World;

/**
 * Guards the query plans of the selection engine, the live count and Log at a moderate size (about 4,500 contacts,
 * segments of a few thousand lines), reading Derby's run-time statistics of every statement they run: no statement
 * may read all segment lines (of every segment) by a table scan, no scan of any table may read more than ten times
 * the rows there are or be opened more often (the nested loop of segment lines × contacts that made a live count take
 * 499 s at 50,000 contacts; a hash of a contact's mailing groups built again for each line of a Refine), and pages
 * of lines must not re-read the lines before them. A guard on the plan shape, not on time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanGuardTest {

    private static final Pattern SCAN = Pattern.compile(
            "(Table Scan|Index Scan|Hash Scan|Distinct Scan|Bulk Table Scan|Multi-probe Index Scan|Index Key Optimization)"
                    + "[^\\n]*? (?:ResultSet )?for ([A-Z_]+)");
    private static final Pattern OPENS = Pattern.compile("Number of opens = (\\d+)");
    private static final Pattern SEEN = Pattern.compile("Rows seen = (\\d+)");

    /** Reads over this many times the rows of the largest table are quadratic. */
    private static final int PER_ROW = 10;
    /** The largest page of lines anything reads. */
    private static final int PAGE_ROWS = 1000;

    private World w;
    private long tableRows;
    private InteractionService interactions;

    @BeforeAll
    void world(@TempDir Path dir) {
        // the SQL of the live count is what is guarded (team mode counts in SQL): the embedded store's in-memory
        // contact index is off for this world (IndexedLiveCountTest compares the two)
        System.setProperty("segmenta.contactIndex", "false");
        try {
            w = new World(dir, 1_500, 20261206L);
        } finally {
            System.clearProperty("segmenta.contactIndex");
        }
        UnitGuards.salespeopleAndLetter(w);
        tableRows = w.contacts.size();
        interactions = w.services.interactions();
    }

    @AfterAll
    void close() {
        w.close();
    }

    private static final FieldFilter RETAIL = new FieldFilter("industryGroup", "industryGroupCode", "RETAIL");

    @Test
    void everyStepTheLiveCountAndLogUseIndexesAndNoScanPerRow() {
        String seg = w.segments.create("Plan guard").getNo();
        interactions.chooseTemplate(seg, "LETTER", false);
        List<String> findings = new ArrayList<>();
        int statements = 0;
        try (QueryPlans plans = QueryPlans.record()) {
            statements += guard("Add (three cities)", plans, findings, () -> w.segments.apply(seg, step(CriteriaAction.ADD, THREE_CITIES)));
            long lines = w.segments.lineCount(seg);
            assertTrue(lines > 1_000, "the segment to guard has " + lines + " lines");
            statements += guard("live count of an Add (two cities + NEWS)", plans, findings,
                    () -> w.segments.count(seg, step(CriteriaAction.ADD, TWO_CITIES, NEWS)));
            statements += guard("live count of an Add (industry of the company)", plans, findings,
                    () -> w.segments.count(seg, step(CriteriaAction.ADD, RETAIL)));
            statements += guard("live count of a Refine", plans, findings,
                    () -> w.segments.count(seg, step(CriteriaAction.REFINE, NEWS)));
            statements += guard("Add with members already in the segment", plans, findings,
                    () -> w.segments.apply(seg, step(CriteriaAction.ADD, TWO_CITIES, NEWS)));
            statements += guard("undo of the Add", plans, findings, () -> w.segments.undo(seg));
            statements += guard("redo of the Add", plans, findings, () -> w.segments.redo(seg));
            statements += guard("Refine", plans, findings, () -> w.segments.apply(seg, step(CriteriaAction.REFINE, TWO_CITIES)));
            statements += guard("undo of the Refine", plans, findings, () -> w.segments.undo(seg));
            statements += guard("redo of the Refine", plans, findings, () -> w.segments.redo(seg));
            statements += guard("undo of the Refine again", plans, findings, () -> w.segments.undo(seg));
            statements += guard("Reduce", plans, findings, () -> w.segments.apply(seg, step(CriteriaAction.REDUCE, NEWS)));
            statements += guard("Reduce (entire companies)", plans, findings, () -> w.segments.apply(seg,
                    new StepRequest(CriteriaAction.REDUCE, StepOptions.DEFAULTS.withEntireCompanies(), List.of(RETAIL))));
            statements += guard("undo of the Reduce", plans, findings, () -> w.segments.undo(seg));
            List<Integer> three = w.segments.lines(seg, 0, 3).stream().map(l -> l.getLineNo()).toList();
            statements += guard("removal of lines by hand", plans, findings, () -> w.segments.removeLines(seg, three));
            statements += guard("undo of the removal by hand", plans, findings, () -> w.segments.undo(seg));
            statements += guard("the line count", plans, findings, () -> w.segments.lineCount(seg));
            statements += guard("the first page of lines", plans, findings, () -> w.segments.lines(seg, 0, 100));
            statements += guard("Check before Log", plans, findings, () -> interactions.validate(seg, false));
            statements += guard("Check before Log with Send", plans, findings, () -> interactions.validate(seg, true));
            statements += guard("Log", plans, findings,
                    () -> interactions.log(seg, new LogOptions(false, false, "GUARD")));
        }
        assertTrue(statements > 20, "the guard saw only " + statements + " statements");
        assertEquals(List.of(), findings, "query plans that scan segment lines or contacts per row");
    }

    /** Runs one action with the statistics on, and checks every statement it ran. @return the statements seen */
    private int guard(String action, QueryPlans plans, List<String> findings, Supplier<?> work) {
        plans.take();
        work.get();
        List<QueryPlans.Plan> seen = plans.take();
        assertFalse(seen.isEmpty(), action + " ran no statement the guard sees");
        for (QueryPlans.Plan p : seen) {
            // a page after a line No. (keyset) reads forward from there, so its pages never re-read a line, even when
            // it filters (the lines Check before Log looks at); pages by OFFSET do re-read
            String keyList = keyListProblem(p.sql(), p.statistics());
            if (keyList != null) {
                findings.add(action + ": " + keyList + "\n  in " + p.sql() + "\n" + p.statistics());
            }
            boolean keyset = p.sql().contains("line_no > ?");
            String problem = problem(p.statistics(),
                    !keyset && (p.sql().contains("FETCH NEXT") || p.sql().contains("FETCH FIRST")), tableRows);
            if (problem != null) {
                findings.add(action + ": " + problem + "\n  in " + p.sql() + "\n" + p.statistics());
            }
        }
        return seen.size();
    }

    /** @return what is wrong with one statement's plan, or null */
    static String problem(String statistics, boolean paged, long tableRows) {
        String[] lines = statistics.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = SCAN.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            String kind = m.group(1);
            String table = m.group(2).toUpperCase(Locale.ROOT);
            long opens = -1;
            long rows = -1;
            for (int k = i + 1; k < lines.length && k < i + 30 && !lines[k].contains("ResultSet"); k++) {
                Matcher o = OPENS.matcher(lines[k]);
                if (o.find() && opens < 0) {
                    opens = Long.parseLong(o.group(1));
                }
                Matcher r = SEEN.matcher(lines[k]);
                if (r.find() && rows < 0) {
                    rows = Long.parseLong(r.group(1));
                }
            }
            if (kind.equals("Table Scan") && (table.equals("SEGMENT_LINE") || table.equals("SEGMENT_HISTORY"))) {
                return "a table scan of " + table + " (all segments' rows read for one segment): " + lines[i].trim();
            }
            // a linear plan reads each row of a table a few times at most; a scan opened per row of another table
            // that reads many rows each time (or is opened more often than there are rows) is quadratic
            if (rows > PER_ROW * tableRows || opens > PER_ROW * tableRows) {
                return "a scan of " + table + " repeated per row: " + opens + " opens, " + rows + " rows seen, for "
                        + tableRows + " rows in the largest table (" + lines[i].trim() + ")";
            }
            // (the counts add up over the runs of the same statement in a unit of work: pages of one read)
            if (paged && table.equals("SEGMENT_LINE") && rows > Math.max(opens, 1) * PAGE_ROWS + 10) {
                return "pages of lines that read " + rows + " lines in " + opens
                        + " pages (OFFSET paging reads every line before the page again): " + lines[i].trim();
            }
        }
        return null;
    }

    /** A read by a list of keys (IN (?, ...)): rows of a page of contacts, or of their child tables. */
    private static final Pattern KEY_LIST = Pattern.compile("(?i)FROM ([a-z_]+) t\\b.*\\bIN \\(\\?");

    /**
     * @return what is wrong with the plan of a read by a list of keys, or null: it must probe an index per key (a
     *         table scan reads the whole table for each page of keys: the Check before Log of 100,000 lines at 300,000
     *         contacts spent most of its time reading every contact's mailing groups, industry groups, job
     *         responsibilities and profile answers once per 500 contacts)
     */
    static String keyListProblem(String sql, String statistics) {
        Matcher m = KEY_LIST.matcher(sql.replace('\n', ' '));
        if (!m.find()) {
            return null;
        }
        String table = m.group(1).toUpperCase(Locale.ROOT);
        for (String line : statistics.split("\n")) {
            Matcher scan = SCAN.matcher(line);
            if (scan.find() && scan.group(2).equalsIgnoreCase(table) && !scan.group(1).contains("Index Scan")) {
                return "a read of " + table + " by a list of keys that does not probe an index: " + line.trim();
            }
        }
        return null;
    }

    /**
     * The mark of a Refine or Reduce is one UPDATE made as the lines are read: Derby defers an UPDATE (every changed
     * row copied into a temporary table first, then read again by its location, the index entries put in afterwards)
     * when it reads the table by an index that holds a column it changes, and read by the shown-lines index (which
     * holds {@code removed_step}) the mark of a Refine of 234,223 lines at a million contacts did that per line. Also
     * after an earlier step removed lines (they are read and left as they are), and with entire companies.
     */
    @Test
    void theMarkOfARefineOrReduceIsNotDeferredAndChangesOnlyTheShownLinesItRemoves() {
        String seg = w.segments.create("Plan guard: the mark").getNo();
        w.segments.apply(seg, step(CriteriaAction.ADD, THREE_CITIES));
        long before = w.segments.lineCount(seg);
        List<long[]> marks = new ArrayList<>();
        try (QueryPlans plans = QueryPlans.record()) {
            for (StepRequest step : List.of(step(CriteriaAction.REDUCE, NEWS), step(CriteriaAction.REFINE, TWO_CITIES),
                    new StepRequest(CriteriaAction.REDUCE, StepOptions.DEFAULTS.withEntireCompanies(), List.of(RETAIL)))) {
                plans.take();
                long lines = w.segments.lineCount(seg);
                long removed = w.segments.apply(seg, step).removed();
                assertTrue(removed > 0 && removed < lines, step.action() + " removes some of the " + lines + " lines: " + removed);
                assertEquals(lines - removed, w.segments.lineCount(seg), "the lines left after " + step.action());
                List<QueryPlans.Plan> updates = plans.take().stream()
                        .filter(p -> p.sql().startsWith("UPDATE segment_line")).toList();
                assertEquals(1, updates.size(), step.action() + " marks its lines with one UPDATE: " + updates);
                String stats = updates.get(0).statistics();
                assertTrue(stats.contains("deferred: false"), step.action() + "'s mark is made as the lines are read:\n" + stats);
                assertFalse(stats.contains("using index SEGMENT_LINE_SHOWN"), "read by the shown-lines index:\n" + stats);
                // the shown-lines index only: the membership index has no removal mark (migration 17)
                assertTrue(stats.contains("Indexes updated = 1"), "one index changed per line:\n" + stats);
                Matcher updated = Pattern.compile("Rows updated = (\\d+)").matcher(stats);
                assertTrue(updated.find(), stats);
                // only the shown lines it removes are changed, not the lines an earlier step removed
                assertEquals(removed, Long.parseLong(updated.group(1)), step.action() + ": rows the UPDATE changed");
                marks.add(new long[] { lines, removed });
            }
        }
        assertEquals(3, marks.size());
        // undo of all three brings every line back; redo of the first removes the same lines again
        for (int i = 0; i < 3; i++) {
            w.segments.undo(seg);
        }
        assertEquals(before, w.segments.lineCount(seg));
        w.segments.redo(seg);
        assertEquals(before - marks.get(0)[1], w.segments.lineCount(seg));
    }

    @Test
    void aPageOfContactsIsReadWithItsChildRowsByIndexProbes() {
        List<String> nos = new ArrayList<>(w.contacts.keySet()).subList(0, 1_234);
        java.util.Map<String, org.segmenta.model.Contact> read;
        List<QueryPlans.Plan> seen;
        try (QueryPlans plans = QueryPlans.record()) {
            read = w.store.read(s -> s.contacts().getAll(nos));
            seen = plans.take();
        }
        // the rows are the stored ones, each child row once
        assertEquals(nos.size(), read.size());
        for (String no : nos) {
            org.segmenta.model.Contact stored = w.contacts.get(no);
            org.segmenta.model.Contact got = read.get(no);
            assertEquals(stored.getMailingGroups().stream().map(g -> g.getMailingGroupCode()).toList(),
                    got.getMailingGroups().stream().map(g -> g.getMailingGroupCode()).toList(), no);
            assertEquals(stored.getIndustryGroups().stream().map(g -> g.getIndustryGroupCode()).toList(),
                    got.getIndustryGroups().stream().map(g -> g.getIndustryGroupCode()).toList(), no);
        }
        // three pages of keys (500, 500, 234) x the contact table and its four child tables
        List<String> children = List.of("CONTACT_MAILING_GROUP", "CONTACT_INDUSTRY_GROUP", "CONTACT_JOB_RESPONSIBILITY",
                "CONTACT_PROFILE_ANSWER");
        for (String child : children) {
            List<QueryPlans.Plan> reads = seen.stream()
                    .filter(p -> p.sql().toUpperCase(Locale.ROOT).contains("FROM " + child + " T")).toList();
            assertEquals(3, reads.size(), child + " read once per page of keys");
            for (QueryPlans.Plan p : reads) {
                // Derby's statistics call the multi-probe scan an index scan opened once per key
                assertTrue(p.statistics().contains("Index Scan ResultSet for " + child
                        + " using constraint " + child + "_FK"), child + " read by probes of its key's index:\n"
                        + p.statistics());
                assertEquals(null, keyListProblem(p.sql(), p.statistics()));
            }
        }
        for (QueryPlans.Plan p : seen) {
            assertEquals(null, keyListProblem(p.sql(), p.statistics()), p.sql());
        }
    }

    @Test
    void theGuardRecognisesAWholeTableReadForAListOfKeys() {
        String sql = "SELECT t.contact_no, t.seq, t.mailing_group_code FROM contact_mailing_group t WHERE t.contact_no IN (?, ?)";
        assertTrue(String.valueOf(keyListProblem(sql, """
                Sort ResultSet:
                	Source result set:
                		Table Scan ResultSet for CONTACT_MAILING_GROUP at read committed isolation level using instantaneous share row locking chosen by the optimizer
                		Number of opens = 1
                		Rows seen = 300000
                """)).contains("does not probe an index"));
        assertEquals(null, keyListProblem(sql, """
                Multi-probe Index Scan ResultSet for CONTACT_MAILING_GROUP using constraint CONTACT_MAILING_GROUP_FK at read committed isolation level using share row locking chosen by the optimizer
                Number of opens = 1
                Rows seen = 2
                """));
    }

    @Test
    void theGuardRecognisesTheQuadraticPlanOfTheOldLiveCount() {
        String plan = """
                Hash Left Outer Join ResultSet:
                Number of opens = 1
                Rows seen from the left = 3000
                	Right result set:
                		Distinct Scan ResultSet for SEGMENT_LINE using index SEGMENT_LINE_BY_CONTACT at read committed isolation level
                		Number of opens = 3000
                		Rows seen = 6000000
                """;
        assertTrue(String.valueOf(problem(plan, false, 3000)).contains("repeated per row"), problem(plan, false, 3000));
        assertEquals(null, problem("""
                Index Scan ResultSet for SEGMENT_LINE using index SEGMENT_LINE_BY_CONTACT at read committed isolation level
                Number of opens = 3000
                Rows seen = 412
                """, false, 3000));
    }
}

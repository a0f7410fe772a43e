package org.segmenta.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.segmenta.bench.BenchReport.Aim;
import org.segmenta.bench.BenchReport.Figure;
import org.segmenta.core.LocalServices;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogResult;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.LiveCount;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.core.store.Store;
import org.segmenta.delivery.DeliveryBench;
import org.segmenta.merge.word.MergeBench;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InteractionGroup;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.Salesperson;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * Segmenta's speed against the best the same engine does by hand, in one run on a fresh database: the {@code bench}
 * command's measuring code. Each figure runs Segmenta's own service call and a plain SQL or JDBC yardstick of the
 * same effect in the same database, from the same state; short figures are repeated and their median given. A
 * small warm-up run of the whole scenario in a database of its own comes first, so that the measured run meets
 * compiled code.
 */
public final class Bench {

    /** Aim: a selection step at most this many times the plain SQL. */
    public static final double STEP_AIM = 1.3;
    /** Aim: Log at most this many times the plain SQL. */
    public static final double LOG_AIM = 1.5;
    /** Aim: a live count within this many milliseconds. */
    public static final double LIVE_COUNT_AIM_MS = 300;
    /** Aim: at least this many e-mails a second delivered to a loopback SMTP server. */
    public static final double DELIVERY_AIM_PER_SECOND = 100;
    /** Aim: at least this many merged letters a second. */
    public static final double MERGE_AIM_PER_SECOND = 200;
    /** Aim: the first page of a segment within this many milliseconds. */
    public static final double FIRST_PAGE_AIM_MS = 1000;
    /** The rows of the CSV the importCsv figure imports (fewer when the bench stores fewer contacts). */
    public static final int IMPORT_ROWS = 100_000;
    /** Aim: the heap after loading the contacts at most this many MB. */
    public static final double HEAP_AIM_MB = 512;

    /** The schema of the same database that the plain JDBC insert of the contacts writes to. */
    private static final String PLAIN_SCHEMA = "BENCH_PLAIN";
    private static final int WARM_UP_CONTACTS = 20_000;
    /** The store figure's size: the contacts beyond it are seeded in bulk ({@link #seed}). */
    private static final int STORE_MEASURED = 100_000;
    private static final int SEED_CHUNK = 50_000;
    private static final int SHORT_REPETITIONS = 5;
    /**
     * A step or Log whose first repetition (both sides) takes longer than this is long: it is measured once. 30 s, so
     * that on a quiet machine at the default sizes {@code --repeat 3} repeats every step (Refine's first repetition, both
     * sides, took 20.5 and 20.6 s in round seven's quiet runs: at 20 s it was measured once or three times by chance),
     * while on a loaded machine the big figures still run once.
     */
    private static final double LONG_MS = 30_000;
    private static final int PAGE = 100;
    private static final String USER = "BENCH";

    /** The typical predicate: two cities and the NEWS mailing group (about 6 % of the contacts). */
    static final PlainSql.Predicate PREDICATE = new PlainSql.Predicate(List.of("Copenhagen", "Aarhus"), "NEWS");
    private static final List<FieldFilter> FILTERS = List.of(new FieldFilter("contact", "city", "Copenhagen|Aarhus"),
            new FieldFilter("mailingGroup", "mailingGroupCode", "NEWS"));
    /** The segment Reduce and Refine start from: every contact of three cities (about 29 %). */
    private static final List<FieldFilter> BASE = List.of(new FieldFilter("contact", "city", "Copenhagen|Aarhus|Odense"));

    /**
     * What to measure.
     *
     * @param contacts contacts to generate and store, 1 to 9,999,999
     * @param lines lines of the segment that is logged, 1 to {@code contacts}
     * @param letters letters to merge, at least 1
     * @param repetitions how often each step and Log are measured (the median is given), at least 1
     */
    public record Sizes(int contacts, int lines, int letters, int repetitions) {

        /** Checks the ranges. */
        public Sizes {
            if (contacts < 1 || contacts > Contacts.MAX) {
                throw new IllegalArgumentException("--contacts must be 1 to " + Contacts.MAX + ", not " + contacts);
            }
            if (lines < 1 || lines > contacts) {
                throw new IllegalArgumentException("--lines must be 1 to the number of contacts (" + contacts
                        + "), not " + lines);
            }
            if (letters < 1) {
                throw new IllegalArgumentException("--letters must be at least 1, not " + letters);
            }
            if (repetitions < 1) {
                throw new IllegalArgumentException("--repeat must be at least 1, not " + repetitions);
            }
        }
    }

    private final Sizes sizes;
    private final MergeService merge;
    private final PrintStream progress;
    private final Clock clock = Clock.systemDefaultZone();

    private Bench(Sizes sizes, MergeService merge, PrintStream progress) {
        this.sizes = sizes;
        this.merge = merge;
        this.progress = progress;
    }

    /**
     * Measures only the {@code importCsv} figure: a CSV of min(contacts, {@value #IMPORT_ROWS}) rows imported through
     * the import service against the store's batch insert of the same contacts.
     *
     * @param sizes the sizes (only {@link Sizes#contacts()} matters)
     * @param folder an empty temporary folder; the caller deletes it
     * @param progress where progress goes
     * @return a report with that one figure
     * @throws IOException when the CSV or a database cannot be written
     */
    public static BenchReport importOnly(Sizes sizes, Path folder, PrintStream progress) throws IOException {
        Figure f = ImportBench.run(Math.min(sizes.contacts(), IMPORT_ROWS), folder.resolve("import"), progress);
        return new BenchReport(sizes.contacts(), sizes.lines(), sizes.letters(), sizes.repetitions(), List.of(f));
    }

    /**
     * Runs the whole bench in {@code folder}: a warm-up run on a small database, then the measured run.
     *
     * @param sizes what to measure
     * @param merge the Word merge service
     * @param folder an empty folder for the databases and the letter template (the caller deletes it)
     * @param progress where to say what is going on, a line per stage (stderr for the command)
     * @return the figures
     */
    public static BenchReport run(Sizes sizes, MergeService merge, Path folder, PrintStream progress)
            throws IOException, SQLException, MergeException {
        Sizes warm = new Sizes(Math.min(WARM_UP_CONTACTS, sizes.contacts()),
                Math.min(Math.min(WARM_UP_CONTACTS, sizes.contacts()), Math.min(2_000, sizes.lines())),
                Math.min(200, sizes.letters()), 1);
        progress.printf("bench: warming up on %,d contacts%n", warm.contacts());
        new Bench(warm, merge, new PrintStream(OutputStream.nullOutputStream())).scenario(folder.resolve("warm-up"));
        progress.printf("bench: measuring on %,d contacts, %,d lines to log, %,d letters; %d repetitions%n",
                sizes.contacts(), sizes.lines(), sizes.letters(), sizes.repetitions());
        return new Bench(sizes, merge, progress).scenario(folder.resolve("measured"));
    }

    private BenchReport scenario(Path folder) throws IOException, SQLException, MergeException {
        Files.createDirectories(folder);
        List<Figure> figures = new ArrayList<>();
        try (LocalStore store = DerbyStores.embedded(folder.resolve("db"))) {
            figures.addAll(contacts(store));
            setUp(store);
            store.jdbc(c -> {
                PlainSql.createRemovedCopy(c);
                return null;
            });
            LocalServices core = LocalServices.over(store, merge, clock, List.of());
            SegmentService segments = core.segments();
            InteractionService interactions = core.interactions();
            figures.addAll(add(store, segments));
            figures.addAll(remove(store, segments, CriteriaAction.REFINE));
            figures.addAll(remove(store, segments, CriteriaAction.REDUCE));
            figures.addAll(countAndPage(store, segments));
            figures.add(log(store, segments, interactions));
        }
        figures.add(merge(folder));
        figures.add(ImportBench.run(Math.min(sizes.contacts(), IMPORT_ROWS), folder.resolve("import"), progress));
        figures.add(delivery(folder));
        Figure heap = figures.remove(1);
        figures.add(heap);
        return new BenchReport(sizes.contacts(), sizes.lines(), sizes.letters(), sizes.repetitions(), figures);
    }

    // ---- contacts ---------------------------------------------------------------------------------------------

    /** @return the store figure and the heap figure */
    private List<Figure> contacts(LocalStore store) throws SQLException {
        int all = sizes.contacts();
        // the store figure is measured on the first contacts; beyond that the database is seeded in bulk
        int n = Math.min(all, STORE_MEASURED);
        store.createSchemaCopy(PLAIN_SCHEMA);
        checkpoint(store);
        progress.printf("bench: storing %,d contacts with plain JDBC batches...%n", n);
        long t0 = System.nanoTime();
        long plainRows = store.jdbc(c -> Contacts.insertWithJdbc(c, PLAIN_SCHEMA, n));
        double plain = millis(t0);
        progress.printf("bench:   %s%n", BenchReport.fmt(plain, 0) + " ms");
        checkpoint(store);
        progress.printf("bench: storing %,d contacts through the store...%n", n);
        resetPeak();
        t0 = System.nanoTime();
        long rows = store.write(s -> s.contacts().insertAll(Contacts.generate(n)));
        double segmenta = millis(t0);
        long peak = peakHeap();
        if (all > n) {
            seed(store, n, all);
        }
        System.gc();
        long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        progress.printf("bench:   %s ms; heap %,d MB after loading %,d contacts (peak %,d MB while storing)%n",
                BenchReport.fmt(segmenta, 0), after >> 20, all, peak >> 20);
        same("stored contacts", rows, plainRows);
        return List.of(
                new Figure("storeContacts", String.format("store %,d contacts (with mailing groups)", n)
                        + (all > n ? String.format(" of %,d", all) : ""), n, segmenta, plain, segmenta / plain, "x",
                        Aim.NONE, 0, List.of()),
                new Figure("heap", String.format("heap after loading %,d contacts", all), all, 0, -1, after / 1048576.0,
                        "MB", Aim.VALUE_AT_MOST, HEAP_AIM_MB, List.<Object[]>of(new Object[] { "peakMbWhileLoading",
                                peak / 1048576.0 }, new Object[] { "maxHeapMb",
                                        Runtime.getRuntime().maxMemory() / 1048576.0 })));
    }

    /**
     * Seeds contacts {@code from..to-1} into the store's tables in bulk, as a database administrator loads a big
     * table: the secondary indexes of the contact tables dropped, the rows inserted in large JDBC batches committed
     * every {@value #SEED_CHUNK} contacts, the indexes created again (each one scan and sort instead of a million
     * B-tree inserts). The rows are those the plain JDBC yardstick writes; the store's own insert is measured on the
     * first contacts.
     */
    private void seed(LocalStore store, int from, int to) {
        progress.printf("bench: seeding contacts %,d to %,d in bulk (indexes dropped, then created again)...%n", from + 1,
                to);
        long t0 = System.nanoTime();
        java.util.Map<String, String> indexes = store.indexesOn(java.util.Set.of("contact", "contact_mailing_group"));
        store.jdbc(c -> {
            try (Statement st = c.createStatement()) {
                for (String name : indexes.keySet()) {
                    st.execute("DROP INDEX " + name);
                }
            }
            return null;
        });
        for (int k = from; k < to; k += SEED_CHUNK) {
            int a = k;
            int b = Math.min(to, k + SEED_CHUNK);
            store.jdbc(c -> Contacts.insertWithJdbc(c, "APP", a, b));
        }
        double inserted = millis(t0);
        store.jdbc(c -> {
            try (Statement st = c.createStatement()) {
                for (String sql : indexes.values()) {
                    st.execute(sql);
                }
            }
            return null;
        });
        progress.printf("bench:   %s ms (%s ms inserting, then %d indexes)%n", BenchReport.fmt(millis(t0), 0),
                BenchReport.fmt(inserted, 0), indexes.size());
        checkpoint(store);
    }

    /**
     * A Derby checkpoint (every dirty page written, the log cut), unmeasured: before each side of a step figure, so that
     * neither side pays for writing out what the set-up before it changed (the base segment's 292,419 lines, the
     * yardstick's copy of the lines it is about to delete) nor meets a checkpoint that the set-up's log started: one
     * source of the swings of single repetitions (Refine at a million contacts took 10.4 s and 12.4 s in two quiet runs).
     */
    private static void checkpoint(LocalStore store) {
        store.jdbc(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
            }
            return null;
        });
    }

    /** The salespeople of the generated contacts and an interaction template for Log. */
    static void setUp(Store store) {
        SegmentaFactory f = SegmentaFactory.eINSTANCE;
        store.write(s -> {
            for (String code : Contacts.SALESPEOPLE) {
                Salesperson sp = f.createSalesperson();
                sp.setCode(code);
                sp.setName("Salesperson " + code);
                s.salespeople().insert(sp);
            }
            InteractionGroup g = f.createInteractionGroup();
            g.setCode("LETTERS");
            g.setDescription("Letters");
            s.interactionGroups().insert(g);
            InteractionTemplate t = f.createInteractionTemplate();
            t.setCode("SEMINAR");
            t.setDescription("Seminar invitation");
            t.setInteractionGroupCode("LETTERS");
            t.setInformationFlow(InformationFlow.OUTBOUND);
            t.setCorrespondenceType(CorrespondenceType.HARD_COPY);
            t.setIgnoreContactCorrespondenceType(true);
            t.setUnitCost(new BigDecimal("1.20"));
            t.setUnitDuration(2);
            s.interactionTemplates().insert(t);
            return null;
        });
    }

    // ---- steps --------------------------------------------------------------------------------------------

    private List<Figure> add(LocalStore store, SegmentService segments) {
        int reps = sizes.repetitions();
        double[] service = new double[reps];
        double[] plain = new double[reps];
        double[] serviceUndo = new double[reps];
        double[] plainUndo = new double[reps];
        long rows = -1;
        for (int i = 0; i < reps; i++) {
            for (int side = 0; side < 2; side++) {
                boolean ours = (side + i) % 2 == 0; // alternate which side goes first
                String seg = segments.create(ours ? "Bench: Add" : "Bench: Add (plain SQL)").getNo();
                LocalDate date = segments.get(seg).orElseThrow().getDate();
                checkpoint(store); // unmeasured, as before Refine and Reduce
                long t0 = System.nanoTime();
                long c0 = cpuNow();
                long added;
                if (ours) {
                    added = segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, FILTERS)).added();
                    service[i] = millis(t0);
                    cpu("add.s", c0);
                    long t1 = System.nanoTime();
                    long c1 = cpuNow();
                    long undone = segments.undo(seg).orElseThrow().removed();
                    serviceUndo[i] = millis(t1);
                    cpu("undoAdd.s", c1);
                    check("undo of Add", added, undone);
                } else {
                    added = store.jdbc(c -> PlainSql.add(c, seg, "Bench: Add (plain SQL)", date, PREDICATE));
                    plain[i] = millis(t0);
                    cpu("add.p", c0);
                    long t1 = System.nanoTime();
                    long c1 = cpuNow();
                    long undone = store.jdbc(c -> PlainSql.undoAdd(c, seg));
                    plainUndo[i] = millis(t1);
                    cpu("undoAdd.p", c1);
                    check("undo of Add (plain SQL)", added, undone);
                }
                drop(store, segments, seg);
                rows = check("Add", rows, added);
            }
            progress.printf("bench: Add %d/%d: %,d lines; Segmenta %s ms, plain SQL %s ms; undo %s ms, plain SQL %s ms%n",
                    i + 1, reps, rows, BenchReport.fmt(service[i], 0), BenchReport.fmt(plain[i], 0),
                    BenchReport.fmt(serviceUndo[i], 0), BenchReport.fmt(plainUndo[i], 0));
            if (firstWasLong(i, service, plain)) {
                service = Arrays.copyOf(service, 1);
                plain = Arrays.copyOf(plain, 1);
                serviceUndo = Arrays.copyOf(serviceUndo, 1);
                plainUndo = Arrays.copyOf(plainUndo, 1);
                break;
            }
        }
        return List.of(step("add", String.format("Add (2 cities + mailing group): %,d lines", rows), rows, service, plain),
                step("undoAdd", String.format("undo of that Add: %,d lines go", rows), rows, serviceUndo, plainUndo));
    }

    private List<Figure> remove(LocalStore store, SegmentService segments, CriteriaAction action) {
        boolean refine = action == CriteriaAction.REFINE;
        String name = refine ? "Refine" : "Reduce";
        int reps = sizes.repetitions();
        double[] service = new double[reps];
        double[] plain = new double[reps];
        double[] serviceUndo = new double[reps];
        double[] plainUndo = new double[reps];
        long rows = -1;
        long base = 0;
        for (int i = 0; i < reps; i++) {
            for (int side = 0; side < 2; side++) {
                boolean ours = (side + i) % 2 == 0;
                String seg = segments.create("Bench: " + name + (ours ? "" : " (plain SQL)")).getNo();
                base = segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, BASE)).added();
                long kept = ours ? -1 : store.jdbc(c -> PlainSql.keepRemoved(c, seg, PREDICATE, refine)); // unmeasured
                checkpoint(store); // unmeasured: each side starts with what the set-up wrote on disk (see below)
                long t0 = System.nanoTime();
                long c0 = cpuNow();
                long removed;
                if (ours) {
                    removed = segments.apply(seg, new StepRequest(action, StepOptions.DEFAULTS, FILTERS)).removed();
                    service[i] = millis(t0);
                    cpu(name.toLowerCase(java.util.Locale.ROOT) + ".s", c0);
                    long t1 = System.nanoTime();
                    long c1 = cpuNow();
                    long back = segments.undo(seg).orElseThrow().added();
                    serviceUndo[i] = millis(t1);
                    cpu("undo" + name + ".s", c1);
                    check("undo of " + name, removed, back);
                } else {
                    removed = store.jdbc(c -> PlainSql.remove(c, seg, PREDICATE, refine));
                    plain[i] = millis(t0);
                    cpu(name.toLowerCase(java.util.Locale.ROOT) + ".p", c0);
                    check(name + ": the copy kept for its undo (plain SQL)", removed, kept);
                    long t1 = System.nanoTime();
                    long c1 = cpuNow();
                    long back = store.jdbc(c -> PlainSql.undoRemove(c, seg));
                    plainUndo[i] = millis(t1);
                    cpu("undo" + name + ".p", c1);
                    check("undo of " + name + " (plain SQL)", removed, back);
                    store.jdbc(c -> {
                        PlainSql.forgetRemoved(c);
                        return null;
                    });
                }
                drop(store, segments, seg);
                rows = check(name, rows, removed);
            }
            progress.printf("bench: %s %d/%d: %,d of %,d lines removed; Segmenta %s ms, plain SQL %s ms; undo %s ms,"
                    + " plain SQL %s ms%n", name, i + 1, reps, rows, base, BenchReport.fmt(service[i], 0),
                    BenchReport.fmt(plain[i], 0), BenchReport.fmt(serviceUndo[i], 0), BenchReport.fmt(plainUndo[i], 0));
            if (firstWasLong(i, service, plain)) {
                service = Arrays.copyOf(service, 1);
                plain = Arrays.copyOf(plain, 1);
                serviceUndo = Arrays.copyOf(serviceUndo, 1);
                plainUndo = Arrays.copyOf(plainUndo, 1);
                break;
            }
        }
        String id = name.toLowerCase(java.util.Locale.ROOT);
        return List.of(step(id, String.format("%s (same predicate): %,d of %,d lines go", name, rows, base), rows, service,
                plain), step("undo" + name, String.format("undo of that %s: %,d lines come back", name, rows), rows,
                        serviceUndo, plainUndo));
    }

    /**
     * Deletes a segment of the bench once measured: all segment lines at once with {@code TRUNCATE TABLE} (it is the
     * only segment with lines at that point), then the segment through the service. Deleting its lines row by row from
     * the six indexes of {@code segment_line} took minutes for a 292,000-line segment at a million contacts, none of
     * it measured.
     */
    private static void drop(LocalStore store, SegmentService segments, String no) {
        store.jdbc(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("TRUNCATE TABLE segment_line");
            }
            return null;
        });
        segments.delete(no);
    }

    private Figure step(String id, String caption, long rows, double[] service, double[] plain) {
        double s = median(service);
        double p = median(plain);
        return new Figure(id, caption, rows, s, p, s / p, "x", Aim.RATIO_AT_MOST, STEP_AIM,
                List.<Object[]>of(new Object[] { "repetitions", service.length }, new Object[] { "cpuRatio", cpuRatio(id) }));
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU milliseconds of the measuring thread per "figure.s" (Segmenta) and "figure.p" (plain SQL), in run order. */
    private final java.util.Map<String, List<Double>> cpu = new java.util.HashMap<>();

    private static long cpuNow() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private void cpu(String key, long startCpuNanos) {
        cpu.computeIfAbsent(key, k -> new ArrayList<>()).add((cpuNow() - startCpuNanos) / 1e6);
    }

    /**
     * @return the median CPU time of Segmenta's side over the plain SQL's, for a figure: Derby embedded works in the
     *         calling thread, so on a loaded machine this ratio is steadier than the wall-clock one (it leaves out the
     *         time waiting for a core and for the disk)
     */
    private double cpuRatio(String id) {
        List<Double> s = cpu.getOrDefault(id + ".s", List.of());
        List<Double> p = cpu.getOrDefault(id + ".p", List.of());
        if (s.isEmpty() || p.isEmpty()) {
            return Double.NaN;
        }
        double ps = median(p.stream().mapToDouble(Double::doubleValue).toArray());
        return ps <= 0 ? Double.NaN : median(s.stream().mapToDouble(Double::doubleValue).toArray()) / ps;
    }

    /** @return whether the first repetition was long, so that the figure is measured once */
    private boolean firstWasLong(int i, double[] service, double[] plain) {
        if (i == 0 && service.length > 1 && service[0] + plain[0] > LONG_MS) {
            progress.printf("bench:   (a long figure: measured once)%n");
            return true;
        }
        return false;
    }

    /** @return the live count of an Add on the Reduce/Refine segment, and the first page of that segment */
    private List<Figure> countAndPage(LocalStore store, SegmentService segments) {
        String seg = segments.create("Bench: open").getNo();
        long lines = segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, BASE)).added();
        StepRequest step = new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, FILTERS);
        // the first count after the segment changed builds what the count keeps in memory (the store's contact index)
        long first0 = System.nanoTime();
        segments.count(seg, step);
        double firstCount = millis(first0);
        double[] count = new double[SHORT_REPETITIONS];
        LiveCount c = null;
        for (int i = 0; i < count.length; i++) {
            long t0 = System.nanoTime();
            c = segments.count(seg, step);
            count[i] = millis(t0);
        }
        java.util.Map<String, Long> index = store.contactIndexStatistics();
        double indexMb = index.getOrDefault("bytes", 0L) / 1048576.0;
        progress.printf("bench: live count of an Add on a segment of %,d lines: %s ms (median of %d; the first after the"
                + " step %s ms; contact index %s MB, %s counts from memory)%n", lines, BenchReport.fmt(median(count), 0),
                count.length, BenchReport.fmt(firstCount, 0), BenchReport.fmt(indexMb, 1), index.get("answered"));
        Matrix.open(store, segments, seg);
        double[] page = new double[SHORT_REPETITIONS];
        for (int i = 0; i < page.length; i++) {
            long t0 = System.nanoTime();
            int got = Matrix.open(store, segments, seg);
            page[i] = millis(t0);
            if (got != Math.min(PAGE, lines)) {
                throw new IllegalStateException("the first page has " + got + " lines");
            }
        }
        progress.printf("bench: open a segment of %,d lines as the editor does (header, set-up lists, steps, line count,"
                + " first %d lines and their contacts): %s ms (median of %d)%n", lines, PAGE,
                BenchReport.fmt(median(page), 1), page.length);
        drop(store, segments, seg);
        return List.of(
                new Figure("liveCount", String.format("live count of an Add step on %,d lines", lines), c.matches(), 0,
                        -1, median(count), "ms", Aim.VALUE_AT_MOST, LIVE_COUNT_AIM_MS, List.<Object[]>of(
                                new Object[] { "matches", c.matches() }, new Object[] { "newLines", c.newLines() },
                                new Object[] { "firstCountMs", firstCount }, new Object[] { "contactIndexMb", indexMb })),
                new Figure("firstPage", String.format("open a segment of %,d lines as the editor does", lines), lines,
                        0, -1, median(page), "ms", Aim.VALUE_AT_MOST, FIRST_PAGE_AIM_MS, List.of()));
    }

    // ---- Log ----------------------------------------------------------------------------------------------

    private Figure log(LocalStore store, SegmentService segments, InteractionService interactions) {
        List<FieldFilter> first = List.of(new FieldFilter("contact", "no", ".." + Contacts.no(sizes.lines() - 1)));
        StepRequest fill = new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS.withIgnoreExclusion(), first);
        int reps = sizes.repetitions();
        double[] service = new double[reps];
        double[] plain = new double[reps];
        long rows = -1;
        for (int i = 0; i < reps; i++) {
            for (int side = 0; side < 2; side++) {
                boolean ours = (side + i) % 2 == 0;
                String seg = segments.create(ours ? "Bench: Log" : "Bench: Log (plain SQL)").getNo();
                interactions.chooseTemplate(seg, "SEMINAR", false);
                long lines = segments.apply(seg, fill).added();
                if (lines != sizes.lines()) {
                    throw new IllegalStateException("the segment to log has " + lines + " lines, not " + sizes.lines());
                }
                long t0 = System.nanoTime();
                long c0 = cpuNow();
                long entries;
                if (ours) {
                    LogResult r = interactions.log(seg, new LogOptions(false, false, USER));
                    service[i] = millis(t0);
                    cpu("log.s", c0);
                    entries = r.entries();
                } else {
                    LocalDate today = LocalDate.now(clock);
                    entries = store.jdbc(c -> PlainSql.log(c, seg, USER, today));
                    plain[i] = millis(t0);
                    cpu("log.p", c0);
                }
                rows = check("Log", rows, entries);
            }
            progress.printf("bench: Log %d/%d: %,d lines, %,d entries; Segmenta %s ms, plain SQL %s ms%n", i + 1, reps,
                    sizes.lines(), rows, BenchReport.fmt(service[i], 0), BenchReport.fmt(plain[i], 0));
            if (firstWasLong(i, service, plain)) {
                service = Arrays.copyOf(service, 1);
                plain = Arrays.copyOf(plain, 1);
                break;
            }
        }
        double s = median(service);
        double p = median(plain);
        return new Figure("log", String.format("Log %,d lines: %,d entries", sizes.lines(), rows), rows, s, p, s / p,
                "x", Aim.RATIO_AT_MOST, LOG_AIM, List.<Object[]>of(new Object[] { "repetitions", service.length },
                        new Object[] { "cpuRatio", cpuRatio("log") }));
    }

    // ---- Word merge ---------------------------------------------------------------------------------------

    private Figure merge(Path folder) throws IOException, MergeException {
        Path template = folder.resolve("letter.docx");
        Letter.write(template);
        MainDocument doc = merge.inspect(template);
        if (!doc.mapping().unmapped().isEmpty()) {
            throw new IllegalStateException("the bench letter has unmapped merge fields: " + doc.mapping().unmapped());
        }
        int n = sizes.letters();
        progress.printf("bench: merging %,d one-page letters, then re-zipping the template as often...%n", n);
        MergeBench.Result r = MergeBench.run(merge, template,
                Letter.record(Contacts.contact(SegmentaFactory.eINSTANCE, 1), LocalDate.now(clock)), n,
                Math.min(n, 500));
        progress.printf("bench:   %s%n", r);
        return new Figure("merge", String.format("Word merge: %,d one-page letters", n), n, r.mergeSeconds() * 1000,
                -1, r.lettersPerSecond(), "letters/s", Aim.VALUE_AT_LEAST, MERGE_AIM_PER_SECOND, List.<Object[]>of(
                        new Object[] { "mergeMs", r.mergeSeconds() * 1000 },
                        new Object[] { "rezipMs", r.rezipSeconds() * 1000 },
                        new Object[] { "rezipsPerSecond", r.rezipsPerSecond() },
                        new Object[] { "ratio", r.ratioToRezip() },
                        new Object[] { "bytesPerLetter", r.bytesPerLetter() }));
    }

    // ---- e-mail delivery ----------------------------------------------------------------------------------

    /** The delivery figure: as many e-mails as letters, each the bench's letter, to a loopback SMTP sink. */
    private Figure delivery(Path folder) throws IOException {
        int n = sizes.letters();
        byte[] letter = Files.readAllBytes(folder.resolve("letter.docx"));
        DeliveryBench.Result r;
        try (LocalStore store = DerbyStores.embedded(folder.resolve("delivery-db"))) {
            r = DeliveryBench.run(store, folder, n, letter, progress);
        }
        if (r.failed() > 0 || r.duplicates() > 0 || r.arrived() != n) {
            throw new IllegalStateException("the delivery bench lost or doubled messages: " + r);
        }
        return new Figure("delivery", String.format("E-mail delivery: %,d messages to a loopback SMTP sink", n), n,
                r.seconds() * 1000, -1, r.perSecond(), "messages/s", Aim.VALUE_AT_LEAST, DELIVERY_AIM_PER_SECOND,
                List.<Object[]>of(new Object[] { "messagesPerSecond", r.perSecond() },
                        new Object[] { "deliveryMs", r.seconds() * 1000 }));
    }

    // ---- helpers ------------------------------------------------------------------------------------------


    private static long check(String what, long before, long now) {
        if (before >= 0) {
            same(what, now, before);
        }
        return now;
    }

    private static void same(String what, long segmenta, long plain) {
        if (segmenta != plain) {
            throw new IllegalStateException(what + ": Segmenta gave " + segmenta + " rows and the plain SQL " + plain
                    + "; the comparison would not be fair");
        }
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    private static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

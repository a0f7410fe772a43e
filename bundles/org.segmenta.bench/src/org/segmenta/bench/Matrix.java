package org.segmenta.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.segmenta.core.LocalServices;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentLine;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * The scale matrix of {@code bench --matrix}: every user action on contacts {10,000; 100,000; 1,000,000} × segment
 * lines {1,000; 40,000; 300,000} (a size pair where the segment would have more lines than there are contacts is
 * left out), each on a fresh database per contact size, and how each figure grows per ten times more contacts or
 * lines. A figure that grows more than {@value #CLIFF}× per 10× is a cliff: a defect, not a property.
 *
 * <p>The actions, each on a segment of the given lines (the first lines' worth of contacts) with the bench's typical
 * predicate ({@link Bench#PREDICATE}): the live count of an Add, Add and its undo, Refine and its undo, Reduce and its
 * undo, opening the segment as the editor does (header, setup lists, steps, line count, first 100 lines and their
 * contacts), and Log of the whole segment. Times are milliseconds of one run (the live count and the open: the median
 * of three).
 */
public final class Matrix {

    /** The contact sizes. */
    public static final int[] CONTACTS = { 10_000, 100_000, 1_000_000 };
    /** The segment sizes. */
    public static final int[] LINES = { 1_000, 40_000, 300_000 };
    /** Growth per 10× above this is a cliff. */
    public static final double CLIFF = 15;
    /** Times below this (ms) are too short to say anything about growth. */
    private static final double NOISE_MS = 20;
    private static final int PAGE = 100;
    /**
     * With the system property {@code segmenta.bench.matrix.logOnly=true} (for profiling Log: {@code SEGMENTA_VMARGS})
     * each cell measures Log alone, on a segment that no step, undo or live count touched before.
     */
    private static final boolean LOG_ONLY = Boolean.getBoolean("segmenta.bench.matrix.logOnly");

    /** The figures, in table order. */
    public static final List<String> FIGURES = List.of("liveCount", "add", "undoAdd", "refine", "undoRefine", "reduce",
            "undoReduce", "open", "log");

    private static final List<FieldFilter> FILTERS = List.of(new FieldFilter("contact", "city", "Copenhagen|Aarhus"),
            new FieldFilter("mailingGroup", "mailingGroupCode", "NEWS"));

    /**
     * One measured cell.
     *
     * @param contacts contacts in the database
     * @param lines lines of the segment
     * @param millis figure id to milliseconds (wall clock)
     * @param cpuMillis figure id to the CPU milliseconds of the measuring thread (what the work costs, whatever else
     *            the machine runs)
     */
    public record Cell(int contacts, int lines, Map<String, Double> millis, Map<String, Double> cpuMillis) {
    }

    /**
     * How one figure grows between two neighbouring cells, per ten times more data.
     *
     * @param figure the figure id
     * @param from the smaller cell's size (contacts or lines)
     * @param to the larger cell's size
     * @param along {@code contacts} or {@code lines}
     * @param at the size held fixed
     * @param per10x the growth of the wall time per ten times more, NaN when the times are too short to tell
     * @param cpuPer10x the same for the CPU time of the measuring thread
     */
    public record Growth(String figure, String along, int at, int from, int to, double per10x, double cpuPer10x) {

        /**
         * @return whether this growth is a cliff: in wall time and in CPU time (a machine shared with other work makes
         *         the wall time of one cell long by chance; a real cliff shows in both)
         */
        public boolean cliff() {
            return !Double.isNaN(per10x) && per10x > CLIFF && (Double.isNaN(cpuPer10x) || cpuPer10x > CLIFF);
        }
    }

    /**
     * The matrix's results.
     *
     * @param cells the measured cells
     * @param growth the growth between neighbours
     */
    public record Result(List<Cell> cells, List<Growth> growth) {

        /** @return the table for people */
        public String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-10s %-9s", "contacts", "lines"));
            for (String f : FIGURES) {
                b.append(String.format(Locale.ROOT, " %11s", f));
            }
            b.append('\n');
            for (Cell c : cells) {
                b.append(String.format(Locale.ROOT, "%,-10d %,-9d", c.contacts(), c.lines()));
                for (String f : FIGURES) {
                    Double v = c.millis().get(f);
                    b.append(String.format(Locale.ROOT, " %11s", v == null ? "-" : BenchReport.fmt(v, v < 100 ? 1 : 0)));
                }
                b.append('\n');
            }
            b.append("\nCPU time of the measuring thread (ms; Derby embedded works in it, so this is what the work costs"
                    + " whatever else the machine runs):\n");
            for (Cell c : cells) {
                b.append(String.format(Locale.ROOT, "%,-10d %,-9d", c.contacts(), c.lines()));
                for (String f : FIGURES) {
                    Double v = c.cpuMillis().get(f);
                    b.append(String.format(Locale.ROOT, " %11s", v == null ? "-" : BenchReport.fmt(v, v < 100 ? 1 : 0)));
                }
                b.append('\n');
            }
            b.append("\nGrowth per 10x more data, wall time (CPU time); over ").append((int) CLIFF)
                    .append("x in both is a cliff:\n");
            for (Growth g : growth) {
                b.append(String.format(Locale.ROOT, "  %-11s %-8s %,9d -> %,-9d at %s %,-9d %s%n", g.figure(), g.along(),
                        g.from(), g.to(), g.along().equals("contacts") ? "lines" : "contacts", g.at(),
                        Double.isNaN(g.per10x()) ? "(too short to tell)"
                                : BenchReport.fmt(g.per10x(), 1) + "x (" + (Double.isNaN(g.cpuPer10x()) ? "-"
                                        : BenchReport.fmt(g.cpuPer10x(), 1) + "x") + ")" + (g.cliff() ? "  CLIFF" : "")));
            }
            List<Growth> cliffs = cliffs();
            b.append(cliffs.isEmpty() ? "No cliff.\n" : "Cliffs: " + cliffs.size() + "\n");
            return b.toString();
        }

        /** @return the growths over {@link #CLIFF} */
        public List<Growth> cliffs() {
            return growth.stream().filter(Growth::cliff).toList();
        }

        /** @return the matrix as a JSON value (an object with {@code cells} and {@code growth}) */
        public String json(String indent) {
            StringBuilder b = new StringBuilder("{\n").append(indent).append("  \"cells\": [");
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                b.append(i == 0 ? "\n" : ",\n").append(indent).append("    {\"contacts\": ").append(c.contacts())
                        .append(", \"lines\": ").append(c.lines());
                for (Map.Entry<String, Double> e : c.millis().entrySet()) {
                    b.append(", \"").append(e.getKey()).append("Ms\": ")
                            .append(String.format(Locale.ROOT, "%.3f", e.getValue()));
                }
                for (Map.Entry<String, Double> e : c.cpuMillis().entrySet()) {
                    b.append(", \"").append(e.getKey()).append("CpuMs\": ")
                            .append(String.format(Locale.ROOT, "%.3f", e.getValue()));
                }
                b.append("}");
            }
            b.append("\n").append(indent).append("  ],\n").append(indent).append("  \"growth\": [");
            for (int i = 0; i < growth.size(); i++) {
                Growth g = growth.get(i);
                b.append(i == 0 ? "\n" : ",\n").append(indent).append("    {\"figure\": \"").append(g.figure())
                        .append("\", \"along\": \"").append(g.along()).append("\", \"at\": ").append(g.at())
                        .append(", \"from\": ").append(g.from()).append(", \"to\": ").append(g.to())
                        .append(", \"per10x\": ").append(Double.isNaN(g.per10x()) ? "null"
                                : String.format(Locale.ROOT, "%.3f", g.per10x()))
                        .append(", \"cpuPer10x\": ").append(Double.isNaN(g.cpuPer10x()) ? "null"
                                : String.format(Locale.ROOT, "%.3f", g.cpuPer10x()))
                        .append(", \"cliff\": ").append(g.cliff()).append("}");
            }
            return b.append("\n").append(indent).append("  ],\n").append(indent).append("  \"cliffs\": ")
                    .append(cliffs().size()).append("\n").append(indent).append("}").toString();
        }
    }

    private final MergeService merge;
    private final PrintStream progress;
    private final Clock clock = Clock.systemDefaultZone();

    private Matrix(MergeService merge, PrintStream progress) {
        this.merge = merge;
        this.progress = progress;
    }

    /**
     * Runs the matrix on the given sizes.
     *
     * @param contactSizes the contact sizes, ascending (normally {@link #CONTACTS}, or those up to a limit)
     * @param lineSizes the segment sizes, ascending (normally {@link #LINES}); a size above the contacts is left out
     * @param merge the Word merge service (Log needs it; the bench segments have no Word letters)
     * @param folder an empty folder for the databases (the caller deletes it)
     * @param progress where to say what is going on
     * @return the cells and their growth
     */
    public static Result run(int[] contactSizes, int[] lineSizes, MergeService merge, Path folder, PrintStream progress)
            throws IOException {
        return new Matrix(merge, progress).run(contactSizes, lineSizes, folder);
    }

    /**
     * @param sizes sizes
     * @param max the largest to keep
     * @return the sizes up to {@code max}
     */
    public static int[] upTo(int[] sizes, int max) {
        return java.util.Arrays.stream(sizes).filter(n -> n <= max).toArray();
    }

    private Result run(int[] contactSizes, int[] lineSizes, Path folder) throws IOException {
        List<Cell> cells = new ArrayList<>();
        // a small round first, not kept, so that the measured cells meet compiled code
        progress.printf("bench matrix: warming up%n");
        int warm = Math.min(5_000, contactSizes[0]);
        measure(warm, new int[] { Math.min(warm, Math.min(1_000, lineSizes[0])) }, folder.resolve("warm-up"));
        for (int contacts : contactSizes) {
            List<Integer> lines = new ArrayList<>();
            for (int l : lineSizes) {
                if (l <= contacts) {
                    lines.add(l);
                }
            }
            cells.addAll(measure(contacts, lines.stream().mapToInt(Integer::intValue).toArray(),
                    folder.resolve("c" + contacts)));
        }
        return new Result(cells, growth(cells));
    }

    private List<Cell> measure(int contacts, int[] lineSizes, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Cell> cells = new ArrayList<>();
        try (LocalStore store = DerbyStores.embedded(folder.resolve("db"))) {
            progress.printf("bench matrix: storing %,d contacts...%n", contacts);
            store.write(s -> s.contacts().insertAll(Contacts.generate(contacts)));
            Bench.setUp(store);
            LocalServices core = LocalServices.over(store, merge, clock, List.of());
            SegmentService segments = core.segments();
            InteractionService interactions = core.interactions();
            for (int lines : lineSizes) {
                Map<String, Double> ms = new LinkedHashMap<>();
                Map<String, Double> cpu = new LinkedHashMap<>();
                String seg = segment(segments, interactions, lines);
                StepRequest add = new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, FILTERS);
                if (LOG_ONLY) {
                    ms.put("log", time(() -> interactions.log(seg, new LogOptions(false, false, "BENCH"))));
                    cpu.put("log", lastCpu);
                    progress.printf("bench matrix: %,d contacts, %,d lines: log %s ms (CPU %s ms)%n", contacts, lines,
                            BenchReport.fmt(ms.get("log"), 0), BenchReport.fmt(lastCpu, 0));
                    cells.add(new Cell(contacts, lines, ms, cpu));
                    continue;
                }
                ms.put("liveCount", median3(() -> segments.count(seg, add)));
                cpu.put("liveCount", lastCpu);
                ms.put("add", time(() -> segments.apply(seg, add)));
                cpu.put("add", lastCpu);
                ms.put("undoAdd", time(() -> segments.undo(seg)));
                cpu.put("undoAdd", lastCpu);
                ms.put("refine", time(() -> segments.apply(seg, new StepRequest(CriteriaAction.REFINE, StepOptions.DEFAULTS, FILTERS))));
                cpu.put("refine", lastCpu);
                ms.put("undoRefine", time(() -> segments.undo(seg)));
                cpu.put("undoRefine", lastCpu);
                ms.put("reduce", time(() -> segments.apply(seg, new StepRequest(CriteriaAction.REDUCE, StepOptions.DEFAULTS, FILTERS))));
                cpu.put("reduce", lastCpu);
                ms.put("undoReduce", time(() -> segments.undo(seg)));
                cpu.put("undoReduce", lastCpu);
                if (segments.lineCount(seg) != lines) {
                    throw new IllegalStateException("undo left " + segments.lineCount(seg) + " lines, not " + lines);
                }
                ms.put("open", median3(() -> open(store, segments, seg)));
                cpu.put("open", lastCpu);
                ms.put("log", time(() -> interactions.log(seg, new LogOptions(false, false, "BENCH"))));
                cpu.put("log", lastCpu);
                progress.printf("bench matrix: %,d contacts, %,d lines: %s%n", contacts, lines, ms.entrySet().stream()
                        .map(e -> e.getKey() + " " + BenchReport.fmt(e.getValue(), 0) + " ms").toList());
                cells.add(new Cell(contacts, lines, ms, cpu));
            }
        }
        return cells;
    }

    /** A segment of the first {@code lines} contacts, on the bench's template, ready to log. */
    private static String segment(SegmentService segments, InteractionService interactions, int lines) {
        String seg = segments.create("Bench matrix: " + lines + " lines").getNo();
        interactions.chooseTemplate(seg, "SEMINAR", false);
        long added = segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS.withIgnoreExclusion(),
                List.of(new FieldFilter("contact", "no", ".." + Contacts.no(lines - 1))))).added();
        if (added != lines) {
            throw new IllegalStateException("the segment has " + added + " lines, not " + lines);
        }
        return seg;
    }

    /**
     * Opens a segment as the segment editor does when it is shown: header, the set-up lists of its form, the steps,
     * the line count, the first page of lines and their contacts.
     *
     * @return how many lines the first page has
     */
    static int open(LocalStore store, SegmentService segments, String seg) {
        segments.get(seg).orElseThrow();
        store.read(s -> s.salespeople().list());
        store.read(s -> s.interactionTemplates().list());
        segments.steps(seg);
        segments.lineCount(seg);
        List<SegmentLine> page = segments.lines(seg, 0, PAGE);
        store.read(s -> s.contacts().getAll(page.stream().map(SegmentLine::getContactNo).toList()));
        return page.size();
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The CPU milliseconds of the last {@link #time(Runnable)}: Derby embedded works in the calling thread. */
    private double lastCpu;

    private double time(Runnable r) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        r.run();
        double wall = (System.nanoTime() - t0) / 1e6;
        lastCpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        return wall;
    }

    private double median3(Runnable r) {
        double[] v = new double[3];
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            v[i] = time(r);
            c[i] = lastCpu;
        }
        lastCpu = Bench.median(c);
        return Bench.median(v);
    }

    static List<Growth> growth(List<Cell> cells) {
        List<Growth> out = new ArrayList<>();
        for (String f : FIGURES) {
            for (Cell a : cells) {
                for (Cell b : cells) {
                    boolean alongContacts = a.lines() == b.lines() && b.contacts() > a.contacts()
                            && cells.stream().noneMatch(c -> c.lines() == a.lines() && c.contacts() > a.contacts() && c.contacts() < b.contacts());
                    boolean alongLines = a.contacts() == b.contacts() && b.lines() > a.lines()
                            && cells.stream().noneMatch(c -> c.contacts() == a.contacts() && c.lines() > a.lines() && c.lines() < b.lines());
                    if (!alongContacts && !alongLines) {
                        continue;
                    }
                    Double ta = a.millis().get(f);
                    Double tb = b.millis().get(f);
                    if (ta == null || tb == null) {
                        continue;
                    }
                    double size = alongContacts ? (double) b.contacts() / a.contacts() : (double) b.lines() / a.lines();
                    double per10x = per10x(ta, tb, size);
                    Double ca = a.cpuMillis().get(f);
                    Double cb = b.cpuMillis().get(f);
                    double cpuPer10x = ca == null || cb == null ? Double.NaN : per10x(ca, cb, size);
                    out.add(alongContacts ? new Growth(f, "contacts", a.lines(), a.contacts(), b.contacts(), per10x, cpuPer10x)
                            : new Growth(f, "lines", a.contacts(), a.lines(), b.lines(), per10x, cpuPer10x));
                }
            }
        }
        return out;
    }

    private static double per10x(double small, double big, double size) {
        return Math.max(small, big) < NOISE_MS ? Double.NaN : Math.pow(big / Math.max(small, 1), 1 / Math.log10(size));
    }
}

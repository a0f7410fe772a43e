package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.segmenta.bench.Bench;
import org.segmenta.bench.BenchReport;
import org.segmenta.bench.Matrix;
import org.segmenta.bench.StartupBench;
import org.segmenta.core.merge.MergeService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: Segmenta's speed against plain SQL and JDBC on the same engine, on a fresh temporary database. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = { "Measure Segmenta against the raw engine on a fresh database in a temporary folder (deleted"
                + " afterwards): storing contacts, Add/Refine/Reduce, the live count, Log, the Word merge, opening a"
                + " segment and the heap. Prints a table (progress on stderr) and, with --json, writes the figures.",
                "The default sizes take several minutes and about 3 GB of temporary disk space." })
final class BenchCommand implements Callable<Integer> {

    private final Cli.Env env;

    @Option(names = "--contacts", paramLabel = "N", description = "contacts to generate and store (default: ${DEFAULT-VALUE})")
    int contacts = 1_000_000;

    @Option(names = "--lines", paramLabel = "N", description = "lines of the segment that is logged (default: ${DEFAULT-VALUE})")
    int lines = 100_000;

    @Option(names = "--letters", paramLabel = "N", description = "letters to merge (default: ${DEFAULT-VALUE})")
    int letters = 10_000;

    @Option(names = "--repeat", paramLabel = "N",
            description = "how often each step and Log are measured; the median is given (default: ${DEFAULT-VALUE})")
    int repeat = 3;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the figures to FILE as JSON")
    Path json;

    @Option(names = "--matrix", description = "also run the scale matrix: contacts {10,000; 100,000; 1,000,000} x segment"
            + " lines {1,000; 40,000; 300,000} for the live count, Add, Refine, Reduce, their undo, opening a segment"
            + " and Log, with how each figure grows per 10x more data")
    boolean matrix;

    @Option(names = "--matrix-only", description = "run the scale matrix only, not the figures above")
    boolean matrixOnly;

    @Option(names = "--matrix-max-contacts", paramLabel = "N",
            description = "leave out the matrix's contact sizes above N (default: ${DEFAULT-VALUE})")
    int matrixMaxContacts = 1_000_000;

    @Option(names = "--matrix-max-lines", paramLabel = "N",
            description = "leave out the matrix's segment sizes above N (default: ${DEFAULT-VALUE})")
    int matrixMaxLines = 300_000;

    @Option(names = "--matrix-contacts", paramLabel = "N,N...", split = ",",
            description = "the matrix's contact sizes instead of 10000,100000,1000000")
    int[] matrixContacts;

    @Option(names = "--matrix-lines", paramLabel = "N,N...", split = ",",
            description = "the matrix's segment sizes instead of 1000,40000,300000")
    int[] matrixLines;

    @Option(names = "--startup", description = "measure start-up only: a command line's start to exit (cliStart) and the"
            + " window's start to a usable window (startup; needs a display or xvfb-run), with the installed product")
    boolean startupOnly;

    @Option(names = "--import-only", description = "measure the importCsv figure only: a generated CSV of"
            + " min(--contacts, 100000) rows through the import service against the store's batch insert")
    boolean importOnly;

    @Option(names = "--no-startup", description = "leave the start-up figures out of a full run")
    boolean noStartup;

    @Option(names = "--keep", hidden = true, description = "keep the temporary folder (for looking into the databases)")
    boolean keep;

    BenchCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Bench.Sizes sizes;
        try {
            sizes = new Bench.Sizes(contacts, Math.min(lines, contacts), letters, repeat);
        } catch (IllegalArgumentException e) {
            env.err().println(NLS.bind(Messages.BenchCommand_segmentaCliBench, e.getMessage()));
            return Cli.USAGE;
        }
        int[] mc = Matrix.upTo(matrixContacts != null ? sorted(matrixContacts) : Matrix.CONTACTS, matrixMaxContacts);
        int[] ml = Matrix.upTo(matrixLines != null ? sorted(matrixLines) : Matrix.LINES, matrixMaxLines);
        if ((matrix || matrixOnly) && (mc.length == 0 || ml.length == 0 || mc[0] < 1 || ml[0] < 1
                || mc[mc.length - 1] > 9_999_999)) {
            env.err().println(Messages.BenchCommand_segmentaCliBenchTheMatrix);
            return Cli.USAGE;
        }
        MergeService merge = startupOnly || importOnly ? null : env.services().get(MergeService.class);
        Path folder = Files.createTempDirectory("segmenta-bench-");
        // Ctrl+C ends the JVM without the finally below: the temporary databases go then too
        Thread cleanUp = new Thread(() -> deleteQuietly(folder), Messages.BenchCommand_benchCleanUp);
        if (!keep) {
            Runtime.getRuntime().addShutdownHook(cleanUp);
        }
        long start = System.nanoTime();
        BenchReport report = null;
        Matrix.Result scale = null;
        try {
            if (importOnly) {
                report = Bench.importOnly(sizes, folder, env.err());
            } else if (!matrixOnly && !startupOnly) {
                report = Bench.run(sizes, merge, folder, env.err());
            }
            if (startupOnly || !matrixOnly && !noStartup && !importOnly) {
                report = startup(report, folder.resolve("startup"));
            }
            if (!startupOnly && !importOnly && (matrix || matrixOnly)) {
                scale = Matrix.run(Matrix.upTo(matrixContacts != null ? sorted(matrixContacts) : Matrix.CONTACTS, matrixMaxContacts),
                        Matrix.upTo(matrixLines != null ? sorted(matrixLines) : Matrix.LINES, matrixMaxLines), merge,
                        folder.resolve("matrix"), env.err());
            }
        } finally {
            if (keep) {
                env.err().println(NLS.bind(Messages.BenchCommand_benchKept, folder));
            } else {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
                delete(folder);
            }
        }
        env.err().printf(Messages.BenchCommand_benchDoneInDS, (System.nanoTime() - start) / 1_000_000_000L);
        if (report != null) {
            env.out().print(report.table());
            if (!report.missed().isEmpty()) {
                env.out().println(NLS.bind(Messages.BenchCommand_missedAimsSeeTheREADME, String.join(", ", report.missed().stream().map(f -> f.id()).toList())));
            }
        }
        if (scale != null) {
            env.out().println();
            env.out().println(Messages.BenchCommand_scaleMatrixMs);
            env.out().print(scale.table());
        }
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String text = report != null ? report.json() : "{\n}\n";
            if (scale != null) {
                int end = text.lastIndexOf('}');
                String head = text.substring(0, end).stripTrailing();
                text = head + (head.endsWith("{") ? "\n" : ",\n") + "  \"matrix\": " + scale.json("  ") + "\n}\n";
            }
            Files.writeString(json, text, StandardCharsets.UTF_8);
        }
        return Cli.OK;
    }

    /** Adds the start-up figures to the report (a report of their own when there is none), when installed. */
    private BenchReport startup(BenchReport report, Path folder) throws IOException, InterruptedException {
        Path script = StartupBench.script(installFolder());
        if (script == null) {
            env.err().println(NLS.bind(Messages.BenchCommand_benchStartUpNotMeasured, installFolder()));
            return report;
        }
        Files.createDirectories(folder);
        List<BenchReport.Figure> figures = new ArrayList<>(report == null ? List.of() : report.figures());
        figures.addAll(StartupBench.run(script, folder, env.err()));
        return report == null ? new BenchReport(0, 0, 0, 0, figures)
                : new BenchReport(report.contacts(), report.lines(), report.letters(), report.repetitions(), figures);
    }

    /** @return the installation folder of the running product (Equinox's eclipse.home.location), or null */
    private static Path installFolder() {
        String home = System.getProperty("eclipse.home.location", System.getProperty("osgi.install.area"));
        if (home == null) {
            return null;
        }
        try {
            return home.startsWith("file:") ? Path.of(new java.net.URL(home.replace(" ", "%20")).toURI()) : Path.of(home);
        } catch (java.net.MalformedURLException | java.net.URISyntaxException | IllegalArgumentException e) {
            return Path.of(home.substring("file:".length()));
        }
    }

    private static int[] sorted(int[] sizes) {
        return java.util.Arrays.stream(sizes).sorted().distinct().toArray();
    }

    private static void deleteQuietly(Path folder) {
        try {
            delete(folder);
        } catch (IOException e) {
            // the JVM is ending; a temporary folder left behind is all that happens
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

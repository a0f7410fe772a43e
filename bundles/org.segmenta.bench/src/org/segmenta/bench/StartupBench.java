package org.segmenta.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.segmenta.bench.BenchReport.Aim;
import org.segmenta.bench.BenchReport.Figure;

/**
 * Start-up of the installed product, measured from the outside as a user meets it: {@code cliStart}, the wall time of
 * a command that opens the database ({@code segmenta --data DIR cli contacts --limit 1}, from starting the script to
 * its exit), and {@code startup}, the time from starting {@code segmenta --data DIR} (the window) to a usable window:
 * the workbench has started, its parts are rendered and its event loop runs the next event (the application reports
 * that moment, counted from the start of its own process, when {@code -Dsegmenta.startup.report=FILE} is given, and
 * then closes). Both on an instance folder with the demo data, so the window opens on data and offers nothing.
 * <p>
 * The window needs a display: {@code $DISPLAY}, else a virtual one through {@code xvfb-run} when it is installed;
 * without either only {@code cliStart} is measured. Nothing here runs outside an installed product (the script
 * {@code segmenta} beside {@code plugins/}).
 */
public final class StartupBench {

    /** Aim of {@code cliStart} on a quiet machine, in ms (issue 15). */
    public static final double CLI_START_AIM_MS = 1_500;
    /** Aim of {@code startup} on a quiet machine, in ms (issue 15). */
    public static final double STARTUP_AIM_MS = 3_000;
    /** The system property that makes the window report when it is usable (a file path) and then close. */
    public static final String REPORT_PROPERTY = "segmenta.startup.report";

    private static final int CLI_RUNS = 5;
    private static final int WINDOW_RUNS = 3;
    private static final long TIMEOUT_S = 300;

    private final Path script;
    private final Path folder;
    private final PrintStream progress;

    private StartupBench(Path script, Path folder, PrintStream progress) {
        this.script = script;
        this.folder = folder;
        this.progress = progress;
    }

    /**
     * @param install the product's installation folder (where {@code segmenta} and {@code plugins/} are), or null
     * @return the start script of that installation, or null when there is none (a development or test run)
     */
    public static Path script(Path install) {
        if (install == null) {
            return null;
        }
        Path s = install.resolve("segmenta");
        return Files.isRegularFile(s) && Files.isExecutable(s) && Files.isDirectory(install.resolve("plugins")) ? s
                : null;
    }

    /**
     * Measures {@code cliStart} and (with a display) {@code startup}.
     *
     * @param script the installed product's start script ({@link #script(Path)})
     * @param folder an empty temporary folder for the instance folder; the caller deletes it
     * @param progress where progress goes
     * @return the figures, {@code cliStart} first
     * @throws IOException when a process cannot be started or its report not read
     * @throws InterruptedException when interrupted while waiting for a process
     */
    public static List<Figure> run(Path script, Path folder, PrintStream progress) throws IOException, InterruptedException {
        return new StartupBench(script, folder, progress).run();
    }

    private List<Figure> run() throws IOException, InterruptedException {
        Path data = folder.resolve("instance");
        progress.println("bench: start-up: the demo data into " + data + " (and, on Java 25+, the command line's AOT"
                + " cache trained first if it is not there yet)");
        int code = exec(List.of(script.toString(), "--data", data.toString(), "cli", "demo"), Map.of("SEGMENTA_AOT", "wait"));
        if (code != 0) {
            throw new IOException("'segmenta cli demo' exited with " + code + "; see " + folder.resolve("process.log"));
        }
        double[] cli = new double[CLI_RUNS];
        for (int i = 0; i < CLI_RUNS; i++) {
            long t0 = System.nanoTime();
            code = exec(List.of(script.toString(), "--data", data.toString(), "cli", "contacts", "--limit", "1"), Map.of());
            cli[i] = (System.nanoTime() - t0) / 1e6;
            if (code != 0) {
                throw new IOException("'segmenta cli contacts' exited with " + code + "; see " + folder.resolve("process.log"));
            }
        }
        double cliMs = Bench.median(cli);
        progress.printf("bench: command-line start (segmenta cli contacts --limit 1, start to exit): %s ms (median of %d:"
                + " %s; load average %s)%n", BenchReport.fmt(cliMs, 0), CLI_RUNS, times(cli), loadAverage());
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("cliStart", "command-line start: 'segmenta cli contacts --limit 1', start to exit", 0,
                cliMs, -1, cliMs, "ms", Aim.VALUE_AT_MOST, CLI_START_AIM_MS, List.<Object[]>of(new Object[] { "runsMs", cli })));

        List<String> display = displayPrefix();
        if (display == null) {
            progress.println("bench: start to a usable window not measured: no $DISPLAY and no xvfb-run");
            return figures;
        }
        double[] window = new double[WINDOW_RUNS];
        double[] uiCpu = new double[WINDOW_RUNS];
        double[] cpu = new double[WINDOW_RUNS];
        // the first start lays the workbench out from the application model (and, on Java 25+, the window's AOT cache
        // is trained first if it is not there yet); the ones measured restore it
        windowStart(display, data, true);
        for (int i = 0; i < WINDOW_RUNS; i++) {
            double[] r = windowStart(display, data, false);
            window[i] = r[0];
            uiCpu[i] = r[1];
            cpu[i] = r[2];
        }
        double windowMs = Bench.median(window);
        progress.printf("bench: start to a usable window (segmenta --data DIR%s): %s ms (median of %d: %s; CPU by then:"
                + " UI thread %s ms, process %s ms (medians); load average %s)%n", display.isEmpty() ? "" : ", under xvfb-run",
                BenchReport.fmt(windowMs, 0), WINDOW_RUNS, times(window), BenchReport.fmt(Bench.median(uiCpu), 0),
                BenchReport.fmt(Bench.median(cpu), 0), loadAverage());
        figures.add(new Figure("startup", "start to a usable window (workbench up, parts rendered, event loop running)", 0,
                windowMs, -1, windowMs, "ms", Aim.VALUE_AT_MOST, STARTUP_AIM_MS,
                List.<Object[]>of(new Object[] { "runsMs", window }, new Object[] { "uiThreadCpuMs", uiCpu },
                        new Object[] { "processCpuMs", cpu }, new Object[] { "virtualDisplay", !display.isEmpty() })));
        return figures;
    }

    /**
     * Starts the window, waits until it has reported and closed, and returns its report: the ms to a usable window, and
     * the CPU ms its UI thread and its whole process had used by then (-1 each when the window did not say).
     */
    private double[] windowStart(List<String> display, Path data, boolean first) throws IOException, InterruptedException {
        Path report = folder.resolve("startup.report");
        Files.deleteIfExists(report);
        List<String> command = new ArrayList<>(display);
        command.addAll(List.of(script.toString(), "--data", data.toString()));
        String vmargs = (System.getenv().getOrDefault("SEGMENTA_VMARGS", "") + " -D" + REPORT_PROPERTY + "=" + report).strip();
        int code = exec(command, first ? Map.of("SEGMENTA_VMARGS", vmargs, "SEGMENTA_AOT", "wait")
                : Map.of("SEGMENTA_VMARGS", vmargs));
        if (!Files.isRegularFile(report)) {
            throw new IOException("the window exited with " + code + " without reporting its start; see "
                    + folder.resolve("process.log") + " and " + data.resolve(".metadata/.log"));
        }
        String text = Files.readString(report, StandardCharsets.UTF_8).strip();
        return parseReport(text);
    }

    /**
     * @param text the window's start report: {@code startupMs=N}, then optionally {@code uiThreadCpuMs=N} and
     *        {@code processCpuMs=N} on lines of their own
     * @return the ms to a usable window, the UI thread's and the process's CPU ms by then (-1 when not given)
     * @throws IOException when the first line is not {@code startupMs=} and a number
     */
    static double[] parseReport(String text) throws IOException {
        double[] r = { Double.NaN, -1, -1 };
        String[] keys = { "startupMs", "uiThreadCpuMs", "processCpuMs" };
        String[] lines = text.strip().split("\\R");
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l].strip();
            int eq = line.indexOf('=');
            for (int k = 0; k < keys.length; k++) {
                if (eq > 0 && line.substring(0, eq).equals(keys[k]) && (k > 0 || l == 0)) {
                    try {
                        r[k] = Double.parseDouble(line.substring(eq + 1).strip());
                    } catch (NumberFormatException e) {
                        throw new IOException("the window's start report has no number of ms in '" + line + "': " + text, e);
                    }
                }
            }
        }
        if (Double.isNaN(r[0])) {
            throw new IOException("the window's start report does not begin with startupMs=: " + text);
        }
        return r;
    }

    /** @return nothing when there is a display, the xvfb-run words when there is none but xvfb-run, else null */
    private static List<String> displayPrefix() {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank() || System.getenv("WAYLAND_DISPLAY") != null) {
            return List.of();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, "xvfb-run");
            if (Files.isExecutable(p)) {
                return List.of(p.toString(), "-a", "-s", "-screen 0 1440x900x24");
            }
        }
        return null;
    }

    private int exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("process.log").toFile()));
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            throw new IOException(String.join(" ", command) + " did not end within " + TIMEOUT_S + " s");
        }
        return p.exitValue();
    }

    /** @return the 1-, 5- and 15-minute load averages (Linux), or "unknown"; start-up times are only as good as it */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String times(double[] ms) {
        return String.join(", ", Arrays.stream(ms).mapToObj(v -> BenchReport.fmt(v, 0)).toList());
    }
}

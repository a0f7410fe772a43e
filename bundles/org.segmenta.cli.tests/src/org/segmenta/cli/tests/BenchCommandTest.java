package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.segmenta.cli.internal.Cli;
import org.segmenta.cli.internal.OsgiServices;

/** {@code bench} on tiny sizes: it runs, prints the table and writes every figure; speed is never asserted. */
class BenchCommandTest {

    /** Each figure and the values it must carry, all positive. */
    private static final Map<String, List<String>> FIGURES = Map.of(
            "storeContacts", List.of("segmentaMs", "plainMs", "ratio"),
            "add", List.of("rows", "segmentaMs", "plainMs", "ratio"),
            "refine", List.of("rows", "segmentaMs", "plainMs", "ratio"),
            "reduce", List.of("rows", "segmentaMs", "plainMs", "ratio"),
            "liveCount", List.of("ms", "matches"),
            "log", List.of("rows", "segmentaMs", "plainMs", "ratio"),
            "merge", List.of("lettersPerSecond", "rezipsPerSecond", "mergeMs", "rezipMs", "ratio"),
            "firstPage", List.of("ms"),
            "delivery", List.of("messagesPerSecond", "deliveryMs"),
            "heap", List.of("mb", "peakMbWhileLoading"));

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final OsgiServices services = new OsgiServices(
            FrameworkUtil.getBundle(BenchCommandTest.class).getBundleContext(), 10_000);

    @AfterEach
    void close() {
        services.close();
    }

    private int run(String... args) {
        return Cli.run(services, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    @Test
    void aTinyBenchPrintsTheTableAndWritesEveryFigure() throws Exception {
        Path json = dir.resolve("figures/bench.json");
        int code = run("bench", "--contacts", "1000", "--lines", "500", "--letters", "50", "--repeat", "1", "--json",
                json.toString());
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.OK, code, stderr);
        assertTrue(stderr.contains("bench: storing 1,000 contacts"), "progress on stderr: " + stderr);
        String table = out.toString(StandardCharsets.UTF_8);
        for (String caption : List.of("store 1,000 contacts", "Add", "Refine", "Reduce", "live count", "Log 500 lines",
                "Word merge: 50", "E-mail delivery: 50", "open a segment", "heap after loading")) {
            assertTrue(table.contains(caption), caption + " in the table:\n" + table);
        }
        String text = Files.readString(json);
        assertTrue(text.contains("\"contacts\": 1000,"), text);
        for (Map.Entry<String, List<String>> figure : FIGURES.entrySet()) {
            Matcher m = Pattern.compile("\"" + figure.getKey() + "\": \\{([^}]*)\\}").matcher(text);
            assertTrue(m.find(), figure.getKey() + " in " + text);
            String body = m.group(1);
            for (String field : figure.getValue()) {
                Matcher v = Pattern.compile("\"" + field + "\": ([-0-9.eE]+)").matcher(body);
                assertTrue(v.find(), figure.getKey() + "." + field + " in " + body);
                assertTrue(Double.parseDouble(v.group(1)) > 0, figure.getKey() + "." + field + " positive: " + body);
            }
        }
    }

    @Test
    void aTinyMatrixMeasuresEveryActionOnEachSizeAndSaysHowItGrows() throws Exception {
        Path json = dir.resolve("matrix.json");
        int code = run("bench", "--matrix-only", "--matrix-contacts", "1000,500", "--matrix-lines", "100,400", "--json",
                json.toString());
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.OK, code, stderr);
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("Scale matrix"), table);
        assertTrue(table.contains("Growth per 10x"), table);
        String text = Files.readString(json);
        // 500 and 1,000 contacts, each with segments of 100 and 400 lines
        Matcher cells = Pattern.compile("\\{\"contacts\": (\\d+), \"lines\": (\\d+)([^}]*)\\}").matcher(text);
        List<String> sizes = new java.util.ArrayList<>();
        while (cells.find()) {
            sizes.add(cells.group(1) + "x" + cells.group(2));
            for (String figure : List.of("liveCount", "add", "undoAdd", "refine", "undoRefine", "reduce", "undoReduce",
                    "open", "log")) {
                assertTrue(cells.group(3).contains("\"" + figure + "Ms\": "), figure + " in " + cells.group());
            }
        }
        assertEquals(List.of("500x100", "500x400", "1000x100", "1000x400"), sizes, text);
        // each figure grows along contacts (at 100 and 400 lines) and along lines (at 500 and 1,000 contacts)
        Matcher growth = Pattern.compile("\"figure\": \"log\", \"along\": \"(contacts|lines)\"").matcher(text);
        int n = 0;
        while (growth.find()) {
            n++;
        }
        assertEquals(4, n, text);
        assertTrue(text.contains("\"cliffs\": "), text);
    }

    @Test
    void badSizesAreBadUsage() {
        assertEquals(Cli.USAGE, run("bench", "--contacts", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--contacts must be 1 to"), err.toString());
    }
}

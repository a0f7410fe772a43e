package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.segmenta.cli.internal.Cli;
import org.segmenta.cli.internal.OsgiServices;

/** The command line over the real services of the running framework: help, usage errors, exit codes. */
class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final OsgiServices services = new OsgiServices(FrameworkUtil.getBundle(CliTest.class).getBundleContext(),
            10_000);

    @AfterEach
    void close() {
        services.close();
    }

    private int run(String... args) {
        return Cli.run(services, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsTheBuildOfTheRunningCore() {
        assertEquals(Cli.OK, run("version"));
        String bundleVersion = FrameworkUtil.getBundle(org.segmenta.core.ProductInfo.class).getVersion().toString();
        assertEquals("Segmenta " + bundleVersion, out().strip());
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out().contains("Usage: segmenta cli"), out());
        assertTrue(out().contains("version"), out());
        assertTrue(out().contains("Exit codes: 0 success, 1 failure"), out());
        out.reset();
        assertEquals(Cli.OK, run("version", "--help"));
        assertTrue(out().contains("Usage: segmenta cli version"), out());
    }

    @Test
    void helpListsEveryCommandThoughARunBuildsOnlyItsOwn() {
        // a command line builds only the command it names; the help, a missing and a misspelt command need them all
        assertEquals(Cli.OK, run("--help"));
        for (String command : new String[] { "version", "demo", "import", "contacts", "contact", "segment", "merge", "log",
                "logged", "interactions", "deliver", "export", "setup", "bench", "shell", "backup", "preferences", "update",
                "licences" }) {
            assertTrue(out().contains("\n  " + command + " "), command + " in\n" + out());
        }
        out.reset();
        assertEquals(Cli.OK, run("segment", "add", "--help"));
        assertTrue(out().contains("Usage: segmenta cli segment add"), out());
        assertTrue(out().contains("Criteria sources and their fields"), "the criteria sources in the help of segment add: " + out());
        assertEquals(Cli.USAGE, run("segmnet"));
        assertTrue(err().contains("segment"), "picocli's suggestion: " + err());
    }

    @Test
    void noCommandIsBadUsage() {
        assertEquals(Cli.USAGE, run());
        assertTrue(err().contains("Usage: segmenta cli"), err());
    }

    @Test
    void anUnknownCommandIsBadUsageWithAHint() {
        assertEquals(Cli.USAGE, run("frobnicate"));
        assertTrue(err().startsWith("segmenta cli: Unmatched argument at index 0: 'frobnicate'"), err());
        assertTrue(err().contains("Run 'segmenta cli --help' for its usage."), err());
    }
}

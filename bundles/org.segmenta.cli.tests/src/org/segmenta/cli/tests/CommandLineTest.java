package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.cli.internal.CommandLine;
import org.segmenta.core.ProductInfo;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        ProductInfo info = new ProductInfo() {
            @Override
            public String name() {
                return "Segmenta";
            }

            @Override
            public String version() {
                return "1.2.3";
            }

            @Override
            public String buildVersion() {
                return "1.2.3.v20261129-1200";
            }
        };
        return new CommandLine(info, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    @Test
    void versionPrintsNameAndBuild() {
        assertEquals(CommandLine.OK, run("version"));
        assertEquals("Segmenta 1.2.3.v20261129-1200", out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void helpGoesToStdoutAndSucceeds() {
        assertEquals(CommandLine.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: ./segmenta cli"));
    }

    @Test
    void noCommandIsBadUsage() {
        assertEquals(CommandLine.USAGE, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage:"));
    }

    @Test
    void anUnknownCommandIsBadUsageWithAOneLineCause() {
        assertEquals(CommandLine.USAGE, run("frobnicate"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.strip().lines().count(), e);
        assertTrue(e.contains("'frobnicate'"), e);
    }
}

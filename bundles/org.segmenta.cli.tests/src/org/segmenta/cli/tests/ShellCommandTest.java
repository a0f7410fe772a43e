package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.internal.Cli;
import org.segmenta.cli.internal.ShellWords;

/**
 * {@code segmenta cli shell}: many commands from standard input in one program, each parsed and run as on its own
 * (same output, same exit codes), a failure reported with its line and not ending the shell unless asked.
 */
class ShellCommandTest {

    @TempDir
    Path tmp;

    private DirectServices services;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private int shell(String input, String... options) {
        services = services != null ? services : new DirectServices(tmp);
        out.reset();
        err.reset();
        String[] args = new String[options.length + 1];
        args[0] = "shell";
        System.arraycopy(options, 0, args, 1, options.length);
        return Cli.run(services, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsEveryLineAsTheCommandWouldRunAlone() {
        String script = """
                # the demo data, then a segment built in the same program
                demo

                segment new --description "Shell's segment" --template LETTER --salesperson AB
                segment add SEG00002 --filter 'contact.countryRegionCode=GB' --filter "contact.type=Person"
                segment show SEG00002 --json
                """;
        assertEquals(Cli.OK, shell(script), err());
        assertTrue(out().contains("SEG00002"), out());
        assertTrue(out().contains("Shell's segment"), out());
        assertEquals("", err().replaceAll("(?m)^(Loading|Loaded|Demo).*\\R", ""), err());

        // the same segment, seen by a command on its own
        Console alone = new Console(services);
        assertEquals(Cli.OK, alone.run("segment", "show", "SEG00002"), alone.both());
        assertTrue(alone.out().contains("Shell's segment"), alone.out());
    }

    @Test
    void aFailureIsReportedWithItsLineAndTheNextLineRuns() {
        String script = String.join("\n", "demo", "segment show SEG99999", "segment add --filter nodot=1",
                "setup salesperson show AB");
        int code = shell(script);
        // the last failure is the usage error of line 3: exit code 2
        assertEquals(Cli.USAGE, code, err());
        assertTrue(err().contains("line 2 exited with 1; going on."), err());
        assertTrue(err().contains("line 3 exited with 2; going on."), err());
        // line 4 still ran
        assertTrue(out().contains("AB"), out());
    }

    @Test
    void exitOnErrorStopsAtTheFirstFailureWithItsCode() {
        int code = shell(String.join("\n", "segment show SEG99999", "contacts --limit 1"), "--exit-on-error");
        assertEquals(Cli.FAILED, code, err());
        assertTrue(err().contains("line 1 exited with 1; stopping (--exit-on-error)."), err());
        assertFalse((out() + err()).contains("No contacts match."), out() + err());
    }

    @Test
    void exitEndsTheInputAndAnUnclosedQuoteIsBadUsageOfItsLine() {
        assertEquals(Cli.USAGE,
                shell("contacts --limit 1\nsegment new --description \"open\nexit\ncontacts --limit 1\n"), err());
        assertTrue(err().contains("The quote \" at column 27 is not closed"), err());
        assertTrue(err().contains("line 2 exited with 2"), err());
        // line 1 ran, line 4 did not
        assertEquals(1, (out() + err()).lines().filter(l -> l.equals("No contacts match.")).count(), out() + err());
        assertEquals(Cli.USAGE, shell("shell\n"), err());
        assertTrue(err().contains("'shell' cannot run inside the shell."), err());
    }

    @Test
    void wordsAreSplitAsAPosixShellSplitsThem() {
        assertEquals(List.of("segment", "add", "SEG1", "--filter", "contact.city=Aarhus|Odense"),
                ShellWords.split("segment add SEG1 --filter contact.city=Aarhus|Odense"));
        assertEquals(List.of("a b", "c\"d", "e'f", "g h", "", "$x"),
                ShellWords.split("'a b' \"c\\\"d\" \"e'f\" g\\ h '' \"\\$x\""));
        assertEquals(List.of("contact.salespersonCode=''"), ShellWords.split("\"contact.salespersonCode=''\""));
        assertEquals(List.of(), ShellWords.split("   "));
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("a 'b"));
    }
}

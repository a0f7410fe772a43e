package org.segmenta.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.segmenta.cli.internal.Cli;
import org.segmenta.cli.internal.Services;

/** Runs command lines through {@link Cli#run} and keeps the last one's stdout and stderr. */
final class Console {

    private final Services services;
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    Console(Services services) {
        this.services = services;
    }

    /** @param args the words after {@code ./segmenta cli} @return the exit code */
    int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return Cli.run(services, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** @return stdout and stderr, for assertion messages */
    String both() {
        return "--- stdout:\n" + out() + "--- stderr:\n" + err();
    }
}

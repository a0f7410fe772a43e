package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.internal.Cli;

/**
 * The set-up every command-line test over its own database shares: a fresh Derby database in the test's temporary
 * folder ({@link DirectServices}, the real services with a fixed "today"), a {@link Console} that runs command lines
 * against it, and {@link #ok} for a command that must succeed. A test class extends it and runs its commands through
 * {@link #cli}; its own {@code @BeforeEach} methods run after the database is open.
 */
abstract class CommandLineFixture {

    /** The test's folder: the database lives in it, and a test writes its files (letters, exports) there. */
    @TempDir
    Path tmp;

    /** The services the command line calls (the database opens on the first one asked for). */
    DirectServices services;

    /** Runs command lines and keeps the last one's output. */
    Console cli;

    @BeforeEach
    final void openCommandLine() {
        services = new DirectServices(tmp);
        cli = new Console(services);
    }

    @AfterEach
    final void closeCommandLine() {
        services.close();
    }

    /**
     * Runs a command line that must succeed.
     *
     * @param args the words after {@code ./segmenta cli}
     * @throws org.opentest4j.AssertionFailedError when it exits with another code than {@link Cli#OK}, with the
     *         command line and its output
     */
    void ok(String... args) {
        assertEquals(Cli.OK, cli.run(args), String.join(" ", args) + "\n" + cli.both());
    }
}

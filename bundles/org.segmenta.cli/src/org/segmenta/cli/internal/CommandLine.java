package org.segmenta.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.segmenta.core.ProductInfo;

/**
 * The {@code ./segmenta cli} commands, independent of the OSGi application that hosts them so that tests
 * run them directly. Exit codes: 0 success, 1 failure (one-line cause on stderr), 2 bad usage.
 */
public final class CommandLine {

    /** Exit code of a command that did its work. */
    public static final int OK = 0;
    /** Exit code of a command that failed; stderr carries a one-line cause. */
    public static final int FAILED = 1;
    /** Exit code of a call whose words are wrong; stderr says what is expected. */
    public static final int USAGE = 2;

    private final ProductInfo product;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param product what is running, for {@code version}
     * @param out where results go
     * @param err where errors and usage hints go
     */
    public CommandLine(ProductInfo product, PrintStream out, PrintStream err) {
        this.product = product;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs one command.
     *
     * @param args the words after {@code ./segmenta cli}, for example {@code ["version"]}
     * @return the exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     */
    public int run(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
            printHelp(args.isEmpty() ? err : out);
            return args.isEmpty() ? USAGE : OK;
        }
        String command = args.get(0);
        switch (command) {
        case "version", "--version":
            out.println(product.name() + " " + product.buildVersion());
            return OK;
        default:
            err.println("segmenta cli: unknown command '" + command + "'. Run './segmenta cli --help' for the list.");
            return USAGE;
        }
    }

    private void printHelp(PrintStream to) {
        to.println("Usage: ./segmenta cli [--data DIR] <command> [options]");
        to.println();
        to.println("Commands:");
        to.println("  version     print the product name and build version");
        to.println("  help        print this help");
        to.println();
        to.println("--data DIR chooses the instance folder (default ~/.segmenta/workspace), as for the window.");
    }
}

package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.lang.reflect.Constructor;

import java.util.ArrayList;
import java.util.List;

import org.segmenta.core.criteria.BuiltInCriteriaSources;
import org.segmenta.core.criteria.CriteriaField;
import org.segmenta.core.criteria.CriteriaSource;
import org.segmenta.core.criteria.FilterSyntaxException;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The {@code ./segmenta cli} commands, independent of the OSGi application that hosts them so that tests run
 * them directly. Parsing, help and usage errors are picocli's. Exit codes: {@link #OK} success, {@link #FAILED}
 * failure with a one-line cause on stderr, {@link #USAGE} bad usage with a hint on stderr.
 */
public final class Cli {

    /** Exit code of a command that did its work. */
    public static final int OK = 0;
    /** Exit code of a command that failed; stderr carries a one-line cause. */
    public static final int FAILED = 1;
    /** Exit code of a call whose words are wrong; stderr says what is expected. */
    public static final int USAGE = 2;

    private Cli() {
    }

    /**
     * What every command gets: the services, where to read (only {@code shell} reads its standard input) and where to
     * write.
     */
    public record Env(Services services, InputStream in, PrintStream out, PrintStream err) {
    }

    /**
     * Runs one command line.
     *
     * @param services where the commands find the services
     * @param out where results go
     * @param err where errors and usage hints go
     * @param args the words after {@code ./segmenta cli}, for example {@code segment new --description "Mailing"}
     * @return the exit code
     */
    public static int run(Services services, PrintStream out, PrintStream err, String... args) {
        return run(services, InputStream.nullInputStream(), out, err, args);
    }

    /**
     * Runs one command line that may read standard input ({@code shell} does).
     *
     * @param services where the commands find the services
     * @param in the standard input
     * @param out where results go
     * @param err where errors and usage hints go
     * @param args the words after {@code ./segmenta cli}
     * @return the exit code
     */
    public static int run(Services services, InputStream in, PrintStream out, PrintStream err, String... args) {
        Env env = new Env(services, in, out, err);
        IFactory factory = factory(env);
        CommandLine cli = new CommandLine(new RootCommand(), factory);
        // before the settings below, which reach the subcommands there are
        for (Class<?> c : RootCommand.needed(args)) {
            cli.addSubcommand(new CommandLine(c, factory));
        }
        // wide enough that paths and filter examples in the help are not broken across lines
        cli.setUsageHelpWidth(140);
        // the help in the user's language: help_de.properties under a German locale, else the annotations' English
        cli.setResourceBundle(ResourceBundle.getBundle("org.segmenta.cli.internal.help", Locale.getDefault(),
                Cli.class.getClassLoader()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        describeCriteriaSources(cli.getSubcommands().get("segment"));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println(NLS.bind(Messages.Cli_segmentaCli, e.getMessage()));
            if (e instanceof CommandLine.UnmatchedArgumentException u) {
                // "Did you mean: segment add?" -- picocli's nearest commands and options
                CommandLine.UnmatchedArgumentException.printSuggestions(u, new PrintWriter(err, true));
            }
            err.println(NLS.bind(Messages.Cli_runHelpForItsUsage, e.getCommandLine().getCommandSpec().qualifiedName(" ")));
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            err.println(NLS.bind(Messages.Cli_segmentaCli, oneLine(e)));
            if (e instanceof Commands.BadUsage || e instanceof FilterSyntaxException) {
                err.println(NLS.bind(Messages.Cli_runHelpForItsUsage, c.getCommandSpec().qualifiedName(" ")));
                return USAGE;
            }
            return FAILED;
        });
        if (args.length == 0) {
            cli.usage(err);
            return USAGE;
        }
        return cli.execute(args);
    }

    /**
     * Lists the built-in criteria sources and their fields in the help of {@code segment add|reduce|refine}, from
     * the sources themselves, so that the help never lists a field that does not exist.
     */
    private static void describeCriteriaSources(CommandLine segment) {
        if (segment == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(Messages.Cli_criteriaSourcesAndTheirFields);
        for (CriteriaSource s : BuiltInCriteriaSources.all()) {
            lines.add("  " + s.id() + " (" + s.label() + "): "
                    + String.join(", ", s.fields().stream().map(CriteriaField::id).toList()));
        }
        for (String step : List.of("add", "reduce", "refine")) {
            CommandLine c = segment.getSubcommands().get(step);
            if (c != null) {
                List<String> footer = new ArrayList<>(List.of(c.getCommandSpec().usageMessage().footer()));
                footer.addAll(lines);
                c.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
            }
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName() + (e.getCause() != null ? ": " + oneLine(e.getCause()) : "");
        }
        return m.replace('\n', ' ').strip();
    }

    private static IFactory factory(Env env) {
        IFactory fallback = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                for (Constructor<?> c : type.getDeclaredConstructors()) {
                    if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Env.class) {
                        c.setAccessible(true);
                        return type.cast(c.newInstance(env));
                    }
                }
                return fallback.create(type);
            }
        };
    }
}

package org.segmenta.cli.internal;

import java.util.List;

import picocli.CommandLine.Command;

/**
 * {@code ./segmenta cli}: the headless command line over Segmenta's services. Its subcommands are {@link #SUBCOMMANDS};
 * {@link Cli#run} adds them (all of them, or only the one a command line names: picocli reads every option of every
 * command it is given, about a sixth of a short command's start).
 */
@Command(name = "segmenta cli", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Segmenta's headless command line: the same services as the window, for scripts.%n"
                + "Put --data DIR before 'cli' to choose the instance folder (default ~/.segmenta/workspace).",
        footer = { "", "Exit codes: 0 success, 1 failure (one-line cause on stderr), 2 bad usage.",
                "Every command has --help; commands that print data have --json.",
                "Output for machines (--json, CSV, Excel, vCard) is the same in every language: dates as yyyy-MM-dd,",
                "numbers without grouping and with a dot for decimals; messages and help follow the locale (-nl de)." })
final class RootCommand implements Runnable {

    /** The commands, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(VersionCommand.class, DemoCommand.class, ImportCommand.class,
            ContactsCommand.class, ContactCommand.class, SegmentCommand.class, MergeCommand.class, LogCommand.class,
            LoggedCommand.class, InteractionsCommand.class, DeliverCommand.class, ExportCommand.class, SetupCommand.class,
            BenchCommand.class, ShellCommand.class, BackupCommand.class, PreferencesCommand.class, UpdateCommand.class,
            LicencesCommand.class);

    /**
     * @param args a command line's words
     * @return the commands it needs: only the one its first word names, or all of them when that word is an option,
     *         missing or not a command's name (the usage and picocli's "did you mean" list them all)
     */
    static List<Class<?>> needed(String... args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            for (Class<?> c : SUBCOMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(c);
                }
            }
        }
        return SUBCOMMANDS;
    }

    @Override
    public void run() {
        // 'cli' alone: the caller prints the usage
    }
}

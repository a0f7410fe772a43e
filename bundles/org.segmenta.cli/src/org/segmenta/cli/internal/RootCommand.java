package org.segmenta.cli.internal;

import picocli.CommandLine.Command;

/** {@code ./segmenta cli}: the headless command line over Segmenta's services. */
@Command(name = "segmenta cli", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Segmenta's headless command line: the same services as the window, for scripts.%n"
                + "Put --data DIR before 'cli' to choose the instance folder (default ~/.segmenta/workspace).",
        subcommands = { VersionCommand.class, DemoCommand.class, ImportCommand.class, ContactsCommand.class, ContactCommand.class,
                SegmentCommand.class, MergeCommand.class, LogCommand.class, LoggedCommand.class, InteractionsCommand.class, DeliverCommand.class,
                ExportCommand.class, SetupCommand.class, BenchCommand.class, ShellCommand.class, BackupCommand.class,
                PreferencesCommand.class, UpdateCommand.class, LicencesCommand.class },
        footer = { "", "Exit codes: 0 success, 1 failure (one-line cause on stderr), 2 bad usage.",
                "Every command has --help; commands that print data have --json.",
                "Output for machines (--json, CSV, Excel, vCard) is the same in every language: dates as yyyy-MM-dd,",
                "numbers without grouping and with a dot for decimals; messages and help follow the locale (-nl de)." })
final class RootCommand implements Runnable {

    @Override
    public void run() {
        // 'cli' alone: the caller prints the usage
    }
}

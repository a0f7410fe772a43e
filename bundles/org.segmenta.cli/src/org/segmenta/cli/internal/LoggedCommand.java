package org.segmenta.cli.internal;

import org.segmenta.core.format.Formats;
import org.eclipse.osgi.util.NLS;
import java.util.concurrent.Callable;

import org.segmenta.core.interaction.InteractionService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code logged}: lists logged segments; {@code logged cancel|uncancel ENTRY}. */
@Command(name = "logged", mixinStandardHelpOptions = true, description = "List logged segments, newest first, "
        + "with their number of interactions.", subcommands = { LoggedCommand.Cancel.class, LoggedCommand.Uncancel.class })
final class LoggedCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;
    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N (default ${DEFAULT-VALUE}).")
    int offset;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N (default ${DEFAULT-VALUE}).")
    int limit;

    LoggedCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Commands.checkPage(offset, limit);
        new Output(env, json).rows(env.services().get(InteractionService.class).loggedSegments(offset, limit).stream()
                .map(Rows::logged).toList(), Messages.LoggedCommand_noLoggedSegments);
        return Cli.OK;
    }

    /** Cancel and uncancel share this. */
    abstract static class SetCanceled implements Callable<Integer> {
        final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "ENTRY", descriptionKey = "param.entry", description = "The logged segment's entry No.")
        long entry;

        SetCanceled(Cli.Env env) {
            this.env = env;
        }

        abstract boolean canceled();

        @Override
        public Integer call() {
            int changed = env.services().get(InteractionService.class).setLoggedSegmentCanceled(entry, canceled());
            new Output(env, json).result(Output.map("entry", entry, "canceled", canceled(), "interactions", changed),
                    NLS.bind(Messages.LoggedCommand_loggedSegmentWith, entry, (canceled() ? Messages.LoggedCommand_canceled : Messages.LoggedCommand_uncanceled), Formats.count(changed), (changed == 1 ? Messages.LoggedCommand_interaction : Messages.LoggedCommand_interactions)));
            return Cli.OK;
        }
    }

    /** {@code logged cancel} */
    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a logged segment and all its interactions.")
    static final class Cancel extends SetCanceled {
        Cancel(Cli.Env env) {
            super(env);
        }

        @Override
        boolean canceled() {
            return true;
        }
    }

    /** {@code logged uncancel} */
    @Command(name = "uncancel", mixinStandardHelpOptions = true, description = "Uncancel a logged segment and all its interactions.")
    static final class Uncancel extends SetCanceled {
        Uncancel(Cli.Env env) {
            super(env);
        }

        @Override
        boolean canceled() {
            return false;
        }
    }
}

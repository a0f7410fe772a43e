package org.segmenta.cli.internal;

import java.util.concurrent.Callable;

import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.store.InteractionLogQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code interactions}: the interaction log. */
@Command(name = "interactions", mixinStandardHelpOptions = true, description = "List interaction log entries, "
        + "newest first, filtered by segment, logged segment or contact.")
final class InteractionsCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;
    @Option(names = "--segment", paramLabel = "SEGMENT", description = "Only entries logged from this segment No.")
    String segment;
    @Option(names = "--logged", paramLabel = "ENTRY", description = "Only entries of this logged segment.")
    Long logged;
    @Option(names = "--contact", paramLabel = "CONTACT", description = "Only entries of this contact No.")
    String contact;
    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N (default ${DEFAULT-VALUE}).")
    int offset;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N (default ${DEFAULT-VALUE}).")
    int limit;

    InteractionsCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Commands.checkPage(offset, limit);
        InteractionLogQuery q = InteractionLogQuery.all().withSegmentNo(segment).withLoggedSegmentEntryNo(logged)
                .withContactNo(contact).page(offset, limit);
        new Output(env, json).rows(env.services().get(InteractionService.class).entries(q).stream().map(Rows::entry)
                .toList(), "No interaction log entries match.");
        return Cli.OK;
    }
}

package org.segmenta.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.OutboxItem;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.model.InteractionLogEntry;

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
        List<InteractionLogEntry> entries = env.services().get(InteractionService.class).entries(q);
        Map<Long, OutboxItem> outbox = entries.isEmpty() ? Map.of()
                : env.services().get(DeliveryService.class).status(entries.stream().map(InteractionLogEntry::getEntryNo).toList());
        Output out = new Output(env, json);
        new Output(env, json).rows(entries.stream().map(e -> {
            Map<String, Object> row = Rows.entry(e);
            OutboxItem item = outbox.get(e.getEntryNo());
            String reason = item == null || item.reason() == null ? null : item.reason();
            row.put("delivery", item == null ? e.getDeliveryStatus().getLiteral().replace("None", "")
                    : DeliverCommand.state(item.state()));
            row.put("deliveryNote", reason == null || out.json() || reason.length() <= 60 ? reason
                    : reason.substring(0, 57) + "...");
            return row;
        }).toList(), "No interaction log entries match.");
        return Cli.OK;
    }
}

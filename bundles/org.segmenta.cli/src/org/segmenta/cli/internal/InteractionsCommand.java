package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.OutboxItem;
import org.segmenta.core.format.Formats;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.model.InteractionLogEntry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interactions}: the interaction log. */
@Command(name = "interactions", mixinStandardHelpOptions = true, description = "List interaction log entries, "
        + "newest first, filtered by segment, logged segment or contact; 'interactions document ENTRY --out FILE' "
        + "saves the letter stored with an entry.", subcommands = InteractionsCommand.Document.class)
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
        }).toList(), Messages.InteractionsCommand_noInteractionLogEntriesMatch);
        return Cli.OK;
    }

    /** {@code interactions document} */
    @Command(name = "document", mixinStandardHelpOptions = true, description = "Save the document stored with an "
            + "interaction log entry (the very letter the contact got) to a file.")
    static final class Document implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Parameters(index = "0", paramLabel = "ENTRY", descriptionKey = "param.entry", description = "The entry No. (see 'interactions').")
        long entry;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced when it exists).")
        Path out;

        Document(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() throws IOException {
            Path target = out.toAbsolutePath();
            Path dir = target.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            // written beside the target and moved into place, so a failure leaves no half file
            Path tmp = Files.createTempFile(dir, ".segmenta-", ".part");
            long bytes;
            try {
                try (InputStream in = env.services().get(InteractionService.class).openDocument(entry);
                        OutputStream o = Files.newOutputStream(tmp)) {
                    bytes = in.transferTo(o);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            new Output(env, json).result(Output.map("entry", entry, "file", target, "bytes", bytes),
                    NLS.bind(Messages.InteractionsCommand_savedTheDocumentOfInteraction, entry, target,
                            Formats.plural(bytes, Messages.Count_byteOne, Messages.Count_byteOther)));
            return Cli.OK;
        }
    }
}

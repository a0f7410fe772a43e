package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.util.concurrent.Callable;

import org.segmenta.core.delivery.DeliveryReport;
import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.format.Formats;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogRefusedException;
import org.segmenta.core.interaction.LogResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code log}: logs a segment. */
@Command(name = "log", mixinStandardHelpOptions = true, description = {
        "Log a segment in one transaction: one interaction log entry per line, a logged segment, and with --send the "
                + "merged letter of each line stored with its entry. The open segment is removed.",
        "Refused (exit 1, nothing written) when validation finds errors; see 'segment validate'." })
final class LogCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;
    @Parameters(index = "0", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No.")
    String segment;
    @Option(names = "--send", description = "Deliver the documents: merge and store each line's letter with its entry, "
            + "queue each Email and Hard Copy entry, and deliver them right after Log (see 'deliver').")
    boolean send;
    @Option(names = "--no-deliver", description = "With --send: only queue the deliveries; run 'deliver' later.")
    boolean noDeliver;
    @Mixin
    DeliveryOptions delivery;
    @Option(names = "--follow-up", description = "Create a follow-up segment with the same contacts.")
    boolean followUp;
    @Option(names = "--user", paramLabel = "USER", description = "Who logs (default: the login name, ${sys:user.name}).")
    String user;

    LogCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        SegmentCommand.require(env, segment);
        String who = user != null ? user : System.getProperty("user.name", "");
        boolean deliver = send && !noDeliver;
        LogOptions options = new LogOptions(send, followUp, who);
        LogResult r;
        org.segmenta.core.interaction.LogAndDelivery done = null;
        // the service's progress (the letters counted, then the delivery's entries) on stderr as import's
        StderrProgress progress = new StderrProgress(env, NLS.bind(Messages.LogCommand_progressLabel, segment));
        try {
            InteractionService interactions = env.services().get(InteractionService.class);
            if (deliver) {
                // one service call: Log, then (committed) the delivery of what it put into the outbox
                done = interactions.logAndDeliver(segment, options, env.services().get(DeliveryService.class),
                        () -> delivery.settings(env), progress);
                r = done.log();
            } else {
                r = interactions.log(segment, options, progress);
            }
        } catch (LogRefusedException e) {
            Rows.groupText(org.segmenta.core.interaction.FindingGroup.of(e.problems().stream()
                    .filter(p -> p.severity() == org.segmenta.core.interaction.LogProblem.Severity.ERROR).toList()), false)
                    .forEach(env.out()::println);
            throw e;
        }
        Rows.groupText(org.segmenta.core.interaction.FindingGroup.of(r.warnings()), false).forEach(env.err()::println);
        Output out = new Output(env, json);
        java.util.Map<String, Object> result = Output.map("segment", segment, "loggedSegment", r.loggedSegmentEntryNo(),
                "entries", r.entries(), "documents", r.documents(), "followUp", r.followUpSegmentNo(), "warnings",
                Rows.problems(r.warnings()));
        String text = Messages.LogCommand_segmentSLoggedAsLogged.formatted(segment,
                r.loggedSegmentEntryNo(), Formats.plural(r.entries(), Messages.Count_interactionOne, Messages.Count_interactionOther),
                Formats.plural(r.documents(), Messages.Count_documentOne, Messages.Count_documentOther),
                r.followUpSegmentNo() == null ? "" : NLS.bind(Messages.LogCommand_followUpSegment, r.followUpSegmentNo()));
        if (done == null) {
            out.result(result, text);
            return Cli.OK;
        }
        // Log has committed; delivery runs from the outbox, so a failure here loses nothing ('deliver' resumes it)
        if (done.deliveryFailure() != null) {
            out.result(result, text);
            env.err().println(NLS.bind(Messages.LogCommand_loggedButNotDeliveredThe, segment));
            throw done.deliveryFailure();
        }
        DeliveryReport d = done.delivery();
        result.put("delivery", DeliveryOptions.report(d));
        if (!out.json()) {
            DeliveryOptions.notes(env, d);
        }
        out.result(result, NLS.bind(Messages.LogCommand_delivery, text, System.lineSeparator(), d.summary()));
        return d.failed() > 0 ? Cli.FAILED : Cli.OK;
    }
}

package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segmenta.core.delivery.DeliveryReport;
import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.core.delivery.OutboxState;
import org.segmenta.core.format.Formats;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.model.LoggedSegment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deliver}: delivers what Log with Send queued; {@code deliver settings}, {@code deliver test}. */
@Command(name = "deliver", mixinStandardHelpOptions = true, description = {
        "Deliver what 'log --send' queued: each Email entry as one message through the SMTP server, the Hard Copy "
                + "letters as one print document (a PDF too when LibreOffice is installed).",
        "Each entry is sent at most once: it is marked sending with its Message-ID before it goes out and sent right "
                + "after the server accepted it; a run that was killed leaves at most that one entry 'uncertain', "
                + "which is only sent again with --resend-failed --include-uncertain.",
        "Without SEGMENT or --logged: every pending entry (what a crashed run or a run without a server left)." },
        subcommands = { DeliverCommand.Settings.class, DeliverCommand.Test.class })
final class DeliverCommand implements Callable<Integer> {

    private final Cli.Env env;
    @Mixin
    Output.JsonOption json;
    @Mixin
    DeliveryOptions options;
    @Parameters(index = "0", arity = "0..1", paramLabel = "SEGMENT", descriptionKey = "param.segment", description = "The segment No. that was logged.")
    String segment;
    @Option(names = "--logged", paramLabel = "ENTRY", description = "The logged segment's entry No.")
    Long logged;
    @Option(names = "--resend-failed", description = "First put the failed entries back to pending (Resend Failed).")
    boolean resendFailed;
    @Option(names = "--include-uncertain", description = "With --resend-failed: also the uncertain ones (a killed run "
            + "may have sent them already; they go out with the same Message-ID).")
    boolean includeUncertain;

    DeliverCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (segment != null && logged != null) {
            throw new Commands.BadUsage(Messages.DeliverCommand_giveASegmentNoOr);
        }
        if (includeUncertain && !resendFailed) {
            throw new Commands.BadUsage(Messages.DeliverCommand_includeUncertainGoesWithResend);
        }
        Long entry = logged != null ? logged : segment != null ? loggedSegmentOf(env, segment) : null;
        if (resendFailed && entry == null) {
            throw new Commands.BadUsage(Messages.DeliverCommand_resendFailedNeedsASegment);
        }
        DeliverySettings settings = options.settings(env);
        DeliveryService delivery = env.services().get(DeliveryService.class);
        int again = resendFailed ? delivery.resend(entry, includeUncertain) : 0;
        DeliveryReport r = entry == null ? delivery.deliverPending(settings) : delivery.deliver(entry, settings,
                new StderrProgress(env, NLS.bind(Messages.DeliverCommand_progressLabel, entry)));
        Map<String, Object> result = DeliveryOptions.report(r);
        result.put("resent", again);
        if (!new Output(env, json).json()) {
            DeliveryOptions.notes(env, r);
        }
        new Output(env, json).result(result, NLS.bind(Messages.DeliverCommand_delivery, (resendFailed ? Formats.plural(again, Messages.DeliverCommand_failedEntryPutBackTo, Messages.DeliverCommand_failedEntriesPutBackTo) : ""), r.summary()));
        return r.failed() > 0 ? Cli.FAILED : Cli.OK;
    }

    /** @return the entry No. of the logged segment made from an open segment's No. */
    static long loggedSegmentOf(Cli.Env env, String segmentNo) {
        InteractionService interactions = env.services().get(InteractionService.class);
        for (int offset = 0;; offset += 500) {
            List<LoggedSegment> page = interactions.loggedSegments(offset, 500);
            for (LoggedSegment ls : page) {
                if (segmentNo.equalsIgnoreCase(ls.getSegmentNo())) {
                    return ls.getEntryNo();
                }
            }
            if (page.size() < 500) {
                throw new IllegalArgumentException(NLS.bind(Messages.DeliverCommand_segmentHasNotBeenLogged, segmentNo));
            }
        }
    }

    /** {@code deliver settings}: shows the delivery settings, or saves them with {@code --save}. */
    @Command(name = "settings", mixinStandardHelpOptions = true, description = "Show the delivery settings of this "
            + "instance (delivery.properties in the instance folder); with --save, store the options given.")
    static final class Settings implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        Output.JsonOption json;
        @Mixin
        DeliveryOptions options;
        @Option(names = "--save", description = "Store the settings with the options given applied.")
        boolean save;

        Settings(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            DeliverySettingsService service = env.services().get(DeliverySettingsService.class);
            DeliverySettings s = options.settings(env);
            if (save) {
                service.save(s);
            }
            List<String> lines = new ArrayList<>();
            lines.add((save ? Messages.DeliverCommand_savedTo : Messages.DeliverCommand_settingsFile) + service.file());
            lines.add(NLS.bind(Messages.DeliverCommand_smtpHost, nullToDash(s.host())));
            lines.add(NLS.bind(Messages.DeliverCommand_smtpPort, s.port()));
            lines.add(NLS.bind(Messages.DeliverCommand_smtpSecurity, s.security().name().toLowerCase(Locale.ROOT)));
            lines.add(NLS.bind(Messages.DeliverCommand_smtpUser, nullToDash(s.user())));
            lines.add(NLS.bind(Messages.DeliverCommand_smtpPasswordFile, (s.passwordFile() == null ? NLS.bind(Messages.DeliverCommand_or, DeliverySettings.PASSWORD_ENV)
                    : s.passwordFile())));
            lines.add(NLS.bind(Messages.DeliverCommand_sender, nullToDash(s.sender())));
            lines.add(NLS.bind(Messages.DeliverCommand_fromsalesperson, s.fromSalesperson()));
            lines.add(NLS.bind(Messages.DeliverCommand_smtpTimeoutSeconds, s.timeoutSeconds()));
            lines.add(NLS.bind(Messages.DeliverCommand_printfolder, (s.printFolder() == null ? service.defaultPrintFolder() : s.printFolder())));
            new Output(env, json).result(Output.map("file", service.file().toString(), "host", s.host(), "port", s.port(),
                    "security", s.security().name().toLowerCase(Locale.ROOT), "user", s.user(), "passwordFile",
                    s.passwordFile() == null ? null : s.passwordFile().toString(), "sender", s.sender(), "fromSalesperson",
                    s.fromSalesperson(), "timeoutSeconds", s.timeoutSeconds(), "printFolder",
                    (s.printFolder() == null ? service.defaultPrintFolder() : s.printFolder()).toString()),
                    String.join(System.lineSeparator(), lines));
            return Cli.OK;
        }

        private static String nullToDash(String s) {
            return s == null ? "-" : s;
        }
    }

    /** {@code deliver test ADDRESS}: Send Test Message. */
    @Command(name = "test", mixinStandardHelpOptions = true, description = "Send a test message with the delivery "
            + "settings (and the options given) to an address.")
    static final class Test implements Callable<Integer> {
        private final Cli.Env env;
        @Mixin
        DeliveryOptions options;
        @Parameters(index = "0", paramLabel = "ADDRESS", descriptionKey = "param.address", description = "Who gets the test message.")
        String to;

        Test(Cli.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            DeliverySettings s = options.settings(env);
            env.services().get(DeliveryService.class).sendTestMessage(s, to);
            env.out().println(NLS.bind(Messages.DeliverCommand_testMessageSentToThrough, to, s.host(), s.port()));
            return Cli.OK;
        }
    }

    /** @return a state as the tables show it */
    static String state(OutboxState s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}

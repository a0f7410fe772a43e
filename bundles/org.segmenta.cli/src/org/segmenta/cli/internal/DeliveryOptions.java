package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.segmenta.core.delivery.DeliveryReport;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.core.delivery.SmtpSecurity;

import picocli.CommandLine.Option;

/**
 * The delivery settings as command-line options: each one given overrides the instance's stored settings
 * ({@code delivery.properties}) for this run. The password is never an option: {@value DeliverySettings#PASSWORD_ENV}
 * or a mode-600 file.
 */
final class DeliveryOptions {

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "The SMTP server.")
    String host;
    @Option(names = "--smtp-port", paramLabel = "PORT", description = "Its port (587 STARTTLS, 465 SSL, 25 none).")
    Integer port;
    @Option(names = "--smtp-security", paramLabel = "MODE", description = "none, starttls or ssl.")
    String security;
    @Option(names = "--smtp-user", paramLabel = "USER", description = "The login; the password comes from "
            + DeliverySettings.PASSWORD_ENV + " or the file --smtp-password-file names (mode 600).")
    String user;
    @Option(names = "--smtp-password-file", paramLabel = "FILE", description = "A file with the SMTP password on its "
            + "first line, readable by its owner only (chmod 600).")
    Path passwordFile;
    @Option(names = "--sender", paramLabel = "ADDRESS", description = "The From address when the salesperson has none, "
            + "for example \"Sales <sales@example.com>\".")
    String sender;
    @Option(names = "--from-sender", description = "Always send from --sender, never from the salesperson's address.")
    boolean fromSender;
    @Option(names = "--print-dir", paramLabel = "DIR", description = "Where Hard Copy print documents go "
            + "(default: print in the instance folder).")
    Path printDir;

    /** @return the stored settings with the options given applied */
    DeliverySettings settings(Cli.Env env) {
        DeliverySettings s = env.services().get(DeliverySettingsService.class).load();
        if (host != null) {
            s = s.withHost(host);
        }
        if (port != null) {
            s = s.withPort(port);
        }
        if (security != null) {
            try {
                s = s.withSecurity(SmtpSecurity.valueOf(security.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new Commands.BadUsage(NLS.bind(Messages.DeliveryOptions_smtpSecurityIsUseNone, security));
            }
        }
        if (user != null) {
            s = s.withUser(user.isBlank() ? null : user);
        }
        if (passwordFile != null) {
            s = s.withPasswordFile(passwordFile.toAbsolutePath());
        }
        if (sender != null) {
            s = s.withSender(sender.isBlank() ? null : sender);
        }
        if (fromSender) {
            s = s.withFromSalesperson(false);
        }
        if (printDir != null) {
            s = s.withPrintFolder(printDir.toAbsolutePath());
        }
        return s;
    }

    /** @return a delivery report as JSON-able data */
    static Map<String, Object> report(DeliveryReport r) {
        return Output.map("sent", r.sent(), "failed", r.failed(), "uncertain", r.uncertain(), "skipped", r.skipped(),
                "printDocument", r.printDocument() == null ? null : r.printDocument().toString(), "pdf",
                r.pdf() == null ? null : r.pdf().toString(), "notes", r.notes());
    }

    /** Prints the report's notes on stderr (text mode prints its summary on stdout elsewhere). */
    static void notes(Cli.Env env, DeliveryReport r) {
        r.notes().forEach(n -> env.err().println(NLS.bind(Messages.DeliveryOptions_note, n)));
    }
}

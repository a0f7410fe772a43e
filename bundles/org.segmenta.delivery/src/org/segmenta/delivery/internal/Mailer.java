package org.segmenta.delivery.internal;

import java.util.Properties;

import org.eclipse.angus.mail.smtp.SMTPSSLTransport;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.SmtpSecurity;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection through Angus Mail, kept open for a whole run (one EHLO/AUTH for many messages), opened again
 * when the server closed it between two messages. STARTTLS is required when chosen (no silent fall-back to plain
 * text); SSL connects with TLS from the start; server identities are checked.
 */
final class Mailer implements AutoCloseable {

    private final DeliverySettings settings;
    private final String password;
    final Session session;
    private SMTPTransport transport;

    Mailer(DeliverySettings settings, String password) {
        this.settings = settings;
        this.password = password;
        String proto = settings.security() == SmtpSecurity.SSL ? "smtps" : "smtp";
        Properties p = new Properties();
        String ms = String.valueOf(Math.max(1, settings.timeoutSeconds()) * 1000L);
        p.put("mail.transport.protocol", proto);
        p.put("mail." + proto + ".host", settings.host());
        p.put("mail." + proto + ".port", String.valueOf(settings.port()));
        p.put("mail." + proto + ".connectiontimeout", ms);
        p.put("mail." + proto + ".timeout", ms);
        p.put("mail." + proto + ".writetimeout", ms);
        p.put("mail." + proto + ".auth", String.valueOf(settings.user() != null && !settings.user().isBlank()));
        p.put("mail." + proto + ".ssl.checkserveridentity", "true");
        if (settings.security() == SmtpSecurity.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        p.put("mail.mime.charset", "UTF-8");
        this.session = MailProviders.run(() -> Session.getInstance(p));
    }

    /** Connects when not connected. @throws MessagingException when the server cannot be reached or refuses the login */
    void connect() throws MessagingException {
        if (transport != null && transport.isConnected()) {
            return;
        }
        closeQuietly();
        URLName url = new URLName(settings.security() == SmtpSecurity.SSL ? "smtps" : "smtp", settings.host(),
                settings.port(), null, settings.user(), password);
        MessagingException[] failure = new MessagingException[1];
        transport = MailProviders.run(() -> settings.security() == SmtpSecurity.SSL ? new SMTPSSLTransport(session, url)
                : new SMTPTransport(session, url));
        MailProviders.run(() -> {
            try {
                transport.connect(settings.host(), settings.port(), blank(settings.user()) ? null : settings.user(),
                        blank(settings.user()) ? null : password);
            } catch (MessagingException e) {
                failure[0] = e;
            }
            return null;
        });
        if (failure[0] != null) {
            transport = null;
            throw failure[0];
        }
    }

    /**
     * Sends one message over the open connection (connecting first when needed).
     *
     * @throws MessagingException when the server refuses it or the connection fails; the message was then not
     *             accepted (the server did not answer 250 to the end of the data)
     */
    void send(MimeMessage m) throws MessagingException {
        if (transport == null) {
            connect();
        }
        MessagingException[] failure = new MessagingException[1];
        MailProviders.run(() -> {
            try {
                m.saveChanges();
                transport.sendMessage(m, m.getAllRecipients());
            } catch (MessagingException e) {
                failure[0] = e;
            }
            return null;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** @return whether the connection is still open (without asking the server) */
    boolean open() {
        return transport != null;
    }

    /** Drops the connection after a failure, so that the next message connects anew. */
    void reset() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException e) {
                // the connection is gone either way
            }
            transport = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

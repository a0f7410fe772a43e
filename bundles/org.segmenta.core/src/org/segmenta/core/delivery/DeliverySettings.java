package org.segmenta.core.delivery;

import java.nio.file.Path;

/**
 * How Segmenta delivers: the SMTP server for Email and the folder for Hard Copy print documents. Stored in the
 * instance folder's {@code delivery.properties} ({@link DeliverySettingsService}); the password is never part of it
 * (it comes from the environment variable {@value #PASSWORD_ENV} or a file readable by its owner only).
 *
 * @param host the SMTP server's host name, or null when e-mail is not set up
 * @param port its port (25, 465, 587, ...)
 * @param security how the connection is protected
 * @param user the login name, or null for a server without authentication
 * @param sender the From address when a line's salesperson has no e-mail address (or always, see
 *            {@code fromSalesperson}), for example {@code Sales <sales@example.com>}
 * @param fromSalesperson send from the line's salesperson's address when it has one (the configured sender then
 *            appears as the Sender header)
 * @param passwordFile a file holding the password (first line), readable by its owner only (mode 600); null for
 *            {@value #PASSWORD_ENV} or none
 * @param timeoutSeconds connect and read timeout of the SMTP connection, in seconds
 * @param printFolder where Hard Copy print documents are written; null for {@code <instance folder>/print}
 */
public record DeliverySettings(String host, int port, SmtpSecurity security, String user, String sender,
        boolean fromSalesperson, Path passwordFile, int timeoutSeconds, Path printFolder) {

    /** The environment variable that holds the SMTP password. */
    public static final String PASSWORD_ENV = "SEGMENTA_SMTP_PASSWORD";

    /** Nothing set up: no SMTP server, STARTTLS on 587, 30 s timeout. */
    public static final DeliverySettings NONE = new DeliverySettings(null, 587, SmtpSecurity.STARTTLS, null, null, true,
            null, 30, null);

    /** @return whether an SMTP server is set */
    public boolean hasServer() {
        return host != null && !host.isBlank();
    }

    /** @param h the host @return a copy with it */
    public DeliverySettings withHost(String h) {
        return new DeliverySettings(h, port, security, user, sender, fromSalesperson, passwordFile, timeoutSeconds, printFolder);
    }

    /** @param p the port @return a copy with it */
    public DeliverySettings withPort(int p) {
        return new DeliverySettings(host, p, security, user, sender, fromSalesperson, passwordFile, timeoutSeconds, printFolder);
    }

    /** @param s the security @return a copy with it */
    public DeliverySettings withSecurity(SmtpSecurity s) {
        return new DeliverySettings(host, port, s, user, sender, fromSalesperson, passwordFile, timeoutSeconds, printFolder);
    }

    /** @param u the user, or null @return a copy with it */
    public DeliverySettings withUser(String u) {
        return new DeliverySettings(host, port, security, u, sender, fromSalesperson, passwordFile, timeoutSeconds, printFolder);
    }

    /** @param s the sender address @return a copy with it */
    public DeliverySettings withSender(String s) {
        return new DeliverySettings(host, port, security, user, s, fromSalesperson, passwordFile, timeoutSeconds, printFolder);
    }

    /** @param f whether to send from the salesperson's address @return a copy with it */
    public DeliverySettings withFromSalesperson(boolean f) {
        return new DeliverySettings(host, port, security, user, sender, f, passwordFile, timeoutSeconds, printFolder);
    }

    /** @param f the password file, or null @return a copy with it */
    public DeliverySettings withPasswordFile(Path f) {
        return new DeliverySettings(host, port, security, user, sender, fromSalesperson, f, timeoutSeconds, printFolder);
    }

    /** @param t the timeout in seconds @return a copy with it */
    public DeliverySettings withTimeoutSeconds(int t) {
        return new DeliverySettings(host, port, security, user, sender, fromSalesperson, passwordFile, t, printFolder);
    }

    /** @param f the print folder, or null @return a copy with it */
    public DeliverySettings withPrintFolder(Path f) {
        return new DeliverySettings(host, port, security, user, sender, fromSalesperson, passwordFile, timeoutSeconds, f);
    }
}

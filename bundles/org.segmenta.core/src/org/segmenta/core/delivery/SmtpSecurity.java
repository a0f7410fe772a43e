package org.segmenta.core.delivery;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain SMTP (port 25 or a local relay); only for servers on a trusted network. */
    NONE,
    /** Plain connection upgraded with STARTTLS, which is required (port 587, the usual submission port). */
    STARTTLS,
    /** TLS from the first byte ("SMTPS", port 465). */
    SSL
}

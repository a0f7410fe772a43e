package org.segmenta.core.delivery;

/**
 * Where a face keeps the SMTP password, offered to {@link DeliveryService} as an OSGi service: the window registers
 * one over Eclipse secure storage (its SMTP preference page writes it there). The delivery service asks it after the
 * environment variable {@value DeliverySettings#PASSWORD_ENV} and before the password file; without one registered
 * (the command line) only those two count.
 */
public interface SmtpPasswordSource {

    /**
     * @param settings the settings being used (host, port and user say which password)
     * @return the password for the settings' user, or null when this source keeps none
     * @throws IllegalStateException when the source cannot be read (for example secure storage cannot be decrypted);
     *             the message says why
     */
    String password(DeliverySettings settings);
}

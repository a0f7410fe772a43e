package org.segmenta.delivery.internal;

import org.segmenta.core.delivery.DeliverySettings;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The checks of delivery settings, apart from where they are stored (no OSGi types here). */
public final class SettingsCheck {

    private SettingsCheck() {
    }

    /**
     * @param s settings
     * @throws IllegalArgumentException when a value is out of range or not an address; the message names it
     */
    public static void check(DeliverySettings s) {
        if (s.port() < 1 || s.port() > 65535) {
            throw new IllegalArgumentException("The SMTP port " + s.port() + " is not in 1..65535.");
        }
        if (s.timeoutSeconds() < 1) {
            throw new IllegalArgumentException("The SMTP timeout must be at least 1 second, not " + s.timeoutSeconds() + ".");
        }
        if (s.security() == null) {
            throw new IllegalArgumentException("Choose the SMTP security: none, starttls or ssl.");
        }
        if (s.sender() != null) {
            try {
                new InternetAddress(s.sender(), true);
            } catch (AddressException e) {
                throw new IllegalArgumentException("The sender '" + s.sender() + "' is not an e-mail address: "
                        + e.getMessage() + " (for example: Sales <sales@example.com>).");
            }
        }
    }

}

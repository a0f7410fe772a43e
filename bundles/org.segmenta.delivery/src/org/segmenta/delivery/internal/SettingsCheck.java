package org.segmenta.delivery.internal;

import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.format.Formats;

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
            throw new IllegalArgumentException(Formats.bind(Messages.SettingsCheck_theSmtpPort, s.port()));
        }
        if (s.timeoutSeconds() < 1) {
            throw new IllegalArgumentException(Formats.bind(Messages.SettingsCheck_theSmtpTimeoutMust,
                    s.timeoutSeconds()));
        }
        if (s.security() == null) {
            throw new IllegalArgumentException(Formats.bind(Messages.SettingsCheck_chooseTheSmtpSecurity));
        }
        if (s.sender() != null) {
            try {
                new InternetAddress(s.sender(), true);
            } catch (AddressException e) {
                throw new IllegalArgumentException(Formats.bind(Messages.SettingsCheck_theSender,
                        s.sender(), e.getMessage()));
            }
        }
    }

}

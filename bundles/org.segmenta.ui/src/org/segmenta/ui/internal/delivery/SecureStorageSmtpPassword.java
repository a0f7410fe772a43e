package org.segmenta.ui.internal.delivery;

import org.eclipse.equinox.security.storage.StorageException;
import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.SmtpPasswordSource;
import org.segmenta.ui.SegmentaPreferences;

/**
 * The SMTP password the E-Mail preference page keeps in Eclipse secure storage, offered to the delivery service
 * (registered by {@link DeliveryAddon} while the window runs).
 */
public final class SecureStorageSmtpPassword implements SmtpPasswordSource {

    @Override
    public String password(DeliverySettings settings) {
        try {
            String p = SegmentaPreferences.smtpPassword();
            return p.isEmpty() ? null : p;
        } catch (StorageException e) {
            throw new IllegalStateException("The SMTP password cannot be read from secure storage (" + e.getMessage()
                    + "); enter it again in Window › Preferences › E-Mail.", e);
        }
    }
}

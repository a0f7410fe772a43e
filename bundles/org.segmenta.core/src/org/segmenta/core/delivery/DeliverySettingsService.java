package org.segmenta.core.delivery;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The delivery settings of this instance, kept in {@code <instance folder>/delivery.properties} (keys
 * {@code smtp.host}, {@code smtp.port}, {@code smtp.security} = none|starttls|ssl, {@code smtp.user},
 * {@code smtp.passwordFile}, {@code smtp.timeoutSeconds}, {@code sender}, {@code fromSalesperson},
 * {@code printFolder}). A preferences page binds to {@link #load()} and {@link #save(DeliverySettings)}; the command
 * line reads them and overrides single values with its options. The password is never stored here: it comes from
 * {@value DeliverySettings#PASSWORD_ENV} or from the password file, which must be readable by its owner only.
 */
@ProviderType
public interface DeliverySettingsService {

    /** @return the stored settings, or {@link DeliverySettings#NONE} when there are none */
    DeliverySettings load();

    /**
     * Stores the settings (written to a temporary file and moved into place).
     *
     * @param settings the settings
     * @throws IllegalArgumentException when a value is invalid (port out of 1..65535, a sender that is not an
     *             e-mail address, ...); the message names the value; nothing is written
     */
    void save(DeliverySettings settings);

    /** @return the settings file, whether it exists or not */
    Path file();

    /** @return the folder Hard Copy print documents go to when the settings name none */
    Path defaultPrintFolder();
}

package org.segmenta.delivery.internal;

import java.nio.file.Path;

import org.segmenta.core.delivery.DeliverySettings;
import org.segmenta.core.delivery.DeliverySettingsService;

/**
 * Delivery settings for a run that passes its server settings to each call and saves none: {@link #load()} gives
 * {@link DeliverySettings#NONE}, {@link #save} is refused, and the settings file and print folder are named in a
 * folder of the caller's (nothing is written there unless a Hard Copy document is printed). For the {@code bench}
 * command's delivery figure ({@link org.segmenta.delivery.DeliveryBench}) and the delivery tests' child process, which
 * runs outside OSGi where {@link FileDeliverySettings} cannot be constructed.
 */
public final class UnsavedDeliverySettings implements DeliverySettingsService {

    private final Path folder;

    /** @param folder where the (unwritten) settings file and the print folder are */
    public UnsavedDeliverySettings(Path folder) {
        this.folder = folder;
    }

    @Override
    public DeliverySettings load() {
        return DeliverySettings.NONE;
    }

    /** @throws UnsupportedOperationException always: these settings are never saved */
    @Override
    public void save(DeliverySettings settings) {
        throw new UnsupportedOperationException("these delivery settings are not saved; pass them to each delivery");
    }

    @Override
    public Path file() {
        return folder.resolve("delivery.properties");
    }

    @Override
    public Path defaultPrintFolder() {
        return folder.resolve("print");
    }
}

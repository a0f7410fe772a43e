package org.segmenta.delivery;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.core.store.Store;
import org.segmenta.delivery.internal.DeliveryServiceImpl;
import org.segmenta.delivery.internal.FileDeliverySettings;

/**
 * The delivery services built without DS, for a local service graph (the tests, tools); in the product they are the
 * {@link DeliveryService} and {@link DeliverySettingsService} OSGi services.
 */
public final class Deliveries {

    private Deliveries() {
    }

    /**
     * @param folder the instance folder: {@code delivery.properties}, the default password file and the print folder
     *            are there
     * @return the settings kept in that folder, as the product keeps them in its instance folder
     */
    public static DeliverySettingsService fileSettings(Path folder) {
        return new FileDeliverySettings(folder);
    }

    /**
     * @param store the store (the outbox, the entries, their letters)
     * @param settings the settings
     * @param environment the environment variables (where the SMTP password variable is looked up); the product
     *            passes {@code System::getenv}
     * @return a new delivery service: the very DS component the product runs
     */
    public static DeliveryService service(Store store, DeliverySettingsService settings,
            UnaryOperator<String> environment) {
        return new DeliveryServiceImpl(store, settings, environment);
    }
}

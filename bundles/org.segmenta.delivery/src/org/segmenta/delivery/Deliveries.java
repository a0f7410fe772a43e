package org.segmenta.delivery;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.core.delivery.SmtpPasswordSource;
import org.segmenta.core.store.Store;
import org.segmenta.delivery.internal.DeliveryServiceImpl;
import org.segmenta.delivery.internal.FileDeliverySettings;
import org.segmenta.delivery.internal.MailProviders;

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

    /**
     * The delivery service with a face's password source, as DS binds the window's {@link SmtpPasswordSource} service
     * to it in the product.
     *
     * @param store the store (the outbox, the entries, their letters)
     * @param settings the settings
     * @param environment the environment variables (where the SMTP password variable is looked up first)
     * @param passwordSource where the face keeps the password, asked after the environment and before the password
     *            file
     * @return a new delivery service: the very DS component the product runs
     * @since 1.1
     */
    public static DeliveryService service(Store store, DeliverySettingsService settings,
            UnaryOperator<String> environment, SmtpPasswordSource passwordSource) {
        DeliveryServiceImpl service = new DeliveryServiceImpl(store, settings, environment);
        service.setPasswordSource(passwordSource);
        return service;
    }

    /**
     * Runs Jakarta Mail work inside OSGi: Jakarta Mail and Activation find their implementation (Eclipse Angus) through
     * the thread's context class loader, which in OSGi sees neither; this runs {@code work} with one that sees both,
     * as the delivery service does for every e-mail. For a test's own mail server or reader (GreenMail) in the
     * framework.
     *
     * @param <T> the result type
     * @param work what to run
     * @return what it returned
     * @since 1.1
     */
    public static <T> T withMailProviders(Supplier<T> work) {
        return MailProviders.run(work);
    }
}

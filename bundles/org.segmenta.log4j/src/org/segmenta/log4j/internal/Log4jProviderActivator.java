package org.segmenta.log4j.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers a Log4j API {@link Provider} service (Log4j's own {@code SimpleLogger}, errors to standard error) before
 * the {@code org.apache.logging.log4j.api} bundle activates.
 * <p>
 * Why: Apache POI logs through the Log4j API. In OSGi, log4j-api's bundle activator takes a start-up lock in
 * {@code start()} and releases it only once it has found a provider; without one (no log4j-core in the product)
 * the lock stays held by the thread that activated the bundle, usually Equinox's start-level thread (SPI Fly
 * loads log4j-api classes while processing its service-loader capabilities), and the first POI class initialised on
 * any other thread waits forever in {@code ProviderUtil.lazyInit} (apache/logging-log4j2 issue 2655; seen here as an
 * .xlsx export test that never returned). Log4j 2.24's fallback file {@code META-INF/log4j-provider.properties}
 * cannot help: its providers report no API version and are ignored.
 * <p>
 * This bundle must start at a start level below log4j-api's (level 3 in the product and the tests), so that the
 * service exists when log4j-api's activator looks for providers.
 */
public final class Log4jProviderActivator implements BundleActivator {

    private ServiceRegistration<Provider> registration;

    @Override
    public void start(BundleContext context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        // log4j-api's activator looks providers up with the filter (APIVersion>=2.6.0)
        properties.put("APIVersion", "2.6.0");
        registration = context.registerService(Provider.class,
                new Provider(1, "2.6.0", SimpleLoggerContextFactory.class), properties);
    }

    @Override
    public void stop(BundleContext context) {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}

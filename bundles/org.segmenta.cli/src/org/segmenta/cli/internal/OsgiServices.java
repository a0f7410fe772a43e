package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** {@link Services} from the OSGi service registry, waiting for each service up to a timeout. */
public final class OsgiServices implements Services, AutoCloseable {

    private final BundleContext context;
    private final long timeoutMillis;
    /** one tracker per service type, kept open: a shell runs many commands that ask for the same services */
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();

    /**
     * @param context the bundle context to look services up in
     * @param timeoutMillis how long to wait for a service that is still starting, in milliseconds
     */
    public OsgiServices(BundleContext context, long timeoutMillis) {
        this.context = context;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public <T> T get(Class<T> type) {
        @SuppressWarnings("unchecked")
        ServiceTracker<T, T> tracker = (ServiceTracker<T, T>) trackers.computeIfAbsent(type, t -> {
            ServiceTracker<T, T> opened = new ServiceTracker<>(context, type, null);
            opened.open();
            return opened;
        });
        try {
            T service = tracker.waitForService(timeoutMillis);
            if (service == null) {
                throw new IllegalStateException(NLS.bind(Messages.OsgiServices_theServiceDidNotStart, type.getSimpleName(), timeoutMillis / 1000));
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(NLS.bind(Messages.OsgiServices_interruptedWhileWaitingFor, type.getSimpleName()), e);
        }
    }

    @Override
    public void close() {
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
    }
}

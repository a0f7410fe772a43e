package org.segmenta.app.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segmenta.core.store.Store;

/**
 * Opens the store while the window is being built: asks the OSGi service registry for the {@link Store} on a thread of
 * its own and asks it for its {@link Store#info()}, so that the database opens (the embedded database boots and its
 * schema is checked, created or migrated: about half a second of a start on a quiet machine, much longer for a
 * migration) at the same time as the application model is loaded, styled and rendered on the UI thread, instead of in
 * the middle of rendering when the first part reads. The store's component activates at once and opens its database
 * on first use; a part that reads earlier waits for the same opening. The service is held until this bundle stops,
 * so the store stays open as it would for the parts.
 * <p>
 * Call it only after the database settings are applied ({@code SegmentaPreferences.applyToDatabase()}): the store
 * reads them when it activates. A failure is left to the parts, which meet and report it when they read.
 */
final class StoreWarmUp {

    private StoreWarmUp() {
    }

    /** Starts opening the store in the background; returns at once. Does nothing outside OSGi. */
    static void start() {
        Bundle bundle = FrameworkUtil.getBundle(StoreWarmUp.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                ServiceReference<Store> ref = context.getServiceReference(Store.class);
                if (ref != null) {
                    // held on purpose: released by the framework when this bundle stops
                    Store store = context.getService(ref);
                    if (store != null) {
                        store.info(); // opens the database
                    }
                }
            } catch (RuntimeException e) {
                // the store could not open or the framework is stopping: the parts say so when they read
            }
        }, "Segmenta: opening the store");
        thread.setDaemon(true);
        thread.start();
    }
}

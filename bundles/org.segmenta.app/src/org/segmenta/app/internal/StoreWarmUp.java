package org.segmenta.app.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segmenta.core.store.Store;

/**
 * Opens the store while the window is being built: asks the OSGi service registry for the {@link Store} on a thread of
 * its own, so that its component activates (the embedded database boots and its schema is checked, about half a second
 * of a start on a quiet machine) at the same time as the application model is loaded, styled and rendered on the UI
 * thread, instead of in the middle of rendering when the first part injects a service that needs the store. A part
 * that asks for it earlier waits for the same activation (Felix SCR activates a component once). The service is held
 * until this bundle stops, so the store stays open as it would for the parts.
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
                    context.getService(ref);
                }
            } catch (RuntimeException e) {
                // the store could not open or the framework is stopping: the parts say so when they read
            }
        }, "Segmenta: opening the store");
        thread.setDaemon(true);
        thread.start();
    }
}

package org.segmenta.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.segmenta.core.ProductInfo;

/** The headless Equinox application behind {@code ./segmenta cli}: finds the services, runs the command. */
public final class CliApplication implements IApplication {

    private static final long SERVICE_TIMEOUT_MS = 30_000;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        context.applicationRunning();
        BundleContext bundles = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        ServiceTracker<ProductInfo, ProductInfo> tracker = new ServiceTracker<>(bundles, ProductInfo.class, null);
        tracker.open();
        try {
            ProductInfo product = tracker.waitForService(SERVICE_TIMEOUT_MS);
            if (product == null) {
                System.err.println("segmenta cli: the core services did not start within "
                        + SERVICE_TIMEOUT_MS / 1000 + " s; see the log in the instance folder's .metadata.");
                return Integer.valueOf(CommandLine.FAILED);
            }
            return Integer.valueOf(new CommandLine(product, System.out, System.err).run(args));
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // commands are short and end by themselves
    }
}

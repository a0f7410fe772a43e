package org.segmenta.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The headless Equinox application behind {@code ./segmenta cli}: finds the services, runs the command. */
public final class CliApplication implements IApplication {

    private static final long SERVICE_TIMEOUT_MS = 30_000;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw == null ? List.of() : Arrays.asList(raw);
        context.applicationRunning();
        BundleContext bundles = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        // the company's and the user's database settings (team server or folder), as the window applies them;
        // -Dsegmenta.db.* on the command line wins. The team server's password comes from -Dsegmenta.db.password.
        org.segmenta.install.CompanySettings.applyToDatabase(null);
        try (OsgiServices services = new OsgiServices(bundles, SERVICE_TIMEOUT_MS)) {
            // the database opens while picocli builds the command
            StoreWarmUp.start(services, args);
            return Integer.valueOf(Cli.run(services, System.in, System.out, System.err, args.toArray(String[]::new)));
        }
    }

    @Override
    public void stop() {
        // commands are short and end by themselves
    }
}

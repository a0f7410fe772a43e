package org.segmenta.store.derby.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * {@code segmenta server ...} in the installed product: the Equinox application
 * {@code org.segmenta.store.derby.server}, started by the product's start script with the arguments after
 * {@code server}. It runs {@link ServerCommand} in the product's own JVM.
 */
public final class ServerApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return Integer.valueOf(ServerCommand.run(args == null ? new String[0] : args, System.out, System.err,
                System.getenv(), true));
    }

    @Override
    public void stop() {
        // the server stops with its JVM (Ctrl+C runs the shutdown hook)
    }
}

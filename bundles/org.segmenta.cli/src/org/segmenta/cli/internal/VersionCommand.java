package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.util.concurrent.Callable;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.segmenta.core.ProductInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code version}: the product's name and build. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the product name and build version.")
final class VersionCommand implements Callable<Integer> {

    private final Cli.Env env;

    VersionCommand(Cli.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        ProductInfo product = env.services().get(ProductInfo.class);
        env.out().println(product.name() + " " + product.buildVersion());
        return Cli.OK;
    }

    /** {@code --version} of the root command: the command line bundle's own version. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Bundle b = FrameworkUtil.getBundle(Provider.class);
            return new String[] { NLS.bind(Messages.VersionCommand_segmenta, (b == null ? "(development)" : b.getVersion().toString())) };
        }
    }
}

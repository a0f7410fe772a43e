package org.segmenta.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.ui.internal.Messages;
import org.segmenta.core.ProductInfo;
import org.segmenta.ui.internal.dialogs.AboutDialog;

import jakarta.inject.Named;

/**
 * Help › About Segmenta: the product's name and version, read from the core's {@link ProductInfo} service, and the
 * bundled third-party libraries with their licences ({@link AboutDialog}).
 */
public final class AboutHandler {

    /**
     * @param shell the active shell
     * @param product the product information, an OSGi service found through the application context
     */
    @Execute
    public void execute(@Named("activeShell") Shell shell, ProductInfo product) {
        new AboutDialog(shell, NLS.bind(Messages.About_title, product.name()), text(product)).open();
    }

    /**
     * @param product what is running
     * @return the About text: name and version, then the build, then what the product is for
     */
    public static String text(ProductInfo product) {
        return product.name() + " " + product.version() + "\n" + NLS.bind(Messages.About_build, product.buildVersion())
                + "\n\n" + Messages.About_purpose;
    }
}

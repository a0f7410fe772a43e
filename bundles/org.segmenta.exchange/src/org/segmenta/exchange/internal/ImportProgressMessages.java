package org.segmenta.exchange.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The import's progress and preview texts ({@code import_progress.properties}, German in
 * {@code import_progress_de.properties}), chosen by the locale as the window's and the command line's messages are.
 */
public final class ImportProgressMessages extends NLS {

    private static final String BUNDLE_NAME = "org.segmenta.exchange.internal.import_progress";

    public static String ContactImportService_progress;
    public static String ContactImportService_previewProgress;
    public static String ContactImportService_importing;
    public static String ContactImportService_previewing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ImportProgressMessages.class);
    }

    private ImportProgressMessages() {
    }
}

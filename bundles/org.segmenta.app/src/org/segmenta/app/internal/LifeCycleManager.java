package org.segmenta.app.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;

import jakarta.inject.Inject;

/**
 * The application's lifecycle handler. Before the application model is loaded it compares the build that
 * wrote the persisted UI state with the running build (of org.segmenta.app and org.segmenta.ui, whose fragment is
 * merged only into a model not restored from that state) and, when they differ, has the workbench start from
 * the fresh {@code Application.e4xmi} (as {@code -clearPersistedState} would). The running build is recorded
 * when the workbench saves its state.
 */
public final class LifeCycleManager {

    /** Preference key (instance scope, node {@code org.segmenta.app}) of the build that wrote the UI state. */
    public static final String UI_STATE_VERSION = "ui.state.version";

    @Inject
    private Logger logger;

    @PostContextCreate
    void postContextCreate(IEclipseContext context) {
        StartupReport.arm(context);
        String running = runningVersion();
        String persisted = preferences().get(UI_STATE_VERSION, null);
        if (UiStateVersion.mustClear(persisted, running)) {
            if (persisted != null && logger != null) {
                logger.info("Segmenta changed from build " + persisted + " to " + running
                        + ": starting from the new application model");
            }
            System.setProperty(IWorkbench.CLEAR_PERSISTED_STATE, "true");
        }
        // Window › Preferences › Database: the store reads these system properties when it starts
        String database = org.segmenta.ui.SegmentaPreferences.applyToDatabase();
        if (database != null && logger != null) {
            logger.info("Database from the preferences: " + database);
        }
        // the database boots on a thread of its own while the model loads and the window renders
        StoreWarmUp.start();
    }

    /**
     * The system property ({@code true}) of the start script's training start for Java's AOT cache (the same as the
     * UI's {@code DemoDataAddon.TRAINING}): the window is built and rendered but never shown, and closes when usable.
     */
    static final String TRAINING = "segmenta.training";

    /** Tag of a main window that has been given its first size; a persisted window keeps the user's size. */
    static final String SIZED = "segmenta.sized";

    /**
     * Gives the main window its first size from the screen (the model's 1200 x 760 is a floor): most of the primary
     * monitor, so that the side-by-side Contacts and segment parts show their No. columns whole. Later starts keep
     * the size the user left.
     *
     * @param application the application model
     */
    @ProcessAdditions
    void processAdditions(MApplication application) {
        Display display = Display.getCurrent();
        if (display == null) {
            return;
        }
        boolean training = Boolean.getBoolean(TRAINING);
        for (MWindow window : application.getChildren()) {
            if (training) {
                // the start script's training start for Java's AOT cache: built and rendered, never shown
                window.setVisible(false);
            }
            if (!window.getTags().contains(SIZED)) {
                window.getTags().add(SIZED);
                Rectangle area = display.getPrimaryMonitor().getClientArea();
                int[] size = firstSize(area.width, area.height, window.getWidth(), window.getHeight());
                window.setX(area.x + (area.width - size[0]) / 2);
                window.setY(area.y + Math.max(0, (area.height - size[1]) / 3));
                window.setWidth(size[0]);
                window.setHeight(size[1]);
            }
        }
    }

    /**
     * @param screenWidth the monitor's usable width, in pixels
     * @param screenHeight its usable height
     * @param modelWidth the window's width in the application model
     * @param modelHeight its height
     * @return the first width and height: 92% of the monitor, at most 1680 x 1050, at least the model's size when
     *         the monitor has room for it
     */
    public static int[] firstSize(int screenWidth, int screenHeight, int modelWidth, int modelHeight) {
        int w = Math.min(1680, screenWidth * 92 / 100);
        int h = Math.min(1050, screenHeight * 92 / 100);
        return new int[] { Math.max(w, Math.min(modelWidth, screenWidth)), Math.max(h, Math.min(modelHeight, screenHeight)) };
    }

    @PreSave
    void preSave() {
        IEclipsePreferences prefs = preferences();
        prefs.put(UI_STATE_VERSION, runningVersion());
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            if (logger != null) {
                logger.error(e, "Could not record the UI state's version; the next start will reset the layout");
            }
        }
    }

    /**
     * @return the build of the window's model now running: org.segmenta.app's version (its Application.e4xmi) and, when
     *         it differs, org.segmenta.ui's (its fragment.e4xmi, which is merged only into a model not restored from
     *         saved state), for example {@code 0.1.0.v20261207-0300} or {@code 0.1.0.v20261207-0300+0.1.0.v20261207-0310}
     */
    static String runningVersion() {
        String app = FrameworkUtil.getBundle(LifeCycleManager.class).getVersion().toString();
        org.osgi.framework.Bundle ui = FrameworkUtil.getBundle(org.segmenta.ui.SegmentaPreferences.class);
        String uiVersion = ui == null ? app : ui.getVersion().toString();
        return uiVersion.equals(app) ? app : app + "+" + uiVersion;
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.segmenta.app");
    }
}

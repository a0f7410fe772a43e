package org.segmenta.app.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;

import jakarta.inject.Inject;

/**
 * The application's lifecycle handler. Before the application model is loaded it compares the build that
 * wrote the persisted UI state with the running build and, when they differ, has the workbench start from
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

    private static String runningVersion() {
        return FrameworkUtil.getBundle(LifeCycleManager.class).getVersion().toString();
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.segmenta.app");
    }
}

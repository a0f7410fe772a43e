package org.segmenta.ui.internal.addons;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.segmenta.core.demo.DemoData;
import org.segmenta.ui.Prompter;

import jakarta.inject.Inject;

/**
 * Offers demo data when the window first opens on an empty database, so that the window is never empty on a first
 * look; on a database with contacts (imported first) but without a salesperson, interaction group or template, offers
 * the demo's set-up only. Asks the database whether to offer in the background (the window is usable before the
 * database is open), loads in a background job and tells every part.
 */
public final class DemoDataAddon {

    /**
     * The system property ({@code true}) of the start script's training start for Java's AOT cache: a hidden window on
     * a throw-away instance folder that closes as soon as it is usable.
     */
    public static final String TRAINING = "segmenta.training";

    @Inject
    @Optional
    @Service
    DemoData demo;

    @Inject
    @Optional
    Prompter prompter;


    @Inject
    @Optional
    void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication app) {
        Shell shell = null;
        for (MWindow w : app.getChildren()) {
            if (w.getWidget() instanceof Shell s && !s.isDisposed()) {
                shell = s;
                break;
            }
        }
        DemoData data = demo;
        Shell window = shell;
        Prompter ask = Prompter.or(prompter);
        if (data == null || window == null || Boolean.getBoolean(TRAINING)) {
            return;
        }
        // the database opens on a thread of its own while the window renders (the app's store warm-up): whether it is
        // empty is asked in the background, so that the window is usable without waiting for that opening; the
        // question itself comes on the UI thread once the answer is known (offer asks the database again, now open)
        Job job = Job.create(Messages.DemoDataAddon_welcomeToSegmenta, m -> {
            boolean worthAsking;
            try {
                worthAsking = data.isEmpty() || data.setupMissing();
            } catch (RuntimeException e) {
                // the database could not be opened: the parts say so when they read
                return Status.OK_STATUS;
            }
            if (worthAsking && !window.isDisposed()) {
                window.getDisplay().asyncExec(() -> {
                    if (!window.isDisposed()) {
                        offer(window, data, ask);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /**
     * Asks whether to load the demo data when the database is empty, and loads it in the background.
     *
     * @param shell the main window
     * @param data the demo data, or null when no bundle provides it
     * @param ask the prompter
     * @return whether the user was asked
     */
    public boolean offer(Shell shell, DemoData data, Prompter ask) {
        // the start script's training start (Java's AOT cache) runs unseen on an empty database: nobody to ask
        if (data == null || shell == null || Boolean.getBoolean(TRAINING)) {
            return false;
        }
        if (!data.isEmpty()) {
            return offerSetup(shell, data, ask);
        }
        if (!ask.confirm(shell, Messages.DemoDataAddon_welcomeToSegmenta, Messages.DemoDataAddon_theDatabaseIsEmptyDo)) {
            return true;
        }
        Job job = Job.create(Messages.DemoDataAddon_loadingTheDemoData, m -> {
            String message;
            try {
                DemoData.Summary s = data.load();
                message = NLS.bind(Messages.DemoDataAddon_loadedContactsCompaniesAndInteraction, s.describe(), (s.segmentNo() == null ? "." : NLS.bind(Messages.DemoDataAddon_openSegment, s.segmentNo())));
            } catch (RuntimeException e) {
                message = NLS.bind(Messages.DemoDataAddon_theDemoDataCouldNot, e.getMessage());
            }
            String shown = message;
            if (shell.isDisposed()) {
                return Status.OK_STATUS;
            }
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    ask.inform(shell, Messages.DemoDataAddon_demoData, shown);
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return true;
    }

    /**
     * Asks whether to load the demo's set-up only when the database has contacts (imported first) but lacks a
     * salesperson, interaction group or interaction template, and loads it in the background.
     *
     * @param shell the main window
     * @param data the demo data
     * @param ask the prompter
     * @return whether the user was asked
     */
    public boolean offerSetup(Shell shell, DemoData data, Prompter ask) {
        if (!data.setupMissing()) {
            return false;
        }
        if (!ask.confirm(shell, Messages.DemoDataAddon_welcomeToSegmenta,
                NLS.bind(Messages.DemoDataAddon_setupMissing, Messages.DemoDataAddon_setupMissingWhat))) {
            return true;
        }
        loadSetup(shell, data, ask, null);
        return true;
    }

    /**
     * Loads the demo's set-up in a background job and tells the user what was added (the service posts the set-up
     * event, so open parts reload).
     *
     * @param shell the shell to tell the result in
     * @param data the demo data
     * @param ask the prompter
     * @param done run on the UI thread after the set-up was loaded (before the user is told), or null
     */
    public static void loadSetup(Shell shell, DemoData data, Prompter ask, Runnable done) {
        Job job = Job.create(Messages.DemoDataAddon_loadingTheSetup, m -> {
            String message;
            try {
                DemoData.SetupSummary s = data.loadSetup();
                message = s.total() == 0 ? Messages.DemoDataAddon_setupThereAlready
                        : NLS.bind(Messages.DemoDataAddon_setupLoaded, s.describe());
            } catch (RuntimeException e) {
                message = NLS.bind(Messages.DemoDataAddon_setupCouldNot, e.getMessage());
            }
            String shown = message;
            if (!shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        if (done != null) {
                            done.run();
                        }
                        ask.inform(shell, Messages.DemoDataAddon_demoData, shown);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}

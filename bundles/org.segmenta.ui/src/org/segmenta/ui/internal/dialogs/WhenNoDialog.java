package org.segmenta.ui.internal.dialogs;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Opens what a background job has to show (a report, a question) only when the user is not in a modal dialog: a
 * dialog that pops up over another one takes the keyboard from the dialog the user is working in. While one is open,
 * the call waits (checking twice a second) and runs when the last modal dialog has closed, as Eclipse keeps a job's
 * result until the user is free to look at it.
 */
public final class WhenNoDialog {

    /** How often a waiting call looks again, in milliseconds. */
    static final int RETRY_MS = 500;

    private WhenNoDialog() {
    }

    /**
     * Runs {@code show} on the UI thread now if no modal dialog is open, else as soon as none is.
     *
     * @param owner the window the result belongs to; when it is disposed, {@code show} is dropped
     * @param show what to open; called on the UI thread
     */
    public static void run(Shell owner, Runnable show) {
        if (owner.isDisposed()) {
            return;
        }
        if (modalOpen(owner.getDisplay())) {
            owner.getDisplay().timerExec(RETRY_MS, () -> run(owner, show));
        } else {
            show.run();
        }
    }

    /**
     * @param display the display
     * @return whether a visible modal shell (a dialog, a wizard) is open
     */
    public static boolean modalOpen(Display display) {
        for (Shell s : display.getShells()) {
            if (!s.isDisposed() && s.isVisible()
                    && (s.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL)) != 0) {
                return true;
            }
        }
        return false;
    }
}

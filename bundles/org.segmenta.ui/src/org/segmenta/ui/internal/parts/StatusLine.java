package org.segmenta.ui.internal.parts;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.segmenta.ui.Background;
import org.segmenta.ui.Background.Running;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The status line at the bottom of the main window (an e4 tool control in the bottom trim): the running job of
 * {@link Background} with its progress and a Cancel button, "Ready" when nothing runs.
 */
public final class StatusLine {

    private static final int REFRESH_MS = 200;
    private static final String READY = Messages.StatusLine_ready;

    private Composite root;
    private Label text;
    private ProgressBar bar;
    private Button cancel;
    private Runnable unsubscribe;
    private boolean ticking;
    private Running shown;

    /**
     * @param parent the trim bar
     */
    @PostConstruct
    public void createControls(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 1;
        layout.marginWidth = 4;
        root.setLayout(layout);
        text = new Label(root, SWT.NONE);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 720;
        text.setLayoutData(textData);
        text.setText(READY);
        bar = new ProgressBar(root, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData barData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        barData.widthHint = 160;
        bar.setLayoutData(barData);
        bar.setVisible(false);
        cancel = new Button(root, SWT.PUSH);
        cancel.setText(Messages.StatusLine_cancel);
        cancel.setToolTipText(Messages.StatusLine_stopsTheRunningJobWhat);
        cancel.setVisible(false);
        cancel.addListener(SWT.Selection, e -> {
            if (shown != null) {
                shown.cancel();
                refresh();
            }
        });
        Display display = parent.getDisplay();
        unsubscribe = Background.onChange(() -> {
            if (!display.isDisposed()) {
                display.asyncExec(this::refresh);
            }
        });
        refresh();
        // the trim bar's layout caches its sizes from before this control existed: make it measure again
        display.asyncExec(() -> {
            if (!root.isDisposed()) {
                root.requestLayout();
            }
        });
    }

    /** @return the line's text, what the user reads */
    public String text() {
        return text.getText();
    }

    /** @return the Cancel button */
    public Button cancelButton() {
        return cancel;
    }

    private void refresh() {
        if (root == null || root.isDisposed()) {
            return;
        }
        List<Running> running = Background.running();
        if (running.isEmpty()) {
            shown = null;
            String result = Background.lastResult();
            text.setText(result == null ? READY : result);
            bar.setVisible(false);
            cancel.setVisible(false);
            return;
        }
        shown = running.get(running.size() - 1);
        String more = running.size() > 1 ? NLS.bind(Messages.StatusLine_more, (running.size() - 1)) : "";
        text.setText(shown.label() + more);
        int percent = shown.percent();
        bar.setVisible(true);
        bar.setMaximum(100);
        bar.setSelection(percent < 0 ? 0 : percent);
        bar.setState(percent < 0 ? SWT.PAUSED : SWT.NORMAL);
        cancel.setVisible(shown.cancellable());
        cancel.setEnabled(!shown.isCanceled());
        if (!ticking) {
            ticking = true;
            root.getDisplay().timerExec(REFRESH_MS, () -> {
                ticking = false;
                refresh();
            });
        }
    }

    /** Stops listening to the jobs. */
    @PreDestroy
    public void dispose() {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }
}

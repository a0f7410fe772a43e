package org.segmenta.ui.internal.dialogs;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.core.interaction.FindingGroup;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogProblem;

/**
 * The Log Segment dialog: the options of the reference (Send Attachments, Create Follow-up Segment) and the pre-Log
 * check's findings, read again in the background when Send changes. Log is enabled only when there are no errors.
 * Send Attachments is greyed, with the service's reason beneath it, when no line has a correspondence type (nothing
 * would be sent or stored). Source: NAV report 5185 Log Segment (request page).
 */
public final class LogDialog extends TitleAreaDialog {

    private final String segmentNo;
    private final Function<Boolean, List<FindingGroup>> validate;
    private final Supplier<Optional<String>> sendUnavailable;
    private final String userId;
    private Button send;
    private Label sendReason;
    private Button followUp;
    private FindingsTree findings;
    private LogOptions result;
    private int generation;
    private boolean checked;

    /**
     * @param parent the parent shell
     * @param segmentNo the segment
     * @param validate the pre-Log check for a Send choice, its findings grouped by cause; called on a background job
     * @param userId who logs
     */
    public LogDialog(Shell parent, String segmentNo, Function<Boolean, List<FindingGroup>> validate, String userId) {
        this(parent, segmentNo, validate, Optional::empty, userId);
    }

    /**
     * @param parent the parent shell
     * @param segmentNo the segment
     * @param validate the pre-Log check for a Send choice, its findings grouped by cause; called on a background job
     * @param sendUnavailable why Send Attachments has nothing to send (the interaction service's
     *            {@code sendUnavailable}), empty when it has; called once on a background job
     * @param userId who logs
     */
    public LogDialog(Shell parent, String segmentNo, Function<Boolean, List<FindingGroup>> validate,
            Supplier<Optional<String>> sendUnavailable, String userId) {
        super(parent);
        this.segmentNo = segmentNo;
        this.validate = validate;
        this.sendUnavailable = sendUnavailable;
        this.userId = userId;
        setHelpAvailable(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.LogDialog_logSegment);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(900, 560);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(NLS.bind(Messages.LogDialog_logSegment2, segmentNo));
        setMessage(Messages.LogDialog_loggingCreatesOneInteractionLog);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().applyTo(body);
        send = new Button(body, SWT.CHECK);
        send.setText(Messages.LogDialog_sendAttachmentsMergeTheWord);
        send.addListener(SWT.Selection, e -> check());
        sendReason = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).indent(20, 0).exclude(true)
                .applyTo(sendReason);
        sendReason.setVisible(false);
        followUp = new Button(body, SWT.CHECK);
        followUp.setText(Messages.LogDialog_createFollowUpSegmentWith);
        findings = new FindingsTree(body, null);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.LogDialog_log, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    private void check() {
        int mine = ++generation;
        checked = false;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setErrorMessage(null);
        setMessage(Messages.LogDialog_checkingTheSegment);
        boolean sending = send.getSelection();
        boolean first = mine == 1;
        Job job = Job.create(NLS.bind(Messages.LogDialog_checkingSegment, segmentNo), monitor -> {
            List<FindingGroup> found;
            Optional<String> unavailable = Optional.empty();
            try {
                if (first) {
                    unavailable = sendUnavailable.get();
                    Optional<String> reason = unavailable;
                    Shell shell = getShell();
                    if (reason.isPresent() && shell != null && !shell.isDisposed()) {
                        shell.getDisplay().asyncExec(() -> greySend(reason.get()));
                    }
                }
                found = validate.apply(sending && unavailable.isEmpty());
            } catch (RuntimeException e) {
                found = FindingGroup.of(List.of(new LogProblem(LogProblem.Severity.ERROR, null, null, null, NLS.bind(Messages.LogDialog_theCheckFailed, e.getMessage()))));
            }
            List<FindingGroup> shown = found;
            Shell shell = getShell();
            if (shell != null && !shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    if (mine == generation && !findings.tree().isDisposed()) {
                        show(shown);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Send Attachments has nothing to send: unticked, greyed, with the reason beneath it. */
    private void greySend(String reason) {
        if (send.isDisposed()) {
            return;
        }
        boolean wasTicked = send.getSelection();
        send.setSelection(false);
        send.setEnabled(false);
        send.setToolTipText(reason);
        sendReason.setText(reason);
        sendReason.setVisible(true);
        ((org.eclipse.swt.layout.GridData) sendReason.getLayoutData()).exclude = false;
        sendReason.getParent().layout(true, true);
        if (wasTicked) {
            check(); // ticked before the answer came: check again without Send
        }
    }

    /** @return the reason shown beneath a greyed Send Attachments, or empty */
    public String sendReason() {
        return sendReason.isVisible() ? sendReason.getText() : "";
    }

    private void show(List<FindingGroup> groups) {
        findings.show(groups);
        long errors = FindingGroup.count(groups, LogProblem.Severity.ERROR);
        long all = findings.findings();
        checked = true;
        if (errors > 0) {
            setErrorMessage(NLS.bind(Messages.LogDialog_logFixThemInThe, Formats.count(errors), (errors == 1 ? Messages.LogDialog_errorStops : Messages.LogDialog_errorsStop)));
        } else {
            setErrorMessage(null);
            setMessage(all == 0 ? Messages.LogDialog_noProblemsFoundChooseLog
                    : NLS.bind(Messages.LogDialog_logWillDoAsThey, Formats.count(all), (all == 1 ? Messages.LogDialog_warning2 : Messages.LogDialog_warnings)));
        }
        getButton(IDialogConstants.OK_ID).setEnabled(errors == 0);
    }

    /** @return whether the check has come back */
    public boolean checked() {
        return checked;
    }

    /** @return the findings, grouped by cause */
    public FindingsTree findings() {
        return findings;
    }

    /** @return the Send Attachments check box */
    public Button sendButton() {
        return send;
    }

    /** @return the Create Follow-up Segment check box */
    public Button followUpButton() {
        return followUp;
    }

    /** Widened to public for tests. */
    @Override
    public Button getButton(int id) {
        return super.getButton(id);
    }

    @Override
    protected void okPressed() {
        result = new LogOptions(send.getSelection(), followUp.getSelection(), userId);
        super.okPressed();
    }

    /** @return the options chosen, or null when cancelled */
    public LogOptions result() {
        return result;
    }

    @Override
    public boolean close() {
        generation++;
        return super.close();
    }
}

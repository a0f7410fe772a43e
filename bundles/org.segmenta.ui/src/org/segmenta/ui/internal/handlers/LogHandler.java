package org.segmenta.ui.internal.handlers;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LogAndDelivery;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogResult;
import org.segmenta.ui.Background;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.internal.dialogs.LogDialog;
import org.segmenta.ui.internal.parts.SegmentEditors;

import jakarta.inject.Named;

/**
 * Segment › Log Segment (Ctrl+L): the Log dialog with the pre-Log check, then Log in a background job; the editor
 * closes, the Segments, Logged Segments and Interaction Log parts are told. Source: NAV report 5185.
 */
public final class LogHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        return Segments.current(active) != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, InteractionService interactions,
            EPartService parts, Background background, @Optional Prompter prompter,
            @Optional DeliveryService delivery, @Optional DeliverySettingsService deliverySettings) {
        String no = Segments.current(active);
        if (no == null) {
            return;
        }
        MPart editor = SegmentEditors.find(parts, no);
        if (editor != null && editor.isDirty() && !parts.savePart(editor, true)) {
            return;
        }
        LogDialog dialog = new LogDialog(shell, no, send -> interactions.check(no, send),
                () -> interactions.sendUnavailable(no), System.getProperty("user.name", ""));
        if (dialog.open() != Window.OK) {
            return;
        }
        LogOptions options = dialog.result();
        Segments.say(active, NLS.bind(Messages.LogHandler_loggingSegment, no));
        // with Send Attachments the service delivers right after Log (the same call as 'log --send')
        DeliveryService deliverer = deliverySettings == null ? null : delivery;
        String name = NLS.bind(options.sendAttachments() && deliverer != null ? Messages.LogHandler_loggingAndDelivering
                : Messages.LogHandler_loggingSegment2, no);
        background.work(name, shell).cancellable()
                .onFailure(m -> Segments.say(active, NLS.bind(Messages.LogHandler_segmentWasNotLogged, no, m)))
                .onCancel(() -> Segments.say(active, NLS.bind(Messages.LogHandler_logOfSegmentWasCancelled, no)))
                .run(monitor -> {
                    // the service tells its phases and counts the letters and the deliveries ("N of M")
                    SubMonitor sub = SubMonitor.convert(monitor, name, 1);
                    LogAndDelivery result;
                    try {
                        result = interactions.logAndDeliver(no, options, deliverer,
                                deliverySettings == null ? null : deliverySettings::load, sub.newChild(1));
                    } catch (org.segmenta.core.store.CancelledException e) {
                        throw new org.eclipse.core.runtime.OperationCanceledException(e.getMessage());
                    }
                    monitor.done();
                    return result;
                }, both -> {
                    LogResult done = both.log();
                    SegmentEditors.close(parts, no);
                    if (done.followUpSegmentNo() != null) {
                        SegmentEditors.open(parts, done.followUpSegmentNo());
                    }
                    String delivered = delivered(no, both);
                    if (!delivered.isEmpty()) {
                        Background.announce(delivered.strip());
                    }
                    Prompter.or(prompter).inform(shell, Messages.LogHandler_logSegment, NLS.bind(Messages.LogHandler_segmentHasBeenLogged, no, done.entries(), (done.entries() == 1 ? Messages.LogHandler_interaction : Messages.LogHandler_interactions), (done.documents() > 0 ? Formats.plural(done.documents(), Messages.LogHandler_documentStored, Messages.LogHandler_documentsStored) : ""), (done.followUpSegmentNo() != null ? NLS.bind(Messages.LogHandler_followUpSegment, done.followUpSegmentNo()) : "")) + delivered);
                });
    }

    /**
     * @param no the segment
     * @param both what Log and its delivery did
     * @return what the delivery did and where the print document is (on a new line), or "" when nothing was delivered
     */
    static String delivered(String no, LogAndDelivery both) {
        if (both.deliveryFailure() != null) {
            return "\n" + NLS.bind(Messages.LogHandler_loggedButNotDelivered, no,
                    both.deliveryFailure().getMessage() == null
                    ? both.deliveryFailure().getClass().getSimpleName() : both.deliveryFailure().getMessage());
        }
        if (both.delivery() == null) {
            return "";
        }
        org.segmenta.core.delivery.DeliveryReport r = both.delivery();
        return "\n" + NLS.bind(Messages.LogHandler_delivery, r.summary(),
                r.notes().isEmpty() ? "." : ". " + r.notes().get(0));
    }
}

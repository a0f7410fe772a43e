package org.segmenta.ui.internal.handlers;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.core.interaction.InteractionService;
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
            EPartService parts, Background background, @Optional Prompter prompter) {
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
        background.work(NLS.bind(Messages.LogHandler_loggingSegment2, no), shell).cancellable()
                .onFailure(m -> Segments.say(active, NLS.bind(Messages.LogHandler_segmentWasNotLogged, no, m)))
                .onCancel(() -> Segments.say(active, NLS.bind(Messages.LogHandler_logOfSegmentWasCancelled, no)))
                .run(monitor -> {
                    monitor.beginTask(NLS.bind(Messages.LogHandler_loggingSegment2, no), IProgressMonitor.UNKNOWN);
                    LogResult result;
                    try {
                        result = interactions.log(no, options, monitor::isCanceled);
                    } catch (org.segmenta.core.store.CancelledException e) {
                        throw new org.eclipse.core.runtime.OperationCanceledException(e.getMessage());
                    }
                    monitor.done();
                    return result;
                }, done -> {
                    SegmentEditors.close(parts, no);
                    if (done.followUpSegmentNo() != null) {
                        SegmentEditors.open(parts, done.followUpSegmentNo());
                    }
                    Prompter.or(prompter).inform(shell, Messages.LogHandler_logSegment, NLS.bind(Messages.LogHandler_segmentHasBeenLogged, no, done.entries(), (done.entries() == 1 ? Messages.LogHandler_interaction : Messages.LogHandler_interactions), (done.documents() > 0 ? Formats.plural(done.documents(), Messages.LogHandler_documentStored, Messages.LogHandler_documentsStored) : ""), (done.followUpSegmentNo() != null ? NLS.bind(Messages.LogHandler_followUpSegment, done.followUpSegmentNo()) : "")));
                });
    }
}

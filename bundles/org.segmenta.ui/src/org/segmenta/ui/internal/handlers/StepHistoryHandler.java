package org.segmenta.ui.internal.handlers;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.ui.Background;
import org.segmenta.ui.Prompter;

import jakarta.inject.Named;

/** Edit › Undo Step (Go Back) and Redo Step on the active segment, in a background job. */
public abstract class StepHistoryHandler {

    /** @return true to undo, false to redo */
    protected abstract boolean undo();

    /**
     * @param active the active part
     * @return whether there is a segment to act on
     */
    @CanExecute
    public boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        return Segments.current(active) != null;
    }

    /**
     * @param shell the active shell
     * @param active the active part
     * @param segments the segment service
     * @param background runs the step in a job with progress in the status line
     * @param prompter asks the user, if another than message dialogs
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_PART) MPart active,
            SegmentService segments, Background background,
            @org.eclipse.e4.core.di.annotations.Optional Prompter prompter) {
        String no = Segments.current(active);
        if (no == null) {
            return;
        }
        if (!undo()) {
            run(shell, active, segments, background, no);
            return;
        }
        // the service counts what the undo would do (the step's description, the lines that come back and go);
        // the question is its text, the same the command line's segment undo --dry-run prints
        background.work(NLS.bind(Messages.StepHistoryHandler_theLastStepOfSegment, Messages.StepHistoryHandler_undoing, no), shell)
                .onFailure(m -> Segments.say(active, NLS.bind(Messages.StepHistoryHandler_failed, Messages.StepHistoryHandler_undo, m)))
                .run(monitor -> segments.undoPreview(no), preview -> {
                    if (preview.isEmpty()) {
                        Segments.say(active, Messages.StepHistoryHandler_thereIsNoStepTo);
                    } else if (Prompter.or(prompter).confirm(shell, Messages.StepHistoryHandler_undoStep,
                            preview.get().question())) {
                        run(shell, active, segments, background, no);
                    }
                });
    }

    private void run(Shell shell, MPart active, SegmentService segments, Background background, String no) {
        String name = NLS.bind(Messages.StepHistoryHandler_theLastStepOfSegment, (undo() ? Messages.StepHistoryHandler_undoing : Messages.StepHistoryHandler_redoing), no);
        background.work(name, shell)
                .onFailure(m -> Segments.say(active, NLS.bind(Messages.StepHistoryHandler_failed, (undo() ? Messages.StepHistoryHandler_undo : Messages.StepHistoryHandler_redo), m)))
                .run(monitor -> {
                    monitor.beginTask(name, IProgressMonitor.UNKNOWN);
                    Optional<StepSummary> done = undo() ? segments.undo(no) : segments.redo(no);
                    monitor.done();
                    return done;
                }, done -> Segments.changed(active, no,
                        done.map(s -> (undo() ? Messages.StepHistoryHandler_undone : Messages.StepHistoryHandler_redone) + s.describe())
                                .orElse(undo() ? Messages.StepHistoryHandler_thereIsNoStepTo : Messages.StepHistoryHandler_thereIsNoUndoneStep)));
    }

    /** Edit › Undo Step (Ctrl+Z). */
    public static final class Undo extends StepHistoryHandler {
        @Override
        protected boolean undo() {
            return true;
        }
    }

    /** Edit › Redo Step (Ctrl+Y). */
    public static final class Redo extends StepHistoryHandler {
        @Override
        protected boolean undo() {
            return false;
        }
    }
}

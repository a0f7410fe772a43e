package org.segmenta.ui.internal.handlers;

import org.segmenta.model.rules.Captions;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.core.criteria.CriteriaSources;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.model.CriteriaAction;
import org.segmenta.ui.Background;
import org.segmenta.ui.internal.dialogs.CriteriaStepDialog;

import jakarta.inject.Named;

/**
 * Add / Reduce / Refine Contacts on the active segment: the criteria dialog with its live count, then the step in a
 * background job. Subclasses name the action.
 */
public abstract class CriteriaStepHandler {

    /** @return the step this handler builds */
    protected abstract CriteriaAction action();

    /**
     * @param active the active part
     * @return whether there is a segment to act on
     */
    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        return Segments.current(active) != null;
    }

    /**
     * @param shell the active shell
     * @param active the active part
     * @param segments the segment service
     * @param sources the criteria sources
     * @param background runs the step in a job with progress in the status line
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, SegmentService segments,
            CriteriaSources sources, Background background) {
        String no = Segments.current(active);
        if (no == null) {
            return;
        }
        CriteriaStepDialog dialog = new CriteriaStepDialog(shell, action(), sources.all(),
                (r, cancelled) -> segments.count(no, r, cancelled));
        if (dialog.open() != Window.OK) {
            return;
        }
        StepRequest step = dialog.result();
        Segments.say(active, NLS.bind(Messages.CriteriaStepHandler_applyingToSegment, Captions.shown(action()), no));
        background.work(NLS.bind(Messages.CriteriaStepHandler_onSegment, Captions.shown(action()), no), shell).cancellable()
                .onFailure(m -> Segments.say(active, NLS.bind(Messages.CriteriaStepHandler_failed, Captions.shown(action()), m)))
                .onCancel(() -> Segments.say(active, NLS.bind(Messages.CriteriaStepHandler_onSegmentWasCancelledThe, Captions.shown(action()), no)))
                .run(monitor -> {
                    // the service tells its phases (a set-based step has no count while its statement runs)
                    SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.CriteriaStepHandler_onSegment,
                            Captions.shown(action()), no), 1);
                    StepSummary done;
                    try {
                        done = segments.apply(no, step, sub.newChild(1));
                    } catch (org.segmenta.core.store.CancelledException e) {
                        throw new org.eclipse.core.runtime.OperationCanceledException(e.getMessage());
                    }
                    monitor.done();
                    return done;
                }, done -> Segments.changed(active, no, done.describe()));
    }

    /** Segment › Add Contacts (Ctrl+Alt+A). */
    public static final class Add extends CriteriaStepHandler {
        @Override
        protected CriteriaAction action() {
            return CriteriaAction.ADD;
        }
    }

    /** Segment › Reduce Contacts: removes the lines whose contact matches. */
    public static final class Reduce extends CriteriaStepHandler {
        @Override
        protected CriteriaAction action() {
            return CriteriaAction.REDUCE;
        }
    }

    /** Segment › Refine Contacts: keeps only the lines whose contact matches. */
    public static final class Refine extends CriteriaStepHandler {
        @Override
        protected CriteriaAction action() {
            return CriteriaAction.REFINE;
        }
    }
}

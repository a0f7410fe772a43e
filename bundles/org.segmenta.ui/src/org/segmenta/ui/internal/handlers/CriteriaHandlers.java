package org.segmenta.ui.internal.handlers;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.core.store.Store;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.SavedSegmentCriteria;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.internal.dialogs.ChooseDialog;

import jakarta.inject.Named;

/** Save Criteria, Reuse Criteria and Reuse Logged Segment on the active segment. */
public final class CriteriaHandlers {

    private CriteriaHandlers() {
    }

    /** Segment › Save Criteria: asks a code and a description, then saves the steps in effect. */
    public static final class Save {

        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
            return Segments.current(active) != null;
        }

        @Execute
        public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
                @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, SegmentService segments,
                @Optional Prompter prompter) {
            String no = Segments.current(active);
            InputDialog code = new InputDialog(shell, Messages.CriteriaHandlers_saveCriteria, Messages.CriteriaHandlers_codeOfTheSavedCriteria, "",
                    v -> v.isBlank() ? Messages.CriteriaHandlers_enterACode : v.length() > 10 ? Messages.CriteriaHandlers_atMost10Characters : null);
            if (code.open() != Window.OK) {
                return;
            }
            InputDialog description = new InputDialog(shell, Messages.CriteriaHandlers_saveCriteria, Messages.CriteriaHandlers_description, "", null);
            if (description.open() != Window.OK) {
                return;
            }
            try {
                String saved = segments.saveCriteria(no, code.getValue(), description.getValue().strip());
                Segments.say(active, NLS.bind(Messages.CriteriaHandlers_criteriaSavedAs, saved));
            } catch (RuntimeException e) {
                Prompter.or(prompter).error(shell, Messages.CriteriaHandlers_saveCriteria, e.getMessage());
            }
        }
    }

    /** Segment › Reuse Criteria: replays saved criteria on today's data. */
    public static final class Reuse {

        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
            return Segments.current(active) != null;
        }

        @Execute
        public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
                @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, SegmentService segments, Store store,
                UISynchronize sync) {
            String no = Segments.current(active);
            List<SavedSegmentCriteria> saved = store.read(s -> s.savedCriteria().list());
            ChooseDialog d = new ChooseDialog(shell, Messages.CriteriaHandlers_reuseCriteria, NLS.bind(Messages.CriteriaHandlers_chooseSavedCriteriaToReplay, no),
                    saved.stream().map(c -> NLS.bind(Messages.CriteriaHandlers_steps, c.getCode(), (c.getDescription() == null ? "" : c.getDescription()),
                            Formats.plural(c.getLines().size(), Messages.Count_stepOne, Messages.Count_stepOther))).toList());
            if (d.open() != Window.OK || d.chosen() < 0) {
                return;
            }
            String code = saved.get(d.chosen()).getCode();
            Job job = Job.create(NLS.bind(Messages.CriteriaHandlers_reusingCriteria, code), m -> {
                String message;
                try {
                    List<StepSummary> done = segments.reuseCriteria(no, code);
                    message = NLS.bind(Messages.CriteriaHandlers_criteriaReplayedSteps, code,
                            Formats.plural(done.size(), Messages.Count_stepOne, Messages.Count_stepOther),
                            done.isEmpty() ? "." : Formats.plural(done.get(done.size() - 1).linesAfter(),
                                    Messages.CriteriaHandlers_line, Messages.CriteriaHandlers_lines));
                } catch (RuntimeException e) {
                    message = NLS.bind(Messages.CriteriaHandlers_reuseCriteriaFailed, e.getMessage());
                }
                String shown = message;
                sync.asyncExec(() -> Segments.changed(active, no, shown));
                return Status.OK_STATUS;
            });
            job.setUser(true);
            job.schedule();
        }
    }

    /** Segment › Reuse Logged Segment: adds the contacts of a logged segment. */
    public static final class ReuseLogged {

        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
            return Segments.current(active) != null;
        }

        @Execute
        public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
                @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, SegmentService segments,
                InteractionService interactions, UISynchronize sync) {
            String no = Segments.current(active);
            List<LoggedSegment> logged = interactions.loggedSegments(0, 500);
            ChooseDialog d = new ChooseDialog(shell, Messages.CriteriaHandlers_reuseLoggedSegment,
                    NLS.bind(Messages.CriteriaHandlers_chooseALoggedSegmentWhose, no),
                    logged.stream().map(l -> NLS.bind(Messages.CriteriaHandlers_interactions, l.getEntryNo(), l.getSegmentNo(), (l.getDescription() == null ? "" : l.getDescription()),
                            Formats.plural(l.getNoOfInteractions(), Messages.Count_interactionOne, Messages.Count_interactionOther), (l.isCanceled() ? Messages.CriteriaHandlers_canceled : ""))).toList());
            if (d.open() != Window.OK || d.chosen() < 0) {
                return;
            }
            long entryNo = logged.get(d.chosen()).getEntryNo();
            Job job = Job.create(NLS.bind(Messages.CriteriaHandlers_reusingLoggedSegment, entryNo), m -> {
                String message;
                try {
                    message = segments.reuseLoggedSegment(no, entryNo, false).describe();
                } catch (RuntimeException e) {
                    message = NLS.bind(Messages.CriteriaHandlers_reuseLoggedSegmentFailed, e.getMessage());
                }
                String shown = message;
                sync.asyncExec(() -> Segments.changed(active, no, shown));
                return Status.OK_STATUS;
            });
            job.setUser(true);
            job.schedule();
        }
    }
}

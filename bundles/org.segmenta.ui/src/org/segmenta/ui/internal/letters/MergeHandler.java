package org.segmenta.ui.internal.letters;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.merge.MergeProgress;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.ui.Background;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.internal.parts.SegmentAware;
import org.segmenta.ui.internal.parts.SegmentEditorPart;
import org.segmenta.ui.internal.parts.SegmentEditors;

import jakarta.inject.Named;

/**
 * Segment › Merge...: the {@link MergeWizard} on the active segment, then its choice in a background job with
 * progress and cancel: the document becomes the segment's ({@code InteractionService.useWordDocument}, the mapping
 * kept with it), and the letters are merged to a folder or one combined file. The outcome, or the error, is told to
 * the user; nothing is swallowed.
 */
public final class MergeHandler {

    /**
     * @param active the active part
     * @return whether there is a segment to merge
     */
    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active) {
        return active != null && active.getObject() instanceof SegmentAware s && s.segmentNo() != null;
    }

    /**
     * @param shell the active shell
     * @param active the active part
     * @param interactions the interaction service
     * @param merge the Word merge service
     * @param segments the segment service
     * @param parts the part service
     * @param background runs the merge as a job with progress and cancel
     * @param prompter who tells the user, if not message dialogs
     */
    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, InteractionService interactions,
            MergeService merge, SegmentService segments, EPartService parts, Background background,
            @Optional Prompter prompter) {
        if (!canExecute(active)) {
            return;
        }
        String no = ((SegmentAware) active.getObject()).segmentNo();
        MPart editor = SegmentEditors.find(parts, no);
        if (editor != null && editor.isDirty() && !parts.savePart(editor, true)) {
            return;
        }
        MergeWizard wizard = new MergeWizard(no, interactions, merge, segments,
                request -> run(shell, active, request, interactions, background, Prompter.or(prompter)));
        new MergeWizardDialog(shell, wizard).open();
    }

    private static void run(Shell shell, MPart active, MergeWizard.Request r, InteractionService interactions,
            Background background, Prompter prompter) {
        background.work(NLS.bind(Messages.MergeHandler_mergingSegment, r.segmentNo()), shell).cancellable()
                .onCancel(() -> prompter.inform(shell, MergeWizard.TITLE, Messages.MergeHandler_theMergeWasCanceledNo))
                .run(monitor -> {
            SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.MergeHandler_mergingSegment, r.segmentNo()), 1000);
            StringBuilder said = new StringBuilder();
            if (r.useForSegment() && r.own() != null) {
                sub.subTask(NLS.bind(Messages.MergeHandler_storingAsTheSegmentS, r.own().fileName()));
                interactions.useStoredWordDocument(r.segmentNo(), r.own().attachmentNo(), r.mapping());
                said.append(r.own().fileName()).append(Messages.MergeHandler_isNowTheWordDocument)
                        .append(r.segmentNo()).append(Messages.MergeHandler_attachment).append(r.own().attachmentNo())
                        .append(").");
            } else if (r.useForSegment()) {
                sub.subTask(NLS.bind(Messages.MergeHandler_storingAsTheSegmentS, r.document().getFileName()));
                long attachment = interactions.useWordDocument(r.segmentNo(), r.document().getFileName().toString(),
                        Files.readAllBytes(r.document()), r.mapping());
                said.append(r.document().getFileName()).append(Messages.MergeHandler_isNowTheWordDocument)
                        .append(r.segmentNo()).append(Messages.MergeHandler_attachment).append(attachment).append(").");
            }
            MergeProgress progress = new MergeProgress() {
                private int reported;

                @Override
                public void worked(int done, long total) {
                    if (reported == 0) {
                        sub.setWorkRemaining((int) Math.max(1, total));
                    }
                    sub.worked(done - reported);
                    sub.subTask(NLS.bind(Messages.MergeHandler_ofLetters, Formats.count(done),
                            Formats.plural(total, Messages.Count_letterOne, Messages.Count_letterOther)));
                    reported = done;
                }

                @Override
                public boolean isCanceled() {
                    return sub.isCanceled();
                }
            };
            Path document = r.useForSegment() ? null : r.document();
            MergeResult result;
            try {
                result = switch (r.output()) {
                case FOLDER -> interactions.mergeToFolder(r.segmentNo(), r.target(), document, r.mapping(), progress);
                case COMBINED -> interactions.mergeCombined(r.segmentNo(), r.target(), document, r.mapping(), progress);
                case NONE -> null;
                };
            } catch (CancellationException e) {
                throw new OperationCanceledException(e.getMessage());
            }
            if (result != null) {
                said.append(said.isEmpty() ? "" : "\n").append(result.letters())
                        .append(result.letters() == 1 ? Messages.MergeHandler_letter : Messages.MergeHandler_letters).append(Messages.MergeHandler_mergedInto)
                        .append(r.target()).append(".");
                if (!result.problems().isEmpty()) {
                    said.append(Messages.MergeHandler_goodToKnow);
                    result.problems().stream().map(p -> p.message()).distinct().limit(10)
                            .forEach(m -> said.append("\n• ").append(m));
                }
            }
            if (said.isEmpty() && r.own() != null) {
                said.append(NLS.bind(Messages.MergeHandler_keptWithoutLetters, r.own().fileName(), r.segmentNo()));
            }
            return said.toString();
        }, text -> {
            if (active.getObject() instanceof SegmentEditorPart e && r.segmentNo().equals(e.segmentNo())) {
                e.changed(text.lines().findFirst().orElse(""));
            }
            prompter.inform(shell, MergeWizard.TITLE, text);
        });
    }
}

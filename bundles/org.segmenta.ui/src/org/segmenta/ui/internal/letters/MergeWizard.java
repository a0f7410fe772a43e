package org.segmenta.ui.internal.letters;

import org.segmenta.ui.internal.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.wizard.Wizard;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.StoredDocument;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.SegmentService;

/**
 * Segment › Merge...: choose a Word main document (a .docx/.dotx of the user's, or the interaction template's own
 * letter), match its fields to Segmenta's merge data as Word's Match Fields does (the mapping is kept with a stored
 * document), step through the merged letters line by line, then use the document for the segment and/or merge to
 * a folder or one combined file. The wizard only asks; {@link Request} goes to the caller, which runs the service
 * calls in a job. Every check of the document is the merge service's.
 */
public final class MergeWizard extends Wizard {

    /** The title of the wizard's window. */
    public static final String TITLE = Messages.MergeWizard_mergeWithAWordDocument;

    /** Where the letters go. */
    public enum Output {
        /** Nowhere now (the document only becomes the segment's). */
        NONE,
        /** One .docx per line in a folder. */
        FOLDER,
        /** One combined .docx, a section per line. */
        COMBINED
    }

    /**
     * What the user chose.
     *
     * @param segmentNo the segment
     * @param document the user's main document, or {@code null} for the template's own letter
     * @param own the template's own letter, when chosen
     * @param mapping the field mapping as matched on the Match Fields page
     * @param useForSegment make {@code document} (or {@code own}) the segment's Word document (stored; Log sends these
     *            letters)
     * @param output where the letters go
     * @param target the folder or file for {@code output}
     */
    public record Request(String segmentNo, Path document, StoredDocument own, FieldMapping mapping,
            boolean useForSegment, Output output, Path target) {
    }

    final String segmentNo;
    final InteractionService interactions;
    final MergeService merge;
    final SegmentService segments;
    private final Consumer<Request> finish;

    /** the template's own letter, if the segment has one */
    final StoredDocument own;
    /** why the own letter cannot be used, when it cannot */
    final String ownProblem;

    /** the document chosen and inspected on the first page (null until then) */
    MainDocument document;
    /** whether {@link #document} is the own letter */
    boolean usingOwn;
    /** the mapping as the user matched it */
    FieldMapping mapping;

    private final ChooseDocumentPage choose;
    private final MatchFieldsPage match;
    private final PreviewPage preview;
    private final OutputPage output;

    /**
     * @param segmentNo the segment
     * @param interactions the interaction service
     * @param merge the Word merge service
     * @param segments the segment service (the lines to preview)
     * @param finish what Finish does with the user's choice (runs the merge)
     */
    public MergeWizard(String segmentNo, InteractionService interactions, MergeService merge, SegmentService segments,
            Consumer<Request> finish) {
        this.segmentNo = segmentNo;
        this.interactions = interactions;
        this.merge = merge;
        this.segments = segments;
        this.finish = finish;
        StoredDocument found = null;
        String problem = null;
        try {
            Optional<StoredDocument> o = interactions.inspectWordTemplate(segmentNo);
            found = o.orElse(null);
            if (found == null) {
                problem = Messages.MergeWizard_theSegmentSInteractionTemplate;
            }
        } catch (IOException | RuntimeException e) {
            problem = e.getMessage();
        }
        own = found;
        ownProblem = problem;
        setWindowTitle(TITLE);
        setNeedsProgressMonitor(false);
        choose = new ChooseDocumentPage(this);
        match = new MatchFieldsPage(this);
        preview = new PreviewPage(this);
        output = new OutputPage(this);
    }

    @Override
    public void addPages() {
        addPage(choose);
        addPage(match);
        addPage(preview);
        addPage(output);
    }

    /** @return the first page */
    public ChooseDocumentPage choosePage() {
        return choose;
    }

    /** @return the Match Fields page */
    public MatchFieldsPage matchPage() {
        return match;
    }

    /** @return the preview page */
    public PreviewPage previewPage() {
        return preview;
    }

    /** @return the last page */
    public OutputPage outputPage() {
        return output;
    }

    /** @return the file the merge reads: the user's document, or the temporary copy of the own letter */
    Path documentFile() {
        return document == null ? null : document.file();
    }

    @Override
    public boolean canFinish() {
        return document != null && output.isPageComplete() && getContainer().getCurrentPage() == output;
    }

    @Override
    public boolean performFinish() {
        match.keepOwnMapping();
        finish.accept(new Request(segmentNo, usingOwn ? null : document.file(), usingOwn ? own : null, mapping,
                output.useForSegment(), output.output(), output.target()));
        return true;
    }
}

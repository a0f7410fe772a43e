package org.segmenta.ui.internal.letters;

import org.segmenta.ui.internal.Messages;
import java.nio.file.Path;

import org.segmenta.ui.SegmentaPreferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Merge wizard, page 4: what Finish does. Use the chosen document as the segment's Word document (stored, so Log
 * stores exactly these letters; the template's own letter too), and/or merge now: one letter per line into a folder,
 * or one combined document. "Do not merge now" writes no letter. Whether a choice can be finished is the interaction
 * service's rule ({@code InteractionService.mergeChoiceProblem}); the page shows its reason. The merge runs in a
 * background job with progress and cancel.
 */
public final class OutputPage extends WizardPage {

    private final MergeWizard wizard;
    private Button use;
    private Label ownNote;
    private Button none;
    private Button folder;
    private Text folderPath;
    private Button combined;
    private Text combinedPath;

    OutputPage(MergeWizard wizard) {
        super("output");
        this.wizard = wizard;
        setTitle(Messages.OutputPage_useAndMerge);
        setDescription(Messages.OutputPage_keepTheDocumentWithThe);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).spacing(8, 8).applyTo(c);
        use = new Button(c, SWT.CHECK);
        use.setText(Messages.OutputPage_useThisDocumentAsThe);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(use);
        ownNote = new Label(c, SWT.WRAP);
        ownNote.setText(Messages.OutputPage_ownLetterNote);
        GridDataFactory.fillDefaults().span(3, 1).indent(24, 0).hint(480, SWT.DEFAULT).exclude(true).applyTo(ownNote);
        ownNote.setVisible(false);
        Label gap = new Label(c, SWT.NONE);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(gap);

        Path base = outputFolder();
        folder = new Button(c, SWT.RADIO);
        folder.setText(Messages.OutputPage_mergeToAFolderOne);
        folderPath = new Text(c, SWT.BORDER);
        folderPath.setText(base.resolve(wizard.segmentNo).toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(folderPath);
        Button browseFolder = new Button(c, SWT.PUSH);
        browseFolder.setText(Messages.OutputPage_browse);
        browseFolder.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setFilterPath(folderPath.getText());
            String chosen = d.open();
            if (chosen != null) {
                folderPath.setText(chosen);
            }
        });

        combined = new Button(c, SWT.RADIO);
        combined.setText(Messages.OutputPage_mergeIntoOneCombinedDocument);
        combinedPath = new Text(c, SWT.BORDER);
        combinedPath.setText(base.resolve(wizard.segmentNo + ".docx").toString());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combinedPath);
        Button browseFile = new Button(c, SWT.PUSH);
        browseFile.setText(Messages.OutputPage_browse);
        browseFile.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setOverwrite(true);
            d.setFilterExtensions(new String[] { "*.docx" });
            d.setFileName(wizard.segmentNo + ".docx");
            String chosen = d.open();
            if (chosen != null) {
                combinedPath.setText(chosen);
            }
        });

        none = new Button(c, SWT.RADIO);
        none.setText(Messages.OutputPage_doNotMergeNow);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(none);
        folder.setSelection(true);
        for (Button b : new Button[] { use, folder, combined, none }) {
            b.addListener(SWT.Selection, e -> validate());
        }
        folderPath.addListener(SWT.Modify, e -> validate());
        combinedPath.addListener(SWT.Modify, e -> validate());
        setControl(c);
    }

    /**
     * @return where letters go unless the user chooses another folder: Window › Preferences › Merge's output folder
     *         (company-presettable), else {@code <home>/Segmenta letters}
     */
    public static Path outputFolder() {
        String kept = SegmentaPreferences.get(SegmentaPreferences.MERGE_OUTPUT_FOLDER);
        return kept.isBlank() ? Path.of(System.getProperty("user.home"), Messages.OutputPage_segmentaLetters) : Path.of(kept.strip());
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            // the template's own letter can become the segment's document too; the note says what that and
            // "Do not merge now" do with it
            ownNote.setVisible(wizard.usingOwn);
            ((org.eclipse.swt.layout.GridData) ownNote.getLayoutData()).exclude = !wizard.usingOwn;
            ownNote.getParent().layout(true);
            validate();
        }
        super.setVisible(visible);
    }

    private void validate() {
        setErrorMessage(null);
        boolean ok = true;
        // whether Finish does something with the choice is the service's rule; the page shows its reason
        java.util.Optional<String> problem = wizard.interactions.mergeChoiceProblem(wizard.usingOwn, use.getSelection(),
                !none.getSelection());
        if (problem.isPresent()) {
            setErrorMessage(problem.get());
            ok = false;
        } else if (folder.getSelection() && folderPath.getText().isBlank()) {
            setErrorMessage(Messages.OutputPage_giveTheFolderForThe);
            ok = false;
        } else if (combined.getSelection() && !combinedPath.getText().strip().toLowerCase().endsWith(".docx")) {
            setErrorMessage(Messages.OutputPage_theCombinedDocumentIsA);
            ok = false;
        }
        setPageComplete(ok);
    }

    /** @return whether the document becomes the segment's */
    public boolean useForSegment() {
        return use.getSelection();
    }

    /** @return where the letters go */
    public MergeWizard.Output output() {
        return folder.getSelection() ? MergeWizard.Output.FOLDER
                : combined.getSelection() ? MergeWizard.Output.COMBINED : MergeWizard.Output.NONE;
    }

    /** @return the folder or file of {@link #output()}, or {@code null} for none */
    public Path target() {
        return switch (output()) {
        case FOLDER -> Path.of(folderPath.getText().strip());
        case COMBINED -> Path.of(combinedPath.getText().strip());
        case NONE -> null;
        };
    }

    /**
     * Chooses to merge one letter per line into a folder (as the radio button and the path field do).
     *
     * @param target the folder
     */
    public void mergeToFolder(Path target) {
        folder.setSelection(true);
        combined.setSelection(false);
        none.setSelection(false);
        folderPath.setText(target.toString());
        validate();
    }

    /** Chooses not to merge now (as the radio button does). */
    public void doNotMergeNow() {
        folder.setSelection(false);
        combined.setSelection(false);
        none.setSelection(true);
        validate();
    }

    /** @param on whether to use the document as the segment's (as the check box does) */
    public void useForSegment(boolean on) {
        use.setSelection(on);
        validate();
    }
}

package org.segmenta.ui.internal.letters;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeProblem;

/**
 * Merge wizard, page 1: the template's own letter, or a Word main document of the user's. A chosen file is inspected
 * at once by the merge service; a file that is not a Word document (or broken, encrypted, a binary .doc) shows the
 * service's message on the page and Next stays off. Nothing is stored here.
 */
public final class ChooseDocumentPage extends WizardPage {

    private final MergeWizard wizard;
    private Button own;
    private Button file;
    private Text path;
    private Button browse;
    private Label details;

    ChooseDocumentPage(MergeWizard wizard) {
        super("choose");
        this.wizard = wizard;
        setTitle(Messages.ChooseDocumentPage_chooseTheWordMainDocument);
        setDescription(NLS.bind(Messages.ChooseDocumentPage_theLetterEveryLineOf, wizard.segmentNo));
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).spacing(8, 8).applyTo(c);
        own = new Button(c, SWT.RADIO);
        own.setText(wizard.own != null ? NLS.bind(Messages.ChooseDocumentPage_theInteractionTemplateSOwn, wizard.own.fileName())
                : NLS.bind(Messages.ChooseDocumentPage_theInteractionTemplateSOwn2, wizard.ownProblem));
        own.setEnabled(wizard.own != null);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(own);
        file = new Button(c, SWT.RADIO);
        file.setText(Messages.ChooseDocumentPage_aWordDocument);
        path = new Text(c, SWT.BORDER | SWT.SINGLE);
        path.setMessage("/path/to/letter.docx");
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(path);
        browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.ChooseDocumentPage_browse);
        details = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(600, SWT.DEFAULT).indent(0, 12).applyTo(details);

        own.addListener(SWT.Selection, e -> inspect());
        file.addListener(SWT.Selection, e -> inspect());
        path.addListener(SWT.Modify, e -> {
            if (!file.getSelection()) {
                file.setSelection(true);
                own.setSelection(false);
            }
            inspect();
        });
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setText(Messages.ChooseDocumentPage_wordMainDocument);
            d.setFilterExtensions(new String[] { "*.docx;*.dotx;*.docm;*.dotm", "*.*" });
            d.setFilterNames(new String[] { Messages.ChooseDocumentPage_wordDocumentsAndTemplates, Messages.ChooseDocumentPage_allFiles });
            String chosen = d.open();
            if (chosen != null) {
                path.setText(chosen);
            }
        });
        (wizard.own != null ? own : file).setSelection(true);
        setControl(c);
        inspect();
    }

    /** Chooses the template's own letter (as clicking its button does). */
    public void chooseOwnLetter() {
        own.setSelection(true);
        file.setSelection(false);
        inspect();
    }

    /** @param document a main document to choose (as typing its path does) */
    public void chooseFile(Path document) {
        path.setText(document.toString());
    }

    /** @return the explanation under the choice: what was found, or what is wrong with the file */
    public String details() {
        return details.getText();
    }

    private void inspect() {
        wizard.document = null;
        wizard.mapping = null;
        setErrorMessage(null);
        setMessage(null);
        details.setText("");
        if (own.getSelection() && wizard.own != null) {
            wizard.usingOwn = true;
            found(wizard.own.document(), wizard.own.fileName());
            return;
        }
        wizard.usingOwn = false;
        String p = path.getText().strip();
        if (p.isEmpty()) {
            setPageComplete(false);
            return;
        }
        Path f = Path.of(p);
        if (!Files.isRegularFile(f)) {
            setErrorMessage(NLS.bind(Messages.ChooseDocumentPage_thereIsNoFileChoose, f));
            setPageComplete(false);
            return;
        }
        try {
            found(wizard.merge.inspect(f), f.getFileName().toString());
        } catch (MergeException e) {
            setErrorMessage(e.getMessage());
            StringBuilder b = new StringBuilder(Messages.ChooseDocumentPage_thisDocumentCannotBeMerged);
            for (MergeProblem problem : e.problems()) {
                b.append("\n• ").append(problem.message());
            }
            details.setText(b.toString());
            setPageComplete(false);
        }
        ((Composite) getControl()).layout(true, true);
    }

    /**
     * @param doc what inspecting the document found
     * @param name the document's name as the user knows it (the stored letter's file name, not its temporary copy's)
     */
    private void found(MainDocument doc, String name) {
        wizard.document = doc;
        wizard.mapping = doc.mapping();
        int unmapped = doc.mapping().unmapped().size();
        int fields = doc.mapping().entries().size();
        details.setText(name + ": " + fields + (fields == 1 ? Messages.ChooseDocumentPage_mergeField : Messages.ChooseDocumentPage_mergeFields)
                + (unmapped == 0 ? Messages.ChooseDocumentPage_allMatchedToSegmentaS : NLS.bind(Messages.ChooseDocumentPage_notMatchedSeeTheNext, unmapped))
                + (doc.problems().isEmpty() ? "" : Formats.plural(doc.problems().size(),
                        Messages.ChooseDocumentPage_thingToKnowOnThe, Messages.ChooseDocumentPage_thingsToKnowOnThe)));
        if (fields == 0) {
            setMessage(Messages.ChooseDocumentPage_theDocumentHasNoMerge, WARNING);
        }
        setPageComplete(true);
    }
}

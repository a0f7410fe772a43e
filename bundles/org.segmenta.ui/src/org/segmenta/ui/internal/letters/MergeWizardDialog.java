package org.segmenta.ui.internal.letters;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/** The dialog of the {@link MergeWizard}, sized for the preview, with its buttons reachable for tests. */
public final class MergeWizardDialog extends WizardDialog {

    private final MergeWizard wizard;

    /**
     * @param parent the parent shell
     * @param wizard the wizard
     */
    public MergeWizardDialog(Shell parent, MergeWizard wizard) {
        super(parent, wizard);
        this.wizard = wizard;
        setPageSize(720, 460);
    }

    /** @return the wizard */
    public MergeWizard wizard() {
        return wizard;
    }

    /**
     * @param id a button id, for example {@link org.eclipse.jface.dialogs.IDialogConstants#NEXT_ID}
     * @return the button
     */
    public Button button(int id) {
        return getButton(id);
    }
}

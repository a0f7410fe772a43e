package org.segmenta.ui.internal.fields;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.segmenta.core.setup.SetupService;

/**
 * A table cell editor for a code (a line's Salesperson Code, Language Code): a {@link CodeField} in the cell, whose
 * list of choices may take the focus and Enter without closing the cell (JFace's own way: Snippet060).
 */
public final class CodeCellEditor extends TextCellEditor {

    private final CodeField code;

    /**
     * @param parent the table
     * @param field the code field the column edits
     * @param setup the set-up service
     */
    public CodeCellEditor(Composite parent, EAttribute field, SetupService setup) {
        super(parent);
        code = CodeField.attach((Text) getControl(), field, setup);
    }

    @Override
    protected void focusLost() {
        if (code == null || !code.isProposalPopupOpen()) {
            super.focusLost();
        }
    }

    @Override
    protected boolean dependsOnExternalFocusListener() {
        return false;
    }

    @Override
    protected void keyReleaseOccured(KeyEvent e) {
        if (code != null && code.isProposalPopupOpen()) {
            return;
        }
        super.keyReleaseOccured(e);
    }

    /** @return the code field in the cell */
    public CodeField codeField() {
        return code;
    }
}

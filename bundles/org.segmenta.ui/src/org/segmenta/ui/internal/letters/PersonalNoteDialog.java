package org.segmenta.ui.internal.letters;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.segmenta.core.interaction.InteractionService;

/** Asks for a line's personal note: several lines of text, at most {@link InteractionService#PERSONAL_NOTE_MAX}. */
public final class PersonalNoteDialog extends TitleAreaDialog {

    /** The dialog's window title. */
    public static final String TITLE = Messages.PersonalNoteDialog_personalNote;

    private final String who;
    private final String initial;
    private Text text;
    private String note;

    /**
     * @param parent the parent shell
     * @param who the line, as the user knows it
     * @param initial the note it has, or {@code null}
     */
    public PersonalNoteDialog(Shell parent, String who, String initial) {
        super(parent);
        this.who = who;
        this.initial = initial;
        setHelpAvailable(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Point getInitialSize() {
        return new Point(620, 400);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(NLS.bind(Messages.PersonalNoteDialog_personalNoteFor, who));
        setMessage(Messages.PersonalNoteDialog_theNoteMergesIntoThe);
        Composite area = (Composite) super.createDialogArea(parent);
        text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        text.setText(initial == null ? "" : initial);
        text.setTextLimit(InteractionService.PERSONAL_NOTE_MAX);
        GridDataFactory.fillDefaults().grab(true, true).indent(8, 8).applyTo(text);
        text.addListener(SWT.Modify, e -> setMessage(NLS.bind(Messages.PersonalNoteDialog_ofCharacters, text.getText().length(), InteractionService.PERSONAL_NOTE_MAX)));
        return area;
    }

    @Override
    protected void okPressed() {
        note = text.getText();
        super.okPressed();
    }

    /** @return the note the user wrote (after OK) */
    public String note() {
        return note;
    }

    /** @return the text field */
    public Text text() {
        return text;
    }

    /**
     * @param id a button id
     * @return the button
     */
    public Button button(int id) {
        return getButton(id);
    }

    /** Presses OK (for tests). */
    public void ok() {
        getButton(IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}

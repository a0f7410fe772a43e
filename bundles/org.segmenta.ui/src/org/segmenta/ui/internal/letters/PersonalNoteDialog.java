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
    private final java.util.function.Supplier<java.util.Optional<String>> printCheck;
    private Text text;
    private String problem;
    private String note;

    /**
     * @param parent the parent shell
     * @param who the line, as the user knows it
     * @param initial the note it has, or {@code null}
     */
    public PersonalNoteDialog(Shell parent, String who, String initial) {
        this(parent, who, initial, null);
    }

    /**
     * @param parent the parent shell
     * @param who the line, as the user knows it
     * @param initial the note it has, or {@code null}
     * @param printCheck says why the note would not be printed ({@code InteractionService.personalNoteProblem}), run
     *        in the background when the dialog opens; null for none
     */
    public PersonalNoteDialog(Shell parent, String who, String initial,
            java.util.function.Supplier<java.util.Optional<String>> printCheck) {
        super(parent);
        this.who = who;
        this.initial = initial;
        this.printCheck = printCheck;
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
        text.addListener(SWT.Modify, e -> {
            if (problem == null) {
                setMessage(NLS.bind(Messages.PersonalNoteDialog_ofCharacters, text.getText().length(), InteractionService.PERSONAL_NOTE_MAX));
            }
        });
        if (printCheck != null) {
            org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(TITLE, m -> {
                java.util.Optional<String> found;
                try {
                    found = printCheck.get();
                } catch (RuntimeException e) {
                    found = java.util.Optional.empty();
                }
                found.ifPresent(why -> area.getDisplay().asyncExec(() -> showNotPrinted(why)));
                return org.eclipse.core.runtime.Status.OK_STATUS;
            });
            job.setSystem(true);
            job.schedule();
        }
        return area;
    }

    @Override
    protected void okPressed() {
        note = text.getText();
        super.okPressed();
    }

    private void showNotPrinted(String why) {
        if (text == null || text.isDisposed()) {
            return;
        }
        // in the title area, with the warning icon, where it stays (the character count no longer replaces it)
        problem = NLS.bind(Messages.PersonalNoteDialog_notPrinted, why);
        setMessage(problem, org.eclipse.jface.dialogs.IMessageProvider.WARNING);
    }

    /** @return why the note would not be printed, as the dialog shows it, or null (none, or not known yet) */
    public String notPrinted() {
        return problem;
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

package org.segmenta.ui.internal.dialogs;

import org.segmenta.ui.internal.Messages;
import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Chooses one of a list of labelled choices (saved criteria, logged segments); double-click or OK. */
public final class ChooseDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private final List<String> labels;
    private Table table;
    private int chosen = -1;

    /**
     * @param parent the parent shell
     * @param title the title
     * @param message what to choose
     * @param labels the choices, one line each
     */
    public ChooseDialog(Shell parent, String title, String message, List<String> labels) {
        super(parent);
        this.title = title;
        this.message = message;
        this.labels = labels;
        setHelpAvailable(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(620, 460);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(title);
        setMessage(labels.isEmpty() ? Messages.ChooseDialog_thereIsNothingToChoose : message);
        Composite area = (Composite) super.createDialogArea(parent);
        table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, true).indent(8, 8).applyTo(table);
        for (String l : labels) {
            new TableItem(table, SWT.NONE).setText(l);
        }
        if (!labels.isEmpty()) {
            table.select(0);
        }
        table.addListener(SWT.DefaultSelection, e -> okPressed());
        return area;
    }

    @Override
    protected void okPressed() {
        chosen = table.getSelectionIndex();
        super.okPressed();
    }

    /** @return the index chosen, or -1 */
    public int chosen() {
        return chosen;
    }
}

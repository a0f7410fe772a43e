package org.segmenta.ui.internal.dialogs;

import java.io.IOException;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.segmenta.ui.internal.Messages;
import org.segmenta.install.ThirdPartyLicences;

/**
 * Help › About Segmenta: the product's name, version and purpose, and the third-party libraries it bundles with
 * their licences, as the product build listed them ({@link ThirdPartyLicences}).
 */
public final class AboutDialog extends Dialog {

    private final String title;
    private final String text;

    /**
     * @param parent the window
     * @param title the dialog's title
     * @param text the product's name, version and purpose
     */
    public AboutDialog(Shell parent, String title, String text) {
        super(parent);
        this.title = title;
        this.text = text;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite c = (Composite) super.createDialogArea(parent);
        new Label(c, SWT.WRAP).setText(text);
        Label heading = new Label(c, SWT.NONE);
        heading.setText(Messages.About_libraries);
        GridDataFactory.fillDefaults().indent(0, 10).applyTo(heading);
        Table table = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData("org.eclipse.swtbot.widget.key", "licences");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String head : new String[] { Messages.About_library, Messages.About_version, Messages.About_licence,
                Messages.About_maven }) {
            new TableColumn(table, SWT.NONE).setText(head);
        }
        try {
            List<ThirdPartyLicences.Library> libraries = ThirdPartyLicences.list();
            for (ThirdPartyLicences.Library l : libraries) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { l.name(), l.version(), l.licence(), l.maven() });
                item.setData(l);
            }
            if (libraries.isEmpty()) {
                new TableItem(table, SWT.NONE).setText(
                        new String[] { Messages.About_noList, "", "", "" });
            }
        } catch (IOException e) {
            new TableItem(table, SWT.NONE).setText(new String[] { NLS.bind(Messages.About_cannotRead, e.getMessage()), "", "", "" });
        }
        for (TableColumn col : table.getColumns()) {
            col.pack();
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 320).applyTo(table);
        return c;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}

package org.segmenta.ui.internal.wizards;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File › Export...: what to export (the lines of an open segment as CSV or an Excel workbook, or all contacts as a
 * vCard 4.0 file) and where. The export itself runs in a background job of the caller.
 */
public final class ExportDialog extends TitleAreaDialog {

    /** What to write. */
    public enum Kind {
        /** Segment lines as CSV. */
        LINES_CSV("csv"),
        /** Segment lines as an Excel workbook. */
        LINES_XLSX("xlsx"),
        /** All contacts as vCard 4.0. */
        CONTACTS_VCARD("vcf");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        /** @return the file name extension, without the dot */
        public String extension() {
            return extension;
        }
    }

    /**
     * The choice.
     *
     * @param kind what to write
     * @param segmentNo the segment, for lines
     * @param file the file to write
     */
    public record Choice(Kind kind, String segmentNo, Path file) {
    }

    private final List<String> segments;
    private final String preselected;
    private Button lines;
    private Button contacts;
    private Combo segment;
    private Combo format;
    private Text file;
    private Choice choice;

    /**
     * @param parent the parent shell
     * @param segments the open segments' numbers, with their descriptions after a blank
     * @param preselected the segment to preselect (the active one), or null
     */
    public ExportDialog(Shell parent, List<String> segments, String preselected) {
        super(parent);
        this.segments = List.copyOf(segments);
        this.preselected = preselected;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.ExportDialog_export);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.ExportDialog_export);
        setMessage(Messages.ExportDialog_writeTheLinesOfA);
        Composite c = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);

        lines = new Button(c, SWT.RADIO);
        lines.setText(Messages.ExportDialog_linesOfSegment);
        segment = new Combo(c, SWT.READ_ONLY);
        segment.setItems(segments.toArray(String[]::new));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(segment);
        new Label(c, SWT.NONE).setText(Messages.ExportDialog_fOrmat);
        format = new Combo(c, SWT.READ_ONLY);
        format.setItems(Messages.ExportDialog_csvCsv, Messages.ExportDialog_excelWorkbookXlsx);
        format.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
        contacts = new Button(c, SWT.RADIO);
        contacts.setText(Messages.ExportDialog_allContactsAsVCard4);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(contacts);

        new Label(c, SWT.NONE).setText(Messages.ExportDialog_file);
        file = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.ExportDialog_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setOverwrite(true);
            d.setFilterExtensions(new String[] { "*." + kind().extension(), "*.*" });
            String f = d.open();
            if (f != null) {
                file.setText(f.contains(".") ? f : f + "." + kind().extension());
            }
        });

        int pre = preselected == null ? -1 : indexOf(preselected);
        if (segments.isEmpty()) {
            lines.setEnabled(false);
            segment.setEnabled(false);
            format.setEnabled(false);
            contacts.setSelection(true);
        } else {
            segment.select(Math.max(0, pre));
            (pre >= 0 ? lines : contacts).setSelection(true);
        }
        lines.addListener(SWT.Selection, e -> validate());
        contacts.addListener(SWT.Selection, e -> validate());
        format.addListener(SWT.Selection, e -> validate());
        file.addListener(SWT.Modify, e -> validate());
        return area;
    }

    private int indexOf(String no) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).equals(no) || segments.get(i).startsWith(no + " ")) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected Control createContents(Composite parent) {
        Control c = super.createContents(parent);
        validate();
        return c;
    }

    private Kind kind() {
        return contacts.getSelection() ? Kind.CONTACTS_VCARD
                : format.getSelectionIndex() == 1 ? Kind.LINES_XLSX : Kind.LINES_CSV;
    }

    private void validate() {
        String f = file.getText().strip();
        String problem = null;
        setMessage(f.isEmpty() ? Messages.ExportDialog_chooseTheFileToWrite
                : Messages.ExportDialog_writeTheLinesOfA);
        if (f.isEmpty()) {
            setErrorMessage(null);
            Button ok = getButton(IDialogConstants.OK_ID);
            if (ok != null) {
                ok.setEnabled(false);
            }
            return;
        } else if (!f.toLowerCase(java.util.Locale.ROOT).endsWith("." + kind().extension())) {
            problem = NLS.bind(Messages.ExportDialog_theFileNameShouldEnd, kind().extension());
        }
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        String seg = lines.getSelection() && segment.getSelectionIndex() >= 0
                ? segments.get(segment.getSelectionIndex()).split(" ", 2)[0] : null;
        choice = new Choice(kind(), seg, Path.of(file.getText().strip()));
        super.okPressed();
    }

    /** @return the choice after OK */
    public Choice choice() {
        return choice;
    }

    /**
     * Fills the dialog as a user would (for tests).
     *
     * @param kind what to write
     * @param path the file
     */
    public void choose(Kind kind, Path path) {
        contacts.setSelection(kind == Kind.CONTACTS_VCARD);
        lines.setSelection(kind != Kind.CONTACTS_VCARD);
        format.select(kind == Kind.LINES_XLSX ? 1 : 0);
        file.setText(path.toString());
        validate();
    }
}

package org.segmenta.ui.internal.wizards;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.segmenta.exchange.ImportReport;

/**
 * The report of an import: per file what was created, updated and skipped, then one row per contact created or
 * updated, per row skipped (with its line and why) and per note, and the files that were not imported at all.
 */
public final class ImportReportDialog extends Dialog {

    /**
     * One row of the report table.
     *
     * @param file the file's name
     * @param line the line in the file, or 0
     * @param outcome what happened to it
     * @param text the contact or the reason
     * @param problem whether the row needs the user's look (skipped, not imported, a possible duplicate)
     */
    public record Row(String file, int line, String outcome, String text, boolean problem) {
    }

    private final List<ImportResult> results;
    private TableViewer viewer;
    private Label summary;
    private Button problemsOnly;
    private final List<Row> all = new ArrayList<>();
    /** the column sorted by (-1: file order) and its direction */
    private int sortColumn = -1;
    private boolean ascending = true;

    /**
     * @param parent the parent shell
     * @param results the files' results, in import order
     */
    public ImportReportDialog(Shell parent, List<ImportResult> results) {
        super(parent);
        this.results = List.copyOf(results);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.ImportReportDialog_importReport);
    }

    /** @return one line per file: created, updated, skipped; or why it was not imported */
    public static String summary(List<ImportResult> results) {
        List<String> lines = new ArrayList<>();
        for (ImportResult r : results) {
            String name = r.file().getFileName().toString();
            if (r.report() != null) {
                ImportReport p = r.report();
                lines.add(Messages.ImportReportDialog_sSSDCreated.formatted(name, p.format().label(),
                        p.charset().displayName(), p.createdSplit(), p.updatedCount(), p.skippedCount()));
            } else {
                lines.add(NLS.bind(Messages.ImportReportDialog_notImportedNothingOfIt, name, r.problem()));
            }
        }
        return String.join("\n", lines);
    }

    /** @return the report's rows: created, updated, skipped, notes and files not imported */
    public static List<Row> rows(List<ImportResult> results) {
        List<Row> rows = new ArrayList<>();
        for (ImportResult r : results) {
            String name = r.file().getFileName().toString();
            if (r.report() == null) {
                rows.add(new Row(name, 0, Messages.ImportReportDialog_notImported, r.problem(), true));
                continue;
            }
            ImportReport p = r.report();
            p.created().forEach(c -> rows.add(new Row(name, c.line(), Messages.ImportReportDialog_created,
                    c.contact().getNo() + " " + c.contact().getName()
                            + (c.fromOrganisation() ? Messages.ImportReportDialog_companyOfAPerson : ""), false)));
            p.updated().forEach(u -> rows.add(new Row(name, u.line(), Messages.ImportReportDialog_updated, NLS.bind(Messages.ImportReportDialog_filled, u.existing().getNo(), u.existing().getName(), String.join(", ", u.fields())), false)));
            p.skipped().forEach(s -> rows.add(new Row(name, s.line(), Messages.ImportReportDialog_skipped, s.message(), true)));
            p.notes().forEach(n -> rows.add(new Row(name, n.line(), n.possibleDuplicate()
                    ? Messages.ImportContactsWizard_possibleDuplicate : Messages.ImportReportDialog_note, n.message(),
                    n.possibleDuplicate())));
            p.notImported().forEach((kind, count) -> rows.add(new Row(name, 0, Messages.ImportReportDialog_notImported,
                    NLS.bind(Messages.ImportReportDialog_ofAContactHasNo, Formats.count(count), (count == 1 ? Messages.ImportReportDialog_value : Messages.ImportReportDialog_values), kind), true)));
        }
        return rows;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite c = (Composite) super.createDialogArea(parent);
        ((GridLayout) c.getLayout()).numColumns = 1;
        summary = new Label(c, SWT.WRAP);
        summary.setText(summary(results));
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(summary);
        all.addAll(rows(results));
        long problems = all.stream().filter(Row::problem).count();
        problemsOnly = new Button(c, SWT.CHECK);
        problemsOnly.setText(NLS.bind(Messages.ImportReportDialog_problemsOnly, Formats.count(problems),
                Formats.count(all.size())));
        // a large file's report opens on what needs a look
        problemsOnly.setSelection(problems > 0 && all.size() > 1000);
        problemsOnly.addListener(SWT.Selection, e -> refresh());
        Composite holder = new Composite(c, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 320).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.ImportReportDialog_file, 20, r -> r.file());
        column(layout, Messages.ImportReportDialog_line, 6, r -> r.line() > 0 ? String.valueOf(r.line()) : "");
        column(layout, Messages.ImportReportDialog_outcome, 16, r -> r.outcome());
        column(layout, Messages.ImportReportDialog_contactOrReason, 58, r -> r.text());
        refresh();
        return c;
    }

    /** The comparators of the columns, in column order (the line numerically). */
    private static final List<Comparator<Row>> ORDERS = List.of(Comparator.comparing(Row::file),
            Comparator.comparingInt(Row::line), Comparator.comparing(Row::outcome),
            Comparator.comparing(r -> r.text() == null ? "" : r.text()));

    /** Shows the rows: all or the problems only, in the order of the column chosen (stable: file order within). */
    private void refresh() {
        List<Row> shown = new ArrayList<>(problemsOnly.getSelection() ? all.stream().filter(Row::problem).toList() : all);
        if (sortColumn >= 0) {
            Comparator<Row> order = ORDERS.get(sortColumn);
            shown.sort(ascending ? order : order.reversed());
        }
        Table t = viewer.getTable();
        t.setSortColumn(sortColumn < 0 ? null : t.getColumn(sortColumn));
        t.setSortDirection(sortColumn < 0 ? SWT.NONE : ascending ? SWT.UP : SWT.DOWN);
        viewer.setInput(shown);
    }

    /**
     * Sorts by a column as a click on its header does: the same column again turns the direction.
     *
     * @param column the column's index (0 file, 1 line, 2 outcome, 3 contact or reason)
     */
    public void sortBy(int column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        refresh();
    }

    /**
     * Shows only the rows that need a look, or all (as the check box does).
     *
     * @param only whether to show only the problems
     */
    public void showProblemsOnly(boolean only) {
        problemsOnly.setSelection(only);
        refresh();
    }

    private void column(TableColumnLayout layout, String header, int weight, java.util.function.Function<Row, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(header);
        int index = viewer.getTable().getColumnCount() - 1;
        c.getColumn().addListener(SWT.Selection, e -> sortBy(index));
        layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 40));
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = text.apply((Row) element);
                return t == null ? "" : t;
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** @return the summary text (for tests) */
    public String summaryText() {
        return summary.getText();
    }

    /** @return the report table (for tests) */
    public Table table() {
        return viewer.getTable();
    }
}

package org.segmenta.ui.internal.parts;

import org.segmenta.core.format.Formats;
import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.eclipse.emf.common.util.Enumerator;
import org.segmenta.model.rules.Captions;

import jakarta.inject.Inject;

/**
 * The shape the list parts share: a bar with the part's own controls and a one-line status above a full-width
 * virtual table whose rows are read a page at a time ({@link PagedContent}).
 *
 * @param <T> the row type
 */
public abstract class ListPart<T> {

    /**
     * A column: its header, its relative width, whether it holds numbers (right-aligned) and its text.
     *
     * @param <T> the row type
     */
    protected record Column<T>(String header, int weight, boolean numeric, Function<T, String> text) {
    }

    private static final String FILTER_TIP = Messages.ListPart_quickFilterShowsTheRows;
    private static final String NO_MATCH = Messages.ListPart_nothingMatches;
    private static final String MATCHING = Messages.ListPart_matching;
    private static final int FILTER_DELAY_MS = 300;

    @Inject
    UISynchronize sync;

    private Text quickFilter;
    private volatile String filterText = "";
    private int filterGeneration;

    private TableViewer viewer;
    private Label status;
    private PagedContent<T> content;

    /** @return the columns of this part, left to right */
    protected abstract List<Column<T>> columns();

    /** @return what the status line says while the list is empty */
    protected abstract String emptyMessage();

    /** @return where the rows come from (called on a background thread) */
    protected abstract PagedContent.Source<T> source();

    /**
     * @param count the number of rows
     * @return what the status line says when there are rows
     */
    protected String countMessage(long count) {
        return Formats.count(count) + (count == 1 ? Messages.ListPart_row : Messages.ListPart_rows);
    }

    /**
     * @return the hint in the quick filter field (the text field at the left of the bar that filters the rows in the
     *         part's query, as Eclipse views have), or null for a part without one; the default has none
     */
    protected String quickFilterMessage() {
        return null;
    }

    /** @return the quick filter's text, stripped; empty when there is none (read by {@link #source()} on any thread) */
    protected final String filterText() {
        return filterText;
    }

    /**
     * Filters the rows as typing into the quick filter field does, at once.
     *
     * @param text the filter text; empty shows every row
     */
    public void setFilter(String text) {
        if (quickFilter != null && !quickFilter.isDisposed()) {
            quickFilter.setText(text == null ? "" : text);
            applyFilter();
        }
    }

    /** @return the quick filter field, or null when the part has none */
    public Text getQuickFilter() {
        return quickFilter;
    }

    private void applyFilter() {
        String t = quickFilter.getText().strip();
        if (!t.equals(filterText)) {
            filterText = t;
            refreshToTop();
        }
    }

    /**
     * Adds the part's own controls (search fields, buttons) to the bar above the table; the default adds nothing.
     *
     * @param bar the bar, a composite with a grid layout the part may change
     */
    protected void createBar(Composite bar) {
    }

    /**
     * Builds the part's controls: the bar, the status line, then the table.
     *
     * @param parent the part's composite, given by the renderer
     * @return the composite that holds the table, to be laid out by the caller when it is not the parent's only child
     */
    protected Composite createControls(Composite parent) {
        parent.setLayout(GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 4).create());
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(6, 0).applyTo(bar);
        String filterMessage = quickFilterMessage();
        if (filterMessage != null) {
            quickFilter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
            quickFilter.setMessage(filterMessage);
            quickFilter.setToolTipText(FILTER_TIP);
            GridDataFactory.swtDefaults().hint(220, SWT.DEFAULT).applyTo(quickFilter);
            quickFilter.addListener(SWT.Modify, e -> {
                // filter as the user types, once typing pauses (each run is a query)
                int generation = ++filterGeneration;
                quickFilter.getDisplay().timerExec(FILTER_DELAY_MS, () -> {
                    if (generation == filterGeneration && !quickFilter.isDisposed()) {
                        applyFilter();
                    }
                });
            });
            quickFilter.addListener(SWT.DefaultSelection, e -> applyFilter());
        }
        createBar(bar);
        ((org.eclipse.swt.layout.GridLayout) bar.getLayout()).numColumns = Math.max(1, bar.getChildren().length);
        if (bar.getChildren().length == 0) {
            ((GridData) bar.getLayoutData()).exclude = true;
            bar.setVisible(false);
        }
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        status.setText(Messages.ListPart_reading);

        Composite tableArea = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
        TableColumnLayout layout = new TableColumnLayout() {
            @Override
            protected void layout(Composite composite, boolean flushCache) {
                // widths the layout sets are not the user's: only a user's resize is kept for the next start
                layingOut = true;
                try {
                    super.layout(composite, flushCache);
                } finally {
                    layingOut = false;
                }
            }
        };
        columnLayout = layout;
        tableArea.setLayout(layout);
        viewer = new TableViewer(tableArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        List<Column<T>> cols = columns();
        for (int index = 0; index < cols.size(); index++) {
            Column<T> c = cols.get(index);
            int columnIndex = index;
            TableViewerColumn col = new TableViewerColumn(viewer, c.numeric() ? SWT.RIGHT : SWT.LEFT);
            col.getColumn().setText(c.header());
            col.getColumn().setMoveable(true);
            col.setLabelProvider(new ColumnLabelProvider() {
                @SuppressWarnings("unchecked")
                @Override
                public String getText(Object element) {
                    String s = c.text().apply((T) element);
                    return s == null ? "" : s;
                }

                @SuppressWarnings("unchecked")
                @Override
                public Color getForeground(Object element) {
                    return foreground((T) element);
                }
            });
            tableColumns.add(col.getColumn());
            int kept = columnWidths.getInt(widthKey(c), -1);
            layout.setColumnData(col.getColumn(), kept > 0 ? new ColumnPixelData(kept, true)
                    : new ColumnWeightData(c.weight(), minimumWidth(table, c.header()), true));
            col.getColumn().addListener(SWT.Resize, e -> keepWidth(c, col.getColumn().getWidth()));
            col.getColumn().addListener(SWT.Selection, e -> {
                boolean descending = table.getSortColumn() == col.getColumn() && table.getSortDirection() == SWT.UP;
                if (sortBy(columnIndex, descending)) {
                    table.setSortColumn(col.getColumn());
                    table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
                    refreshToTop();
                }
            });
        }
        table.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
                copySelection();
                e.doit = false;
            }
        });
        Menu menu = new Menu(table);
        table.setMenu(menu);
        menu.addListener(SWT.Show, e -> {
            for (MenuItem item : menu.getItems()) {
                item.dispose();
            }
            contextMenu(menu);
            if (menu.getItemCount() > 0) {
                new MenuItem(menu, SWT.SEPARATOR);
            }
            MenuItem copy = new MenuItem(menu, SWT.PUSH);
            copy.setText(Messages.ListPart_copy);
            copy.setEnabled(table.getSelectionCount() > 0);
            copy.addListener(SWT.Selection, x -> copySelection());
        });
        content = new PagedContent<>(viewer, sync, getClass().getSimpleName(), source());
        content.onCount(n -> {
            if (!fitted && n > 0) {
                fitted = true;
                fitColumns();
            }
            status.setText(n == 0 ? (filterText.isEmpty() ? emptyMessage() : NO_MATCH + filterText + "\".")
                    : countMessage(n) + (filterText.isEmpty() ? "" : MATCHING + filterText + "\""));
            status.getParent().layout();
        });
        content.onError(e -> {
            status.setText(NLS.bind(Messages.ListPart_couldNotRead, e.getMessage()));
            status.getParent().layout();
        });
        viewer.setInput(new Object());
        content.refresh();
        return tableArea;
    }

    /**
     * Sorts the rows by a column, in the part's query (the table is virtual: only the query can sort all rows).
     *
     * @param column the column's index in {@link #columns()}
     * @param descending whether to sort in reverse
     * @return whether the part sorts by that column (then the table reads its rows again); the default sorts by none
     */
    protected boolean sortBy(int column, boolean descending) {
        return false;
    }

    /**
     * Adds the part's own items to the table's context menu (Open, Delete, ...); Copy follows them.
     *
     * @param menu the menu, emptied before each showing
     */
    protected void contextMenu(Menu menu) {
    }

    /**
     * Adds an item to a context menu.
     *
     * @param menu the menu
     * @param text the item's text
     * @param enabled whether it can be chosen now
     * @param action what it does
     */
    protected static void item(Menu menu, String text, boolean enabled, Runnable action) {
        MenuItem i = new MenuItem(menu, SWT.PUSH);
        i.setText(text);
        i.setEnabled(enabled);
        i.addListener(SWT.Selection, e -> action.run());
    }

    /**
     * Copies the selected rows (those read so far) to the clipboard as tab-separated text with a header line, as
     * spreadsheets paste it (Ctrl+C, and Copy in the context menu).
     *
     * @return the text copied
     */
    public String copySelection() {
        List<Column<T>> cols = columns();
        StringBuilder b = new StringBuilder();
        b.append(String.join("\t", cols.stream().map(Column::header).toList())).append('\n');
        for (T row : selection()) {
            b.append(String.join("\t", cols.stream().map(c -> s(c.text().apply(row)).replace('\t', ' ')
                    .replace('\n', ' ')).toList())).append('\n');
        }
        String text = b.toString();
        Clipboard clipboard = new Clipboard(viewer.getTable().getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        return text;
    }

    private static final IEclipsePreferences columnWidths = InstanceScope.INSTANCE.getNode("org.segmenta.ui/columns");
    private boolean flushing;

    private String widthKey(Column<T> c) {
        return getClass().getSimpleName() + "." + c.header();
    }

    /** Keeps a column's width for the next start (in the instance preferences; written a moment later). */
    private void keepWidth(Column<T> c, int width) {
        if (layingOut || width <= 0 || viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        columnWidths.putInt(widthKey(c), width);
        if (!flushing) {
            flushing = true;
            viewer.getTable().getDisplay().timerExec(1000, () -> {
                flushing = false;
                try {
                    columnWidths.flush();
                } catch (BackingStoreException e) {
                    // kept for this session only
                }
            });
        }
    }

    private TableColumnLayout columnLayout;
    private final List<org.eclipse.swt.widgets.TableColumn> tableColumns = new ArrayList<>();
    private boolean layingOut;
    private boolean fitted;

    /** The widest a column becomes by fitting its content, in pixels (the user can widen it further). */
    private static final int FIT_MAX = 360;

    /**
     * Fits the columns to their content once, when the first rows have been read: each column the user has not sized
     * gets at least the width of its header and of its widest text in the first page, so that No. columns and codes
     * show whole; the table scrolls sideways when the part is too narrow for all of them.
     */
    private void fitColumns() {
        Table table = viewer.getTable();
        List<Column<T>> cols = columns();
        List<T> sample = new ArrayList<>();
        for (int i = 0; i < PagedContent.PAGE; i++) {
            T row = content.cached(i);
            if (row == null) {
                break;
            }
            sample.add(row);
        }
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        try {
            for (int index = 0; index < cols.size() && index < tableColumns.size(); index++) {
                Column<T> c = cols.get(index);
                if (columnWidths.getInt(widthKey(c), -1) > 0) {
                    continue;
                }
                int width = gc.textExtent(c.header()).x;
                for (T row : sample) {
                    width = Math.max(width, gc.textExtent(s(c.text().apply(row))).x);
                }
                columnLayout.setColumnData(tableColumns.get(index),
                        new ColumnWeightData(c.weight(), Math.min(FIT_MAX, width + 24), true));
            }
        } finally {
            gc.dispose();
        }
        table.getParent().layout(true);
    }

    /**
     * @param table a table
     * @param header a column header
     * @return a width that shows the whole header
     */
    static int minimumWidth(Table table, String header) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        try {
            return gc.textExtent(header).x + 24;
        } finally {
            gc.dispose();
        }
    }

    /** Reads the rows again and scrolls back to the first (after the filter changed). */
    public void refreshToTop() {
        if (content != null && !viewer.getTable().isDisposed()) {
            content.refresh();
            content.onNextCount(() -> {
                if (viewer.getTable().getItemCount() > 0) {
                    viewer.getTable().setTopIndex(0);
                }
            });
        }
    }

    /**
     * @param row a row
     * @return its text colour, or null for the default (parts grey out canceled rows)
     */
    protected Color foreground(T row) {
        return null;
    }

    /** Reads the rows again (after a change made here or elsewhere). */
    public void refresh() {
        if (content != null && !viewer.getTable().isDisposed()) {
            content.refresh();
        }
    }

    /** @return the selected rows that have been read */
    public List<T> selection() {
        List<T> result = new ArrayList<>();
        if (viewer == null || viewer.getTable().isDisposed()) {
            return result;
        }
        for (int i : viewer.getTable().getSelectionIndices()) {
            T row = content.cached(i);
            if (row != null) {
                result.add(row);
            }
        }
        return result;
    }

    /** @return the content, for tests */
    public PagedContent<T> content() {
        return content;
    }

    /** Gives the keyboard focus to the table. */
    protected void setFocus() {
        if (viewer != null && !viewer.getTable().isDisposed()) {
            viewer.getTable().setFocus();
        }
    }

    /** @return the part's table viewer; {@code null} before the controls are created */
    public TableViewer getViewer() {
        return viewer;
    }

    /** @return the status line above the table; {@code null} before the controls are created */
    public Label getStatus() {
        return status;
    }

    /** @param text a message for the status line, for example what an action did */
    public void say(String text) {
        if (status != null && !status.isDisposed()) {
            status.setText(text);
            status.getParent().layout();
        }
    }

    /** Small helpers the parts share. */
    static String s(Object o) {
        return o == null ? "" : o.toString();
    }

    /** @return a count with the locale's grouping ({@link Formats#count}) */
    static String n(long v) {
        return Formats.count(v);
    }

    static String yes(boolean b) {
        return org.segmenta.core.format.Formats.yesNo(b);
    }

    /**
     * @param e a model option value, or null
     * @return it as the lists and cells show it, in the user's language ({@link Captions#shown(Enumerator)}); empty
     *         for none (an option's {@code NONE}), except a correspondence type's None, a choice of its own (shown as
     *         the command line shows it)
     */
    static String shown(Enumerator e) {
        if (e instanceof org.segmenta.model.CorrespondenceType) {
            // None is a choice of its own (the line is only recorded, no letter): shown by its caption, as the command
            // line prints it, not as an empty cell
            return Captions.shown(e);
        }
        return e == null || e.getName().equals("NONE") ? "" : Captions.shown(e);
    }
}

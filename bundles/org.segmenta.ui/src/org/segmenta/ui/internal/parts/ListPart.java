package org.segmenta.ui.internal.parts;

import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * The shape the four list parts share: a one-line status above a full-width table whose columns are
 * given by the part. Later issues give each part its virtual content provider and its actions.
 */
public abstract class ListPart {

    /** A column: its header, its relative width and whether it holds numbers (right-aligned). */
    protected record Column(String header, int weight, boolean numeric) {
    }

    private TableViewer viewer;
    private Label status;

    /** @return the columns of this part, left to right */
    protected abstract List<Column> columns();

    /** @return what the status line says while the list is empty */
    protected abstract String emptyMessage();

    /**
     * Builds the part's controls.
     *
     * @param parent the part's composite, given by the renderer
     */
    protected void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(emptyMessage());

        Composite tableArea = new Composite(parent, SWT.NONE);
        tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout layout = new TableColumnLayout();
        tableArea.setLayout(layout);
        viewer = new TableViewer(tableArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (Column c : columns()) {
            TableViewerColumn col = new TableViewerColumn(viewer, c.numeric() ? SWT.RIGHT : SWT.LEFT);
            col.getColumn().setText(c.header());
            col.getColumn().setMoveable(true);
            layout.setColumnData(col.getColumn(), new ColumnWeightData(c.weight(), 40, true));
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(List.of());
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
}

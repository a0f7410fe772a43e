package org.segmenta.ui.internal.parts;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** The Segments part: the open segments, each a worksheet of contacts waiting to be merged and logged. */
public final class SegmentsPart extends ListPart {

    @PostConstruct
    void create(Composite parent) {
        createControls(parent);
    }

    @Focus
    void focus() {
        setFocus();
    }

    @Override
    protected List<Column> columns() {
        return List.of(new Column("No.", 10, false), new Column("Description", 34, false), new Column("No. of Lines", 10, true),
                new Column("No. of Criteria Actions", 12, true), new Column("Date", 10, false),
                new Column("Salesperson", 10, false), new Column("Interaction Template", 14, false));
    }

    @Override
    protected String emptyMessage() {
        return "No open segments.";
    }
}

package org.segmenta.ui.internal.parts;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** The Logged Segments part: the segments already logged, with their interactions and canceled state. */
public final class LoggedSegmentsPart extends ListPart {

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
        return List.of(new Column("Entry No.", 8, true), new Column("Segment No.", 10, false), new Column("Description", 30, false),
                new Column("No. of Interactions", 12, true), new Column("Creation Date", 12, false),
                new Column("User ID", 10, false), new Column("Canceled", 8, false));
    }

    @Override
    protected String emptyMessage() {
        return "No logged segments.";
    }
}

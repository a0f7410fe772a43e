package org.segmenta.ui.internal.parts;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** The Interaction Log part: every interaction logged with a contact. */
public final class InteractionLogPart extends ListPart {

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
        return List.of(new Column("Entry No.", 8, true), new Column("Date", 10, false), new Column("Contact No.", 10, false),
                new Column("Contact Name", 18, false), new Column("Interaction Template", 12, false),
                new Column("Description", 20, false), new Column("Salesperson", 8, false),
                new Column("Correspondence Type", 10, false), new Column("Evaluation", 8, false),
                new Column("Canceled", 6, false));
    }

    @Override
    protected String emptyMessage() {
        return "No interactions logged.";
    }
}

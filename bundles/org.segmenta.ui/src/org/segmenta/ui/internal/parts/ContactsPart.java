package org.segmenta.ui.internal.parts;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/** The Contacts part: companies and persons, the people segments reach. */
public final class ContactsPart extends ListPart {

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
        return List.of(new Column("No.", 8, false), new Column("Name", 22, false), new Column("Type", 8, false),
                new Column("Company Name", 18, false), new Column("City", 12, false), new Column("E-Mail", 18, false),
                new Column("Phone No.", 12, false), new Column("Salesperson", 8, false));
    }

    @Override
    protected String emptyMessage() {
        return "No contacts yet.";
    }
}

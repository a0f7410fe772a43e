package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.segment.Provenance;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SavedSegmentCriteria;
import org.segmenta.model.SegmentLine;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.internal.handlers.CriteriaHandlers;
import org.segmenta.ui.internal.parts.SegmentEditorPart;

/**
 * The window gives what the command line and the services give (issue 12, defects 3 and 6; the command line's side
 * is cli.tests' FacesAgreeTest): Save Criteria typed {@code autumn} in the window's dialog is saved as {@code AUTUMN},
 * and the segment editor's "Added by" column is the core's provenance text.
 */
class FacesAgreeWindowTest extends PartFixture {

    FacesAgreeWindowTest() {
        super(20);
    }

    private String seg;

    @BeforeEach
    void segments() {
        seg = services.segments().create("Faces").getNo();
        services.segments().apply(seg, StepRequest.of(CriteriaAction.ADD, new FieldFilter("contact", "city", "Aarhus")));
        services.segments().addContacts(seg, List.of("CT000003"), "Added by hand");
    }

    private SegmentEditorPart editor(MPart part) {
        SegmentEditorPart editor = ui.segmentEditor(part, seg);
        part.setObject(editor);
        ui.shell.open();
        return editor;
    }

    @Test
    void theEditorShowsTheCoresProvenance() {
        SegmentEditorPart editor = editor(MBasicFactory.INSTANCE.createPart());
        List<SegmentLine> lines = services.segments().lines(seg, 0, 100);
        Table table = editor.lines().getTable();
        ui.waitUntil(() -> table.getItemCount() == lines.size() && !table.getItem(0).getText(1).isEmpty(), "the lines");
        int column = -1;
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals("Added by")) {
                column = i;
            }
        }
        assertTrue(column >= 0, "the editor has an Added by column");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            shown.add(table.getItem(i).getText(column));
        }
        assertEquals(lines.stream().map(Provenance::describe).toList(), shown);
        assertEquals("Step 2, Add Contacts by hand", shown.get(shown.size() - 1));
    }

    @Test
    void saveCriteriaTypedInTheWindowIsStoredAsTheOneCode() {
        MPart part = MBasicFactory.INSTANCE.createPart();
        editor(part);
        List<String> answers = new ArrayList<>(List.of("autumn", "Autumn letters"));
        answer(answers);
        new CriteriaHandlers.Save().execute(ui.shell, part, services.segments(), new Prompter() {
            @Override
            public boolean confirm(Shell shell, String title, String message) {
                return true;
            }

            @Override
            public void inform(Shell shell, String title, String message) {
            }

            @Override
            public void error(Shell shell, String title, String message) {
                throw new AssertionError(message);
            }
        });
        assertTrue(answers.isEmpty(), "both dialogs were answered");
        assertEquals(List.of("AUTUMN"), services.store().read(s -> s.savedCriteria().list().stream()
                .map(SavedSegmentCriteria::getCode).toList()));
    }

    /** Types the next answer into each "Save Criteria" dialog that opens, and presses its OK button. */
    private void answer(List<String> answers) {
        ui.display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                for (Shell s : ui.display.getShells()) {
                    if (!s.isDisposed() && s.isVisible() && "Save Criteria".equals(s.getText()) && !answers.isEmpty()) {
                        Text text = find(s, Text.class);
                        text.setText(answers.remove(0));
                        s.getDefaultButton().notifyListeners(SWT.Selection, new Event());
                    }
                }
                if (!answers.isEmpty() && !ui.display.isDisposed()) {
                    ui.display.timerExec(50, this);
                }
            }
        });
    }

    private static <T extends Control> T find(Composite c, Class<T> type) {
        for (Control child : c.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite inner) {
                T found = find(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.segmenta.core.format.Formats;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.Background;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.internal.handlers.StepHistoryHandler;
import org.segmenta.ui.internal.parts.LoggedSegmentsPart;
import org.segmenta.ui.internal.parts.SegmentEditorPart;

/**
 * Texts the window takes from the services so that it says what the command line says: the undo confirmation names
 * the step and the lines that come back or go ({@code SegmentService.undoPreview}, the command line's
 * {@code segment undo --dry-run}), and Logged Segments' Canceled column says Yes or No in words as the command line's
 * {@code logged} table does ({@code Formats.yesNo}); Ctrl+S says "Saved." and saves what is typed in the focused
 * header field.
 */
class WindowTextsTest extends PartFixture {

    WindowTextsTest() {
        super(10);
    }

    private String segment(String description, List<String> contacts, boolean log) {
        var h = services.interactions().createSegment(description,
                Map.of(Literals.SEGMENT_HEADER__SALESPERSON_CODE, "JO"));
        services.interactions().chooseTemplate(h.getNo(), TestServices.TEMPLATE, false);
        services.segments().addContacts(h.getNo(), contacts, "by hand");
        if (log) {
            services.interactions().log(h.getNo(), new LogOptions(false, false, "TESTER"));
        }
        return h.getNo();
    }

    @Test
    void theUndoConfirmationNamesTheStepAndTheLinesThatGo() {
        String seg = segment("Autumn", List.of("CT000002", "CT000003", "CT000004"), false);
        MPart part = MBasicFactory.INSTANCE.createPart();
        SegmentEditorPart editor = ui.segmentEditor(part, seg);
        part.setObject(editor);
        ui.shell.open();
        List<String> asked = new CopyOnWriteArrayList<>();
        Prompter declines = new Prompter() {
            @Override
            public boolean confirm(Shell shell, String title, String message) {
                asked.add(title + ": " + message);
                return false;
            }

            @Override
            public void inform(Shell shell, String title, String message) {
            }

            @Override
            public void error(Shell shell, String title, String message) {
                throw new AssertionError(message);
            }
        };
        new StepHistoryHandler.Undo().execute(ui.shell, part, services.segments(),
                ContextInjectionFactory.make(Background.class, ui.context), declines);
        ui.waitUntil(() -> !asked.isEmpty(), "the undo confirmation");
        assertEquals("Undo Step: Undo step 1 'by hand: CT000002, CT000003, CT000004'? 3 lines go.", asked.get(0));
        assertEquals(3, services.segments().lineCount(seg), "declined: nothing undone");
    }

    @Test
    void loggedSegmentsCanceledColumnSaysYesOrNoInWords() {
        segment("Kept", List.of("CT000002"), true);
        segment("Withdrawn", List.of("CT000003"), true);
        services.interactions().setLoggedSegmentCanceled(2, true);
        LoggedSegmentsPart part = ui.make(LoggedSegmentsPart.class);
        Table t = part.getViewer().getTable();
        int canceled = -1;
        for (int i = 0; i < t.getColumnCount(); i++) {
            if ("Canceled".equals(t.getColumn(i).getText())) {
                canceled = i;
            }
        }
        int column = canceled;
        ui.waitUntil(() -> t.getItemCount() == 2 && !t.getItem(0).getText(column).isEmpty()
                && !t.getItem(1).getText(column).isEmpty(), "both rows are read");
        // newest first: entry 2 (canceled), then entry 1
        assertEquals(List.of("Yes", "No"), List.of(t.getItem(0).getText(column), t.getItem(1).getText(column)));
        assertEquals(List.of(Formats.yesNo(true), Formats.yesNo(false)),
                List.of(t.getItem(0).getText(column), t.getItem(1).getText(column)));
    }

    @Test
    void saveSaysSavedAndTakesTheFieldBeingTyped() {
        String seg = segment("Autumn", List.of("CT000002"), false);
        ui.context.set(Prompter.class, new Prompter() {
            @Override
            public boolean confirm(Shell shell, String title, String message) {
                return false; // Update Lines? no
            }

            @Override
            public void inform(Shell shell, String title, String message) {
            }

            @Override
            public void error(Shell shell, String title, String message) {
                throw new AssertionError(message);
            }
        });
        MPart part = MBasicFactory.INSTANCE.createPart();
        SegmentEditorPart editor = ui.segmentEditor(part, seg);
        part.setObject(editor);
        ui.shell.open();
        editor.say("Interaction template LETTER chosen.");
        editor.save();
        assertEquals("Saved.", editor.message(), "nothing pending: the line says so instead of the last message");

        Text subject = find(ui.shell, "subjectDefault");
        subject.forceFocus();
        ui.waitUntil(() -> true, "events");
        org.junit.jupiter.api.Assumptions.assumeTrue(ui.display.getFocusControl() == subject,
                "the virtual display gives the field the focus");
        subject.setText("Our autumn catalogue");
        assertTrue(part.isDirty(), "typing makes the editor dirty at once: Ctrl+S is enabled, closing asks");
        editor.say("something else");
        editor.save();
        assertEquals("Saved.", editor.message());
        assertEquals("Our autumn catalogue", services.segments().get(seg).orElseThrow().getSubjectDefault());
        assertFalse(part.isDirty(), "saved");
    }

    private static Text find(Composite c, String field) {
        for (Control child : c.getChildren()) {
            if (child instanceof Text t && field.equals(t.getData("segmenta.field"))) {
                return t;
            }
            if (child instanceof Composite inner) {
                Text found = find(inner, field);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

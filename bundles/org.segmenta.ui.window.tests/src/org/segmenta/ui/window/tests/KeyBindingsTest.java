package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.testing.Screenshots;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.UiIds;
import org.segmenta.ui.internal.dialogs.CriteriaStepDialog;
import org.segmenta.ui.internal.dialogs.LogDialog;
import org.segmenta.ui.internal.parts.SegmentEditorPart;

/**
 * Presses real keys ({@link org.eclipse.swt.widgets.Display#post(Event)}, through the X server) in the real window
 * and asserts what each binding did: Ctrl+N New Segment, Ctrl+S Save, Ctrl+Alt+A Add Contacts, Ctrl+Z / Ctrl+Y
 * Undo / Redo Step, Ctrl+L Log; and that the menus show those accelerators.
 */
class KeyBindingsTest extends WindowFixture {

    private static final int CONTACTS = 120;


    KeyBindingsTest() {
        super(CONTACTS);
    }

    @BeforeEach
    void contactsActive() {
        parts.showPart(UiIds.PART_CONTACTS, PartState.ACTIVATE);
        shell = wb.activateMainWindow();
    }

    @Override
    void put(IEclipseContext c) {
        super.put(c);
        c.set(org.segmenta.core.contact.ContactService.class, services.contacts());
    }

    private static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
    }

    /** @return the text of the menu item of the given command in the named top menu, as the user sees it */
    private String menuText(String menuLabel, String itemLabel) {
        for (MenuItem top : shell.getMenuBar().getItems()) {
            if (top.getText().replace("&", "").equals(menuLabel)) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                wb.spin();
                menu.notifyListeners(SWT.Hide, new Event());
                wb.spin();
                for (MenuItem item : menu.getItems()) {
                    if (item.getText().startsWith(itemLabel)) {
                        return item.getText();
                    }
                }
            }
        }
        throw new AssertionError("no menu item " + menuLabel + " > " + itemLabel);
    }

    @Test
    void menusShowTheirAccelerators() throws Exception {
        assertEquals("Save\tCtrl+S", menuText("File", "Save"));
        assertEquals("New Segment\tCtrl+N", menuText("Segment", "New Segment"));
        assertEquals("Add Contacts...\tCtrl+Alt+A", menuText("Segment", "Add Contacts..."));
        assertEquals("Reduce Contacts...\tCtrl+Alt+R", menuText("Segment", "Reduce Contacts..."));
        assertEquals("Refine Contacts...\tCtrl+Alt+F", menuText("Segment", "Refine Contacts..."));
        assertEquals("Log Segment...\tCtrl+L", menuText("Segment", "Log Segment..."));
        assertEquals("Undo Step\tCtrl+Z", menuText("Edit", "Undo Step"));
        assertEquals("Redo Step\tCtrl+Y", menuText("Edit", "Redo Step"));
    }

    @Test
    void theKeysDoWhatTheMenusSay() throws Exception {
        // Ctrl+N: New Segment opens its editor
        wb.pressKeys(false, 'n');
        wb.waitUntil(() -> parts.getActivePart() != null
                && parts.getActivePart().getObject() instanceof SegmentEditorPart, "Ctrl+N opens a segment editor");
        MPart editorPart = parts.getActivePart();
        SegmentEditorPart editor = assertInstanceOf(SegmentEditorPart.class, editorPart.getObject());
        String no = editor.segmentNo();
        assertEquals("SEG00001", no);
        assertTrue(services.segments().get(no).isPresent(), "the segment is stored");

        // Ctrl+S: saves the changed header
        type((Text) editor.field("description"), "Pressed keys");
        assertTrue(editorPart.isDirty(), "the description makes the editor dirty");
        wb.pressKeys(false, 's');
        wb.waitUntil(() -> !editorPart.isDirty(), "Ctrl+S saves");
        assertEquals("Pressed keys", services.segments().get(no).orElseThrow().getDescription());
        Combo template = (Combo) editor.field("interactionTemplateCode");
        template.select(List.of(template.getItems()).indexOf(TestServices.TEMPLATE));
        template.notifyListeners(SWT.Selection, new Event());
        wb.spin();

        // Ctrl+Alt+A: the Add Contacts dialog, then its step
        long copenhagen = TestServices.inCity("Copenhagen", CONTACTS);
        wb.whenDialog("Add Contacts", s -> {
            CriteriaStepDialog d = (CriteriaStepDialog) s.getData();
            d.filterText("contact", "city").setText("Copenhagen");
            wb.waitUntil(() -> d.countText().startsWith("Matches: " + copenhagen + " "), "the live count");
            d.getButton(IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
        });
        editor.lines().getTable().setFocus();
        wb.pressKeys(true, 'a');
        wb.waitUntil(() -> editor.lineContent().count() == copenhagen, "Ctrl+Alt+A adds the Copenhagen contacts");
        wb.rethrow();
        Screenshots.save(shell, "keys-1-added.png");

        // Ctrl+Z undoes the step (after the question), Ctrl+Y redoes it
        wb.pressKeys(false, 'z');
        wb.waitUntil(() -> editor.lineContent().count() == 0, "Ctrl+Z undoes the step");
        // the question names the step and the lines that go, in the service's words (SegmentService.undoPreview)
        assertTrue(wb.prompter.saidSomething("Undo step 1 'Add Contacts: contact.city=Copenhagen'? " + copenhagen
                + " lines go."), wb.prompter.said.toString());
        wb.pressKeys(false, 'y');
        wb.waitUntil(() -> editor.lineContent().count() == copenhagen, "Ctrl+Y redoes it");

        // Ctrl+L: the Log dialog, and Log
        boolean[] opened = new boolean[1];
        wb.whenDialog("Log Segment", s -> {
            LogDialog d = (LogDialog) s.getData();
            opened[0] = true;
            wb.waitUntil(d::checked, "the pre-Log check");
            d.getButton(IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
        });
        wb.pressKeys(false, 'l');
        wb.waitUntil(() -> wb.prompter.saidSomething("Segment " + no + " has been logged"), "Ctrl+L logs");
        wb.rethrow();
        assertTrue(opened[0], "Ctrl+L opened the Log dialog");
        assertTrue(services.segments().list().isEmpty(), "the segment is logged");
    }
}

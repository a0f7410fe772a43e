package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.segmenta.core.segment.SegmentSummary;
import org.segmenta.model.LoggedSegment;
import org.segmenta.testing.Screenshots;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.UiIds;
import org.segmenta.ui.internal.dialogs.CriteriaStepDialog;
import org.segmenta.ui.internal.dialogs.LogDialog;
import org.segmenta.ui.internal.parts.ContactsPart;
import org.segmenta.ui.internal.parts.InteractionLogPart;
import org.segmenta.ui.internal.parts.LoggedSegmentsPart;
import org.segmenta.ui.internal.parts.SegmentEditorPart;
import org.segmenta.ui.internal.parts.SegmentsPart;

/**
 * The whole flow in the real window over real services: New Segment, header, Add Contacts through the dialog with
 * its live count, undo and redo, Log through the Log dialog, then the logged segment in Logged Segments and its
 * entries in the Interaction Log. Saves a screenshot at each stage.
 */
class SegmentFlowTest extends WindowFixture {

    private static final int CONTACTS = 200;


    SegmentFlowTest() {
        super(CONTACTS);
    }

    @Override
    void put(IEclipseContext c) {
        super.put(c);
        c.set(org.segmenta.core.contact.ContactService.class, services.contacts());
        c.set(org.segmenta.core.setup.SetupService.class, services.setup());
    }

    private static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
    }

    @Test
    void createAddUndoLogAndSeeTheLog() throws Exception {
        Shell shell = (Shell) window.getWidget();

        // the contacts are there, read page by page
        ContactsPart contacts = (ContactsPart) parts.showPart(UiIds.PART_CONTACTS, PartState.ACTIVATE).getObject();
        wb.waitUntil(() -> contacts.content().count() == CONTACTS, "the contacts are counted");
        assertEquals("200 contacts", contacts.getStatus().getText());
        wb.waitUntil(() -> "CT000001".equals(contacts.getViewer().getTable().getItem(0).getText(0)), "the first page shows");
        contacts.getViewer().getTable().setSelection(1);
        contacts.getViewer().getTable().notifyListeners(SWT.Selection, new Event());
        wb.spin();
        Screenshots.save(shell, "flow-1-contacts.png");

        // New Segment opens its editor
        wb.run(UiIds.COMMAND_NEW_SEGMENT);
        wb.spin();
        MPart editorPart = parts.getActivePart();
        SegmentEditorPart editor = assertInstanceOf(SegmentEditorPart.class, editorPart.getObject());
        String no = editor.segmentNo();
        assertEquals("SEG00001", no);

        // header: description (dirty until saved), then the template enables the interaction fields
        type((Text) editor.field("description"), "Christmas letter");
        assertTrue(editorPart.isDirty(), "a changed description makes the editor dirty");
        wb.run(UiIds.COMMAND_SAVE);
        wb.spin();
        assertTrue(!editorPart.isDirty(), "saved");
        assertEquals("Christmas letter", services.segments().get(no).orElseThrow().getDescription());
        assertTrue(!editor.field("unitCost").isEnabled(), "interaction fields wait for a template");
        Combo template = (Combo) editor.field("interactionTemplateCode");
        template.select(List.of(template.getItems()).indexOf(TestServices.TEMPLATE));
        template.notifyListeners(SWT.Selection, new Event());
        wb.spin();
        assertTrue(editor.field("unitCost").isEnabled(), "a template enables the interaction fields");
        assertEquals(TestServices.TEMPLATE, services.segments().get(no).orElseThrow().getInteractionTemplateCode());

        // Add Contacts through the dialog: the live count says how many
        long copenhagen = TestServices.inCity("Copenhagen", CONTACTS);
        String[] counted = new String[1];
        wb.whenDialog("Add Contacts", s -> {
            CriteriaStepDialog d = (CriteriaStepDialog) s.getData();
            d.filterText("contact", "city").setText("Copenhagen");
            wb.waitUntil(() -> d.countText().startsWith("Matches: " + copenhagen + " "), "the live count of Copenhagen");
            counted[0] = d.countText();
            try {
                Screenshots.save(s, "flow-2-add-contacts.png");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            d.getButton(IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
        });
        wb.run(UiIds.COMMAND_ADD_CONTACTS);
        wb.rethrow();
        assertTrue(counted[0].contains("new lines: " + copenhagen), counted[0]);
        wb.waitUntil(() -> editor.lineContent().count() == copenhagen, "the lines are added");
        wb.waitUntil(() -> editor.message().startsWith("Step 1, Add Contacts: " + copenhagen + " added"), "the step is reported");
        wb.waitUntil(() -> editor.lines().getTable().getItem(0).getText(1).startsWith("CT"), "the first line shows");
        assertEquals("Step 1, Add Contacts", editor.lines().getTable().getItem(0).getText(13), "provenance");
        assertEquals(1, editor.steps().getItemCount());

        // Undo, then Redo
        wb.run(UiIds.COMMAND_UNDO_STEP);
        wb.waitUntil(() -> editor.lineContent().count() == 0, "undo empties the segment");
        // the question names the step and the lines that go, in the service's words (SegmentService.undoPreview)
        assertTrue(wb.prompter.saidSomething("Undo step 1 'Add Contacts: contact.city=Copenhagen'? " + copenhagen
                + " lines go."), wb.prompter.said.toString());
        // the steps list is refreshed after the lines (by the store's change event): wait for it, as for the lines
        wb.waitUntil(() -> "undone".equals(editor.steps().getItem(0).getText(4)), "the step shows as undone");
        wb.run(UiIds.COMMAND_REDO_STEP);
        wb.waitUntil(() -> editor.lineContent().count() == copenhagen, "redo brings the lines back");
        wb.waitUntil(() -> editor.lines().getTable().getItem(0).getText(1).startsWith("CT"), "the first line shows again");
        Screenshots.save(shell, "flow-3-segment-editor.png");

        // Segments lists it
        SegmentsPart list = (SegmentsPart) parts.showPart(UiIds.PART_SEGMENTS, PartState.VISIBLE).getObject();
        wb.waitUntil(() -> list.content().count() == 1, "the Segments part lists the segment");
        wb.waitUntil(() -> list.getViewer().getTable().getItem(0).getText(2).equals(String.valueOf(copenhagen)),
                "with its lines");
        parts.activate(editorPart);
        wb.spin();

        // Log through the Log dialog
        wb.whenDialog("Log Segment", s -> {
            LogDialog d = (LogDialog) s.getData();
            wb.waitUntil(d::checked, "the pre-Log check");
            try {
                Screenshots.save(s, "flow-4-log-dialog.png");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertTrue(d.getButton(IDialogConstants.OK_ID).isEnabled(), "no errors: " + d.getErrorMessage());
            d.getButton(IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
        });
        wb.run(UiIds.COMMAND_LOG);
        wb.rethrow();
        wb.waitUntil(() -> wb.prompter.saidSomething("Segment " + no + " has been logged"), "Log is done");
        wb.spin();
        assertTrue(SegmentEditorsGone(no), "the editor closes after Log");
        List<SegmentSummary> open = services.segments().list();
        assertTrue(open.isEmpty(), "no open segment left: " + open);

        // Logged Segments shows it; selecting it filters the Interaction Log
        LoggedSegmentsPart logged = (LoggedSegmentsPart) parts.showPart(UiIds.PART_LOGGED_SEGMENTS, PartState.ACTIVATE)
                .getObject();
        wb.waitUntil(() -> logged.content().count() == 1, "one logged segment");
        wb.waitUntil(() -> no.equals(logged.getViewer().getTable().getItem(0).getText(1)), "its row shows");
        assertEquals(String.valueOf(copenhagen), logged.getViewer().getTable().getItem(0).getText(3));
        logged.getViewer().getTable().setSelection(0);
        logged.getViewer().getTable().notifyListeners(SWT.Selection, new Event());
        wb.spin();
        Screenshots.save(shell, "flow-5-logged-segments.png");
        LoggedSegment ls = logged.selection().get(0);

        InteractionLogPart log = (InteractionLogPart) parts.showPart(UiIds.PART_INTERACTION_LOG, PartState.ACTIVATE)
                .getObject();
        assertNotNull(log.query().loggedSegmentEntryNo());
        assertEquals(ls.getEntryNo(), log.query().loggedSegmentEntryNo());
        wb.waitUntil(() -> log.content().count() == copenhagen, "the interaction log shows the segment's entries");
        wb.waitUntil(() -> no.equals(log.getViewer().getTable().getItem(0).getText(10)), "the entries show");
        assertEquals(TestServices.TEMPLATE, log.getViewer().getTable().getItem(0).getText(3));
        Screenshots.save(shell, "flow-6-interaction-log.png");
    }

    private boolean SegmentEditorsGone(String no) {
        return org.segmenta.ui.internal.parts.SegmentEditors.find(parts, no) == null
                || !org.segmenta.ui.internal.parts.SegmentEditors.find(parts, no).isToBeRendered();
    }
}

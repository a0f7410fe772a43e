package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.CriteriaAction;
import org.segmenta.testing.Screenshots;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.UiIds;
import org.segmenta.ui.internal.parts.ContactsPart;
import org.segmenta.ui.internal.parts.SegmentEditorPart;
import org.segmenta.ui.internal.parts.SegmentEditors;

/**
 * Forms as Eclipse users expect them: the Update Lines question once per change (the question's dialog takes the
 * focus, which must not ask again), Save / Discard / Cancel before the Contacts form loses edits, and Contacts
 * beside a segment editor in two part stacks.
 */
class WindowFormsTest extends WindowFixture {

    /** Answers as told, remembers the questions, and takes the focus away as a real dialog does. */
    static final class Answers implements Prompter {
        final List<String> asked = new ArrayList<>();
        int choice;
        Runnable whileAsking = () -> {
        };

        @Override
        public boolean confirm(Shell shell, String title, String message) {
            asked.add(title);
            whileAsking.run();
            return true;
        }

        @Override
        public void inform(Shell shell, String title, String message) {
        }

        @Override
        public void error(Shell shell, String title, String message) {
            asked.add("! " + message);
        }

        @Override
        public int choose(Shell shell, String title, String message, String... answers) {
            asked.add(title + ": " + message);
            return choice;
        }
    }

    private final Answers answers = new Answers();

    WindowFormsTest() {
        super(40);
    }

    @Override
    void put(IEclipseContext c) {
        super.put(c);
        c.set(org.segmenta.core.contact.ContactService.class, services.contacts());
        c.set(Prompter.class, answers);
    }

    @Test
    void oneSalespersonChangeAsksUpdateLinesOnce() {
        String no = services.segments().create("Once").getNo();
        services.interactions().chooseTemplate(no, TestServices.TEMPLATE, false);
        services.segments().apply(no, StepRequest.of(CriteriaAction.ADD, new FieldFilter("contact", "city", "Odense")));
        SegmentEditorPart editor = wb.openSegment(no);
        Combo salesperson = (Combo) editor.field("salespersonCode");
        // a real question dialog takes the focus from the combo while it is open
        answers.whileAsking = () -> salesperson.notifyListeners(SWT.FocusOut, new Event());
        salesperson.setFocus();
        salesperson.select(List.of(salesperson.getItems()).indexOf("MARY"));
        salesperson.notifyListeners(SWT.Selection, new Event());
        salesperson.notifyListeners(SWT.FocusOut, new Event());
        wb.spin();
        assertEquals(List.of("Update Lines"), answers.asked, "asked once");
    }

    @Test
    void theContactsFormAsksSaveDiscardOrCancelBeforeLosingEdits() throws Exception {
        ContactsPart contacts = (ContactsPart) parts.showPart(UiIds.PART_CONTACTS, PartState.ACTIVATE).getObject();
        MPart contactsPart = parts.findPart(UiIds.PART_CONTACTS);
        wb.waitUntil(() -> contacts.content().count() == 40, "the contacts");
        wb.waitUntil(() -> "CT000001".equals(contacts.getViewer().getTable().getItem(0).getText(0)), "first page");
        select(contacts, 0);
        Text city = (Text) contacts.field("City");
        String before = city.getText();
        city.setText("Svendborg");
        assertTrue(contacts.changed());
        assertTrue(contactsPart.isDirty(), "the part shows it is dirty");

        // Cancel: the form keeps the edit
        answers.choice = 2;
        select(contacts, 1);
        assertEquals(1, answers.asked.size(), answers.asked.toString());
        assertTrue(answers.asked.get(0).startsWith("Save Contact: Contact CT000001 "), answers.asked.toString());
        assertEquals("Svendborg", ((Text) contacts.field("City")).getText());
        // Discard: the other contact shows, nothing stored
        answers.choice = 1;
        select(contacts, 1);
        assertEquals(before, services.store().read(s -> s.contacts().require("CT000001")).getCity());
        assertEquals("CT000002", ((Text) contacts.field("No.")).getText());
        // Save: stored, then the other contact shows
        ((Text) contacts.field("City")).setText("Nyborg");
        answers.choice = 0;
        select(contacts, 2);
        assertEquals("Nyborg", services.store().read(s -> s.contacts().require("CT000002")).getCity());
        assertEquals("CT000003", ((Text) contacts.field("No.")).getText());
        assertFalse(contactsPart.isDirty());
    }

    @Test
    void tablesSortInTheQueryAndCopyRows() {
        ContactsPart contacts = (ContactsPart) parts.showPart(UiIds.PART_CONTACTS, PartState.ACTIVATE).getObject();
        wb.waitUntil(() -> contacts.content().count() == 40, "the contacts");
        org.eclipse.swt.widgets.Table table = contacts.getViewer().getTable();
        org.eclipse.swt.widgets.TableColumn city = table.getColumn(4);
        assertEquals("City", city.getText());
        city.notifyListeners(SWT.Selection, new Event());
        wb.waitUntil(() -> table.getItemCount() > 0 && "Aalborg".equals(table.getItem(0).getText(4)), "sorted by city");
        assertEquals(SWT.UP, table.getSortDirection());
        city.notifyListeners(SWT.Selection, new Event());
        wb.waitUntil(() -> "Odense".equals(table.getItem(0).getText(4)), "sorted by city, descending");
        assertEquals(SWT.DOWN, table.getSortDirection());
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());
        wb.spin();
        String copied = contacts.copySelection();
        String[] lines = copied.split("\n");
        assertEquals(2, lines.length, copied);
        assertTrue(lines[0].startsWith("No.\tName\tType\tCompany Name\tCity"), lines[0]);
        assertTrue(lines[1].contains("\tOdense\t"), lines[1]);
        org.eclipse.swt.widgets.Menu menu = table.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = java.util.Arrays.stream(menu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText)
                .filter(t -> !t.isEmpty()).toList();
        assertEquals(List.of("&Open", "&New Contact", "&Delete...", "&Copy\tCtrl+C"), items);
    }

    @Test
    void theSegmentHeaderCollapsesSoTheLinesGetTheRoom() throws Exception {
        String no = services.segments().create("Room").getNo();
        SegmentEditorPart editor = wb.openSegment(no);
        int before = editor.lines().getTable().getSize().y;
        org.eclipse.swt.widgets.ToolItem toggle = null;
        for (org.eclipse.swt.widgets.Control c : allControls(((org.eclipse.swt.widgets.Control) editor.lines().getTable()).getShell())) {
            if (c instanceof org.eclipse.swt.widgets.ToolBar bar) {
                for (org.eclipse.swt.widgets.ToolItem i : bar.getItems()) {
                    if ("header".equals(i.getData("segmenta.toggle"))) {
                        toggle = i;
                    }
                }
            }
        }
        assertTrue(toggle != null, "the editor has the Hide Header toggle");
        toggle.setSelection(true);
        toggle.notifyListeners(SWT.Selection, new Event());
        wb.spin();
        int after = editor.lines().getTable().getSize().y;
        assertTrue(after > before + 100, "the lines get the room: " + before + " -> " + after);
        assertEquals("Show Header", toggle.getText());
        Screenshots.save((Shell) window.getWidget(), "forms-header-collapsed.png");
    }

    @Test
    void preferencesKeepTheTeamServerAndTestTheConnection() throws Exception {
        String port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = String.valueOf(free.getLocalPort()); // closed again: no server answers there
        }
        window.getContext().set(org.segmenta.core.store.ConnectionCheck.class,
                (url, user, pw) -> { throw new org.segmenta.core.store.StoreUnavailableException("Cannot reach the team server at "
                        + url + " as " + user + " with " + pw.length() + " characters of password.", null); });
        java.util.concurrent.atomic.AtomicReference<String> tested = new java.util.concurrent.atomic.AtomicReference<>();
        wb.whenDialog("Preferences", s -> {
            org.eclipse.jface.preference.PreferenceDialog d = (org.eclipse.jface.preference.PreferenceDialog) s.getData();
            org.segmenta.ui.internal.preferences.DatabasePreferencePage page =
                    (org.segmenta.ui.internal.preferences.DatabasePreferencePage) d.getSelectedPage();
            page.chooseServer("localhost", port, "anna", "secret");
            page.chooseTls("basic");
            page.testConnection();
            long end = System.currentTimeMillis() + 30_000;
            while (!page.result().startsWith("Cannot reach") && System.currentTimeMillis() < end) {
                if (!s.getDisplay().readAndDispatch()) {
                    s.getDisplay().sleep();
                }
            }
            tested.set(page.result());
            try {
                Screenshots.save(s, "forms-preferences-database.png");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            try {
                var m = org.eclipse.jface.dialogs.Dialog.class.getDeclaredMethod("getButton", int.class);
                m.setAccessible(true);
                ((org.eclipse.swt.widgets.Button) m.invoke(d, org.eclipse.jface.dialogs.IDialogConstants.OK_ID))
                        .notifyListeners(SWT.Selection, new Event());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        });
        IEclipseContext c = window.getContext();
        c.get(org.eclipse.e4.core.commands.EHandlerService.class).executeHandler(c
                .get(org.eclipse.e4.core.commands.ECommandService.class).createCommand(UiIds.COMMAND_PREFERENCES, null));
        wb.waitUntil(() -> tested.get() != null, "the Preferences dialog");
        wb.rethrow();
        // the page hands the page's values to the store's check and shows its message
        assertEquals("Cannot reach the team server at jdbc:derby://localhost:" + port + "/segmenta;ssl=basic as anna"
                + " with 6 characters of password.", tested.get());
        assertEquals("basic", org.segmenta.ui.SegmentaPreferences.get(org.segmenta.ui.SegmentaPreferences.DB_SSL));
        assertTrue(org.segmenta.ui.SegmentaPreferences.serverUrl().endsWith("/segmenta;ssl=basic"),
                org.segmenta.ui.SegmentaPreferences.serverUrl());
        assertEquals("server", org.segmenta.ui.SegmentaPreferences.get(org.segmenta.ui.SegmentaPreferences.DB_MODE));
        assertEquals("anna", org.segmenta.ui.SegmentaPreferences.get(org.segmenta.ui.SegmentaPreferences.DB_USER));
        assertTrue(org.segmenta.ui.SegmentaPreferences.serverUrl().startsWith("jdbc:derby://localhost:"));
        org.segmenta.ui.SegmentaPreferences.set(org.segmenta.ui.SegmentaPreferences.DB_MODE, "");
        org.segmenta.ui.SegmentaPreferences.set(org.segmenta.ui.SegmentaPreferences.DB_HOST, "");
        org.segmenta.ui.SegmentaPreferences.set(org.segmenta.ui.SegmentaPreferences.DB_PORT, "");
        org.segmenta.ui.SegmentaPreferences.set(org.segmenta.ui.SegmentaPreferences.DB_USER, "");
        org.segmenta.ui.SegmentaPreferences.set(org.segmenta.ui.SegmentaPreferences.DB_SSL, "");
        assertEquals("embedded", org.segmenta.ui.SegmentaPreferences.get(org.segmenta.ui.SegmentaPreferences.DB_MODE));
        assertEquals("off", org.segmenta.ui.SegmentaPreferences.get(org.segmenta.ui.SegmentaPreferences.DB_SSL));

        // the embedded database encrypted on disk: the flag in the preferences, the boot password in secure storage
        java.util.concurrent.atomic.AtomicBoolean saved = new java.util.concurrent.atomic.AtomicBoolean();
        wb.whenDialog("Preferences", s -> {
            org.eclipse.jface.preference.PreferenceDialog d = (org.eclipse.jface.preference.PreferenceDialog) s.getData();
            ((org.segmenta.ui.internal.preferences.DatabasePreferencePage) d.getSelectedPage())
                    .chooseEncrypted("Boot-Secret-1");
            try {
                var m = org.eclipse.jface.dialogs.Dialog.class.getDeclaredMethod("getButton", int.class);
                m.setAccessible(true);
                ((org.eclipse.swt.widgets.Button) m.invoke(d, org.eclipse.jface.dialogs.IDialogConstants.OK_ID))
                        .notifyListeners(SWT.Selection, new Event());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            saved.set(true);
        });
        c.get(org.eclipse.e4.core.commands.EHandlerService.class).executeHandler(c
                .get(org.eclipse.e4.core.commands.ECommandService.class).createCommand(UiIds.COMMAND_PREFERENCES, null));
        wb.waitUntil(saved::get, "the Preferences dialog, second time");
        wb.rethrow();
        try {
            assertEquals("true", org.segmenta.ui.SegmentaPreferences.get(org.segmenta.ui.SegmentaPreferences.DB_ENCRYPTED));
            assertEquals("Boot-Secret-1", org.segmenta.ui.SegmentaPreferences.bootPassword());
            String before = System.getProperty("segmenta.db.bootPassword");
            System.clearProperty("segmenta.db.bootPassword");
            System.clearProperty("segmenta.db.encrypted");
            String folder = System.getProperty("segmenta.db.folder");
            System.setProperty("segmenta.db.folder", "/nonexistent/for-the-test");
            try {
                org.segmenta.ui.SegmentaPreferences.applyToDatabase();
                assertEquals("Boot-Secret-1", System.getProperty("segmenta.db.bootPassword"),
                        "handed to the store inside the process, never on a command line");
                assertEquals("true", System.getProperty("segmenta.db.encrypted"));
            } finally {
                System.clearProperty("segmenta.db.bootPassword");
                System.clearProperty("segmenta.db.encrypted");
                if (before != null) {
                    System.setProperty("segmenta.db.bootPassword", before);
                }
                if (folder == null) {
                    System.clearProperty("segmenta.db.folder");
                } else {
                    System.setProperty("segmenta.db.folder", folder);
                }
            }
        } finally {
            org.segmenta.ui.SegmentaPreferences.set(org.segmenta.ui.SegmentaPreferences.DB_ENCRYPTED, "");
            org.segmenta.ui.SegmentaPreferences.setBootPassword("");
        }
    }

    private static List<org.eclipse.swt.widgets.Control> allControls(org.eclipse.swt.widgets.Control root) {
        List<org.eclipse.swt.widgets.Control> all = new ArrayList<>();
        all.add(root);
        if (root instanceof org.eclipse.swt.widgets.Composite c) {
            for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
                all.addAll(allControls(child));
            }
        }
        return all;
    }

    private void select(ContactsPart contacts, int row) {
        contacts.getViewer().getTable().setSelection(row);
        contacts.getViewer().getTable().notifyListeners(SWT.Selection, new Event());
        wb.spin();
    }

    @Test
    void contactsAndASegmentShowSideBySide() throws Exception {
        String no = services.segments().create("Beside").getNo();
        parts.showPart(UiIds.PART_CONTACTS, PartState.ACTIVATE);
        MPart editor = SegmentEditors.open(parts, no);
        wb.spin();
        MPart contacts = parts.findPart(UiIds.PART_CONTACTS);
        assertTrue(parts.isPartVisible(contacts), "Contacts stays visible");
        assertTrue(parts.isPartVisible(editor), "the segment shows");
        MPartStack editorStack = (MPartStack) (Object) editor.getParent();
        assertEquals(UiIds.PARTSTACK_EDITORS, editorStack.getElementId());
        assertEquals(UiIds.PARTSTACK_MAIN, ((MPartStack) (Object) contacts.getParent()).getElementId());
        Screenshots.save((Shell) window.getWidget(), "forms-side-by-side.png");
    }
}

package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.core.demo.DemoData;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.ContactImports;
import org.segmenta.model.Contact;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;
import org.segmenta.testing.Corpus;
import org.segmenta.ui.UiIds;
import org.segmenta.ui.internal.addons.DemoDataAddon;
import org.segmenta.ui.internal.dialogs.CriteriaStepDialog;
import org.segmenta.ui.internal.dialogs.LogDialog;
import org.segmenta.ui.internal.letters.ChooseDocumentPage;
import org.segmenta.ui.internal.wizards.ImportContactsWizard;
import org.segmenta.ui.internal.wizards.ImportReportDialog;
import org.segmenta.ui.internal.letters.MatchFieldsPage;
import org.segmenta.ui.internal.letters.MergeWizard;
import org.segmenta.ui.internal.letters.MergeWizardDialog;
import org.segmenta.ui.internal.letters.OutputPage;
import org.segmenta.ui.internal.letters.PersonalNoteDialog;
import org.segmenta.ui.internal.letters.PreviewPage;
import org.segmenta.ui.internal.parts.ContactsPart;
import org.segmenta.ui.internal.parts.SegmentEditorPart;

/**
 * The README's main job entirely in the window, on real widgets over real services: the demo data offered on the
 * empty database, the contact exports imported through File › Import... (the Import Contacts wizard), New Segment, Add and Refine through the criteria dialog opened by
 * their keys (real key events through the X server), a merge
 * with a real Mac Word 2011 main document through the merge wizard (a broken .docx first: a clear error, nothing
 * stored), a Personal Note on one line, and Log with Send using the template's own letter. A screenshot per step:
 * {@code target/screenshots/window-main-job-NN-<step>.png}.
 */
class WindowMainJobTest extends WindowFixture {

    private static final String NOTE = "Thank you for visiting our stand in Herning.\nYour samples are on their way.";

    private ContactImportService imports;
    private int step;

    @BeforeEach
    void activate() {
        shell = wb.activateMainWindow();
    }

    @Override
    void put(IEclipseContext c) {
        super.put(c);
        imports = ContactImports.service(services.store());
        c.set(ContactImportService.class, imports);
        c.set(org.segmenta.core.setup.SetupService.class, services.setup());
    }

    private void shot(Shell s, String name) {
        step++;
        wb.shot(s, String.format("window-main-job-%02d-%s.png", step, name));
    }

    private static void press(Button b) {
        assertTrue(b.isEnabled(), "the button " + b.getText() + " is enabled");
        b.notifyListeners(SWT.Selection, new Event());
    }

    private static void type(Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
    }

    private static void choose(Combo combo, String startingWith) {
        for (int i = 0; i < combo.getItemCount(); i++) {
            if (combo.getItem(i).startsWith(startingWith)) {
                combo.select(i);
                combo.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new AssertionError("no item " + startingWith + " in " + List.of(combo.getItems()));
    }

    private static void all(Control c, List<Control> into) {
        into.add(c);
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (Control child : comp.getChildren()) {
                all(child, into);
            }
        }
    }

    private static String documentText(byte[] docx) throws IOException {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        return "";
    }

    @Test
    void theMainJobInTheWindow() throws Exception {
        // 1. the empty database: the window offers the demo data
        DemoData demo = services.demo();
        DemoDataAddon addon = (DemoDataAddon) wb.application.getAddons().stream()
                .filter(a -> a.getObject() instanceof DemoDataAddon).findFirst().orElseThrow().getObject();
        assertTrue(addon.offer(shell, demo, wb.prompter), "the demo data is offered");
        wb.waitUntil(() -> wb.prompter.saidSomething("Loaded 150 contacts"), "the demo data is loaded");
        ContactsPart contacts = (ContactsPart) parts.showPart(UiIds.PART_CONTACTS, PartState.ACTIVATE).getObject();
        wb.waitUntil(() -> contacts.content().count() == 150, "the demo contacts are listed");
        shot(shell, "demo-data");

        // 2. File › Import...: the contact exports of the corpus (the Google CSV among them) through the wizard
        Path dir = Corpus.dir("contacts");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        Path google = dir.resolve("rc_google_contacts.csv");
        assertTrue(files.contains(google));
        String[] report = new String[1];
        wb.whenDialog("Import Contacts", s -> {
            WizardDialog d = (WizardDialog) s.getData();
            ImportContactsWizard w = (ImportContactsWizard) d.getCurrentPage().getWizard();
            w.addFiles(files);
            wb.spin();
            assertTrue(w.files().contains(google), "the Google export can be imported: " + w.files());
            shot(s, "import-files");
            for (int i = 0; i < 5 && !w.canFinish(); i++) {
                press(dialogButton(d, IDialogConstants.NEXT_ID));
                wb.spin();
            }
            if (dialogButton(d, IDialogConstants.NEXT_ID).isEnabled()) {
                press(dialogButton(d, IDialogConstants.NEXT_ID));
                wb.spin();
            }
            shot(s, "import-preview");
            press(dialogButton(d, IDialogConstants.FINISH_ID));
        });
        wb.whenDialog("Import Report", s -> {
            ImportReportDialog d = (ImportReportDialog) s.getData();
            report[0] = d.summaryText();
            shot(s, "import-report");
            d.close();
        });
        wb.run(UiIds.COMMAND_IMPORT_CONTACTS);
        wb.waitUntil(() -> report[0] != null, "the import report opens");
        wb.rethrow();
        assertTrue(report[0].contains("rc_google_contacts.csv"), report[0]);
        long total = services.store().read(x -> x.contacts().count());
        assertTrue(total > 150, "contacts are imported: " + report[0]);
        wb.waitUntil(() -> contacts.content().count() == total, "the imported contacts are listed");
        shot(shell, "imported");

        // 3. New Segment (Ctrl+N): description, template LETTER, salesperson AB, saved (Ctrl+S)
        wb.pressKeys(false, 'n');
        wb.waitUntil(() -> parts.getActivePart() != null
                && parts.getActivePart().getObject() instanceof SegmentEditorPart, "Ctrl+N opens a segment editor");
        MPart editorPart = parts.getActivePart();
        SegmentEditorPart editor = assertInstanceOf(SegmentEditorPart.class, editorPart.getObject());
        String no = editor.segmentNo();
        type((Text) editor.field("description"), "Autumn letter to imported contacts");
        choose((Combo) editor.field("interactionTemplateCode"), "LETTER");
        wb.spin();
        Combo salesperson = (Combo) editor.field("salespersonCode");
        salesperson.setText("AB");
        salesperson.notifyListeners(SWT.DefaultSelection, new Event());
        wb.pressKeys(false, 's');
        wb.waitUntil(() -> !editorPart.isDirty(), "Ctrl+S saves");
        SegmentHeader h = services.segments().get(no).orElseThrow();
        assertEquals("LETTER", h.getInteractionTemplateCode());
        assertEquals("AB", h.getSalespersonCode());
        shot(shell, "new-segment");

        // 4. Add the imported persons (Ctrl+Alt+A) (no salesperson), counted live first
        String[] counted = new String[1];
        wb.whenDialog("Add Contacts", s -> {
            CriteriaStepDialog d = (CriteriaStepDialog) s.getData();
            d.filterText("contact", "salespersonCode").setText("''");
            d.filterText("contact", "type").setText("Person");
            wb.waitUntil(() -> d.countText().startsWith("Matches: "), "the live count");
            wb.waitUntil(() -> !d.countText().startsWith("Matches: 0 "), "the live count of the imported persons");
            counted[0] = d.countText();
            shot(s, "add-contacts");
            press(d.getButton(IDialogConstants.OK_ID));
        });
        wb.pressKeys(true, 'a');
        wb.rethrow();
        wb.waitUntil(() -> editor.message().startsWith("Step 1"), "the Add is done: " + counted[0]);
        long added = services.segments().lineCount(no);
        assertTrue(added >= 3, "the imported persons are added: " + added);

        // 5. Refine (Ctrl+Alt+F): only those with an e-mail address
        wb.whenDialog("Refine Contacts", s -> {
            CriteriaStepDialog d = (CriteriaStepDialog) s.getData();
            List<Control> controls = new ArrayList<>();
            all(s, controls);
            Combo more = (Combo) controls.stream().filter(c -> c instanceof Combo cb && cb.isVisible()
                    && cb.getItemCount() > 0 && cb.getItem(0).startsWith("Add a filter field")).findFirst().orElseThrow();
            choose(more, "E-Mail");
            wb.spin();
            Text email = d.filterText("contact", "email");
            assertNotNull(email, "the E-Mail filter field is added");
            email.setText("<>''");
            wb.waitUntil(() -> d.countText().startsWith("Matches: "), "the live count");
            shot(s, "refine-contacts");
            press(d.getButton(IDialogConstants.OK_ID));
        });
        wb.pressKeys(true, 'f');
        wb.rethrow();
        wb.waitUntil(() -> editor.message().startsWith("Step 2"), "the Refine is done");
        long lines = services.segments().lineCount(no);
        assertTrue(lines >= 2 && lines <= added, "lines with an e-mail address: " + lines);
        wb.waitUntil(() -> editor.lineContent().count() == lines, "the editor shows the lines");
        wb.waitUntil(() -> editor.lines().getTable().getItem(0).getText(1).startsWith("CT"), "the first line shows");
        shot(shell, "segment-lines");

        // 6. Merge (Ctrl+Alt+M) with the Mac Word 2011 main document through the wizard, to a folder; a broken .docx first
        Path broken = folder.resolve("broken.docx");
        Files.write(broken, "PK\u0003\u0004 not a Word document at all".getBytes(StandardCharsets.ISO_8859_1));
        Path docx = Corpus.dir("docx").resolve("bouke_macword2011.docx");
        Path letters = folder.resolve("letters");
        List<Long> templatesBefore = h.getLanguages().stream().map(r -> r.getWordTemplateNo()).toList();
        wb.whenDialog(MergeWizard.TITLE, s -> {
            MergeWizardDialog d = (MergeWizardDialog) s.getData();
            ChooseDocumentPage choose = d.wizard().choosePage();
            choose.chooseFile(broken);
            wb.spin();
            assertFalse(choose.isPageComplete(), "a broken document cannot be merged");
            assertNotNull(choose.getErrorMessage());
            assertTrue(choose.getErrorMessage().contains("broken.docx"), choose.getErrorMessage());
            assertTrue(choose.details().contains("nothing has been stored"), choose.details());
            assertFalse(d.button(IDialogConstants.NEXT_ID).isEnabled());
            shot(s, "merge-broken-docx");

            choose.chooseFile(docx);
            wb.spin();
            assertTrue(choose.isPageComplete(), choose.getErrorMessage());
            shot(s, "merge-choose-document");
            press(d.button(IDialogConstants.NEXT_ID));

            MatchFieldsPage match = d.wizard().matchPage();
            assertEquals(match, d.getCurrentPage());
            Table t = match.table();
            String firstName = null;
            for (int i = 0; i < t.getItemCount(); i++) {
                if (t.getItem(i).getText(0).equals("first_name")) {
                    firstName = t.getItem(i).getText(1);
                }
            }
            assertEquals("First Name", firstName, "Match Fields maps first_name to First Name");
            shot(s, "merge-match-fields");
            press(d.button(IDialogConstants.NEXT_ID));

            PreviewPage preview = d.wizard().previewPage();
            assertEquals(preview, d.getCurrentPage());
            assertTrue(preview.where().startsWith("Line 1 of " + lines), preview.where());
            assertFalse(preview.letter().highlighted().isEmpty(), "the merged values are highlighted");
            press(findButton(s, "Next Line >"));
            assertTrue(preview.where().startsWith("Line 2 of " + lines), preview.where());
            // on to a contact with a name and an address, to see what the highlighting shows
            for (int i = 2; i < lines && preview.letter().highlighted().size() < 4; i++) {
                press(findButton(s, "Next Line >"));
            }
            assertTrue(preview.letter().highlighted().size() >= 4, preview.where());
            shot(s, "merge-preview");
            press(d.button(IDialogConstants.NEXT_ID));

            OutputPage out = d.wizard().outputPage();
            out.mergeToFolder(letters);
            out.useForSegment(false);
            shot(s, "merge-to-folder");
            press(d.button(IDialogConstants.FINISH_ID));
        });
        wb.pressKeys(true, 'm');
        wb.rethrow();
        wb.waitUntil(() -> wb.prompter.saidSomething("letters merged into " + letters), "the merge is done");
        assertEquals(templatesBefore, services.segments().get(no).orElseThrow().getLanguages().stream()
                .map(r -> r.getWordTemplateNo()).toList(), "merging to a folder leaves the segment's letter alone");
        List<Path> merged;
        try (Stream<Path> s = Files.list(letters)) {
            merged = s.sorted().toList();
        }
        assertEquals(lines, merged.size());
        int named = 0;
        for (SegmentLine line : services.segments().lines(no, 0, 1000)) {
            Contact c = services.store().read(x -> x.contacts().require(line.getContactNo()));
            Path f = merged.stream().filter(p -> p.getFileName().toString().contains(" " + c.getNo() + " ")).findFirst()
                    .orElseThrow();
            String text = documentText(Files.readAllBytes(f));
            // the Mac Word letter greets by first_name and prints last_name (a contact known only by its e-mail
            // address, as one vCard of the corpus, has neither)
            for (String name : new String[] { c.getFirstName(), c.getSurname() }) {
                if (name != null && !name.isBlank()) {
                    assertTrue(text.contains(name), f.getFileName() + " holds " + name + ": " + text);
                    named++;
                }
            }
        }
        assertTrue(named >= lines, "the letters hold the contacts' names: " + named);
        shot(shell, "merged");

        // 7. a Personal Note on the first line
        Table table = editor.lines().getTable();
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());
        SegmentLine noted = editor.selectedLines().get(0).line();
        wb.whenDialog(PersonalNoteDialog.TITLE, s -> {
            PersonalNoteDialog d = (PersonalNoteDialog) s.getData();
            d.text().setText(NOTE);
            shot(s, "personal-note");
            d.ok();
        });
        wb.run(UiIds.COMMAND_PERSONAL_NOTE);
        wb.rethrow();
        wb.spin();
        assertEquals(NOTE, services.segments().lines(no, 0, 1).get(0).getPersonalNote());
        assertTrue(table.getItem(0).getText(15).startsWith("Thank you for visiting"), table.getItem(0).getText(15));
        shot(shell, "line-with-note");

        // 8. Log (Ctrl+L) with Send: the template's own letter (with its PersonalNote field) for every line
        wb.whenDialog("Log Segment", s -> {
            LogDialog d = (LogDialog) s.getData();
            if (!d.sendButton().getSelection()) {
                d.sendButton().setSelection(true);
                d.sendButton().notifyListeners(SWT.Selection, new Event());
            }
            wb.waitUntil(d::checked, "the pre-Log check");
            shot(s, "log");
            press(d.getButton(IDialogConstants.OK_ID));
        });
        wb.pressKeys(false, 'l');
        wb.rethrow();
        wb.waitUntil(() -> wb.prompter.saidSomething("Segment " + no + " has been logged"), "Log is done");
        wb.spin();
        LoggedSegment ls = services.interactions().loggedSegments(0, 1).get(0);
        List<InteractionLogEntry> entries = services.interactions()
                .entries(InteractionLogQuery.all().withLoggedSegmentEntryNo(ls.getEntryNo()));
        assertEquals(lines, entries.size());
        int withNote = 0;
        for (InteractionLogEntry e : entries) {
            String text;
            try (InputStream in = services.interactions().openDocument(e.getEntryNo())) {
                text = documentText(in.readAllBytes());
            }
            boolean has = text.contains("Thank you for visiting our stand in Herning.");
            assertEquals(e.getContactNo().equals(noted.getContactNo()), has, e.getContactNo() + ": " + text);
            withNote += has ? 1 : 0;
        }
        assertEquals(1, withNote, "the stored letter of the noted line holds the note, the others do not");
        parts.showPart(UiIds.PART_INTERACTION_LOG, PartState.ACTIVATE);
        wb.spin();
        shot(shell, "logged");
    }

    private static Button dialogButton(org.eclipse.jface.dialogs.Dialog d, int id) {
        try {
            var m = org.eclipse.jface.dialogs.Dialog.class.getDeclaredMethod("getButton", int.class);
            m.setAccessible(true);
            return (Button) m.invoke(d, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Button findButton(Shell s, String text) {
        List<Control> controls = new ArrayList<>();
        all(s, controls);
        return (Button) controls.stream().filter(c -> c instanceof Button b && text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }
}

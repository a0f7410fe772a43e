package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.segmenta.core.setup.SetupService;
import org.segmenta.core.setup.SetupTable;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.SegmentLine;
import org.segmenta.testing.Corpus;
import org.segmenta.ui.Launcher;
import org.segmenta.ui.UiIds;
import org.segmenta.ui.internal.parts.SegmentEditorPart;
import org.segmenta.ui.internal.setup.SetupPart;

/**
 * One contact's letter in the window (Edit Letter in the "word processor", kept when saved, marked, reverted) and the
 * Setup part (a salesperson created through its form, a Word document attached to a template's language), on the
 * demo data over real services.
 */
class LettersAndSetupTest extends DemoWindowFixture {

    private final List<Path> opened = new ArrayList<>();

    @Override
    void put(IEclipseContext c) {
        super.put(c);
        c.set(SetupService.class, services.setup());
        c.set(Launcher.class, (Launcher) file -> opened.add(file));
    }

    /** The letter with a sentence added to its body, as a user's word processor would save it. */
    private static byte[] edited(byte[] docx, String sentence) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    xml = xml.replace("<w:body>", "<w:body><w:p><w:r><w:t>" + sentence + "</w:t></w:r></w:p>");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void editLetterKeepsTheSavedLetterAsTheLinesOwnAndRevertUndoesIt() throws Exception {
        SegmentEditorPart editor = wb.openSegmentWithLines(seg);
        Table table = editor.lines().getTable();
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());
        SegmentLine line = editor.selectedLines().get(0).line();
        assertFalse(line.isMerged());

        wb.run(UiIds.COMMAND_EDIT_LETTER);
        wb.spin();
        assertEquals(1, opened.size(), "the letter is opened in the word processor");
        Path file = opened.get(0);
        assertTrue(file.getFileName().toString().endsWith(seg + " line " + line.getLineNo() + ".docx"), file.toString());
        assertTrue(editor.message().contains("open in your word processor"), editor.message());

        // the user edits and saves it
        Files.write(file, edited(Files.readAllBytes(file), "Special offer for you: 20% off until Christmas."));
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        wb.waitUntil(() -> wb.prompter.saidSomething("You saved the letter of line " + line.getLineNo()),
                "Segmenta asks to keep the saved letter");
        wb.waitUntil(() -> services.segments().lines(seg, 0, 1).get(0).isMerged(), "the letter is kept");
        SegmentLine own = services.segments().lines(seg, 0, 1).get(0);
        assertNotEquals(line.getAttachmentNo(), own.getAttachmentNo());
        assertTrue(new String(services.interactions().mergeLine(seg, line.getLineNo()), StandardCharsets.ISO_8859_1)
                .length() > 0);
        wb.waitUntil(() -> SegmentEditorPart.OWN_LETTER.equals(table.getItem(0).getText(14)), "the line is marked");
        wb.shot(shell, "letters-own-letter.png");

        // Revert to Template Letter
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());
        wb.run(UiIds.COMMAND_REVERT_LETTER);
        wb.spin();
        assertFalse(services.segments().lines(seg, 0, 1).get(0).isMerged());
        wb.waitUntil(() -> table.getItem(0).getText(14).isEmpty(), "the mark is gone");
        assertTrue(editor.message().contains("is the template's again"), editor.message());
    }

    /**
     * The new user's find: Revert to Template Letter was enabled on a line without a letter of its own. It follows the
     * service's rule ({@code InteractionService.hasOwnLetter}).
     */
    @Test
    void revertIsEnabledOnlyOnALineWithALetterOfItsOwn() throws Exception {
        SegmentEditorPart editor = wb.openSegmentWithLines(seg);
        Table table = editor.lines().getTable();
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());
        SegmentLine line = editor.selectedLines().get(0).line();
        assertFalse(wb.canRun(UiIds.COMMAND_REVERT_LETTER), "a line that merges the template's letter");
        assertTrue(wb.canRun(UiIds.COMMAND_EDIT_LETTER), "Edit Letter is there to make one");

        services.interactions().personalise(seg, line.getLineNo(), "Personal.docx",
                services.interactions().mergeLine(seg, line.getLineNo()));
        // as Edit Letter's keep does: the editor shows the line as stored
        editor.lineChanged(services.segments().lines(seg, 0, 1).get(0), "");
        wb.waitUntil(() -> SegmentEditorPart.OWN_LETTER.equals(table.getItem(0).getText(14)), "the line is marked");
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());
        assertTrue(wb.canRun(UiIds.COMMAND_REVERT_LETTER), "the line has a letter of its own");
    }

    @Test
    void theSetupPartCreatesRowsAndAttachesWordDocuments() throws Exception {
        wb.run("org.segmenta.ui.command.showsetup");
        wb.spin();
        MPart part = parts.findPart(UiIds.PART_SETUP);
        assertNotNull(part, "Window > Setup opens the Setup part");
        SetupPart setup = assertInstanceOf(SetupPart.class, part.getObject());
        assertTrue(setup.message().startsWith("Interaction Template: "), setup.message());
        wb.shot(shell, "setup-templates.png");

        // a salesperson through the form
        setup.chooseTable(SetupTable.all().indexOf(SetupTable.SALESPEOPLE));
        wb.spin();
        int before = setup.rows().getItemCount();
        setup.startNew();
        setup.field("code").setText("zz");
        setup.field("name").setText("Zoe Zimmer");
        setup.save();
        wb.spin();
        assertTrue(setup.message().contains("ZZ created"), setup.message());
        assertEquals(before + 1, setup.rows().getItemCount());
        assertEquals("Zoe Zimmer", services.setup().get(SetupTable.SALESPEOPLE, "ZZ").orElseThrow().getName());

        // a refused change shows the service's message, nothing stored
        setup.field("name").setText("x".repeat(300));
        setup.save();
        wb.spin();
        assertFalse(setup.message().contains("saved"), setup.message());
        assertEquals("Zoe Zimmer", services.setup().get(SetupTable.SALESPEOPLE, "ZZ").orElseThrow().getName());
        wb.shot(shell, "setup-salespeople.png");

        // a Word document for the letter template's English row
        setup.chooseTable(SetupTable.all().indexOf(SetupTable.INTERACTION_TEMPLATES));
        wb.spin();
        Long beforeDoc = services.setup().get(SetupTable.INTERACTION_TEMPLATES, "LETTER").orElseThrow().getLanguages()
                .stream().filter(l -> "ENU".equals(l.getLanguageCode())).findFirst().orElseThrow().getWordTemplateNo();
        setup.attach("LETTER", "ENU", Corpus.dir("docx").resolve("bouke_macword2011.docx"));
        wb.spin();
        assertTrue(setup.message().contains("bouke_macword2011.docx is the ENU letter"), setup.message());
        InteractionTemplate t = services.setup().get(SetupTable.INTERACTION_TEMPLATES, "LETTER").orElseThrow();
        Long afterDoc = t.getLanguages().stream().filter(l -> "ENU".equals(l.getLanguageCode())).findFirst().orElseThrow()
                .getWordTemplateNo();
        assertNotEquals(beforeDoc, afterDoc);
        assertTrue(setup.languageRows().getItemCount() >= 4);
        wb.shot(shell, "setup-template-languages.png");
    }
}

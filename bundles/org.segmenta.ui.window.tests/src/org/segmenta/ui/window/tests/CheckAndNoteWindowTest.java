package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.segmenta.core.interaction.FindingGroup;
import org.segmenta.core.interaction.LogProblem.Cause;
import org.segmenta.exchange.ContactImports;
import org.segmenta.exchange.ImportReport;
import org.segmenta.model.SegmentLine;
import org.segmenta.testing.Corpus;
import org.segmenta.ui.UiIds;
import org.segmenta.ui.internal.letters.PersonalNoteDialog;
import org.segmenta.ui.internal.parts.SegmentEditorPart;
import org.segmenta.ui.internal.wizards.ImportReportDialog;
import org.segmenta.ui.internal.wizards.ImportResult;

/**
 * What the window shows of the trial's defects, on the demo data over real services: the Personal Note dialog says
 * when the line's Word document has no PersonalNote field, the Check before Log tab shows the findings grouped by
 * cause (a group per document, expandable to its lines), and the import report filters the rows that need a look and
 * sorts by a column.
 */
class CheckAndNoteWindowTest extends DemoWindowFixture {

    @Test
    void aNoteTheDocumentCannotPrintIsSaidInTheDialogAndGroupedInTheCheckBeforeLog() throws Exception {
        // the segment's letter is a document without a PersonalNote field
        Path docx = Corpus.dir("docx").resolve("bouke_macword2011.docx");
        services.interactions().useWordDocument(seg, "bouke.docx", Files.readAllBytes(docx));
        List<SegmentLine> lines = services.segments().lines(seg, 0, 3);
        for (SegmentLine l : lines.subList(1, 3)) {
            services.interactions().setPersonalNote(seg, l.getLineNo(), "See you at the fair.");
        }
        SegmentEditorPart editor = wb.openSegmentWithLines(seg);
        Table table = editor.lines().getTable();
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());

        // Personal Note...: the dialog says the note will not be printed, and why
        List<String> said = new ArrayList<>();
        wb.whenDialog(PersonalNoteDialog.TITLE, s -> {
            PersonalNoteDialog d = (PersonalNoteDialog) s.getData();
            wb.waitUntil(() -> d.notPrinted() != null, "the dialog's check of the document");
            said.add(d.notPrinted());
            d.text().setText("Thank you for visiting our stand in Herning.");
            wb.shot(s, "note-not-printed.png");
            d.ok();
        });
        wb.run(UiIds.COMMAND_PERSONAL_NOTE);
        wb.rethrow();
        wb.spin();
        assertEquals(List.of("The note will not be printed: The line's document bouke.docx has no PersonalNote field; "
                + "add the field in Word."), said);
        assertNotNull(services.segments().lines(seg, 0, 1).get(0).getPersonalNote(), "the note is kept all the same");
        assertTrue(editor.message().contains("is saved, but it will not be printed: The line's document bouke.docx has no "
                + "PersonalNote field; add the field in Word."), "the status line agrees with the dialog: " + editor.message());

        // Check before Log: one group for the three lines, expandable to them
        editor.check(true);
        Tree tree = editor.problems().tree();
        wb.waitUntil(() -> editor.problems().groups().stream().anyMatch(g -> g.cause() == Cause.NOTE_NOT_IN_DOCUMENT),
                "the check's findings");
        List<FindingGroup> groups = editor.problems().groups();
        int at = -1;
        for (int i = 0; i < groups.size(); i++) {
            at = groups.get(i).cause() == Cause.NOTE_NOT_IN_DOCUMENT ? i : at;
        }
        assertEquals(groups.size(), tree.getItemCount(), "one row per group");
        TreeItem group = tree.getItem(at);
        assertEquals("3", group.getText(1));
        assertTrue(group.getText(4).startsWith("3 lines have a personal note but the document bouke.docx has no "
                + "PersonalNote field - add the field in Word or the notes will not be printed. - lines "
                + lines.get(0).getLineNo() + " (" + lines.get(0).getContactNo() + "), "), group.getText(4));
        Event expand = new Event();
        expand.item = group;
        tree.notifyListeners(SWT.Expand, expand);
        group.setExpanded(true);
        wb.spin();
        assertEquals(3, group.getItemCount());
        assertEquals(String.valueOf(lines.get(2).getLineNo()), group.getItem(2).getText(2));
        assertEquals(lines.get(2).getContactNo(), group.getItem(2).getText(3));
        wb.shot(shell, "check-before-log-grouped.png");
    }

    @Test
    void theImportReportShowsTheRowsThatNeedALookAndSortsByAColumn() throws Exception {
        String header = "First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Type,E-mail 1 - Value,"
                + "Phone 1 - Type,Phone 1 - Value,Address 1 - Type,Address 1 - Street,Address 1 - City,"
                + "Address 1 - Postal Code,Address 1 - Country,Labels,Notes";
        StringBuilder b = new StringBuilder(header).append('\n');
        for (int i = 1; i <= 30; i++) {
            // row 7: a bad address; row 12: row 2's address; row 25: F3 L3 with another address (possible duplicate)
            String name = i == 25 ? "F3,L3" : "F" + i + ",L" + i;
            String email = i == 7 ? "not-an-address" : i == 12 ? "p2@example.com" : "p" + i + "@example.com";
            b.append(name).append(",Acme A/S,Buyer,* Work,").append(email)
                    .append(",Work,+45 1000,Work,1 Havnegade,Aarhus,8000,Denmark,* myContacts,\n");
        }
        Path csv = folder.resolve("acme.csv");
        Files.writeString(csv, b.toString(), StandardCharsets.UTF_8);
        ImportReport r = ContactImports.service(services.store()).importFile(csv);
        assertEquals(2, r.skippedCount(), "row 7's bad address, row 12's repeated address");
        assertEquals(1, r.possibleDuplicates().size(), "row 25");

        ImportReportDialog d = new ImportReportDialog(shell, List.of(new ImportResult(csv, r, null)));
        d.setBlockOnOpen(false);
        d.open();
        try {
            wb.spin();
            Table t = d.table();
            int all = t.getItemCount();
            assertTrue(all > 30, "every row: " + all);
            d.showProblemsOnly(true);
            wb.spin();
            assertEquals(3, t.getItemCount(), "two skipped rows and a possible duplicate");
            assertEquals(List.of("8", "13", "26"), List.of(t.getItem(0).getText(1), t.getItem(1).getText(1), t.getItem(2).getText(1)));
            assertEquals("Possible duplicate", t.getItem(2).getText(2));
            d.sortBy(1);
            d.sortBy(1);
            wb.spin();
            assertEquals("26", t.getItem(0).getText(1), "the line column, descending");
            assertEquals(SWT.DOWN, t.getSortDirection());
            wb.shot(d.getShell(), "import-report-problems.png");
            d.showProblemsOnly(false);
            wb.spin();
            assertEquals(all, t.getItemCount());
        } finally {
            d.close();
        }
    }
}

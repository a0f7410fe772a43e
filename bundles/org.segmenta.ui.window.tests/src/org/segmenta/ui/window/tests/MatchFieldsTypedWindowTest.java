package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.testing.Corpus;
import org.segmenta.testing.Screenshots;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.UiIds;
import org.segmenta.ui.internal.letters.MatchFieldsPage;
import org.segmenta.ui.internal.letters.MergeWizard;
import org.segmenta.ui.internal.letters.MergeWizardDialog;

/**
 * Match Fields takes a Segmenta field typed into its cell (the new user's find: a typed name was silently dropped and
 * only the drop-down worked): a caption in any case, a key, a synonym; a name that is no field is said on the page and
 * changes nothing. Real widgets, the demo segment and the Mac Word 2011 letter of the corpus.
 */
class MatchFieldsTypedWindowTest {

    @TempDir
    Path folder;

    private TestServices services;
    private Workbench wb;
    private String seg;

    @BeforeEach
    void open() {
        services = new TestServices(folder);
        seg = services.demo().load().segmentNo();
        wb = new Workbench(c -> Workbench.putServices(c, services));
        wb.showMainWindow();
    }

    @AfterEach
    void close() {
        if (wb != null) {
            wb.close();
        }
        services.close();
    }

    private static void press(Button b) {
        b.notifyListeners(SWT.Selection, new Event());
    }

    private static String shown(Table t, String field) {
        for (int i = 0; i < t.getItemCount(); i++) {
            if (t.getItem(i).getText(0).equals(field)) {
                return t.getItem(i).getText(1);
            }
        }
        throw new AssertionError("no row " + field);
    }

    @Test
    void aTypedNameMapsTheFieldAndANonFieldIsSaid() {
        Path docx = Corpus.dir("docx").resolve("bouke_macword2011.docx");
        List<String> seen = new ArrayList<>();
        wb.openSegment(seg);
        wb.whenDialog(MergeWizard.TITLE, s -> {
            MergeWizardDialog d = (MergeWizardDialog) s.getData();
            d.wizard().choosePage().chooseFile(docx);
            wb.spin();
            press(d.button(IDialogConstants.NEXT_ID));
            MatchFieldsPage match = d.wizard().matchPage();
            Table t = match.table();
            assertEquals("First Name", shown(t, "first_name"));

            match.typeInCell("first_name", "surname");
            wb.spin();
            seen.add(shown(t, "first_name"));
            assertNull(match.getErrorMessage());

            match.typeInCell("first_name", "Vorname");
            wb.spin();
            seen.add(shown(t, "first_name"));

            match.typeInCell("first_name", "CITY");
            wb.spin();
            seen.add(shown(t, "first_name"));

            match.typeInCell("first_name", "Shoe size");
            wb.spin();
            seen.add(shown(t, "first_name"));
            seen.add(match.getErrorMessage());
            try {
                Screenshots.save(s, "match-fields-typed-not-a-field.png");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            match.typeInCell("first_name", "first name");
            wb.spin();
            seen.add(shown(t, "first_name"));
            seen.add(String.valueOf(match.getErrorMessage()));
            press(d.button(IDialogConstants.CANCEL_ID));
        });
        wb.run(UiIds.COMMAND_MERGE);
        wb.rethrow();
        wb.spin();
        assertEquals(7, seen.size(), seen.toString());
        assertEquals(List.of("Surname", "First Name", "City", "City"), seen.subList(0, 4));
        assertTrue(seen.get(4).startsWith("first_name: 'Shoe size' is not a Segmenta merge field."), seen.get(4));
        assertEquals(List.of("First Name", "null"), seen.subList(5, 7));
        assertFalse(seen.contains(""), "no cell went blank");
    }

    /**
     * The new user's find: the first page said "4 things to know" while Match Fields said "Nothing: every field is
     * understood" and listed 4 unmapped fields. Both pages now count the same things (the unmapped fields apart).
     */
    @Test
    void theFirstPageAndMatchFieldsAgreeOnWhatThereIsToKnow() {
        List<String> seen = new ArrayList<>();
        wb.openSegment(seg);
        for (String name : List.of("aspose_orders_formats.docx", "bouke_macword2011.docx", "aspose_odso_outlook.docx")) {
            Path docx = Corpus.dir("docx").resolve(name);
            wb.whenDialog(MergeWizard.TITLE, s -> {
                MergeWizardDialog d = (MergeWizardDialog) s.getData();
                d.wizard().choosePage().chooseFile(docx);
                wb.spin();
                String first = d.wizard().choosePage().details();
                press(d.button(IDialogConstants.NEXT_ID));
                MatchFieldsPage match = d.wizard().matchPage();
                String know = match.goodToKnow();
                long bullets = know.lines().filter(l -> l.startsWith("• ")).count();
                java.util.regex.Matcher things = java.util.regex.Pattern.compile("(\\d+) things to know").matcher(first);
                assertEquals(bullets, things.find() ? Long.parseLong(things.group(1)) : 0L, first + " / " + know);
                java.util.regex.Matcher notMatched = java.util.regex.Pattern.compile("(\\d+) not matched").matcher(first);
                int unmapped = notMatched.find() ? Integer.parseInt(notMatched.group(1)) : 0;
                if (bullets == 0) {
                    assertEquals(unmapped == 0 ? "Nothing: every field is understood."
                            : "Nothing else: only the " + unmapped + " fields not mapped, listed above.", know);
                }
                if (unmapped > 0) {
                    assertTrue(match.getMessage().contains("not mapped"), match.getMessage());
                    try {
                        Screenshots.save(s, "match-fields-agree-" + name + ".png");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                seen.add(name + ": " + unmapped + " unmapped, " + bullets + " to know");
                press(d.button(IDialogConstants.CANCEL_ID));
            });
            wb.run(UiIds.COMMAND_MERGE);
            wb.rethrow();
            wb.spin();
        }
        assertEquals(3, seen.size(), seen.toString());
    }
}

package org.segmenta.ui.window.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.segmenta.core.interaction.StoredDocument;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.testing.Corpus;
import org.segmenta.ui.UiIds;
import org.segmenta.ui.internal.letters.MergeWizard;
import org.segmenta.ui.internal.letters.MergeWizardDialog;
import org.segmenta.ui.internal.letters.OutputPage;

/**
 * The merge wizard with the template's own letter (the new user's find: "Use this document as the segment's Word
 * document" greyed without a reason and "Do not merge now" refused, so Finish forced writing 19,985 letters): the
 * last page says what the own letter is and what each choice does; "Do not merge now" finishes without a letter,
 * with or without making the letter the segment's; a file of the user's that would be dropped is refused with the
 * service's reason. Real widgets on the demo segment.
 */
class TemplateLetterMergeWindowTest extends DemoWindowFixture {

    private static void press(Button b) {
        b.notifyListeners(SWT.Selection, new Event());
    }

    /** Runs the wizard with the own letter (or a file) up to the last page, lets {@code last} choose, and finishes. */
    private void mergeWizard(Path file, java.util.function.BiConsumer<MergeWizardDialog, OutputPage> last) {
        wb.openSegment(seg);
        wb.whenDialog(MergeWizard.TITLE, s -> {
            MergeWizardDialog d = (MergeWizardDialog) s.getData();
            if (file == null) {
                d.wizard().choosePage().chooseOwnLetter();
            } else {
                d.wizard().choosePage().chooseFile(file);
            }
            wb.spin();
            for (int i = 0; i < 3; i++) {
                press(d.button(IDialogConstants.NEXT_ID));
                wb.spin();
            }
            OutputPage out = d.wizard().outputPage();
            assertEquals(out, d.getCurrentPage());
            last.accept(d, out);
        });
        wb.run(UiIds.COMMAND_MERGE);
        wb.rethrow();
        wb.spin();
    }

    @Test
    void doNotMergeNowWithTheTemplatesLetterFinishesWithoutWritingALetter() {
        Path letters = OutputPage.outputFolder();
        boolean lettersBefore = Files.exists(letters.resolve(seg));
        List<String> seen = new ArrayList<>();
        mergeWizard(null, (d, out) -> {
            out.doNotMergeNow();
            seen.add(String.valueOf(out.getErrorMessage()));
            seen.add(String.valueOf(d.button(IDialogConstants.FINISH_ID).isEnabled()));
            wb.shot(d.getShell(), "merge-own-letter-do-not-merge.png");
            press(d.button(IDialogConstants.FINISH_ID));
        });
        assertEquals(List.of("null", "true"), seen, "Finish is offered");
        wb.waitUntil(() -> wb.prompter.saidSomething("no letters were written"), "Finish says what it did");
        assertTrue(wb.prompter.saidSomething("stays the Word document of segment " + seg), wb.prompter.said.toString());
        assertEquals(lettersBefore, Files.exists(letters.resolve(seg)), "no letter folder made");
    }

    @Test
    void theTemplatesLetterCanBecomeTheSegmentsDocumentWithoutMerging() throws Exception {
        StoredDocument own = services.interactions().inspectWordTemplate(seg).orElseThrow();
        mergeWizard(null, (d, out) -> {
            out.useForSegment(true);
            out.doNotMergeNow();
            assertNull(out.getErrorMessage());
            press(d.button(IDialogConstants.FINISH_ID));
        });
        wb.waitUntil(() -> wb.prompter.saidSomething("is now the Word document of segment " + seg), "the letter is used");
        for (SegmentInteractionLanguage row : services.segments().get(seg).orElseThrow().getLanguages()) {
            assertEquals(own.attachmentNo(), row.getWordTemplateNo(), row.getLanguageCode());
        }
    }

    @Test
    void aFileOfTheUsersThatWouldBeDroppedIsRefusedWithTheServicesReason() {
        Path docx = Corpus.dir("docx").resolve("bouke_macword2011.docx");
        List<String> seen = new ArrayList<>();
        mergeWizard(docx, (d, out) -> {
            out.useForSegment(false);
            out.doNotMergeNow();
            seen.add(out.getErrorMessage());
            seen.add(String.valueOf(d.button(IDialogConstants.FINISH_ID).isEnabled()));
            wb.shot(d.getShell(), "merge-file-do-not-merge-refused.png");
            press(d.button(IDialogConstants.CANCEL_ID));
        });
        assertEquals(services.interactions().mergeChoiceProblem(false, false, false).orElseThrow(), seen.get(0));
        assertTrue(seen.get(0).startsWith("Finish would do nothing with this document"), seen.get(0));
        assertFalse(Boolean.parseBoolean(seen.get(1)), "Finish is not offered");
    }
}

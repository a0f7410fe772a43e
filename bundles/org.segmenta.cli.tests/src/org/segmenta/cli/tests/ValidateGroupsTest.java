package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.segmenta.testing.Corpus;

/**
 * {@code segment validate} prints the pre-Log check's findings grouped by cause, as the window does, with the
 * personal-note warning of a document without a PersonalNote field (the trial: a note lost, 0 warnings).
 */
class ValidateGroupsTest extends CommandLineFixture {

    @Test
    void notesTheDocumentCannotPrintAreOneWarningWithTheirLinesAndAllListsEach() {
        ok("demo");
        // the segment's letter becomes a document without a PersonalNote field
        Path docx = Corpus.dir("docx").resolve("bouke_macword2011.docx");
        ok("merge", "SEG00001", "--template", docx.toString(), "--out", tmp.resolve("letters").toString());
        ok("segment", "line", "set", "SEG00001", "10000", "personalNote=See you in Herning.");
        ok("segment", "line", "set", "SEG00001", "20000", "personalNote=Thank you for the order.");

        ok("segment", "validate", "SEG00001");
        String out = cli.out();
        assertTrue(out.contains("warning: 2 lines have a personal note but the document bouke_macword2011.docx has no "
                + "PersonalNote field - add the field in Word or the notes will not be printed.\n"), cli.both());
        assertTrue(out.contains("\n    lines: 10000 (CT000001), 20000 (CT000002)\n"), cli.both());
        assertTrue(!out.contains("Line 10000 (CT000001) has a personal note"), "one line per group: " + out);

        ok("segment", "validate", "SEG00001", "--all");
        assertTrue(cli.out().contains("\n    Line 10000 (CT000001) has a personal note but the document "
                + "bouke_macword2011.docx has no PersonalNote field"), cli.both());

        ok("segment", "validate", "SEG00001", "--json");
        assertTrue(cli.out().replace(" ", "").contains("\"cause\":\"NOTE_NOT_IN_DOCUMENT\""), cli.out());
    }
}

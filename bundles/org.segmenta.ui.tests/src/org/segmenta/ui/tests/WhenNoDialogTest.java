package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.segmenta.ui.internal.dialogs.WhenNoDialog;

/**
 * A background job's report (the import's) opens only when the user is in no modal dialog: while one is open it
 * waits, and opens when the dialog closes, never over it.
 */
class WhenNoDialogTest {

    private final Display display = Display.getDefault();
    private final Shell main = new Shell(display);

    @AfterEach
    void close() {
        main.dispose();
    }

    private void spin(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    @Test
    void theReportWaitsForTheOpenDialogAndOpensWhenItCloses() {
        main.open();
        List<String> shown = new ArrayList<>();
        WhenNoDialog.run(main, () -> shown.add("at once"));
        assertEquals(List.of("at once"), shown, "no dialog open: shown at once");

        Shell dialog = new Shell(main, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        dialog.setText("Log Segment");
        dialog.open();
        assertTrue(WhenNoDialog.modalOpen(display));
        WhenNoDialog.run(main, () -> shown.add("import report"));
        spin(1200);
        assertEquals(List.of("at once"), shown, "not over the user's dialog");
        dialog.dispose();
        spin(1200);
        assertFalse(WhenNoDialog.modalOpen(display));
        assertEquals(List.of("at once", "import report"), shown, "shown once the dialog has closed");
    }
}

package org.segmenta.delivery.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.interaction.LogAndDelivery;
import org.segmenta.core.interaction.LogOptions;

/**
 * The progress Log and its delivery report (the new user's find: the window's Log of about 80 s showed a busy bar
 * without a count): the phases by name, the letters and the deliveries counted "N of M" every two thousand, and all
 * of the work reported, so that a window's bar is determinate and ends full. The command line prints the same
 * monitor on stderr.
 */
class LogProgressTest {

    /** A progress monitor as a window's Job or the command line's stderr gets it, remembering what it was told. */
    static final class Recorder extends NullProgressMonitor {
        final List<String> said = new ArrayList<>();
        double total;
        double worked;

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
        }

        @Override
        public void subTask(String name) {
            said.add(name);
        }
    }

    @Test
    void logWithSendCountsItsLettersAndDeliveriesAndReportsAllItsWork(@TempDir Path dir) throws Exception {
        try (Fixture f = new Fixture(dir, 2100)) {
            String seg = LogAndDeliverTest.segment(f, "PRINT", 2100);
            Recorder r = new Recorder();
            LogAndDelivery done = f.services.interactions().logAndDeliver(seg, new LogOptions(true, false, "tester"),
                    f.delivery, () -> f.settings, r);
            assertEquals(2100, done.log().entries());
            assertEquals(2100, done.delivery().sent(), done.delivery().notes().toString());
            assertEquals(List.of("Checking the segment before Log", "Merging letters: 0 of 2,100",
                    "Merging letters: 2,000 of 2,100", "Logging the lines",
                    "Putting the documents into the outbox", "Saving the log", "Delivering: 0 of 2,100",
                    "Delivering: 2,000 of 2,100", "Writing the print document: 0 of 2,100 letters",
                    "Writing the print document: 2,000 of 2,100 letters"), r.said);
            assertTrue(r.total > 0);
            assertEquals(r.total, r.worked, 0.01 * r.total, "all the work is reported: the bar ends full");
        }
    }

    @Test
    void aCancelFromTheMonitorStopsLogAndNothingIsLogged(@TempDir Path dir) throws Exception {
        try (Fixture f = new Fixture(dir, 5)) {
            String seg = LogAndDeliverTest.segment(f, "PRINT", 5);
            Recorder r = new Recorder();
            r.setCanceled(true);
            org.junit.jupiter.api.Assertions.assertThrows(org.segmenta.core.store.CancelledException.class,
                    () -> f.services.interactions().log(seg, new LogOptions(true, false, "tester"), r));
            assertEquals(5, f.services.segments().lineCount(seg), "the segment is as it was");
        }
    }
}

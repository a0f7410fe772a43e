package org.segmenta.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;
import org.segmenta.core.merge.MergeProgress;

/**
 * The command line's progress on stderr, shared by import, log, merge, the criteria steps and deliver: the service's
 * own monitor (the one a window's Job gets), printed as "what: percent, what now" after the first second and then at
 * most every two seconds. A clock of the test's own: no waiting.
 */
class StderrProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long nanos;

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theServicesPhasesAndCountsAfterTheFirstSecondAtMostEveryTwo() {
        StderrProgress p = new StderrProgress(err, "log SEG00001", () -> nanos);
        SubMonitor sub = SubMonitor.convert(p, 100);
        sub.subTask("Checking the segment before Log");
        sub.worked(5);
        nanos = 900_000_000L; // not yet a second: nothing
        sub.subTask("Merging letters: 0 of 19,985");
        assertEquals(List.of(), lines());
        nanos = 2_100_000_000L;
        sub.worked(30);
        nanos = 3_000_000_000L; // less than two seconds after the last line: nothing
        sub.subTask("Merging letters: 2,000 of 19,985");
        nanos = 4_200_000_000L;
        sub.subTask("Merging letters: 4,000 of 19,985");
        assertEquals(List.of("log SEG00001: 35%, Merging letters: 0 of 19,985",
                "log SEG00001: 35%, Merging letters: 4,000 of 19,985"), lines());
    }

    @Test
    void aMergeIsCountedLetterByLetter() {
        MergeProgress m = new StderrProgress(err, "merge SEG00001", () -> nanos).forMerge();
        m.worked(1, 20);
        nanos = 2_500_000_000L;
        m.worked(5, 20);
        nanos = 3_000_000_000L;
        m.worked(6, 20);
        assertEquals(List.of("merge SEG00001: 25%, 5 of 20 letters"), lines());
    }
}

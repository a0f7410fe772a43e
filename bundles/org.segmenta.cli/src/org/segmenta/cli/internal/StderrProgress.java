package org.segmenta.cli.internal;

import java.io.PrintStream;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.segmenta.core.merge.MergeProgress;

/**
 * Progress of a long command on stderr, from the service's own progress monitor (the one a window's Job gets):
 * nothing for the first second, then a line every two seconds with the percent done and what the service says it does
 * now ("import: contacts.csv: 40%, 40,000 rows read", "log SEG00001: 35%, Merging letters: 8,000 of 19,985"). Never
 * cancels: the command line stops with Ctrl+C.
 */
final class StderrProgress extends NullProgressMonitor {
    private static final long FIRST_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private final String label;
    private final LongSupplier nanos;
    private final long start;
    private long last;
    private double total = 1;
    private double worked;
    private String now = "";

    /**
     * @param env the command's streams
     * @param label what runs, first on each line ("import: contacts.csv", "log SEG00001")
     */
    StderrProgress(Cli.Env env, String label) {
        this(env.err(), label, System::nanoTime);
    }

    /**
     * @param err where the lines go
     * @param label what runs
     * @param nanos the clock ({@link System#nanoTime()}; a test's own)
     */
    StderrProgress(PrintStream err, String label, LongSupplier nanos) {
        this.err = err;
        this.label = label;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.last = start;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        total = totalWork <= 0 ? 1 : totalWork;
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void internalWorked(double work) {
        worked += work;
        maybePrint();
    }

    @Override
    public void subTask(String name) {
        now = name == null ? "" : name;
        maybePrint();
    }

    /** @return the same progress for a Word merge, told letter by letter ({@link MergeProgress}) */
    MergeProgress forMerge() {
        return new MergeProgress() {
            private int reported;

            @Override
            public void worked(int done, long all) {
                if (reported == 0) {
                    beginTask("", (int) Math.max(1, Math.min(Integer.MAX_VALUE, all)));
                }
                worked += done - reported;
                reported = done;
                now = NLS.bind(Messages.StderrProgress_letters, org.segmenta.core.format.Formats.count(done),
                        org.segmenta.core.format.Formats.count(all));
                maybePrint();
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
    }

    private void maybePrint() {
        long t = nanos.getAsLong();
        if (t - start > FIRST_NANOS && t - last > EVERY_NANOS) {
            last = t;
            int percent = (int) Math.min(100, worked * 100 / total);
            err.println(now.isBlank() ? NLS.bind(Messages.StderrProgress_line, label, percent)
                    : NLS.bind(Messages.StderrProgress_lineNow, new Object[] { label, percent, now }));
        }
    }
}

package org.segmenta.merge.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.merge.PreparedMerge;

/**
 * Measures merge speed for the {@code bench} command: letters per second merging one main document for N
 * records on the calling thread (one document per letter, written to a sink that only counts bytes), and the
 * same for merely re-zipping the template (inflate every entry, deflate it again) as the yardstick.
 */
public final class MergeBench {

    private MergeBench() {
    }

    /**
     * What one run measured.
     *
     * @param letters        letters merged in the timed run
     * @param mergeSeconds   wall time of the timed merge, in seconds
     * @param rezipSeconds   wall time of re-zipping the template as many times, in seconds
     * @param bytesPerLetter size of one letter in bytes
     */
    public record Result(int letters, double mergeSeconds, double rezipSeconds, long bytesPerLetter) {
        /** @return merged letters per second */
        public double lettersPerSecond() {
            return letters / mergeSeconds;
        }

        /** @return re-zips per second */
        public double rezipsPerSecond() {
            return letters / rezipSeconds;
        }

        /** @return merge time divided by re-zip time (below 1: merging is faster than re-zipping) */
        public double ratioToRezip() {
            return mergeSeconds / rezipSeconds;
        }

        @Override
        public String toString() {
            return String.format("%d letters: %.0f letters/s (%.1f KB each); re-zip %.0f/s; merge/re-zip time ratio %.2f",
                    letters, lettersPerSecond(), bytesPerLetter / 1024.0, rezipsPerSecond(), ratioToRezip());
        }
    }

    /**
     * Merges {@code letters} copies of a record after a warm-up of {@code warmup} letters, then re-zips the
     * template as many times.
     *
     * @param service  the merge service
     * @param template the main document
     * @param record   the record merged into every letter
     * @param letters  how many letters to time, at least 1
     * @param warmup   how many letters (and re-zips) to run first, untimed
     * @return the measurements
     * @throws MergeException when the template cannot be merged
     * @throws IOException    when it cannot be read
     */
    public static Result run(MergeService service, Path template, MergeRecord record, int letters, int warmup)
            throws MergeException, IOException {
        PreparedMerge pm = service.prepare(template, service.inspect(template).mapping());
        long[] bytes = new long[1];
        List<MergeRecord> warm = Collections.nCopies(Math.max(1, warmup), record);
        pm.merge(warm, (i, r, docx, len) -> bytes[0] = len);
        List<MergeRecord> timed = Collections.nCopies(letters, record);
        long t0 = System.nanoTime();
        pm.merge(timed, (i, r, docx, len) -> bytes[0] = len);
        long t1 = System.nanoTime();
        byte[] src = Files.readAllBytes(template);
        for (int i = 0; i < warmup; i++) {
            rezip(src, OutputStream.nullOutputStream());
        }
        long t2 = System.nanoTime();
        ByteArrayOutputStream sink = new ByteArrayOutputStream(src.length * 2);
        for (int i = 0; i < letters; i++) {
            sink.reset();
            rezip(src, sink);
        }
        long t3 = System.nanoTime();
        return new Result(letters, (t1 - t0) / 1e9, (t3 - t2) / 1e9, bytes[0]);
    }

    /** Reads every entry of a zip and writes it deflated again: the cheapest honest "copy" of a .docx. */
    static void rezip(byte[] zip, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            byte[] buf = new byte[16384];
            while ((e = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(e.getName()));
                int n;
                while ((n = in.read(buf)) > 0) {
                    z.write(buf, 0, n);
                }
                z.closeEntry();
            }
        }
    }
}

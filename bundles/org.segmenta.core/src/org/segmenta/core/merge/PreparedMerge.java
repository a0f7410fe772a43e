package org.segmenta.core.merge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A main document read and compiled once, with its mapping, ready to merge any number of records. Thread-safe:
 * several threads may merge with one instance.
 * <p>
 * Semantics follow Word's mail merge, the same whether letters go to a sink, a folder or a combined document:
 * each letter starts at the next record; a {@code NEXT} field moves to the following record inside the same letter
 * (the record continues that letter), {@code NEXTIF} does so when its condition holds, and {@code SKIPIF} drops the
 * current letter when its condition holds (its records give no letter). {@link MergeResult#notes()} names every
 * record skipped or grouped so.
 */
@ProviderType
public interface PreparedMerge {

    /** @return the file name of the main document, for messages */
    String fileName();

    /** @return problems found when preparing (unsupported fields, unmapped fields, region markers) */
    List<MergeProblem> problems();

    /**
     * How many records one letter takes: 1 for a letter; more for a document made for several records per page
     * (labels, lists), which has NEXT or NEXTIF fields: one more record per such field (NEXTIF: at most).
     *
     * @return at least 1
     */
    default int recordsPerLetter() {
        return 1;
    }

    /**
     * Merges one record, for a preview or for personalising one contact's letter.
     *
     * @param record the record
     * @return the letter as .docx bytes
     * @throws MergeSkippedException when SKIPIF drops the record (the message says so)
     * @throws MergeException when the document is made for several records per letter ({@link #recordsPerLetter()}
     *                        above 1): a letter of one contact would leave the other blocks blank, so the message
     *                        says so and offers a combined document or a folder of letters instead
     */
    byte[] preview(MergeRecord record) throws MergeException;

    /**
     * Merges every record into a letter of its own and hands them to a sink.
     *
     * @param records the records, in order
     * @param sink    receives each letter
     * @return counts and the warnings met
     * @throws IOException when the sink fails; letters already handed over stay handed over
     */
    MergeResult merge(Iterable<MergeRecord> records, LetterSink sink) throws IOException;

    /**
     * Merges every record into a letter of its own, one .docx file each, written to a temporary file in
     * {@code folder} and then moved into place, so no half-written file is ever seen.
     *
     * @param records the records
     * @param folder  an existing folder
     * @param naming  letter index (from 0) → file name (with {@code .docx}); must give distinct names
     * @return counts, files and warnings
     * @throws IOException when a file cannot be written (letters written before stay; callers that must leave
     *                     nothing behind write into a temporary folder and move the files at the end)
     */
    MergeResult mergeToFolder(List<MergeRecord> records, Path folder, IntFunction<String> naming) throws IOException;

    /**
     * Merges every record into one combined .docx, one section per letter (each starts on a new page). Each
     * letter's section has its own headers and footers (first, even, default) with its own values, and its own
     * footnotes and endnotes; bookmark, drawing and paragraph ids are unique across the document.
     *
     * @param records the records
     * @param target  the file to write (replaced atomically when it exists)
     * @return counts, the file and warnings
     * @throws IOException when the file cannot be written (nothing is left at {@code target} then)
     */
    MergeResult mergeCombined(List<MergeRecord> records, Path target) throws IOException;
}

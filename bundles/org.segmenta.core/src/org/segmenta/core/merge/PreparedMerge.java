package org.segmenta.core.merge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A main document read and compiled once, with its mapping, ready to merge any number of records. Thread-safe:
 * several threads may merge with one instance.
 * <p>
 * Semantics follow Word's mail merge: each letter starts at the next record; a {@code NEXT} field moves to the
 * following record inside the same letter, {@code NEXTIF} does so when its condition holds, and {@code SKIPIF}
 * drops the current letter when its condition holds.
 */
public interface PreparedMerge {

    /** @return the file name of the main document, for messages */
    String fileName();

    /** @return problems found when preparing (unsupported fields, unmapped fields, region markers) */
    List<MergeProblem> problems();

    /**
     * Merges one record, for a preview or for personalising one contact's letter.
     *
     * @param record the record
     * @return the letter as .docx bytes
     * @throws MergeException when SKIPIF drops the record (message says so)
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
     * @throws IOException when a file cannot be written (earlier letters stay)
     */
    MergeResult mergeToFolder(List<MergeRecord> records, Path folder, IntFunction<String> naming) throws IOException;

    /**
     * Merges every record into one combined .docx, one section per letter (each starts on a new page).
     * Headers and footers show the first letter's values.
     *
     * @param records the records
     * @param target  the file to write (replaced atomically when it exists)
     * @return counts, the file and warnings
     * @throws IOException when the file cannot be written (nothing is left at {@code target} then)
     */
    MergeResult mergeCombined(List<MergeRecord> records, Path target) throws IOException;
}

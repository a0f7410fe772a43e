package org.segmenta.core.merge;

import java.nio.file.Path;
import java.util.List;

/**
 * What a merge run produced.
 *
 * @param letters  the number of letters (documents, or sections of a combined document) written
 * @param records  the number of records consumed (more than letters with NEXT; fewer are merged with SKIPIF)
 * @param files    the files written, in order; empty for a sink
 * @param problems warnings met while merging (a value that does not fit a picture, an unsupported field); each
 *                 distinct problem once
 * @param notes    every record that did not get a letter of its own, in record order: skipped by SKIPIF, or
 *                 grouped into the letter of an earlier record by NEXT/NEXTIF (Word's meaning of those fields, the
 *                 same for one document per letter and for a combined document)
 */
public record MergeResult(int letters, int records, List<Path> files, List<MergeProblem> problems, List<RecordNote> notes) {

    /** Copies the lists. */
    public MergeResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** A result without record notes. */
    public MergeResult(int letters, int records, List<Path> files, List<MergeProblem> problems) {
        this(letters, records, files, problems, List.of());
    }

    /** What happened to a record instead of a letter of its own. */
    public enum NoteKind {
        /** A SKIPIF field held: the record gives no letter. */
        SKIPPED,
        /** A NEXT or NEXTIF field moved on: the record continues the letter of an earlier record. */
        GROUPED
    }

    /**
     * One record without a letter of its own.
     *
     * @param record the position of the record in the merged list, from 0
     * @param who    the record as users know it: contact No. and name (e.g. {@code CT000042 Karen Jensen})
     * @param kind   skipped or grouped
     * @param letter the letter it went into, from 0; -1 when skipped
     * @param into   for a grouped record, {@code who} of the letter's first record; otherwise {@code ""}
     * @param field  the field that decided it, as written (e.g. {@code SKIPIF { MERGEFIELD City } = "Oslo"})
     */
    public record RecordNote(int record, String who, NoteKind kind, int letter, String into, String field) {
        @Override
        public String toString() {
            return kind == NoteKind.SKIPPED ? who + ": skipped, no letter (" + field + ")"
                    : who + ": merged into the letter of " + into + " (" + field + ")";
        }
    }

    /** @return the records SKIPIF left without a letter */
    public List<RecordNote> skipped() {
        return notes.stream().filter(n -> n.kind() == NoteKind.SKIPPED).toList();
    }

    /** @return the records NEXT/NEXTIF put into an earlier record's letter */
    public List<RecordNote> grouped() {
        return notes.stream().filter(n -> n.kind() == NoteKind.GROUPED).toList();
    }
}

package org.segmenta.core.merge;

import java.util.Objects;

/**
 * One problem found in a main document or while merging it: which file, which field, what, how bad.
 *
 * @param file     the main document's file name (no folder), as the user knows it
 * @param field    the field as written (e.g. {@code MERGEFIELD Fornavn}), or {@code ""} for the whole document
 * @param message  what is wrong and how to fix it, one sentence or two
 * @param severity how bad
 */
public record MergeProblem(String file, String field, String message, Severity severity) {

    /** How bad a problem is. */
    public enum Severity {
        /** Merging goes on; the letter may lack something (an unmapped field merges empty, Word's saved result kept). */
        WARNING,
        /** The document cannot be merged. */
        ERROR
    }

    /** Checks for {@code null}s. */
    public MergeProblem {
        Objects.requireNonNull(file, "file");
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    @Override
    public String toString() {
        return severity + " " + file + (field.isEmpty() ? "" : " [" + field + "]") + ": " + message;
    }
}

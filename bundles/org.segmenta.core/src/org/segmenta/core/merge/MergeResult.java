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
 */
public record MergeResult(int letters, int records, List<Path> files, List<MergeProblem> problems) {
    /** Copies the lists. */
    public MergeResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}

package org.segmenta.core.merge;

import java.util.List;

/**
 * A main document cannot be merged (not a Word document, encrypted, corrupt), or writing a letter failed.
 * The message names the file and says how to fix it; {@link #problems()} lists the details.
 */
public class MergeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<MergeProblem> problems;

    /**
     * @param message what failed, naming the file
     * @param problems the details; may be empty
     * @param cause the underlying error, or {@code null}
     */
    public MergeException(String message, List<MergeProblem> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    /** @return the problems behind this error; never {@code null} */
    public List<MergeProblem> problems() {
        return problems;
    }
}

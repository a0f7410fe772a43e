package org.segmenta.core.interaction;

/**
 * One finding of the pre-Log validation.
 *
 * @param severity {@link Severity#ERROR} blocks Log; {@link Severity#WARNING} says what Log will do differently
 * @param lineNo the segment line, or {@code null} for a finding on the header or the whole segment
 * @param contactNo the line's contact, or {@code null}
 * @param field the caption of the field concerned, for example {@code Salesperson Code}
 * @param message what is wrong and how to fix it, or what Log will do
 */
public record LogProblem(Severity severity, Integer lineNo, String contactNo, String field, String message) {

    /** How serious a finding is. */
    public enum Severity {
        /** Log refuses to run until it is fixed. */
        ERROR,
        /** Log runs, and does what the message says. */
        WARNING
    }
}

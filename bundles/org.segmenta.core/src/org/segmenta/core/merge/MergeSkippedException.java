package org.segmenta.core.merge;

import java.util.List;

/**
 * A SKIPIF field held for the record of {@link PreparedMerge#preview}: in Word's meaning of the field the record
 * gives no letter. Callers that merge one letter per contact report the contact as skipped and go on.
 */
public class MergeSkippedException extends MergeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message  what was skipped and by which field
     * @param problems the details
     */
    public MergeSkippedException(String message, List<MergeProblem> problems) {
        super(message, problems, null);
    }
}

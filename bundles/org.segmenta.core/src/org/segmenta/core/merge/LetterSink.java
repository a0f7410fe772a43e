package org.segmenta.core.merge;

import java.io.IOException;

/**
 * Receives merged letters one by one, in order, from {@link PreparedMerge#merge}. Used by folder output, the
 * interactions service (one document per log entry) and the {@code bench} command.
 */
@FunctionalInterface
public interface LetterSink {

    /**
     * Takes one letter. The bytes are only valid during the call (the merge reuses its buffer): copy or write them.
     *
     * @param index   the letter's number, from 0
     * @param record  the first record merged into it (several with NEXT fields)
     * @param docx    the letter's bytes, a complete .docx package, in {@code docx[0..length)}
     * @param length  the number of valid bytes
     * @throws IOException to stop the merge
     */
    void accept(int index, MergeRecord record, byte[] docx, int length) throws IOException;
}

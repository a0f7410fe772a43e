package org.segmenta.merge.word;

import org.segmenta.core.merge.MergeService;
import org.segmenta.merge.word.internal.WordMergeService;

/**
 * The Word merge service built without DS, for a local service graph (the tests' {@code TestServices}, the
 * {@code bench} command, tools); in the product it is the {@link MergeService} OSGi service.
 */
public final class WordMerge {

    private WordMerge() {
    }

    /** @return a new Word merge service: the very DS component the product runs */
    public static MergeService service() {
        return new WordMergeService();
    }
}

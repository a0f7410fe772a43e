package org.segmenta.core.merge;

/**
 * Told how a merge run goes, letter by letter, and asked whether the user canceled it. A window passes its Job's
 * progress monitor through this; the command line passes {@link #NONE}.
 */
public interface MergeProgress {

    /** Reports nothing and never cancels. */
    MergeProgress NONE = new MergeProgress() {
        @Override
        public void worked(int done, long total) {
            // nobody is watching
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /**
     * @param done  letters written so far
     * @param total the number of lines the run goes through (an upper bound of the letters)
     */
    void worked(int done, long total);

    /**
     * @return {@code true} to stop before the next letter; letters already written stay (a combined document is
     *         not written at all)
     */
    boolean isCanceled();
}

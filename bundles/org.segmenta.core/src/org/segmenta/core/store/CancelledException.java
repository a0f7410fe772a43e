package org.segmenta.core.store;

/**
 * The work was cancelled by its caller (the window's Cancel, a closed dialog) before it finished: the statement
 * that was running was stopped and nothing was saved.
 */
public class CancelledException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** @param message what was cancelled, for example "Counting contacts for segment SEG00001 was cancelled." */
    public CancelledException(String message) {
        super(message);
    }
}

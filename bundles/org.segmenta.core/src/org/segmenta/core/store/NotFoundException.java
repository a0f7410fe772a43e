package org.segmenta.core.store;

/** The object asked for is not stored (for example it was deleted by another user). */
public class NotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** @param message names what was looked for, with its key */
    public NotFoundException(String message) {
        super(message);
    }
}

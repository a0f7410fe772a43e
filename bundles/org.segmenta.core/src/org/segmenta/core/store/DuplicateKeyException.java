package org.segmenta.core.store;

/** An insert would store a second object with a key that exists already; nothing of the unit was written. */
public class DuplicateKeyException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** @param message names the kind of object and the key @param cause the database's error */
    public DuplicateKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}

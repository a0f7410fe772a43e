package org.segmenta.core.store;

/**
 * Something the store could not do. The message says what failed, where, and how to fix it; it is meant to be
 * shown to users as it is. Subclasses name the cases callers may want to handle.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what, where, how to fix */
    public StoreException(String message) {
        super(message);
    }

    /** @param message what, where, how to fix @param cause the underlying failure */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.segmenta.core.store;

/**
 * The database cannot be reached: the network server does not answer, refuses the user or password, or the
 * database folder cannot be created. The message says which and how to fix it.
 */
public class StoreUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** @param message what, where, how to fix @param cause the underlying failure */
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

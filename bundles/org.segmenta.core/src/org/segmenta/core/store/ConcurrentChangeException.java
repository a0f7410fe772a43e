package org.segmenta.core.store;

/**
 * Another user (or another unit of work) changed or locked the same data at the same time: the object was
 * changed since it was read, or the database chose this unit as the victim of a deadlock or a lock wait timed
 * out. Nothing of the unit was written; read the data again and repeat the change.
 */
public class ConcurrentChangeException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** @param message what collided, and "try again" @param cause the database's error, or null */
    public ConcurrentChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.segmenta.core.store;

/**
 * The embedded database is in use by another process (another Segmenta, or a tool) that holds its lock. The
 * message names the lock file and points to team mode: a Derby network server through which several programs
 * share one database.
 */
public class DatabaseLockedException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** @param message the folder, the lock, and what to do @param cause the database's error */
    public DatabaseLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}

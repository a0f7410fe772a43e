package org.segmenta.store.derby.internal;

import java.sql.Connection;

/** Where a store's connections come from: an embedded database or a network server. */
interface ConnectionSource extends AutoCloseable {

    /**
     * @return a new connection, in schema {@link Tables#SCHEMA}
     * @throws org.segmenta.core.store.StoreException (a subclass saying why) when no connection can be made
     */
    Connection connect();

    /** @return the folder or the URL (without password) */
    String location();

    /** @return whether this is a shared network server */
    boolean team();

    /** @return the database user, or the operating-system user for an embedded database */
    String user();

    /** Releases the database (an embedded one is shut down, its lock released). */
    @Override
    void close();
}

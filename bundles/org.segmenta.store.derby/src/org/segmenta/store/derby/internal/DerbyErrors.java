package org.segmenta.store.derby.internal;

import java.sql.SQLException;

import org.segmenta.core.store.ConcurrentChangeException;
import org.segmenta.core.store.DuplicateKeyException;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.StoreUnavailableException;

/** Turns Derby's {@link SQLException}s into the store's exceptions, with messages users can act on. */
final class DerbyErrors {

    private DerbyErrors() {
    }

    /**
     * @param e the database's error
     * @param what what was being done, for example "Inserting Contact CT000001"
     * @return the exception to throw
     */
    static StoreException translate(SQLException e, String what) {
        String state = state(e);
        if (state == null) {
            return new StoreException(what + " failed: " + e.getMessage(), e);
        }
        if (state.equals("23505")) {
            return new DuplicateKeyException(what + " failed: the key exists already. Choose another No. or code,"
                    + " or change the existing one instead. (" + e.getMessage() + ")", e);
        }
        if (state.equals("23503")) {
            return new StoreException(what + " failed: it refers to something that is not stored (or is still"
                    + " referred to). Store that first. (" + e.getMessage() + ")", e);
        }
        if (state.equals("40001") || state.equals("40XL1") || state.equals("40XL2")) {
            return new ConcurrentChangeException(what + " failed because another user was changing the same data at"
                    + " the same time (the database " + (state.equals("40001") ? "broke a deadlock" : "gave up waiting for a lock")
                    + "). Nothing was saved; try again.", e);
        }
        if (state.equals("22001")) {
            return new StoreException(what + " failed: a text is longer than its column allows. Shorten it. ("
                    + e.getMessage() + ")", e);
        }
        if (state.startsWith("08")) {
            return new StoreUnavailableException(what + " failed: the connection to the database is lost or refused ("
                    + e.getMessage() + "). Check that the database (or the team server) is running and reachable.", e);
        }
        if (state.equals("XBCM4") || state.equals("XSDG0") || state.startsWith("XSLA") || state.equals("XSDB3")
                || state.equals("XSDF4")) {
            return new StoreException(what + " failed: the database cannot write (" + e.getMessage()
                    + "). Is the disk full or the folder read-only? Free space and try again; committed data is safe.",
                    e);
        }
        return new StoreException(what + " failed: " + e.getMessage() + " (SQLState " + state + ")", e);
    }

    /** @return the first SQLState of the chain that says something (Derby wraps boot errors) */
    static String state(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }

    /** @return whether some exception in the chain has the SQLState */
    static boolean has(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                if (state.equals(s.getSQLState())) {
                    return true;
                }
                for (SQLException n = s.getNextException(); n != null; n = n.getNextException()) {
                    if (state.equals(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** @return the innermost message of the chain */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}

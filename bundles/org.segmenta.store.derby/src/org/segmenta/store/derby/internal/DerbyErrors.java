package org.segmenta.store.derby.internal;

import java.sql.SQLException;

import org.segmenta.core.format.Formats;
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
            return new StoreException(Formats.bind(Messages.DerbyErrors_failed, what, e.getMessage()), e);
        }
        if (state.equals("23505") && computedKey(e)) {
            return new ConcurrentChangeException(Formats.bind(Messages.DerbyErrors_changedByAnotherUser,
                    what, e.getMessage()), e);
        }
        if (state.equals("23505")) {
            return new DuplicateKeyException(Formats.bind(Messages.DerbyErrors_keyExistsAlready,
                    what, e.getMessage()), e);
        }
        if (state.equals("23503")) {
            return new StoreException(Formats.bind(Messages.DerbyErrors_refersToSomethingNotStored,
                    what, e.getMessage()), e);
        }
        if (isLockConflict(state)) {
            return new ConcurrentChangeException(Formats.bind(state.equals("40001")
                    ? Messages.DerbyErrors_changedByAnotherUserDeadlock : Messages.DerbyErrors_changedByAnotherUserLockWait,
                    what), e);
        }
        if (state.equals("22001")) {
            return new StoreException(Formats.bind(Messages.DerbyErrors_textTooLong, what, e.getMessage()), e);
        }
        if (state.startsWith("08")) {
            return new StoreUnavailableException(Formats.bind(Messages.DerbyErrors_connectionLost,
                    what, e.getMessage()), e);
        }
        if (state.equals("XBCM4") || state.equals("XSDG0") || state.startsWith("XSLA") || state.equals("XSDB3")
                || state.equals("XSDF4")) {
            return new StoreException(Formats.bind(Messages.DerbyErrors_cannotWrite, what, e.getMessage()), e);
        }
        return new StoreException(Formats.bind(Messages.DerbyErrors_failedSqlState, what, e.getMessage(), state), e);
    }

    /**
     * The tables whose keys the store computes itself (line Nos., step Nos., entry Nos. from a counter): a duplicate
     * key there means another user's unit of work took the same key at the same moment, not that the user chose a
     * key that exists. Such a unit of work is repeated, and when it collides again the user is told to try again.
     */
    private static final java.util.Set<String> COMPUTED_KEY_TABLES = java.util.Set.of("SEGMENT_LINE",
            "SEGMENT_HISTORY", "SEGMENT_CRITERIA_LINE", "SEGMENT_CRITERIA_FILTER", "SEGMENT_INTERACTION_LANGUAGE",
            "LOGGED_SEGMENT", "INTERACTION_LOG_ENTRY", "ATTACHMENT", "OUTBOX", "CHANGE_STAMP", "ENTRY_COUNTER",
            "SAVED_CRITERIA_LINE", "SAVED_CRITERIA_FILTER");

    /**
     * Marks a row that a unit of work read and then found changed by another user when it wrote it back: the same
     * unit run again reads the new row, so it is repeated like a deadlock's victim. SQLState {@value #RACE}.
     */
    static final class RaceInUnit extends SQLException {
        private static final long serialVersionUID = 1L;

        RaceInUnit(String row) {
            super(row + " was changed by another unit of work between this unit's read and its write", RACE);
        }
    }

    /** The SQLState of {@link RaceInUnit} (not Derby's). */
    static final String RACE = "SGRACE";

    /** @return whether the SQLState is a deadlock (40001) or a lock wait time-out (40XL1, 40XL2) */
    static boolean isLockConflict(String state) {
        return "40001".equals(state) || "40XL1".equals(state) || "40XL2".equals(state);
    }

    /**
     * @return whether a duplicate key error (23505) is on a table whose keys the store computes (Derby's message
     *         names the table: "... defined on 'SEGMENT_LINE'.")
     */
    static boolean computedKey(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int on = m.lastIndexOf("defined on '");
        if (on < 0) {
            return false;
        }
        int start = on + "defined on '".length();
        int end = m.indexOf('\'', start);
        return end > start && COMPUTED_KEY_TABLES.contains(m.substring(start, end).toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * @return the collision that makes a whole unit of work worth running again (a deadlock, a lock time-out, a
     *         duplicate on a computed key), searched along the cause chain; null when there is none
     */
    static SQLException retryable(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause() == x ? null : x.getCause()) {
            if (x instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    String st = n.getSQLState();
                    if (isLockConflict(st) || RACE.equals(st) || ("23505".equals(st) && computedKey(n))) {
                        return n;
                    }
                }
            }
        }
        return null;
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

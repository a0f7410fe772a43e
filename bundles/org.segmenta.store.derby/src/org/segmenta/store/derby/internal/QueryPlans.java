package org.segmenta.store.derby.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Derby's run-time statistics of the statements the store runs, for tests that guard the query plans (no nested
 * loop of segment lines × contacts, no scan of a whole segment per contact). While a recording is open, every unit
 * of work of every store in this JVM turns {@code SYSCS_SET_RUNTIMESTATISTICS} on for its connection, and each
 * set-based statement of the selection engine, Log and the line reads is followed by
 * {@code SYSCS_GET_RUNTIMESTATISTICS()}, whose text is kept with the statement. Off (the normal case) it costs
 * one volatile read per statement.
 */
public final class QueryPlans implements AutoCloseable {

    /** One statement and its plan with the counts of its run. */
    public record Plan(String sql, String statistics) {
    }

    private static volatile QueryPlans recording;

    private final List<Plan> plans = new ArrayList<>();

    private QueryPlans() {
    }

    /** @return a new recording (closing it stops recording); one at a time */
    public static synchronized QueryPlans record() {
        if (recording != null) {
            throw new IllegalStateException("A query plan recording is open already");
        }
        recording = new QueryPlans();
        return recording;
    }

    /** @return the plans recorded so far, in order, and forgets them */
    public synchronized List<Plan> take() {
        List<Plan> copy = List.copyOf(plans);
        plans.clear();
        return copy;
    }

    @Override
    public synchronized void close() {
        recording = null;
    }

    /** Turns the statistics on for a unit's connection when recording. */
    static void begin(Connection c) {
        if (recording == null) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot turn Derby's run-time statistics on", e);
        }
    }

    /** Keeps the statistics of the statement just run (its result set closed) when recording. */
    static void executed(DerbySession s, String sql) {
        QueryPlans r = recording;
        if (r == null) {
            return;
        }
        try (Statement st = s.rawConnection().createStatement();
                ResultSet rs = st.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
            String text = rs.next() ? rs.getString(1) : null;
            synchronized (r) {
                r.plans.add(new Plan(sql, text == null ? "" : text));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read Derby's run-time statistics", e);
        }
    }
}

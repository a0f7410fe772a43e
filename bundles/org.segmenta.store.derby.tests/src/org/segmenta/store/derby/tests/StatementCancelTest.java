package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.testing.World.cityStep;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.segmenta.core.store.CancelledException;
import org.segmenta.model.CriteriaAction;
import org.segmenta.store.derby.internal.DerbySession;
import org.segmenta.testing.WorldFixture;

/**
 * A unit of work cancelled while Derby runs one of its statements: the statement is stopped (the store cancels it
 * on its connection), the unit ends with {@link CancelledException}, and the store works on. The cancellation of
 * the core's steps, counts and Log is the core tests' CancelTest.
 */
class StatementCancelTest extends WorldFixture {

    StatementCancelTest() {
        super(150, 3L);
    }

    @Test
    void aRunningStatementIsStopped() {
        AtomicBoolean cancel = new AtomicBoolean();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            cancel.set(true);
        });
        canceller.start();
        // a statement that would run for a very long time: the contacts joined with themselves four times
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> assertThrows(CancelledException.class,
                () -> w.store.read(s -> {
                    PreparedStatement ps = ((DerbySession) s).prepare("SELECT COUNT(*) FROM contact a, contact b, "
                            + "contact c, contact d WHERE a.city <> d.city");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }, cancel::get)), "the cancelled statement stops");
        // the store works on after it
        assertTrue(w.segments.count(w.segments.create("After").getNo(), cityStep(CriteriaAction.ADD, "Odense")).matches() > 0);
    }
}

package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.segmenta.core.store.ConcurrentChangeException;
import org.segmenta.core.store.DuplicateKeyException;
import org.segmenta.store.derby.internal.DerbySession;

/**
 * Two units of work that collide: a deadlock is broken by the database and the victim's unit runs again by itself;
 * the same computed key taken twice ends with "changed by another user — try again", a key the user chose with "the
 * key exists already"; the lock settings of migration 13 are in force.
 */
class CollisionTest extends StoreFixture {

    @Test
    void aDeadlockVictimRunsAgainAndBothUnitsCommit() throws Exception {
        store.write(s -> {
            Connection c = ((DerbySession) s).connection();
            try (PreparedStatement in = c.prepareStatement(
                    "INSERT INTO change_stamp (topic, stamp, changed_at) VALUES (?, 0, CURRENT_TIMESTAMP)")) {
                for (String t : List.of("test/a", "test/b")) {
                    in.setString(1, t);
                    in.executeUpdate();
                }
            }
            return null;
        });
        CyclicBarrier bothHoldOne = new CyclicBarrier(2);
        AtomicInteger runs = new AtomicInteger();
        // each unit increments both rows, in opposite orders: on their first run they wait for each other
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<?> ab = two.submit(() -> store.write(s -> bump(s, "test/a", "test/b", runs, bothHoldOne)));
            Future<?> ba = two.submit(() -> store.write(s -> bump(s, "test/b", "test/a", runs, bothHoldOne)));
            ab.get(120, TimeUnit.SECONDS);
            ba.get(120, TimeUnit.SECONDS);
        } finally {
            two.shutdownNow();
        }
        assertEquals(3, runs.get(), "two units, one of them run a second time");
        assertEquals(1, store.retries());
        assertEquals(java.util.Map.of("40001", 1L), store.collisions());
        assertEquals(List.of(2L, 2L), store.read(s -> {
            Connection c = ((DerbySession) s).connection();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT stamp FROM change_stamp WHERE topic IN ('test/a', 'test/b') ORDER BY topic");
                    ResultSet rs = q.executeQuery()) {
                List<Long> stamps = new java.util.ArrayList<>();
                while (rs.next()) {
                    stamps.add(rs.getLong(1));
                }
                return stamps;
            }
        }), "no update was lost");
    }

    private static Void bump(org.segmenta.core.store.StoreSession s, String first, String second, AtomicInteger runs,
            CyclicBarrier barrier) throws Exception {
        boolean firstRun = runs.incrementAndGet() <= 2;
        Connection c = ((DerbySession) s).connection();
        try (PreparedStatement up = c.prepareStatement("UPDATE change_stamp SET stamp = stamp + 1 WHERE topic = ?")) {
            up.setString(1, first);
            up.executeUpdate();
            if (firstRun) {
                barrier.await(60, TimeUnit.SECONDS);
            }
            up.setString(1, second);
            up.executeUpdate();
        }
        return null;
    }

    @Test
    void theSameComputedKeyTwiceSaysChangedByAnotherUser() {
        AtomicInteger runs = new AtomicInteger();
        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class, () -> store.write(s -> {
            runs.incrementAndGet();
            Connection c = ((DerbySession) s).connection();
            try (PreparedStatement in = c.prepareStatement(
                    "INSERT INTO change_stamp (topic, stamp, changed_at) VALUES ('test/twice', 0, CURRENT_TIMESTAMP)")) {
                in.executeUpdate();
                in.executeUpdate();
            }
            return null;
        }));
        assertTrue(e.getMessage().contains("changed by another user") && e.getMessage().contains("try again"),
                e.getMessage());
        assertFalse(e.getMessage().contains("key exists already"), e.getMessage());
        assertEquals(4, runs.get(), "run again three times before giving up");
    }

    @Test
    void aKeyTheUserChoseTwiceIsStillADuplicate() {
        store.write(s -> s.languages().insert(Fixtures.language()));
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
                () -> store.write(s -> s.languages().insert(Fixtures.language())));
        assertTrue(e.getMessage().contains("key exists already"), e.getMessage());
        assertEquals(0, store.retries(), "not repeated: it would fail the same way");
    }

    @Test
    void rowLocksAreKeptForNormalSizes() {
        assertEquals(List.of("500000", "5", "30"), store.read(s -> {
            Connection c = ((DerbySession) s).connection();
            List<String> values = new java.util.ArrayList<>();
            for (String p : List.of("derby.locks.escalationThreshold", "derby.locks.deadlockTimeout",
                    "derby.locks.waitTimeout")) {
                try (PreparedStatement q = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) {
                    q.setString(1, p);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        values.add(rs.getString(1));
                    }
                }
            }
            return values;
        }));
    }
}

package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.store.derby.internal.DerbyStore;
import org.segmenta.testing.ChildJvm;

/** A process killed (SIGKILL) in the middle of a transaction: the database opens with the last commit intact. */
class KillTest {

    @TempDir
    Path dir;

    @Test
    void killedInTheMiddleOfATransactionTheLastCommitSurvivesWhole() throws Exception {
        Path db = dir.resolve("db");
        try (ChildJvm child = ChildJvm.start(ChildBundles.STORE, dir, StoreChild.class.getName(), "write-loop", db.toString(), "12")) {
            child.awaitLine("HOLDING 12"::equals);
            child.kill();
            assertFalse(child.process.isAlive());
        }
        assertCommitted(db, 11);
    }

    @Test
    void killedWhileBusyEveryTransactionIsWholeOrAbsent() throws Exception {
        Path db = dir.resolve("db");
        int seen;
        try (ChildJvm child = ChildJvm.start(ChildBundles.STORE, dir, StoreChild.class.getName(), "write-loop", db.toString(), "0")) {
            child.awaitLine("COMMITTED 15"::equals);
            seen = 15;
            child.kill(); // the child is writing transaction 16 (or has just committed it)
        }
        int committed = assertCommitted(db, -1);
        assertTrue(committed == seen || committed == seen + 1, "committed " + committed + ", last reported " + seen);
    }

    /** @return the number of committed transactions, after checking that each is whole */
    private static int assertCommitted(Path db, int expected) {
        try (DerbyStore store = DerbyStore.embedded(db)) {
            return store.read(s -> {
                int n = (int) s.contacts().count();
                if (expected >= 0) {
                    assertEquals(expected, n, "contacts of committed transactions");
                }
                assertEquals(String.format("K%06d", n), s.contacts().find(ContactQuery.all()
                        .sortedBy(ContactQuery.ContactSort.NO, true).page(0, 1)).get(0).getNo());
                assertEquals((long) n * StoreChild.LINES, s.segmentLines().count("KILL"), "every line of those, no more");
                assertEquals(n * StoreChild.LINES, s.segmentLines().lastLineNo("KILL"));
                assertEquals(String.format("K%06d", n), s.numberSeries().require("KILLNO").getLastNoUsed());
                return n;
            });
        }
    }
}

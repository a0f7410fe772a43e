package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.DatabaseLockedException;
import org.segmenta.store.derby.internal.DerbyStore;
import org.segmenta.testing.ChildJvm;

/**
 * A second process opening the same embedded database gets a clear error naming the lock and team mode, and leaves
 * the running process's derby.log alone.
 */
class LockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessGetsAClearLockError() throws Exception {
        Path db = dir.resolve("db");
        try (ChildJvm child = ChildJvm.start(ChildBundles.STORE, dir, StoreChild.class.getName(), "hold", db.toString())) {
            child.awaitLine("OPEN"::equals);
            DatabaseLockedException e = assertThrows(DatabaseLockedException.class, () -> DerbyStore.embedded(db));
            String m = e.getMessage();
            assertTrue(m.contains("is in use by another program"), m);
            assertTrue(m.contains(db.toAbsolutePath().resolve("dbex.lck").toString()), "names the lock: " + m);
            assertTrue(m.contains("team mode") && m.contains("segmenta server") && m.contains("-Dsegmenta.db.url="), m);
            // a second process is refused too, and leaves the running process's derby.log as it was (Derby appends)
            java.nio.file.Path log = dir.resolve("derby-child.log");
            String before = java.nio.file.Files.readString(log);
            assertTrue(before.contains(db.toAbsolutePath().toString()), "the first process's boot is logged: " + before);
            try (ChildJvm second = ChildJvm.start(ChildBundles.STORE, dir, StoreChild.class.getName(), "hold", db.toString())) {
                assertTrue(second.process.waitFor() != 0, "the second process is refused");
            }
            String after = java.nio.file.Files.readString(log);
            assertTrue(after.startsWith(before), "the running process's log is kept, not overwritten:\n" + after);
            child.process.getOutputStream().close();
            child.awaitLine("CLOSED"::equals);
            assertEquals(0, child.process.waitFor(), child.errors());
        }
        try (DerbyStore store = DerbyStore.embedded(db)) {
            assertEquals(0L, store.read(s -> s.contacts().count()), "once the other process is gone, it opens");
        }
    }
}

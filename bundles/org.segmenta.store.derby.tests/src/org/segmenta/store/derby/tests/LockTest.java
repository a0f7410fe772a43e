package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.store.DatabaseLockedException;
import org.segmenta.store.derby.internal.DerbyStore;
import org.segmenta.testing.ChildJvm;

/** A second process opening the same embedded database gets a clear error naming the lock and team mode. */
class LockTest {

    /** The child's class path: the store's bundles and this test bundle (its main classes). */
    private static final List<String> CHILD = Stream
            .concat(ChildJvm.STORE_BUNDLES.stream(), Stream.of("org.segmenta.store.derby.tests")).toList();

    @TempDir
    Path dir;

    @Test
    void aSecondProcessGetsAClearLockError() throws Exception {
        Path db = dir.resolve("db");
        try (ChildJvm child = ChildJvm.start(dir, CHILD, StoreChild.class.getName(), "hold", db.toString())) {
            child.awaitLine("OPEN"::equals);
            DatabaseLockedException e = assertThrows(DatabaseLockedException.class, () -> DerbyStore.embedded(db));
            String m = e.getMessage();
            assertTrue(m.contains("is in use by another program"), m);
            assertTrue(m.contains(db.toAbsolutePath().resolve("dbex.lck").toString()), "names the lock: " + m);
            assertTrue(m.contains("team mode") && m.contains("segmenta server") && m.contains("-Dsegmenta.db.url="), m);
            child.process.getOutputStream().close();
            child.awaitLine("CLOSED"::equals);
            assertEquals(0, child.process.waitFor(), child.errors());
        }
        try (DerbyStore store = DerbyStore.embedded(db)) {
            assertEquals(0L, store.read(s -> s.contacts().count()), "once the other process is gone, it opens");
        }
    }
}

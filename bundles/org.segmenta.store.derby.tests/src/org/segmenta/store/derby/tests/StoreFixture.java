package org.segmenta.store.derby.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.store.derby.internal.DerbyStore;

/**
 * The set-up of the tests over one embedded store: before each test a fresh database (every migration run, no rows)
 * in the test's temporary folder, after it the store closed. A test class extends it; its own {@code @BeforeEach}
 * methods run after the store is open.
 */
abstract class StoreFixture {

    /** The test's folder; the database is its folder {@code db}. */
    @TempDir
    Path dir;

    /** The store of the running test. */
    DerbyStore store;

    @BeforeEach
    final void openStore() {
        store = DerbyStore.embedded(dir.resolve("db"));
    }

    @AfterEach
    final void closeStore() {
        store.close();
    }
}

package org.segmenta.store.derby;

import java.nio.file.Path;

import org.segmenta.store.derby.internal.DerbyStore;

/** Opens Segmenta stores on Apache Derby without DS: see {@link LocalStore}. */
public final class DerbyStores {

    private DerbyStores() {
    }

    /**
     * Opens (creating when missing) the embedded database in {@code folder} and brings its schema up to date.
     *
     * @param folder the database folder, for example a test's {@code @TempDir}{@code .resolve("db")}
     * @return the store; {@link LocalStore#close()} shuts the database down
     * @throws org.segmenta.core.store.DatabaseLockedException when another process has it open
     * @throws org.segmenta.core.store.DatabaseTooNewException when a newer Segmenta made it
     */
    public static LocalStore embedded(Path folder) {
        return DerbyStore.embedded(folder);
    }
}

package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.segmenta.core.store.DatabaseTooNewException;
import org.segmenta.model.MailingGroup;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.store.derby.internal.DerbyDatabase;
import org.segmenta.store.derby.internal.DerbyStoreComponent;
import org.segmenta.store.derby.internal.Schema;

/**
 * The store's DS component activates without touching the database (so that no component, and no Felix SCR activation
 * lock, waits for Derby's boot or a migration); the database is created or migrated on first use, once, whoever asks
 * first. Drives the component as Felix SCR does (activate with the bundle context and the component properties, then
 * the service calls, then deactivate).
 */
class StoreActivationTest {

    @TempDir
    Path dir;

    @Test
    void activationCreatesNothingAndTheFirstUseCreatesTheDatabase() throws Exception {
        Path db = dir.resolve("db");
        DerbyStoreComponent store = activated(db);
        try {
            assertFalse(Files.exists(db), "activation made the database folder");
            assertEquals(Schema.latestVersion(), store.info().schemaVersion());
            assertTrue(Files.isRegularFile(db.resolve("service.properties")), "the first use created the database");
            assertEquals(Schema.latestVersion(), versionRows(store));
        } finally {
            deactivate(store);
        }
    }

    @Test
    void anOlderDatabaseIsMigratedOnFirstUseNotAtActivation() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(5, Schema.migrateEmbedded(db, 5));
        DerbyStoreComponent store = activated(db);
        try {
            assertEquals(5, versionByHand(db), "activation migrated the database");
            // the first use is a unit of work: it waits for the migration and then runs on the migrated schema
            String code = "LAZY";
            store.write(s -> {
                MailingGroup g = SegmentaFactory.eINSTANCE.createMailingGroup();
                g.setCode(code);
                g.setDescription("Written by the first use");
                return s.mailingGroups().insert(g);
            });
            assertTrue(store.read(s -> s.mailingGroups().exists(code)));
            assertEquals(Schema.latestVersion(), store.info().schemaVersion());
        } finally {
            deactivate(store);
        }
        assertEquals(Schema.latestVersion(), versionByHand(db), "every migration after 5 ran once");
    }

    @Test
    void firstUsesAtOnceWaitForOneMigration() throws Exception {
        Path db = dir.resolve("db");
        DerbyStoreComponent store = activated(db);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> versions = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> use = () -> {
                    go.await();
                    return store.read(s -> s.mailingGroups().exists("NONE")) ? -1 : store.info().schemaVersion();
                };
                versions.add(pool.submit(use));
            }
            go.countDown();
            for (Future<Integer> v : versions) {
                assertEquals(Schema.latestVersion(), v.get(2, TimeUnit.MINUTES));
            }
            assertEquals(Schema.latestVersion(), versionRows(store), "each migration recorded once");
        } finally {
            pool.shutdownNow();
            deactivate(store);
        }
    }

    @Test
    void aDatabaseThatCannotOpenFailsEveryUseNotTheActivation() throws Exception {
        Path db = dir.resolve("db");
        Schema.migrateEmbedded(db, Schema.latestVersion());
        int future = Schema.latestVersion() + 1;
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO segmenta_schema (version, description, applied_at) VALUES (" + future
                    + ", 'A change of a future Segmenta', CURRENT_TIMESTAMP)");
        }
        DerbyStoreComponent store = activated(db);
        try {
            DatabaseTooNewException first = assertThrows(DatabaseTooNewException.class, store::info);
            assertEquals(future, first.databaseVersion());
            retryAtOnce(store); // a too-new database is never tried again: only an update of Segmenta opens it
            // the service stays registered: every later call says the same, and nothing tries to migrate it
            assertSame(first, assertThrows(DatabaseTooNewException.class, () -> store.read(s -> null)));
            assertSame(first, assertThrows(DatabaseTooNewException.class, store::changeStamps));
        } finally {
            deactivate(store);
        }
        assertEquals(future, versionByHand(db));
    }

    @Test
    void aFolderThatCouldNotBeOpenedIsTriedAgainLaterWithoutARestart() throws Exception {
        // where the database should be, a file: as a drive not mounted yet or a folder made by mistake
        Path drive = Files.writeString(dir.resolve("drive"), "not a folder");
        Path db = drive.resolve("db");
        DerbyStoreComponent store = activated(db);
        try {
            RuntimeException first = assertThrows(RuntimeException.class, store::info);
            // a call right after gets the same failure without trying again
            assertSame(first, assertThrows(RuntimeException.class, () -> store.read(s -> null)));
            Files.delete(drive);
            Files.createDirectories(drive);
            retryAtOnce(store);
            assertEquals(Schema.latestVersion(), versionRows(store), "opened and created once the folder could be");
            assertTrue(Files.isDirectory(db));
        } finally {
            deactivate(store);
        }
    }

    /** Lets the next call try to open a database whose opening failed, instead of after two seconds. */
    private static void retryAtOnce(DerbyStoreComponent store) throws Exception {
        java.lang.reflect.Field f = DerbyStoreComponent.class.getDeclaredField("retryNanos");
        f.setAccessible(true);
        f.setLong(store, 0L);
    }

    /** A component activated as Felix SCR does it, on an embedded database in {@code db}. */
    private static DerbyStoreComponent activated(Path db) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(StoreActivationTest.class).getBundleContext();
        DerbyStoreComponent store = new DerbyStoreComponent();
        call(store, "activate", new Class<?>[] { BundleContext.class, Map.class },
                context, Map.<String, Object>of("segmenta.db.folder", db.toString()));
        return store;
    }

    private static void deactivate(DerbyStoreComponent store) throws Exception {
        call(store, "deactivate", new Class<?>[0]);
    }

    private static void call(DerbyStoreComponent store, String name, Class<?>[] types, Object... args) throws Exception {
        Method m = DerbyStoreComponent.class.getDeclaredMethod(name, types);
        m.setAccessible(true);
        try {
            m.invoke(store, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    /** @return the rows of the version table, read through the store */
    private static int versionRows(DerbyStoreComponent store) {
        return store.read(s -> {
            try (Statement st = ((org.segmenta.store.derby.internal.DerbySession) s).connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(version) FROM segmenta_schema")) {
                rs.next();
                assertEquals(rs.getInt(1), rs.getInt(2), "one row per version");
                return rs.getInt(1);
            }
        });
    }

    /** @return the version recorded in a database no store has open, read by plain JDBC (then shut down) */
    private static int versionByHand(Path db) throws Exception {
        try (DerbyDatabase d = DerbyDatabase.open(db); Connection c = d.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM segmenta_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreInfo;
import org.segmenta.model.MailingGroup;
import org.segmenta.store.derby.internal.Schema;

/** Inside the framework, Declarative Services publishes the store, embedded in {@code <instance>/db}. */
class StoreServiceTest {

    @Test
    void theStoreIsAServiceOnTheInstanceLocation() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(StoreServiceTest.class).getBundleContext();
        ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context, Store.class, null);
        tracker.open();
        try {
            Store store = tracker.waitForService(20_000);
            assertNotNull(store, "no Store service: is Felix SCR started and the store bundle lazy?");
            assertEquals("org.segmenta.store.derby.internal.DerbyStoreComponent",
                    tracker.getServiceReference().getProperty("component.name"));
            StoreInfo info = store.info();
            assertFalse(info.team());
            assertEquals(Schema.latestVersion(), info.schemaVersion());
            Path location = Path.of(info.location());
            assertEquals("db", location.getFileName().toString(), info.location());
            String code = "SVC" + (System.nanoTime() % 100000);
            store.write(s -> {
                MailingGroup g = org.segmenta.model.SegmentaFactory.eINSTANCE.createMailingGroup();
                g.setCode(code);
                g.setDescription("Written through the service");
                return s.mailingGroups().insert(g);
            });
            assertTrue(store.read(s -> s.mailingGroups().exists(code)));
            store.write(s -> {
                s.mailingGroups().delete(code);
                return null;
            });
        } finally {
            tracker.close();
        }
    }
}

package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.segmenta.core.ProductInfo;

/** Runs inside a real OSGi framework: the core's DS components are found through the service registry. */
class CoreServicesInFrameworkTest {

    @Test
    void productInfoIsPublishedByDeclarativeServices() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(CoreServicesInFrameworkTest.class).getBundleContext();
        ServiceTracker<ProductInfo, ProductInfo> tracker = new ServiceTracker<>(context, ProductInfo.class, null);
        tracker.open();
        try {
            ProductInfo info = tracker.waitForService(10_000);
            assertNotNull(info, "no ProductInfo service within 10 s: is Felix SCR started and the core bundle lazy?");
            ServiceReference<ProductInfo> ref = tracker.getServiceReference();
            Bundle provider = ref.getBundle();
            assertEquals("org.segmenta.core", provider.getSymbolicName());
            assertEquals("org.segmenta.core.internal.BundleProductInfo", ref.getProperty("component.name"));

            assertEquals("Segmenta", info.name());
            String bundleVersion = provider.getVersion().toString();
            assertEquals(bundleVersion, info.buildVersion());
            assertTrue(bundleVersion.startsWith(info.version() + "."), info.version() + " vs " + bundleVersion);
            assertTrue(info.version().matches("\\d+\\.\\d+\\.\\d+"), info.version());
        } finally {
            tracker.close();
        }
    }
}

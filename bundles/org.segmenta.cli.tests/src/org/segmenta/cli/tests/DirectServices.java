package org.segmenta.cli.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.segmenta.cli.internal.Services;
import org.segmenta.core.LocalServices;
import org.segmenta.core.contact.ContactService;
import org.segmenta.core.demo.DemoData;
import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.core.setup.SetupService;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.store.Store;
import org.segmenta.delivery.Deliveries;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.testing.services.TestServices;

/**
 * The real services over a fresh Derby database in a folder ({@link TestServices}, with a fixed "today"), offered to
 * the command line as its {@link Services}, so that each test has its own database.
 */
final class DirectServices implements Services, AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final Path folder;
    TestServices services;
    private Map<Class<?>, Object> byType;

    /** @param folder where the database is created, on the first service asked for (help and usage need none) */
    DirectServices(Path folder) {
        this.folder = folder;
    }

    private void open() {
        services = new TestServices(folder,
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        LocalServices core = services.core();
        DeliverySettingsService settings = Deliveries.fileSettings(folder);
        byType = new HashMap<>();
        byType.put(Store.class, core.store());
        byType.put(SegmentService.class, core.segments());
        byType.put(MergeService.class, core.merge());
        byType.put(InteractionService.class, core.interactions());
        byType.put(ContactImportService.class, services.imports());
        byType.put(DemoData.class, core.demo());
        byType.put(ContactService.class, core.contacts());
        byType.put(SetupService.class, core.setup());
        byType.put(DeliverySettingsService.class, settings);
        byType.put(DeliveryService.class, Deliveries.service(core.store(), settings, k -> null));
    }

    /** @return the store (the database opens on first use) */
    Store store() {
        return get(Store.class);
    }

    @Override
    public <T> T get(Class<T> type) {
        if (services == null) {
            open();
        }
        Object s = byType.get(type);
        if (s == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " in the test's services");
        }
        return type.cast(s);
    }

    @Override
    public void close() {
        if (services != null) {
            services.close();
        }
    }
}

package org.segmenta.cli.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.segmenta.cli.internal.Services;
import org.segmenta.core.contact.ContactService;
import org.segmenta.core.demo.DemoData;
import org.segmenta.core.delivery.DeliveryService;
import org.segmenta.core.delivery.DeliverySettingsService;
import org.segmenta.core.internal.ContactServiceImpl;
import org.segmenta.core.internal.SetupServiceImpl;
import org.segmenta.core.setup.SetupService;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.delivery.internal.DeliveryServiceImpl;
import org.segmenta.delivery.internal.FileDeliverySettings;
import org.segmenta.core.internal.CriteriaSourceRegistry;
import org.segmenta.core.internal.DemoDataImpl;
import org.segmenta.core.internal.InteractionServiceImpl;
import org.segmenta.core.internal.SegmentServiceImpl;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.store.Store;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.internal.ContactImportServiceImpl;
import org.segmenta.merge.word.internal.WordMergeService;
import org.segmenta.store.derby.internal.DerbyStore;

/**
 * The real services over a fresh Derby database in a folder, built directly (as the core's tests do), so that
 * each test has its own database and a fixed "today".
 */
final class DirectServices implements Services, AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final Path folder;
    DerbyStore store;
    private Map<Class<?>, Object> services;

    /** @param folder where the database is created, on the first service asked for (help and usage need none) */
    DirectServices(Path folder) {
        this.folder = folder;
    }

    private void open() {
        store = DerbyStore.embedded(folder.resolve("db"));
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        SegmentServiceImpl segments = new SegmentServiceImpl(store, new CriteriaSourceRegistry(), clock);
        WordMergeService merge = new WordMergeService();
        FileDeliverySettings settings = new FileDeliverySettings(folder);
        services = new java.util.HashMap<>(Map.of(Store.class, store, SegmentService.class, segments, MergeService.class, merge,
                InteractionService.class, new InteractionServiceImpl(store, segments, merge, clock),
                ContactImportService.class, new ContactImportServiceImpl(store), DemoData.class,
                new DemoDataImpl(store, segments, clock), ContactService.class, new ContactServiceImpl(store),
                SetupService.class, new SetupServiceImpl(store, clock)));
        services.put(DeliverySettingsService.class, settings);
        services.put(DeliveryService.class, new DeliveryServiceImpl(store, settings, k -> null));
    }

    @Override
    public <T> T get(Class<T> type) {
        if (store == null) {
            open();
        }
        Object s = services.get(type);
        if (s == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " in the test's services");
        }
        return type.cast(s);
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}

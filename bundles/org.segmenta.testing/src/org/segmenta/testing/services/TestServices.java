package org.segmenta.testing.services;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.segmenta.core.LocalServices;
import org.segmenta.core.criteria.CriteriaSources;
import org.segmenta.core.contact.ContactService;
import org.segmenta.core.demo.DemoData;
import org.segmenta.core.demo.SeedData;
import org.segmenta.core.setup.SetupService;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.store.Store;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.ContactImports;
import org.segmenta.merge.word.WordMerge;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * The real services over a fresh embedded Derby database in a folder of the test's own, built without DS through
 * {@link LocalServices} (the one way a local service graph is built), for tests that call them directly or put them
 * into an e4 context. {@link #seed(int)} fills it with a small, predictable world.
 */
public final class TestServices implements AutoCloseable {

    /** The cities contacts live in, in turn: contact {@code i} (1-based) lives in {@code CITIES[(i - 1) % 4]}. */
    public static final String[] CITIES = SeedData.CITIES.toArray(String[]::new);

    /** The interaction template {@link #seed(int)} creates: an outbound letter, hard copy. */
    public static final String TEMPLATE = SeedData.TEMPLATE;

    private final LocalStore store;
    private final LocalServices services;
    private final ContactImportService imports;

    /**
     * The services with the system clock.
     *
     * @param folder an empty folder of the test's own (a {@code @TempDir})
     */
    public TestServices(Path folder) {
        this(folder, Clock.systemDefaultZone());
    }

    /**
     * The services with a clock of the test's choosing (a fixed one makes every date predictable).
     *
     * @param folder an empty folder of the test's own (a {@code @TempDir})
     * @param clock what "today" is for every service
     */
    public TestServices(Path folder, Clock clock) {
        store = DerbyStores.embedded(folder.resolve("db"));
        services = LocalServices.over(store, WordMerge.service(), clock, List.of());
        imports = ContactImports.service(store);
        postToFrameworkEventAdmin();
    }

    /**
     * Posts the services' changes after each commit through the framework's Event Admin, as the DS store component
     * does in the product, so that parts hear about them; nothing when the framework has no Event Admin.
     */
    private void postToFrameworkEventAdmin() {
        org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(TestServices.class);
        org.osgi.framework.BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return;
        }
        org.osgi.framework.ServiceReference<org.osgi.service.event.EventAdmin> ref = context
                .getServiceReference(org.osgi.service.event.EventAdmin.class);
        if (ref != null) {
            store.postTo(context.getService(ref));
        }
    }

    /** @return the contact service */
    public ContactService contacts() {
        return services.contacts();
    }

    /** @return the set-up service */
    public SetupService setup() {
        return services.setup();
    }

    /** @return the store */
    public Store store() {
        return store;
    }

    /** @return the segment service */
    public SegmentService segments() {
        return services.segments();
    }

    /** @return the interaction service */
    public InteractionService interactions() {
        return services.interactions();
    }

    /** @return the demo data over this database (what {@code segmenta cli demo} and the window's welcome load) */
    public DemoData demo() {
        return services.demo();
    }

    /** @return the contact import service */
    public ContactImportService imports() {
        return imports;
    }

    /** @return all the core's services, as {@link LocalServices#over} built them */
    public LocalServices core() {
        return services;
    }

    /** @return the Word merge service */
    public MergeService merge() {
        return services.merge();
    }

    /** @return the criteria sources */
    public CriteriaSources sources() {
        return services.sources();
    }

    /**
     * Creates salespeople JO and MARY, the interaction group LETTERS with the template {@link #TEMPLATE}, and
     * {@code contacts} contacts {@code CT000001...}: every fifth a company, the others persons of the company before
     * them; contact {@code i} lives in {@code CITIES[(i - 1) % 4]}, has an e-mail address and salesperson JO.
     *
     * @param contacts how many contacts
     * @return this
     */
    public TestServices seed(int contacts) {
        SeedData.seed(store, contacts);
        return this;
    }

    /**
     * Inserts {@code n} contacts as {@link #seed(int)} describes, streamed in batches (100,000s are fine).
     *
     * @param n how many
     */
    public void insertContacts(int n) {
        SeedData.insertContacts(store, n);
    }

    /**
     * @param city a city of {@link #CITIES}
     * @param contacts how many contacts were seeded
     * @return how many of them live there
     */
    public static long inCity(String city, int contacts) {
        return SeedData.inCity(city, contacts);
    }

    @Override
    public void close() {
        store.close();
    }
}

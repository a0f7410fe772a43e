package org.segmenta.testing.services;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.segmenta.core.criteria.CriteriaSources;
import org.segmenta.core.contact.ContactService;
import org.segmenta.core.demo.DemoData;
import org.segmenta.core.internal.ContactServiceImpl;
import org.segmenta.core.internal.CriteriaSourceRegistry;
import org.segmenta.core.internal.DemoDataImpl;
import org.segmenta.core.internal.SetupServiceImpl;
import org.segmenta.core.setup.SetupService;
import org.segmenta.core.internal.InteractionServiceImpl;
import org.segmenta.core.internal.SegmentServiceImpl;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.store.Store;
import org.segmenta.merge.word.internal.WordMergeService;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InitiatedBy;
import org.segmenta.model.InteractionGroup;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.Salesperson;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.store.derby.internal.DerbyStore;

/**
 * The real services over a fresh embedded Derby database in a folder of the test's own, built without DS, for UI
 * tests that put them into an e4 context. {@link #seed(int)} fills it with a small, predictable world.
 */
public final class TestServices implements AutoCloseable {

    /** The cities contacts live in, in turn: contact {@code i} (1-based) lives in {@code CITIES[(i - 1) % 4]}. */
    public static final String[] CITIES = { "Copenhagen", "Aarhus", "Odense", "Aalborg" };

    /** The interaction template {@link #seed(int)} creates: an outbound letter, hard copy. */
    public static final String TEMPLATE = "LETTER";

    private static final SegmentaFactory F = SegmentaFactory.eINSTANCE;

    private final DerbyStore store;
    private final CriteriaSourceRegistry sources = new CriteriaSourceRegistry();
    private final SegmentServiceImpl segments;
    private final WordMergeService merge = new WordMergeService();
    private final InteractionServiceImpl interactions;
    private final ContactServiceImpl contacts;
    private final SetupServiceImpl setup;

    /**
     * @param folder an empty folder of the test's own (a {@code @TempDir})
     */
    public TestServices(Path folder) {
        store = DerbyStore.embedded(folder.resolve("db"));
        Clock clock = Clock.systemDefaultZone();
        segments = new SegmentServiceImpl(store, sources, clock);
        interactions = new InteractionServiceImpl(store, segments, merge, clock);
        contacts = new ContactServiceImpl(store);
        setup = new SetupServiceImpl(store, clock);
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
        return contacts;
    }

    /** @return the set-up service */
    public SetupService setup() {
        return setup;
    }

    /** @return the store */
    public Store store() {
        return store;
    }

    /** @return the segment service */
    public SegmentService segments() {
        return segments;
    }

    /** @return the interaction service */
    public InteractionService interactions() {
        return interactions;
    }

    /** @return the demo data over this database (what {@code segmenta cli demo} and the window's welcome load) */
    public DemoData demo() {
        return new DemoDataImpl(store, segments, Clock.systemDefaultZone());
    }

    /** @return the Word merge service */
    public MergeService merge() {
        return merge;
    }

    /** @return the criteria sources */
    public CriteriaSources sources() {
        return sources;
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
        store.write(s -> {
            for (String code : List.of("JO", "MARY")) {
                Salesperson sp = F.createSalesperson();
                sp.setCode(code);
                sp.setName(code.equals("JO") ? "Jo Hansen" : "Mary Dane");
                s.salespeople().insert(sp);
            }
            InteractionGroup group = F.createInteractionGroup();
            group.setCode("LETTERS");
            group.setDescription("Letters");
            s.interactionGroups().insert(group);
            InteractionTemplate t = F.createInteractionTemplate();
            t.setCode(TEMPLATE);
            t.setDescription("Letter");
            t.setInteractionGroupCode("LETTERS");
            t.setInformationFlow(InformationFlow.OUTBOUND);
            t.setInitiatedBy(InitiatedBy.US);
            t.setCorrespondenceType(CorrespondenceType.HARD_COPY);
            t.setUnitCost(new BigDecimal("1.50"));
            t.setUnitDuration(5);
            s.interactionTemplates().insert(t);
            return null;
        });
        insertContacts(contacts);
        return this;
    }

    /**
     * Inserts {@code n} contacts as {@link #seed(int)} describes, streamed in batches (100,000s are fine).
     *
     * @param n how many
     */
    public void insertContacts(int n) {
        store.write(s -> s.contacts().insertAll(new Iterator<Contact>() {
            private int i;
            private String company;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Contact next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                i++;
                Contact c = F.createContact();
                c.setNo(String.format("CT%06d", i));
                c.setCity(CITIES[(i - 1) % CITIES.length]);
                c.setEmail("c" + i + "@example.dk");
                c.setSalespersonCode("JO");
                c.setCorrespondenceType(CorrespondenceType.HARD_COPY);
                if (i % 5 == 1) {
                    c.setType(ContactType.COMPANY);
                    c.setName("Company " + i);
                    c.setCompanyNo(c.getNo());
                    c.setCompanyName(c.getName());
                    company = c.getNo();
                } else {
                    c.setType(ContactType.PERSON);
                    c.setFirstName("Ann");
                    c.setSurname("Person" + i);
                    c.setName("Ann Person" + i);
                    c.setCompanyNo(company);
                    c.setCompanyName("Company " + (i - (i - 1) % 5));
                }
                c.setSearchName(org.segmenta.core.contact.ContactRules.searchName(c.getName()));
                return c;
            }
        }));
    }

    /**
     * @param city a city of {@link #CITIES}
     * @param contacts how many contacts were seeded
     * @return how many of them live there
     */
    public static long inCity(String city, int contacts) {
        List<String> cities = new ArrayList<>(List.of(CITIES));
        int k = cities.indexOf(city);
        long count = 0;
        for (int i = 1; i <= contacts; i++) {
            if ((i - 1) % CITIES.length == k) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() {
        store.close();
    }
}

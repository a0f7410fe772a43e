package org.segmenta.exchange.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.StoreSession;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.ContactImporter;
import org.segmenta.exchange.ContactLookup;
import org.segmenta.exchange.ContactUpdate;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPlan;
import org.segmenta.exchange.ImportReport;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.MailingGroup;
import org.segmenta.model.NumberSeries;
import org.segmenta.model.SegmentaFactory;

/** {@link ContactImportService} over the store: one write unit per file. */
@Component(service = ContactImportService.class)
public final class ContactImportServiceImpl implements ContactImportService {

    private Store store;

    /** For DS. */
    public ContactImportServiceImpl() {
    }

    /** @param store the store (for use without DS: tests, tools) */
    public ContactImportServiceImpl(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Reference
    void setStore(Store store) {
        this.store = store;
    }

    @Override
    public ImportReport importFile(Path file, ImportOptions options) throws ContactImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        try {
            return store.write(s -> {
                s.changed(SegmentaEvents.CONTACTS_CHANGED, null);
                ImportPlan plan = ContactImporter.read(file, options.withExisting(StoreLookup.load(s)));
                ensureSeries(s);
                plan.renumber(() -> s.numberSeries().next(CONTACT_SERIES));
                createMailingGroups(s, plan.report().mailingGroups());
                s.contacts().insertAll(plan.contacts().iterator());
                for (ContactUpdate u : plan.updates()) {
                    s.contacts().update(u.updated());
                }
                return plan.report();
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof ContactImportException refused) {
                throw refused;
            }
            throw e;
        }
    }

    private static void ensureSeries(StoreSession s) {
        if (!s.numberSeries().exists(CONTACT_SERIES)) {
            NumberSeries series = SegmentaFactory.eINSTANCE.createNumberSeries();
            series.setCode(CONTACT_SERIES);
            series.setDescription("Contacts");
            series.setStartingNo("CT000001");
            s.numberSeries().insert(series);
        }
    }

    private static void createMailingGroups(StoreSession s, Map<String, String> groups) {
        for (Map.Entry<String, String> g : groups.entrySet()) {
            if (!s.mailingGroups().exists(g.getKey())) {
                MailingGroup group = SegmentaFactory.eINSTANCE.createMailingGroup();
                group.setCode(g.getKey());
                group.setDescription(g.getValue());
                s.mailingGroups().insert(group);
            }
        }
    }

    /**
     * The stored contacts, indexed by e-mail and by type, name and company name. Reads every contact once per
     * import (fine for the tens of thousands a marketing database holds; an indexed query in the store would be
     * the next step for millions).
     */
    static final class StoreLookup implements ContactLookup {
        private final Map<String, Contact> byEmail = new HashMap<>();
        private final Map<String, Contact> byName = new HashMap<>();

        static StoreLookup load(StoreSession s) {
            StoreLookup l = new StoreLookup();
            List<Contact> all = s.contacts().find(ContactQuery.all());
            for (Contact c : all) {
                if (c.getEmail() != null && !c.getEmail().isBlank()) {
                    l.byEmail.putIfAbsent(ContactLookup.normalise(c.getEmail()), c);
                }
                l.byName.putIfAbsent(key(c.getName(), c.getCompanyName(), c.getType()), c);
            }
            return l;
        }

        private static String key(String name, String companyName, ContactType type) {
            return type + "\u0000" + ContactLookup.normalise(name) + "\u0000" + ContactLookup.normalise(companyName);
        }

        @Override
        public Optional<Contact> findByEmail(String email) {
            return Optional.ofNullable(byEmail.get(ContactLookup.normalise(email)));
        }

        @Override
        public Optional<Contact> findByName(String name, String companyName, ContactType type) {
            return Optional.ofNullable(byName.get(key(name, companyName, type)));
        }
    }
}

package org.segmenta.exchange.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.StoreSession;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.ContactLookup;
import org.segmenta.exchange.ContactUpdate;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPreview;
import org.segmenta.exchange.ImportReport;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.MailingGroup;
import org.segmenta.model.NumberSeries;
import org.segmenta.model.SegmentaFactory;

/**
 * {@link ContactImportService} over the store: one write unit per file, the file streamed through it in batches of
 * {@value #BATCH} rows; each batch's duplicates are looked up with a few indexed queries
 * ({@link org.segmenta.core.store.ContactRepository#findMatching}), its numbers taken in one update of the series,
 * and its contacts written with the store's batch insert.
 */
@Component(service = ContactImportService.class)
public final class ContactImportServiceImpl implements ContactImportService {

    /** Rows per batch. */
    static final int BATCH = 1000;

    private final Store store;

    /** @param store the store */
    @Activate
    public ContactImportServiceImpl(@Reference Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public ImportReport importFile(Path file, ImportOptions options, IProgressMonitor monitor)
            throws ContactImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(ImportProgressMessages.ContactImportService_importing, file.getFileName()), 1000);
        try (SourceFile source = SourceFile.open(file, options.csvMapping(), true)) {
            ImportReport report = store.write(s -> run(s, source, options, progress));
            progress.done();
            return report;
        } catch (StoreException e) {
            if (e.getCause() instanceof ContactImportException refused) {
                throw refused;
            }
            throw e;
        }
    }

    private static ImportReport run(StoreSession s, SourceFile source, ImportOptions options, SubMonitor progress)
            throws ContactImportException {
        s.changed(SegmentaEvents.CONTACTS_CHANGED, null);
        ensureSeries(s);
        StoreLookup lookup = new StoreLookup(s);
        ImportOptions opts = options.withExisting(lookup).withMaxLengths(s.contacts().maxLengths());
        Set<String> groupsKnown = new HashSet<>();
        PlanBuilder builder = PlanBuilder.streaming(source.file(), source.format(), source.charset(), opts,
                new PlanBuilder.Sink() {
                    @Override
                    public void write(List<Contact> contacts, List<ContactUpdate> updates,
                            Map<String, String> groups) {
                        createMailingGroups(s, groups, groupsKnown);
                        s.contacts().insertAll(contacts.iterator());
                        for (ContactUpdate u : updates) {
                            s.contacts().update(u.updated());
                        }
                    }

                    @Override
                    public List<String> numbers(int count) {
                        return s.numberSeries().next(CONTACT_SERIES, count);
                    }
                });
        source.fileNotes().forEach(n -> builder.note(0, n));
        List<Draft> batch = new ArrayList<>(BATCH);
        int rows = 0;
        int reported = 0;
        for (Draft d = source.next(); d != null; d = source.next()) {
            batch.add(d);
            rows++;
            if (batch.size() == BATCH) {
                builder.accept(batch);
                batch.clear();
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                int done = source.size() <= 0 ? 0 : (int) Math.min(1000, source.position() * 1000 / source.size());
                progress.worked(Math.max(0, done - reported));
                reported = Math.max(reported, done);
                progress.subTask(NLS.bind(ImportProgressMessages.ContactImportService_progress, new Object[] { Formats.count(rows),
                        Formats.count(builder.createdCount()), Formats.count(builder.updatedCount()),
                        Formats.count(builder.skippedCount()) }));
            }
        }
        builder.accept(batch);
        ImportReport report = builder.report();
        if (options.strict() && report.badRowCount() > 0) {
            ImportReport.Skipped first = report.skipped().stream().filter(x -> x.reason().isBadRow()).findFirst()
                    .orElseThrow();
            throw new ContactImportException(source.file(), 0, Formats.bind(
                    report.badRowCount() == 1 ? Messages.ContactImportServiceImpl_badRow
                            : Messages.ContactImportServiceImpl_badRows,
                    Formats.count(report.badRowCount()), first.line(), first.message()), null, report);
        }
        return report;
    }

    @Override
    public ImportPreview preview(Path file, ImportOptions options, IProgressMonitor monitor) throws ContactImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        SubMonitor progress = SubMonitor.convert(monitor,
                NLS.bind(ImportProgressMessages.ContactImportService_previewing, file.getFileName()), 1000);
        try (SourceFile source = SourceFile.open(file, options.csvMapping(), true)) {
            ImportPreview preview = store.read(s -> {
                // the rows that would be new are not stored: their keys are, so that later batches find them
                // as duplicates within the file as the import finds them in the store
                NewContacts made = new NewContacts(new StoreLookup(s));
                ImportOptions opts = options.withExisting(made).withMaxLengths(s.contacts().maxLengths());
                PlanBuilder builder = PlanBuilder.streaming(source.file(), source.format(), source.charset(), opts,
                        new PlanBuilder.Sink() {
                            private long next;

                            @Override
                            public void write(List<Contact> contacts, List<ContactUpdate> updates,
                                    Map<String, String> groups) {
                                contacts.forEach(made::add);
                            }

                            @Override
                            public List<String> numbers(int count) {
                                List<String> out = new ArrayList<>(count);
                                for (int i = 0; i < count; i++) {
                                    out.add(String.format("NEW%09d", ++next));
                                }
                                return out;
                            }
                        });
                source.fileNotes().forEach(n -> builder.note(0, n));
                List<Draft> batch = new ArrayList<>(BATCH);
                int rows = 0;
                int reported = 0;
                boolean complete = true;
                for (Draft d = source.next(); d != null; d = source.next()) {
                    batch.add(d);
                    rows++;
                    if (batch.size() == BATCH) {
                        builder.accept(batch);
                        batch.clear();
                        if (progress.isCanceled()) {
                            complete = false;
                            break;
                        }
                        int done = source.size() <= 0 ? 0
                                : (int) Math.min(1000, source.position() * 1000 / source.size());
                        progress.worked(Math.max(0, done - reported));
                        reported = Math.max(reported, done);
                        progress.subTask(NLS.bind(ImportProgressMessages.ContactImportService_previewProgress,
                                new Object[] { Formats.count(rows), Formats.count(builder.createdCount()),
                                        Formats.count(builder.updatedCount()),
                                        Formats.count(builder.skippedCount()) }));
                    }
                }
                if (complete) {
                    builder.accept(batch);
                }
                return new ImportPreview(builder.report(), rows, complete);
            });
            progress.done();
            return preview;
        } catch (StoreException e) {
            if (e.getCause() instanceof ContactImportException refused) {
                throw refused;
            }
            throw e;
        }
    }

    /**
     * The stored contacts (through the store's lookup) and the contacts a preview would have made so far, by their
     * keys only (e-mail, and type|name|company), so that a preview of 100,000 rows keeps little in memory.
     */
    static final class NewContacts implements ContactLookup {
        private final ContactLookup stored;
        private final Map<String, String[]> byEmail = new HashMap<>();
        private final Map<String, String[]> byName = new HashMap<>();

        NewContacts(ContactLookup stored) {
            this.stored = stored;
        }

        void add(Contact c) {
            String[] keys = { c.getNo(), c.getName(), c.getCompanyName(), c.getEmail(), c.getType().getLiteral() };
            if (c.getEmail() != null && !c.getEmail().isBlank()) {
                byEmail.putIfAbsent(ContactLookup.normalise(c.getEmail()), keys);
            }
            byName.putIfAbsent(key(c.getName(), c.getCompanyName(), c.getType()), keys);
        }

        private static String key(String name, String companyName, ContactType type) {
            return type + "\u0000" + ContactLookup.normalise(name) + "\u0000" + ContactLookup.normalise(companyName);
        }

        private static Optional<Contact> contact(String[] keys) {
            if (keys == null) {
                return Optional.empty();
            }
            Contact c = SegmentaFactory.eINSTANCE.createContact();
            c.setNo(keys[0]);
            c.setName(keys[1]);
            c.setCompanyName(keys[2]);
            c.setEmail(keys[3]);
            c.setType(ContactType.get(keys[4]));
            return Optional.of(c);
        }

        @Override
        public void prefetch(java.util.Collection<String> emails,
                java.util.Collection<org.segmenta.core.store.ContactRepository.NameKey> names) {
            stored.prefetch(emails, names);
        }

        @Override
        public Optional<Contact> findByEmail(String email) {
            Optional<Contact> found = stored.findByEmail(email);
            return found.isPresent() ? found : contact(byEmail.get(ContactLookup.normalise(email)));
        }

        @Override
        public Optional<Contact> findByName(String name, String companyName, ContactType type) {
            Optional<Contact> found = stored.findByName(name, companyName, type);
            return found.isPresent() ? found : contact(byName.get(key(name, companyName, type)));
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

    private static void createMailingGroups(StoreSession s, Map<String, String> groups, Set<String> known) {
        for (Map.Entry<String, String> g : groups.entrySet()) {
            if (known.add(g.getKey()) && !s.mailingGroups().exists(g.getKey())) {
                MailingGroup group = SegmentaFactory.eINSTANCE.createMailingGroup();
                group.setCode(g.getKey());
                String description = g.getValue();
                group.setDescription(description.length() > 50 ? description.substring(0, 50) : description);
                s.mailingGroups().insert(group);
            }
        }
    }

    /**
     * The stored contacts a batch of rows may duplicate, fetched for the batch through the store's indexes
     * (e-mail in lower case, name in upper case); never every contact.
     */
    static final class StoreLookup implements ContactLookup {
        private final StoreSession session;
        private final Map<String, Contact> byEmail = new HashMap<>();
        private final Map<String, Contact> byName = new HashMap<>();

        StoreLookup(StoreSession session) {
            this.session = session;
        }

        @Override
        public void prefetch(java.util.Collection<String> emails,
                java.util.Collection<org.segmenta.core.store.ContactRepository.NameKey> names) {
            byEmail.clear();
            byName.clear();
            for (Contact c : session.contacts().findMatching(emails, names)) {
                if (c.getEmail() != null && !c.getEmail().isBlank()) {
                    byEmail.putIfAbsent(ContactLookup.normalise(c.getEmail()), c);
                }
                byName.putIfAbsent(key(c.getName(), c.getCompanyName(), c.getType()), c);
            }
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

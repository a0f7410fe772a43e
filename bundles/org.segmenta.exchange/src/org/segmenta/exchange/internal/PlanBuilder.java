package org.segmenta.exchange.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segmenta.core.contact.ContactRules;
import org.segmenta.core.format.Formats;
import org.segmenta.core.store.ContactRepository;
import org.segmenta.exchange.ContactLookup;
import org.segmenta.exchange.ContactUpdate;
import org.segmenta.exchange.DuplicatePolicy;
import org.segmenta.exchange.ImportFormat;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPlan;
import org.segmenta.exchange.ImportReport;
import org.segmenta.exchange.ImportReport.Created;
import org.segmenta.exchange.ImportReport.Note;
import org.segmenta.exchange.ImportReport.Reason;
import org.segmenta.exchange.ImportReport.Skipped;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactType;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.rules.Captions;
import org.segmenta.model.rules.SegmentaValidator;

/**
 * Turns the drafts read from one file into contacts: names derived where missing, companies made from organisations
 * (or found among existing contacts) and persons linked to them, duplicates within the file and against existing
 * contacts reported, bad values refused with their field, numbers drawn, and every new contact checked by the
 * model's validator and against the store's field lengths.
 * <p>
 * Drafts are taken in batches ({@link #accept(List)}): the batch's e-mail addresses and names are looked up at once
 * ({@link ContactLookup#prefetch}), then each draft is decided, then the batch's contacts go to the {@link Sink}.
 * In memory ({@link #inMemory}) there is one batch and the sink collects an {@link ImportPlan}; the import service
 * streams a file through batches of a thousand rows and writes each batch to the store, so that later batches find
 * the contacts of earlier ones there (the same write unit sees its own inserts).
 */
public final class PlanBuilder {

    /** The longest mailing group code made from a category (longer names are cut). */
    public static final int MAILING_GROUP_CODE_LENGTH = 20;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Where the contacts of a batch go. */
    public interface Sink {
        /**
         * @param contacts the new contacts of the batch, companies before the persons that refer to them; their
         *            numbers come from the builder's number supplier
         * @param updates the changes to contacts that exist (or that earlier batches created)
         * @param mailingGroups mailing group codes → names the batch's contacts use
         */
        void write(List<Contact> contacts, List<ContactUpdate> updates, Map<String, String> mailingGroups);

        /**
         * @param count how many
         * @return the final numbers of a batch's new contacts, in order (streaming only)
         */
        default List<String> numbers(int count) {
            throw new UnsupportedOperationException("numbers");
        }
    }

    private final Path file;
    private final ImportFormat format;
    private final Charset charset;
    private final ImportOptions options;
    private final Sink sink;
    private final boolean streaming;
    private final int detailLimit;

    private final List<Created> created = new ArrayList<>();
    private int createdCount;
    private final List<ContactUpdate> updates = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final Map<String, String> mailingGroups = new LinkedHashMap<>();
    private final Map<String, Integer> notImported = new LinkedHashMap<>();

    // ---- per batch (the whole file in memory) ----
    private final List<Contact> batchContacts = new ArrayList<>();
    private final List<ContactUpdate> batchUpdates = new ArrayList<>();
    private final Map<String, String> batchGroups = new LinkedHashMap<>();
    /** e-mail key → line of the first row with it */
    private final Map<String, Integer> emails = new HashMap<>();
    /** name|company|type key → line of the first row with it */
    private final Map<String, Integer> names = new HashMap<>();
    /** name|company|type key → the e-mail key of the first row with it (null when it had none) */
    private final Map<String, String> nameEmails = new HashMap<>();
    /** company name key → the company contact (new or existing) persons link to */
    private final Map<String, Contact> companies = new HashMap<>();
    /** companies made from a person's organisation in this batch */
    private final Set<Contact> fromOrganisation = Collections.newSetFromMap(new IdentityHashMap<>());
    /** contacts known by No.: new ones and existing companies linked to, for the validator */
    private final Map<String, Contact> byNo = new HashMap<>();

    // ---- over the whole file, bounded: the contacts this import created, for "duplicate in the file" ----
    private String firstNo;
    private int[] createdLines = new int[1024];

    private PlanBuilder(Path file, ImportFormat format, Charset charset, ImportOptions options, Sink sink,
            boolean streaming, int detailLimit) {
        this.file = file;
        this.format = format;
        this.charset = charset;
        this.options = options;
        this.sink = sink;
        this.streaming = streaming;
        this.detailLimit = detailLimit;
    }

    /**
     * @return a builder that keeps every contact in memory for an {@link ImportPlan} ({@link #plan()})
     */
    public static PlanBuilder inMemory(Path file, ImportFormat format, Charset charset, ImportOptions options) {
        List<Contact> all = new ArrayList<>();
        List<ContactUpdate> allUpdates = new ArrayList<>();
        PlanBuilder b = new PlanBuilder(file, format, charset, options, (c, u, g) -> {
            all.addAll(c);
            allUpdates.addAll(u);
        }, false, Integer.MAX_VALUE);
        b.collected = all;
        return b;
    }

    /**
     * @param sink receives each batch's contacts; the numbers it gets come from {@code options.numbers()}
     * @return a builder for a file streamed in batches; the report lists the first
     *         {@link ImportReport#CREATED_DETAILS} created contacts one by one
     */
    public static PlanBuilder streaming(Path file, ImportFormat format, Charset charset, ImportOptions options,
            Sink sink) {
        return new PlanBuilder(file, format, charset, options, sink, true, ImportReport.CREATED_DETAILS);
    }

    private List<Contact> collected;

    /** Adds a note on the whole file (line 0) or a line. */
    public void note(int line, String message) {
        addNote(new Note(line, message));
    }

    /** The most notes a report lists; beyond that they are counted in a last note. */
    static final int MAX_NOTES = 10_000;
    private int notesLeftOut;

    private void addNote(Note note) {
        if (notes.size() < MAX_NOTES) {
            notes.add(note);
        } else {
            notesLeftOut++;
        }
    }

    /**
     * Decides a batch of drafts and hands its contacts to the sink.
     *
     * @param drafts the rows in file order
     */
    public void accept(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.skipReason == null) {
                normalise(d);
            }
        }
        if (streaming) {
            Set<String> e = new LinkedHashSet<>();
            Set<ContactRepository.NameKey> n = new LinkedHashSet<>();
            for (Draft d : drafts) {
                if (d.skipReason == null) {
                    if (d.email != null) {
                        e.add(d.email);
                    }
                    n.add(new ContactRepository.NameKey(d.name, d.companyName));
                    if (d.companyName != null) {
                        n.add(new ContactRepository.NameKey(d.companyName, d.companyName));
                    }
                }
            }
            options.existing().prefetch(e, n);
        }
        for (Draft d : drafts) {
            add(d);
        }
        flush();
    }

    private void flush() {
        if (streaming && !batchContacts.isEmpty()) {
            List<String> real = sink.numbers(batchContacts.size());
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i < batchContacts.size(); i++) {
                map.put(batchContacts.get(i).getNo(), real.get(i));
            }
            for (Contact c : batchContacts) {
                c.setNo(map.get(c.getNo()));
                if (c.getCompanyNo() != null && map.containsKey(c.getCompanyNo())) {
                    c.setCompanyNo(map.get(c.getCompanyNo()));
                }
            }
            if (firstNo == null) {
                firstNo = real.get(0);
            }
        }
        if (!batchContacts.isEmpty() || !batchUpdates.isEmpty()) {
            sink.write(List.copyOf(batchContacts), List.copyOf(batchUpdates), Map.copyOf(batchGroups));
        }
        batchContacts.clear();
        batchUpdates.clear();
        batchGroups.clear();
        if (streaming) {
            emails.clear();
            names.clear();
            nameEmails.clear();
            companies.clear();
            fromOrganisation.clear();
            byNo.clear();
        }
    }

    /** @return how many new contacts the rows accepted so far make (persons and companies) */
    public int createdCount() {
        return createdCount;
    }

    /** @return how many rows accepted so far update an existing contact */
    public int updatedCount() {
        return updates.size();
    }

    /** @return how many rows accepted so far are skipped (bad rows and duplicates) */
    public int skippedCount() {
        return skipped.size();
    }

    /** @return the report of everything accepted so far */
    public ImportReport report() {
        List<Note> all = notes;
        if (notesLeftOut > 0) {
            all = new ArrayList<>(notes);
            all.add(new Note(0, Formats.plural(notesLeftOut, Messages.PlanBuilder_andOne, Messages.PlanBuilder_and)));
        }
        return new ImportReport(file, format, charset, created, createdCount, updates, skipped, all, mailingGroups,
                notImported);
    }

    /** @return the plan of an {@link #inMemory} builder */
    public ImportPlan plan() {
        return new ImportPlan(collected, updates, report());
    }

    private void add(Draft d) {
        if (d.skipReason != null) {
            skip(d.line, d.skipKind == null ? Reason.NO_IDENTITY : d.skipKind, d.skipField, d.skipReason);
            return;
        }
        Contact proposed = toContact(d);
        String label = describe(d);
        if (tooLong(d, proposed, label)) {
            return;
        }

        // a person with the same name and company as another but another e-mail address: which one and how to say it
        String[] possibleOf = null;
        // duplicates within the file (this batch)
        String emailKey = d.email == null ? null : ContactLookup.normalise(d.email);
        String nameKey = ContactLookup.normalise(proposed.getName()) + "|" + ContactLookup.normalise(d.companyName)
                + "|" + proposed.getType();
        Integer first = emailKey == null ? null : emails.get(emailKey);
        if (first != null) {
            skip(d.line, Reason.DUPLICATE_IN_FILE, null, Formats.bind(Messages.PlanBuilder_hasTheSameE,
                    label, d.email, first));
            return;
        }
        first = names.get(nameKey);
        if (first != null && otherEmail(d, emailKey, nameEmails.get(nameKey))) {
            // the same name and company but another e-mail address: two people, or one with two addresses; imported
            // as a contact of its own and reported as a possible duplicate for the user to decide
            possibleOf = new String[] { "line " + first, Formats.bind(Messages.PlanBuilder_theRowAtLine, first) };
            first = null;
        }
        if (first == null && d.company) {
            Contact c = companies.get(ContactLookup.normalise(d.companyName));
            if (c != null && fromOrganisation.contains(c)) {
                // a company card after a person of that company: it completes the company made from the person's ORG
                fillEmpty(c, proposed);
                addNote(new Note(d.line, Formats.bind(Messages.PlanBuilder_completesTheCompany2, label, c.getNo())));
                names.put(nameKey, d.line);
                if (emailKey != null) {
                    emails.put(emailKey, d.line);
                }
                return;
            }
        }
        if (first != null) {
            skip(d.line, Reason.DUPLICATE_IN_FILE, null, Formats.bind(Messages.PlanBuilder_hasTheSameName,
                    label, first));
            return;
        }
        if (emailKey != null) {
            emails.put(emailKey, d.line);
        }
        if (names.putIfAbsent(nameKey, d.line) == null) {
            nameEmails.put(nameKey, emailKey);
        }

        // duplicates of stored contacts (and, streaming, of contacts earlier batches of this file created)
        ContactLookup lookup = options.existing();
        Optional<Contact> existing = emailKey == null ? Optional.empty() : lookup.findByEmail(d.email);
        String why = Formats.bind(Messages.PlanBuilder_theSameEMail, d.email);
        if (existing.isEmpty()) {
            existing = lookup.findByName(proposed.getName(), d.companyName, proposed.getType());
            why = Formats.bind(Messages.PlanBuilder_theSameNameAnd);
            if (existing.isPresent() && otherEmail(d, emailKey, existing.get().getEmail() == null ? null
                    : ContactLookup.normalise(existing.get().getEmail()))) {
                int line = lineCreated(existing.get().getNo());
                possibleOf = new String[] { line != 0 ? "line " + Math.abs(line) : existing.get().getNo(),
                        line != 0 ? Formats.bind(Messages.PlanBuilder_theRowAtLine, Math.abs(line))
                                : Formats.bind(Messages.PlanBuilder_theContact, existing.get().getNo()) };
                existing = Optional.empty();
            }
        }
        if (existing.isPresent()) {
            int line = lineCreated(existing.get().getNo());
            if (line != 0) {
                duplicateOfEarlierBatch(d, existing.get(), proposed, label, why, line);
            } else {
                duplicateOfExisting(d, existing.get(), proposed, label, why);
            }
            return;
        }

        // the company a person works for
        if (!d.company && d.companyName != null) {
            Contact company = companyFor(d);
            proposed.setCompanyNo(company.getNo());
        }
        proposed.setNo(nextNumber(d.line));
        if (d.company) {
            proposed.setCompanyNo(proposed.getNo());
            companies.put(ContactLookup.normalise(d.companyName), proposed);
        }
        Diagnostic diagnostic = SegmentaValidator.validate(proposed, byNo::get);
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            skip(d.line, Reason.INVALID, null,
                    Formats.bind(Messages.PlanBuilder_breaksARule,
                            label, diagnostic.getChildren().get(0).getMessage()));
            return;
        }
        add(d.line, proposed, false);
        if (possibleOf != null) {
            possibleDuplicate(d, label, possibleOf[0], possibleOf[1]);
        }
        d.leftOver.forEach((k, v) -> notImported.merge(k, v, Integer::sum));
        for (String n : d.notes) {
            addNote(new Note(d.line, label + ": " + n));
        }
    }

    /**
     * Whether a person's row has an e-mail address and the contact of the same name and company another one. The
     * reference design's duplicate search (Business Central's Contact Duplicate Search) only proposes duplicates
     * for the user to decide on, and e-mail-keyed CRMs (HubSpot, Salesforce's standard contact matching rule) treat
     * a different e-mail address as a different person: such a row is imported, and reported as a possible duplicate.
     * A row or contact without an e-mail address stays "the same person" (nothing tells them apart).
     */
    private static boolean otherEmail(Draft d, String emailKey, String otherEmailKey) {
        return !d.company && emailKey != null && otherEmailKey != null && !emailKey.isEmpty()
                && !otherEmailKey.isEmpty() && !emailKey.equals(otherEmailKey);
    }

    private void possibleDuplicate(Draft d, String label, String of, String ofText) {
        addNote(new Note(d.line, Formats.bind(Messages.PlanBuilder_possibleDuplicate, label, ofText, d.email), of));
    }

    /** A value longer than its field: the row is refused with the column, never cut. */
    private boolean tooLong(Draft d, Contact c, String label) {
        if (options.maxLengths().isEmpty()) {
            return false;
        }
        for (EAttribute a : SegmentaPackage.Literals.CONTACT.getEAllAttributes()) {
            Integer max = options.maxLengths().get(a.getName());
            if (max != null && max > 0 && c.eGet(a) instanceof String s && s.length() > max) {
                String field = d.originOf(s, caption(a.getName()));
                skip(d.line, Reason.TOO_LONG, field, Formats.bind(Messages.PlanBuilder_text2,
                        label, field, s.length(), Captions.shown(a.getName()), max));
                return true;
            }
        }
        return false;
    }

    private void duplicateOfEarlierBatch(Draft d, Contact found, Contact proposed, String label, String why,
            int line) {
        if (d.company && line < 0) {
            // a company card for a company made from an earlier row's organisation: complete it
            Contact copy = EcoreUtil.copy(found);
            List<String> filled = fillEmpty(copy, proposed);
            if (!filled.isEmpty()) {
                addUpdate(new ContactUpdate(found, copy, filled, d.line));
            }
            addNote(new Note(d.line, Formats.bind(Messages.PlanBuilder_completesTheCompany,
                    label, found.getNo(), -line)));
            return;
        }
        skip(d.line, Reason.DUPLICATE_IN_FILE, null, Formats.bind(Messages.PlanBuilder_has,
                label, why, Math.abs(line)));
    }

    private void duplicateOfExisting(Draft d, Contact existing, Contact proposed, String label, String why) {
        String what = Formats.bind(Messages.PlanBuilder_alreadyExistsAsContact, label, existing.getNo(), why);
        if (options.duplicates() == DuplicatePolicy.FILL_EMPTY_FIELDS) {
            Contact copy = EcoreUtil.copy(existing);
            List<String> filled = fillEmpty(copy, proposed);
            if (!filled.isEmpty()) {
                addUpdate(new ContactUpdate(existing, copy, filled, d.line));
                registerGroups(proposed);
                return;
            }
            skip(d.line, Reason.DUPLICATE_EXISTING, null, Formats.bind(Messages.PlanBuilder_andTheFileAdds, what));
            return;
        }
        skip(d.line, Reason.DUPLICATE_EXISTING, null, Formats.bind(Messages.PlanBuilder_itIsNotImported, what));
    }

    private void addUpdate(ContactUpdate u) {
        updates.add(u);
        batchUpdates.add(u);
    }

    private Contact companyFor(Draft d) {
        String key = ContactLookup.normalise(d.companyName);
        Contact company = companies.get(key);
        if (company != null) {
            return company;
        }
        Optional<Contact> existing = options.existing().findByName(d.companyName, d.companyName, ContactType.COMPANY);
        if (existing.isPresent()) {
            company = existing.get();
            byNo.put(company.getNo(), company);
            if (lineCreated(company.getNo()) == 0) {
                addNote(new Note(d.line, Formats.bind(Messages.PlanBuilder_isLinkedToThe,
                        describe(d), company.getNo(), company.getName())));
            }
        } else {
            company = SegmentaFactory.eINSTANCE.createContact();
            company.setType(ContactType.COMPANY);
            company.setName(d.companyName);
            company.setCompanyName(d.companyName);
            company.setSearchName(ContactRules.searchName(d.companyName));
            company.setNo(nextNumber(d.line));
            company.setCompanyNo(company.getNo());
            add(d.line, company, true);
            fromOrganisation.add(company);
        }
        companies.put(key, company);
        return company;
    }

    private void add(int line, Contact c, boolean fromOrg) {
        batchContacts.add(c);
        byNo.put(c.getNo(), c);
        if (created.size() < detailLimit) {
            created.add(new Created(line, c, fromOrg));
        }
        if (createdCount == createdLines.length) {
            createdLines = java.util.Arrays.copyOf(createdLines, createdLines.length * 2);
        }
        createdLines[createdCount++] = fromOrg ? -line : line;
        registerGroups(c);
    }

    private void registerGroups(Contact c) {
        for (ContactMailingGroup g : c.getMailingGroups()) {
            String name = pendingGroupNames.getOrDefault(g.getMailingGroupCode(), g.getMailingGroupCode());
            mailingGroups.putIfAbsent(g.getMailingGroupCode(), name);
            batchGroups.putIfAbsent(g.getMailingGroupCode(), mailingGroups.get(g.getMailingGroupCode()));
        }
    }

    /**
     * @return the line of the row the contact of this No. was created from by this import (negative for a company
     *         made from that row's organisation), or 0 when this import did not create it. Numbers are drawn in one
     *         run from the series, so the No. tells the position without keeping every contact.
     */
    private int lineCreated(String no) {
        if (!streaming || no == null || firstNo == null || no.length() != firstNo.length()) {
            return 0;
        }
        int digits = 0;
        while (digits < no.length() && Character.isDigit(no.charAt(no.length() - 1 - digits))) {
            digits++;
        }
        if (digits == 0 || digits > 18
                || !no.regionMatches(0, firstNo, 0, no.length() - digits)) {
            return 0;
        }
        long index = Long.parseLong(no.substring(no.length() - digits))
                - Long.parseLong(firstNo.substring(firstNo.length() - digits));
        return index >= 0 && index < createdCount ? createdLines[(int) index] : 0;
    }

    private int provisional;

    private String nextNumber(int line) {
        if (streaming) {
            return "NEW-" + (++provisional); // replaced by the store's numbers when the batch is written
        }
        String no = options.numbers().get();
        if (no == null || no.isBlank()) {
            throw new IllegalStateException("line " + line + ": the number series gave no number; check the number "
                    + "series passed to the import.");
        }
        return no;
    }

    private void skip(int line, Reason reason, String field, String message) {
        skipped.add(new Skipped(line, reason, field, message));
    }

    /** The draft's text fields that hold values of the file. */
    private static final java.lang.reflect.Field[] TEXT_FIELDS = java.util.Arrays.stream(Draft.class.getFields())
            .filter(f -> f.getType() == String.class && !java.lang.reflect.Modifier.isFinal(f.getModifiers())
                    && !f.getName().startsWith("skip"))
            .toArray(java.lang.reflect.Field[]::new);

    /** Cleans the values, refuses bad ones, derives a missing name, maps country and language. */
    private void normalise(Draft d) {
        for (var f : TEXT_FIELDS) {
            try {
                String v = (String) f.get(d);
                if (f.getName().equals("contactNotes")) {
                    f.set(d, v == null || v.isBlank() ? null : v.strip());
                } else {
                    f.set(d, Draft.clean(v));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        if (badCharacters(d)) {
            return;
        }
        if (d.email != null && !EMAIL.matcher(d.email).matches()) {
            String field = d.originOf(d.email, "E-mail");
            d.refuse(Reason.BAD_VALUE, field, Formats.bind(Messages.PlanBuilder_text, abbreviate(d.email), field));
            return;
        }
        if (d.name == null) {
            d.name = Draft.join(" ", d.firstName, d.middleName, d.surname);
        }
        if (d.name == null && d.companyName != null) {
            d.company = true;
        }
        if (d.company) {
            if (d.companyName == null) {
                d.companyName = d.name;
            }
            d.name = d.companyName;
        }
        if (d.name == null) {
            if (d.email != null) {
                d.name = d.email;
                d.notes.add(Formats.bind(Messages.PlanBuilder_theCardOrRow2));
            } else if (d.phone != null || d.mobile != null) {
                d.name = d.phone != null ? d.phone : d.mobile;
                d.notes.add(Formats.bind(Messages.PlanBuilder_theCardOrRow));
            } else {
                d.refuse(Reason.NO_IDENTITY, null,
                        Formats.bind(Messages.PlanBuilder_itHasNoName));
                return;
            }
        }
        if (d.country != null) {
            String iso = Countries.isoCode(d.country);
            if (iso == null) {
                d.notes.add(Formats.bind(Messages.PlanBuilder_country, d.country));
            }
            d.country = iso;
        }
        if (d.language != null) {
            String code = options.languageCodes().apply(d.language);
            if (code == null) {
                d.notes.add(Formats.bind(Messages.PlanBuilder_language, d.language));
            }
            d.language = code;
        }
    }

    /**
     * A value with U+FFFD (a byte that did not decode) or a control character (NUL and the other C0 controls except
     * tab and line breaks in notes and addresses) is never stored: the row is refused with the column.
     */
    private static boolean badCharacters(Draft d) {
        List<String> values = new ArrayList<>();
        for (var f : TEXT_FIELDS) {
            try {
                values.add((String) f.get(d));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        values.addAll(d.categories);
        for (String v : values) {
            if (v == null) {
                continue;
            }
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (ch == '\uFFFD') {
                    String field = d.originOf(v, "a value");
                    d.refuse(Reason.BAD_VALUE, field, Formats.bind(Messages.PlanBuilder_holdsACharacterThat,
                            field, (i + 1), abbreviate(v)));
                    return true;
                }
                if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0x7F) {
                    String field = d.originOf(v, "a value");
                    d.refuse(Reason.BAD_VALUE, field, Formats.bind(Messages.PlanBuilder_holdsTheControlCharacter,
                            field, String.format("%04X", (int) ch), (i + 1)));
                    return true;
                }
            }
        }
        return false;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\R", " ");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }

    /** Mailing group code → the category name it was made from, for groups of contacts not yet created. */
    private final Map<String, String> pendingGroupNames = new HashMap<>();

    private Contact toContact(Draft d) {
        Contact c = SegmentaFactory.eINSTANCE.createContact();
        c.setType(d.company ? ContactType.COMPANY : ContactType.PERSON);
        c.setName(d.name);
        c.setName2(d.name2);
        c.setSearchName(ContactRules.searchName(d.name));
        if (!d.company) {
            c.setFirstName(d.firstName);
            c.setMiddleName(d.middleName);
            c.setSurname(d.surname);
            c.setInitials(d.initials);
            c.setJobTitle(d.jobTitle);
        }
        c.setCompanyName(d.companyName);
        c.setAddress(d.address);
        c.setAddress2(d.address2);
        c.setPostCode(d.postCode);
        c.setCity(d.city);
        c.setCounty(d.county);
        c.setCountryRegionCode(d.country);
        c.setPhoneNo(d.phone);
        c.setMobilePhoneNo(d.mobile);
        c.setFaxNo(d.fax);
        c.setEmail(d.email);
        c.setHomePage(d.homePage);
        c.setLanguageCode(d.language);
        c.setNotes(d.contactNotes);
        Set<String> codes = new LinkedHashSet<>();
        for (String category : d.categories) {
            String name = Draft.clean(category);
            if (name == null) {
                continue;
            }
            String code = name.toUpperCase(Locale.ROOT);
            if (code.length() > MAILING_GROUP_CODE_LENGTH) {
                code = code.substring(0, MAILING_GROUP_CODE_LENGTH).strip();
            }
            if (codes.add(code)) {
                ContactMailingGroup g = SegmentaFactory.eINSTANCE.createContactMailingGroup();
                g.setMailingGroupCode(code);
                c.getMailingGroups().add(g);
                pendingGroupNames.putIfAbsent(code, name);
            }
        }
        return c;
    }

    /** Fills the empty attributes of {@code target} from {@code source}; returns the names of those filled. */
    private static List<String> fillEmpty(Contact target, Contact source) {
        List<String> filled = new ArrayList<>();
        for (EAttribute a : SegmentaPackage.Literals.CONTACT.getEAllAttributes()) {
            if (a == SegmentaPackage.Literals.CONTACT__NO || a == SegmentaPackage.Literals.CONTACT__COMPANY_NO
                    || a == SegmentaPackage.Literals.CONTACT__TYPE || a.getEType() != EcorePackage.Literals.ESTRING) {
                continue;
            }
            Object mine = target.eGet(a);
            Object theirs = source.eGet(a);
            if ((mine == null || mine.toString().isBlank()) && theirs != null) {
                target.eSet(a, theirs);
                filled.add(a.getName());
            }
        }
        Set<String> have = new java.util.HashSet<>();
        target.getMailingGroups().forEach(g -> have.add(g.getMailingGroupCode()));
        boolean groups = false;
        for (ContactMailingGroup g : source.getMailingGroups()) {
            if (have.add(g.getMailingGroupCode())) {
                ContactMailingGroup copy = SegmentaFactory.eINSTANCE.createContactMailingGroup();
                copy.setMailingGroupCode(g.getMailingGroupCode());
                target.getMailingGroups().add(copy);
                groups = true;
            }
        }
        if (groups) {
            filled.add("mailingGroups");
        }
        return filled;
    }

    /** countryRegionCode → Country Region Code */
    static String caption(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (i == 0) {
                b.append(Character.toUpperCase(ch));
            } else if (Character.isUpperCase(ch)) {
                b.append(' ').append(ch);
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static String describe(Draft d) {
        return Formats.bind(d.company ? Messages.PlanBuilder_describeCompany : Messages.PlanBuilder_describe, d.label());
    }
}

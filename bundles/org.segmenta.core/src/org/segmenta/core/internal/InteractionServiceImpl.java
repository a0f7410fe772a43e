package org.segmenta.core.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EAttribute;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.delivery.CorrespondenceChannel;
import org.segmenta.core.format.Formats;
import org.segmenta.core.interaction.InteractionService;
import org.segmenta.core.interaction.LineDefaults;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogProblem;
import org.segmenta.core.interaction.LogRefusedException;
import org.segmenta.core.interaction.LogResult;
import org.segmenta.core.interaction.LogAndDelivery;
import org.segmenta.core.interaction.MergeRecords;
import org.segmenta.core.interaction.MergeRecords.OwnCompany;
import org.segmenta.core.interaction.PreLogValidation;
import org.segmenta.core.interaction.TemplateDefaults;
import org.segmenta.core.interaction.StoredDocument;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeProgress;
import org.segmenta.core.merge.MergeProblem;
import org.segmenta.core.merge.MergeFieldProvider;
import org.segmenta.core.merge.MergeKey;
import org.eclipse.osgi.util.NLS;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.merge.MergeService;
import org.segmenta.core.merge.MergeSkippedException;
import org.segmenta.core.merge.PreparedMerge;
import org.segmenta.core.rules.CodeCheck;
import org.segmenta.core.rules.Codes;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.core.store.LineOperations;
import org.segmenta.core.store.NotFoundException;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreException;
import org.segmenta.core.store.StoreSession;
import org.segmenta.core.store.Work;
import org.segmenta.model.Attachment;
import org.segmenta.model.Campaign;
import org.segmenta.model.Contact;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.Evaluation;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.Language;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.Salesperson;
import org.segmenta.model.Salutation;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentInteractionLanguage;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage.Literals;

/** {@link InteractionService} over the store and the merge service. */
@Component(service = InteractionService.class)
public final class InteractionServiceImpl implements InteractionService {

    private static final int PAGE = 1000;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Store store;
    private final SegmentService segments;
    private final MergeService merge;
    private final Clock clock;
    private OwnCompany ownCompany = OwnCompany.NONE;
    private final List<MergeFieldProvider> fieldProviders = new CopyOnWriteArrayList<>();
    private final List<CorrespondenceChannel> channels = new CopyOnWriteArrayList<>();

    /**
     * @param store the store
     * @param segments the segment service (follow-up segments)
     * @param merge the Word merge
     * @param clock what "today" is; {@code null} (no clock service, as in the product): the system clock
     */
    @Activate
    public InteractionServiceImpl(@Reference Store store, @Reference SegmentService segments,
            @Reference MergeService merge, @Reference(cardinality = ReferenceCardinality.OPTIONAL) Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.segments = Objects.requireNonNull(segments, "segments");
        this.merge = Objects.requireNonNull(merge, "merge");
        this.clock = clock == null ? Clock.systemDefaultZone() : clock;
    }

    /** @param provider a plug-in's merge fields: their values go into every merge record from now on */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    public void addMergeFieldProvider(MergeFieldProvider provider) {
        fieldProviders.add(provider);
    }

    /** @param channel a plug-in's way to deliver: Log with Send queues its correspondence type from now on */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    public void addChannel(CorrespondenceChannel channel) {
        channels.add(channel);
    }

    /** @param channel a plug-in's way to deliver that went away */
    public void removeChannel(CorrespondenceChannel channel) {
        channels.remove(channel);
    }

    /** @return the correspondence types some channel delivers: Email and Hard Copy, and those of plug-in channels */
    private java.util.Set<CorrespondenceType> deliveredTypes() {
        java.util.Set<CorrespondenceType> types = java.util.EnumSet.of(CorrespondenceType.EMAIL,
                CorrespondenceType.HARD_COPY);
        channels.forEach(c -> types.add(c.correspondenceType()));
        types.remove(CorrespondenceType.NONE);
        return types;
    }

    /** @return the correspondence types plug-in channels deliver (they check their own addresses) */
    private java.util.Set<CorrespondenceType> channelTypes() {
        java.util.Set<CorrespondenceType> types = java.util.EnumSet.noneOf(CorrespondenceType.class);
        channels.forEach(c -> types.add(c.correspondenceType()));
        return types;
    }

    /** @param provider a plug-in's merge fields that went away */
    public void removeMergeFieldProvider(MergeFieldProvider provider) {
        fieldProviders.remove(provider);
    }

    /** @param ownCompany the user's company, as letters show it */
    public void setOwnCompany(OwnCompany ownCompany) {
        this.ownCompany = ownCompany == null ? OwnCompany.NONE : ownCompany;
    }

    // ---- header ---------------------------------------------------------------------------------------------

    @Override
    public SegmentHeader chooseTemplate(String segmentNo, String templateCode, boolean applyToLines) {
        return store.write(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            chooseTemplateIn(s, h, templateCode, applyToLines);
            s.changed(SegmentaEvents.SEGMENT_CHANGED, segmentNo);
            return s.segments().update(h);
        });
    }

    /** Sets the header's template with its defaults (not saved yet) and, when asked, applies it to the lines. */
    private static void chooseTemplateIn(StoreSession s, SegmentHeader h, Object templateCode, boolean applyToLines) {
        String code = Codes.normalise(templateCode == null ? null : templateCode.toString());
        CodeCheck.check(s, Literals.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE, code);
        String before = h.getInteractionTemplateCode();
        InteractionTemplate t = code == null ? null : s.interactionTemplates().require(code);
        TemplateDefaults.apply(h, t);
        if (applyToLines) {
            s.lineOperations().applyTemplate(h, t, before);
        }
    }

    @Override
    public long linesFollowing(String segmentNo, EAttribute headerField) {
        if (LineDefaults.lineField(headerField).isEmpty()) {
            return 0;
        }
        return store.read(s -> s.selection().countFollowing(segmentNo,
                s.segments().require(segmentNo).getInteractionTemplateCode()));
    }

    @Override
    public SegmentHeader changeHeader(String segmentNo, EAttribute headerField, Object value, boolean updateLines) {
        Map<EAttribute, Object> one = new LinkedHashMap<>();
        one.put(headerField, value);
        return changeHeader(segmentNo, one, updateLines);
    }

    @Override
    public SegmentHeader changeHeader(String segmentNo, Map<EAttribute, ?> values, boolean updateLines) {
        return store.write(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            EAttribute templateField = Literals.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE;
            if (values.containsKey(templateField)) {
                chooseTemplateIn(s, h, values.get(templateField), updateLines);
            }
            for (Map.Entry<EAttribute, ?> change : values.entrySet()) {
                EAttribute field = change.getKey();
                if (field == templateField) {
                    continue;
                }
                Object value = HeaderRules.value(s, h, field, change.getValue());
                Object old = h.eGet(field);
                h.eSet(field, value);
                if (field == Literals.SEGMENT_HEADER__SUBJECT_DEFAULT) {
                    HeaderRules.subjectToDefaultLanguage(h, (String) value);
                }
                if (updateLines) {
                    HeaderRules.propagate(s, h, field, old, value);
                }
            }
            s.changed(SegmentaEvents.SEGMENT_CHANGED, segmentNo);
            return s.segments().update(h);
        });
    }

    @Override
    public SegmentHeader createSegment(String description, Map<EAttribute, ?> values) {
        // nested units of work join this one: a refused field rolls the new segment and its No. back
        return store.write(s -> changeHeader(segments.create(description).getNo(), values, false));
    }

    @Override
    public long useWordDocument(String segmentNo, String fileName, byte[] content) throws IOException {
        return useWordDocument(segmentNo, fileName, content, null);
    }

    @Override
    public long useWordDocument(String segmentNo, String fileName, byte[] content, FieldMapping mapping)
            throws IOException {
        String name = fileName == null || fileName.isBlank() ? "letter.docx" : Path.of(fileName).getFileName().toString();
        Path tmp = Files.createTempFile("segmenta-main-document-", name.toLowerCase().endsWith(".dotx") ? ".dotx" : ".docx");
        try {
            Files.write(tmp, content);
            merge.inspect(tmp);
        } catch (MergeException e) {
            throw new IOException(name + " is not a Word main document Segmenta can merge: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return store.write(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            Attachment a = SegmentaFactory.eINSTANCE.createAttachment();
            a.setFileName(name);
            a.setMediaType(DOCX);
            a.setCreated(Instant.now(clock));
            a.setFieldMapping(mapping == null ? null : mapping.toText());
            long no = s.attachments().create(a, new ByteArrayInputStream(content)).getNo();
            useWordTemplate(s, h, no);
            return no;
        });
    }

    @Override
    public void useStoredWordDocument(String segmentNo, long attachmentNo, FieldMapping mapping) {
        store.write(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            Attachment a = s.attachments().require(attachmentNo);
            if (mapping != null) {
                a.setFieldMapping(mapping.toText());
                s.attachments().update(a);
            }
            useWordTemplate(s, h, attachmentNo);
            return null;
        });
    }

    /** The Word template {@code no} for every language row (or the header) and every line without its own letter. */
    private static void useWordTemplate(StoreSession s, SegmentHeader h, long no) {
        if (h.getLanguages().isEmpty()) {
            h.setModifiedWordTemplateNo(no);
        }
        for (SegmentInteractionLanguage row : h.getLanguages()) {
            row.setAttachmentNo(null);
            row.setWordTemplateNo(no);
        }
        s.segments().update(h);
        s.lineOperations().useWordTemplate(h.getNo(), no);
        s.changed(SegmentaEvents.SEGMENT_CHANGED, h.getNo());
    }

    @Override
    public Optional<String> mergeChoiceProblem(boolean storedDocument, boolean useForSegment, boolean mergeNow) {
        // a file of the user's that is neither kept nor merged would be dropped: Finish would do nothing
        return !storedDocument && !useForSegment && !mergeNow ? Optional.of(Formats.bind(Messages.MergeChoice_nothingToDo))
                : Optional.empty();
    }

    @Override
    public boolean hasOwnLetter(SegmentLine line) {
        return ownLetter(line);
    }

    /** Whether a line has a letter stored for it alone (personalised, or merged by Log). */
    static boolean ownLetter(SegmentLine line) {
        return line.isMerged() && line.getAttachmentNo() != null;
    }

    // ---- validation -----------------------------------------------------------------------------------------

    @Override
    public List<LogProblem> validate(String segmentNo, boolean sendAttachments) {
        return store.read(s -> validateIn(s, s.segments().require(segmentNo), sendAttachments));
    }

    private List<LogProblem> validateIn(StoreSession s, SegmentHeader h, boolean send) {
        CachingLookup lookup = new CachingLookup(s, channels);
        // only the lines the store finds something to check on (set-based over the whole segment), with their contacts
        // a page at a time; a clean line is never loaded. A plug-in channel that takes over Email or Hard Copy checks
        // its own addresses on lines the store would call clean: then every line is checked
        boolean ownDocumentNeeded = !LineDefaults.documentForEveryLanguage(h);
        boolean everyLine = channels.stream().anyMatch(c -> c.correspondenceType() != CorrespondenceType.FAX);
        Iterable<SegmentLine> toCheck = everyLine ? () -> lines(s, h.getNo(), lookup::prefetch)
                : () -> pages((after, limit) -> s.logging().linesToCheck(h.getNo(), send, ownDocumentNeeded, after,
                        limit), lookup::prefetch);
        List<LogProblem> problems = new ArrayList<>(
                PreLogValidation.validate(h, toCheck, s.segmentLines().count(h.getNo()), lookup, send));
        if (send) {
            problems.addAll(sendProblems(s, h));
        }
        problems.addAll(samePersons(s, h.getNo()));
        problems.addAll(personalNotes(s, h));
        // header findings first, then by line (stable: each line's findings keep their order)
        problems.sort(Comparator.comparing(LogProblem::lineNo, Comparator.nullsFirst(Comparator.naturalOrder())));
        return problems;
    }

    @Override
    public Optional<String> sendUnavailable(String segmentNo) {
        return store.read(s -> {
            s.segments().require(segmentNo);
            Map<CorrespondenceType, Long> types = s.lineOperations().correspondenceTypes(segmentNo);
            long lines = types.values().stream().mapToLong(Long::longValue).sum();
            if (lines == 0) {
                return Optional.of(FindingMessages.SendCheck_unavailableEmpty);
            }
            return lines == types.getOrDefault(CorrespondenceType.NONE, 0L)
                    ? Optional.of(NLS.bind(FindingMessages.SendCheck_unavailable, Formats.count(lines)))
                    : Optional.empty();
        });
    }

    /**
     * With Send Attachments, the lines of correspondence type None, which Log records without a letter (§1.14): an
     * error when no line has a type (Business Central does not offer Send Attachments then, §1.10), else a warning
     * naming how many. One grouping over the lines ({@link LineOperations#correspondenceTypes}).
     */
    private static List<LogProblem> sendProblems(StoreSession s, SegmentHeader h) {
        Map<CorrespondenceType, Long> types = s.lineOperations().correspondenceTypes(h.getNo());
        long lines = types.values().stream().mapToLong(Long::longValue).sum();
        long none = types.getOrDefault(CorrespondenceType.NONE, 0L);
        if (lines == 0 || none == 0) {
            return List.of();
        }
        if (none == lines) {
            String template = h.getInteractionTemplateCode() == null ? "" : h.getInteractionTemplateCode();
            return List.of(new LogProblem(LogProblem.Severity.ERROR, null, null, "Correspondence Type",
                    NLS.bind(FindingMessages.SendCheck_nothingToSend,
                            new Object[] { Formats.count(lines), h.getNo(), template }),
                    LogProblem.Cause.NOTHING_TO_SEND, null));
        }
        return List.of(new LogProblem(LogProblem.Severity.WARNING, null, null, "Correspondence Type",
                NLS.bind(FindingMessages.SendCheck_someWithoutType, Formats.count(none),
                        Formats.count(lines)),
                LogProblem.Cause.NO_CORRESPONDENCE_TYPE, null));
    }

    /** The most pairs of lines with the same person that validation reports one by one. */
    private static final int SAME_PERSON_PAIRS = 1000;

    /**
     * Warnings for two contact cards of one person on two lines (the same e-mail address, or the same name and
     * company; SuiteCRM #6420, Odoo PR 167746): one SQL grouping in the store, a warning on the later line naming both.
     */
    private static List<LogProblem> samePersons(StoreSession s, String segmentNo) {
        List<LogProblem> out = new ArrayList<>();
        List<LineOperations.SamePerson> pairs = s.lineOperations().samePersons(segmentNo, SAME_PERSON_PAIRS + 1);
        for (LineOperations.SamePerson p : pairs.subList(0, Math.min(pairs.size(), SAME_PERSON_PAIRS))) {
            out.add(new LogProblem(LogProblem.Severity.WARNING, p.otherLineNo(), p.otherContactNo(), "Contact No.",
                    "Line " + p.otherLineNo() + " (" + p.otherContactNo() + ") and line " + p.lineNo() + " ("
                            + p.contactNo() + ") are likely the same person: " + p.reason()
                            + ". Remove one of the lines, or log both if they are two people.",
                    LogProblem.Cause.SAME_PERSON, null));
        }
        if (pairs.size() > SAME_PERSON_PAIRS) {
            out.add(new LogProblem(LogProblem.Severity.WARNING, null, null, "Contact No.", "More than "
                    + SAME_PERSON_PAIRS + " pairs of lines are likely the same person; the first "
                    + SAME_PERSON_PAIRS + " are listed."));
        }
        return out;
    }

    /**
     * Warnings for personal notes that no letter will print (the trial's lost note): the lines with a note, read by one
     * query ({@link LineOperations#personalNotes}), grouped by the Word document they merge; each document's merge
     * fields are read once (its kept Match Fields mapping, else the fields Word names), and every line whose document
     * maps no field to {@link MergeKey#PERSONAL_NOTE} gets a warning naming the document; a line with a letter of its
     * own gets one too (the note is not merged into an own letter), and so does a line without any Word document
     * ({@link LogProblem.Cause#NOTE_NO_DOCUMENT}: the template has no document for its language; the Personal Note
     * dialog says the same through {@link #personalNoteProblem}).
     */
    private List<LogProblem> personalNotes(StoreSession s, SegmentHeader h) {
        List<LineOperations.NoteLine> notes = s.lineOperations().personalNotes(h.getNo());
        if (notes.isEmpty()) {
            return List.of();
        }
        List<LogProblem> out = new ArrayList<>();
        Map<Long, Optional<String>> lacking = new HashMap<>();
        for (LineOperations.NoteLine n : notes) {
            if (n.merged()) {
                out.add(new LogProblem(LogProblem.Severity.WARNING, n.lineNo(), n.contactNo(), "Personal Note",
                        NLS.bind(FindingMessages.NoteCheck_ownLetter, n.lineNo(), n.contactNo()),
                        LogProblem.Cause.NOTE_OWN_LETTER, null));
                continue;
            }
            Long template = wordTemplateOf(h, n.wordTemplateNo(), n.languageCode());
            if (template == null) {
                // no letter at all: the note is printed nowhere (the Personal Note dialog says the same)
                String where = noDocumentDetail(h, n.languageCode());
                out.add(new LogProblem(LogProblem.Severity.WARNING, n.lineNo(), n.contactNo(), "Personal Note",
                        NLS.bind(FindingMessages.NoteCheck_noDocument, new Object[] { n.lineNo(), n.contactNo(), where }),
                        LogProblem.Cause.NOTE_NO_DOCUMENT, where));
                continue;
            }
            Optional<String> document = lacking.computeIfAbsent(template, no -> documentWithoutNoteField(s, no));
            document.ifPresent(name -> out.add(new LogProblem(LogProblem.Severity.WARNING, n.lineNo(), n.contactNo(),
                    "Personal Note", NLS.bind(FindingMessages.NoteCheck_line, new Object[] { n.lineNo(), n.contactNo(), name }),
                    LogProblem.Cause.NOTE_NOT_IN_DOCUMENT, name)));
        }
        return out;
    }

    /**
     * @return what names the missing document of a line with a note and no Word document: the header's interaction
     *         template and the line's language (the language row that lacks it), for the check's group and the
     *         Personal Note dialog alike
     */
    private static String noDocumentDetail(SegmentHeader h, String languageCode) {
        String template = h.getInteractionTemplateCode();
        if (template == null || template.isBlank()) {
            return FindingMessages.NoteCheck_noTemplate;
        }
        String language = languageCode != null && !languageCode.isBlank() ? languageCode : h.getLanguageCodeDefault();
        return language == null || language.isBlank() ? NLS.bind(FindingMessages.NoteCheck_template, template)
                : NLS.bind(FindingMessages.NoteCheck_templateLanguage, template, language);
    }

    /** The Word template a line with these values merges ({@link LineDefaults#wordTemplate}). */
    private static Long wordTemplateOf(SegmentHeader h, Long own, String languageCode) {
        SegmentLine probe = SegmentaFactory.eINSTANCE.createSegmentLine();
        probe.setWordTemplateNo(own);
        probe.setLanguageCode(languageCode);
        return LineDefaults.wordTemplate(h, probe);
    }

    /**
     * @return the document's file name when it maps no field to PersonalNote (by its kept mapping, as Log merges it,
     *         else by the fields it has), else empty; empty too when it cannot be read (Log's merge reports that)
     */
    private Optional<String> documentWithoutNoteField(StoreSession s, long attachmentNo) {
        Attachment a = s.attachments().get(attachmentNo).orElse(null);
        if (a == null) {
            return Optional.empty();
        }
        String name = a.getFileName() == null ? "template.docx" : a.getFileName();
        FieldMapping mapping;
        if (a.getFieldMapping() != null) {
            mapping = FieldMapping.fromText(a.getFieldMapping());
        } else {
            Path tmp = null;
            try {
                tmp = Files.createTempFile("segmenta-note-", name.toLowerCase().endsWith(".dotx") ? ".dotx" : ".docx");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    s.attachments().copyContent(attachmentNo, out);
                }
                mapping = merge.inspect(tmp).mapping();
            } catch (IOException | MergeException | RuntimeException e) {
                return Optional.empty();
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException e) {
                        // a temporary file left behind is harmless
                    }
                }
            }
        }
        boolean printed = mapping.entries().stream().anyMatch(e -> e.key() == MergeKey.PERSONAL_NOTE);
        return printed ? Optional.empty() : Optional.of(name);
    }

    @Override
    public Optional<String> personalNoteProblem(String segmentNo, int lineNo) {
        return store.read(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            SegmentLine line = s.segmentLines().get(segmentNo, lineNo).orElseThrow(() -> new NotFoundException(
                    "Segment " + segmentNo + " has no line " + lineNo + "."));
            if (line.isMerged()) {
                return Optional.of(FindingMessages.NoteCheck_dialogOwnLetter);
            }
            Long template = LineDefaults.wordTemplate(h, line);
            if (template == null) {
                return Optional.of(NLS.bind(FindingMessages.NoteCheck_dialogNoDocument,
                        noDocumentDetail(h, line.getLanguageCode())));
            }
            return documentWithoutNoteField(s, template).map(name -> NLS.bind(FindingMessages.NoteCheck_dialog, name));
        });
    }

    /** Streams a segment's lines page by page, each page after the last line of the one before. */
    private static Iterator<SegmentLine> lines(StoreSession s, String segmentNo) {
        return lines(s, segmentNo, page -> {
        });
    }

    /** Streams a segment's lines page by page, telling {@code onPage} each page before its lines are handed out. */
    private static Iterator<SegmentLine> lines(StoreSession s, String segmentNo,
            java.util.function.Consumer<List<SegmentLine>> onPage) {
        return pages((after, limit) -> s.segmentLines().pageAfter(segmentNo, after, limit), onPage);
    }

    /** Reads one page of lines after a line No.: (after, limit) → the page, in line order. */
    private interface PageReader {
        List<SegmentLine> read(int afterLineNo, int limit);
    }

    /** Streams lines page by page, each page after the last line of the one before. */
    private static Iterator<SegmentLine> pages(PageReader reader, java.util.function.Consumer<List<SegmentLine>> onPage) {
        return new Iterator<>() {
            private List<SegmentLine> page = List.of();
            private int index;
            private int after;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                page = reader.read(after, PAGE);
                after = page.isEmpty() ? after : page.get(page.size() - 1).getLineNo();
                onPage.accept(page);
                index = 0;
                done = page.size() < PAGE;
                return !page.isEmpty();
            }

            @Override
            public SegmentLine next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
    }

    /** Looks records up once per key. */
    private static final class CachingLookup implements PreLogValidation.Lookup {
        private final StoreSession s;
        private final Map<String, Optional<Contact>> contacts = new HashMap<>();
        private final Map<String, Optional<InteractionTemplate>> templates = new HashMap<>();
        private final Map<String, Optional<Salesperson>> salespeople = new HashMap<>();
        private final Map<String, Optional<Campaign>> campaigns = new HashMap<>();

        private final List<CorrespondenceChannel> channels;

        CachingLookup(StoreSession s, List<CorrespondenceChannel> channels) {
            this.s = s;
            this.channels = channels;
        }

        @Override
        public CorrespondenceChannel channel(CorrespondenceType type) {
            for (CorrespondenceChannel c : channels) {
                if (c.correspondenceType() == type) {
                    return c;
                }
            }
            return null;
        }

        /** Reads the contacts of a page of lines at once (one query per table instead of five per line). */
        void prefetch(List<SegmentLine> page) {
            if (contacts.size() > 50_000) {
                contacts.clear();
            }
            List<String> missing = page.stream().map(SegmentLine::getContactNo)
                    .filter(no -> no != null && !contacts.containsKey(no)).distinct().toList();
            if (missing.isEmpty()) {
                return;
            }
            Map<String, Contact> found = s.contacts().getAll(missing);
            for (String no : missing) {
                contacts.put(no, Optional.ofNullable(found.get(no)));
            }
        }

        @Override
        public Contact contact(String no) {
            if (contacts.size() > 50_000) {
                contacts.clear();
            }
            return contacts.computeIfAbsent(no, k -> s.contacts().get(k)).orElse(null);
        }

        @Override
        public InteractionTemplate template(String code) {
            return templates.computeIfAbsent(code, k -> s.interactionTemplates().get(k)).orElse(null);
        }

        @Override
        public Salesperson salesperson(String code) {
            return salespeople.computeIfAbsent(code, k -> s.salespeople().get(k)).orElse(null);
        }

        @Override
        public Campaign campaign(String no) {
            return campaigns.computeIfAbsent(no, k -> s.campaigns().get(k)).orElse(null);
        }
    }

    // ---- documents ------------------------------------------------------------------------------------------

    /** Prepared Word templates of one call, by attachment No., and the records they need. */
    private final class Documents implements AutoCloseable {
        private final StoreSession s;
        private final SegmentHeader h;
        private final CachingLookup lookup;
        private final Map<Long, PreparedMerge> prepared = new HashMap<>();
        private final Map<Path, PreparedMerge> preparedFiles = new HashMap<>();
        private final List<Path> temps = new ArrayList<>();

        /** contact No. -> plug-in field values (MergeFieldProvider), read a page of lines at a time */
        private final Map<String, Map<String, String>> pluginValues = new HashMap<>();

        Documents(StoreSession s, SegmentHeader h) {
            this.s = s;
            this.h = h;
            this.lookup = new CachingLookup(s, channels);
        }

        /** Reads what a page of lines needs at once: contacts and the plug-ins' field values. */
        void prefetch(List<SegmentLine> page) {
            lookup.prefetch(page);
            if (fieldProviders.isEmpty()) {
                return;
            }
            if (pluginValues.size() > 50_000) {
                pluginValues.clear();
            }
            List<String> missing = page.stream().map(SegmentLine::getContactNo)
                    .filter(no -> no != null && !pluginValues.containsKey(no)).distinct().toList();
            loadPluginValues(missing);
        }

        private void loadPluginValues(List<String> contactNos) {
            if (contactNos.isEmpty()) {
                return;
            }
            contactNos.forEach(no -> pluginValues.put(no, new HashMap<>()));
            for (MergeFieldProvider p : fieldProviders) {
                Map<String, Map<String, String>> values = p.values(s, contactNos);
                if (values != null) {
                    values.forEach((no, fields) -> {
                        Map<String, String> mine = pluginValues.get(no);
                        if (mine != null && fields != null) {
                            fields.forEach(mine::putIfAbsent);
                        }
                    });
                }
            }
        }

        Long wordTemplate(SegmentLine line) {
            return LineDefaults.wordTemplate(h, line);
        }

        PreparedMerge prepare(long attachmentNo) throws IOException {
            PreparedMerge pm = prepared.get(attachmentNo);
            if (pm == null) {
                Attachment a = s.attachments().require(attachmentNo);
                String name = a.getFileName() == null ? "template.docx" : a.getFileName();
                // the copy has the user's file name, so that every message names the user's own file
                String safe = Path.of(name.replaceAll("[\\\\/:*?\"<>|\\x00-\\x1f]", "_")).getFileName().toString();
                if (!safe.toLowerCase().matches(".*\\.(docx|dotx|docm|dotm)")) {
                    safe = safe + ".docx";
                }
                Path dir = Files.createTempDirectory("segmenta-template-");
                temps.add(dir);
                Path tmp = dir.resolve(safe);
                temps.add(0, tmp);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    s.attachments().copyContent(attachmentNo, out);
                }
                try {
                    pm = merge.prepare(tmp, a.getFieldMapping() != null ? FieldMapping.fromText(a.getFieldMapping())
                            : merge.inspect(tmp).mapping());
                } catch (MergeException e) {
                    throw new IOException("Word template " + name + " (attachment " + attachmentNo + "): "
                            + e.getMessage(), e);
                }
                prepared.put(attachmentNo, pm);
            }
            return pm;
        }

        /** @return the user's own main document, prepared once */
        PreparedMerge prepare(Path file) throws IOException {
            return prepare(file, null);
        }

        /**
         * @param mapping the fields as the user matched them, or null to match them automatically
         * @return the user's own main document, prepared once per call
         */
        PreparedMerge prepare(Path file, FieldMapping mapping) throws IOException {
            PreparedMerge pm = preparedFiles.get(file);
            if (pm == null) {
                try {
                    pm = merge.prepare(file, mapping != null ? mapping : merge.inspect(file).mapping());
                } catch (MergeException e) {
                    throw new IOException(e.getMessage(), e);
                }
                preparedFiles.put(file, pm);
            }
            return pm;
        }

        /** @return every prepared document's problems, each once */
        List<MergeProblem> problems() {
            LinkedHashSet<MergeProblem> all = new LinkedHashSet<>();
            prepared.values().forEach(pm -> all.addAll(pm.problems()));
            preparedFiles.values().forEach(pm -> all.addAll(pm.problems()));
            return List.copyOf(all);
        }

        MergeRecord record(SegmentLine line) {
            Contact c = lookup.contact(line.getContactNo());
            if (c == null) {
                throw new NotFoundException("Line " + line.getLineNo() + ": contact " + line.getContactNo()
                        + " does not exist any more; delete the line.");
            }
            Salesperson sp = line.getSalespersonCode() == null ? null : lookup.salesperson(line.getSalespersonCode());
            Campaign cp = line.getCampaignNo() == null ? null : lookup.campaign(line.getCampaignNo());
            Salutation sal = c.getSalutationCode() == null ? null : s.salutations().get(c.getSalutationCode()).orElse(null);
            Language lang = line.getLanguageCode() == null ? null : s.languages().get(line.getLanguageCode()).orElse(null);
            MergeRecord record = MergeRecords.of(line, c, sp, cp, sal, lang, ownCompany);
            if (fieldProviders.isEmpty()) {
                return record;
            }
            if (!pluginValues.containsKey(c.getNo())) {
                loadPluginValues(List.of(c.getNo()));
            }
            return record.withFields(pluginValues.get(c.getNo()));
        }

        /** @return the letter of a line: its own document when personalised, else merged; null when it has none */
        byte[] letter(SegmentLine line) throws IOException {
            if (ownLetter(line)) {
                try (InputStream in = s.attachments().openContent(line.getAttachmentNo())) {
                    return in.readAllBytes();
                }
            }
            Long template = wordTemplate(line);
            if (template == null) {
                return null;
            }
            try {
                return prepare(template).preview(record(line));
            } catch (MergeException e) {
                throw new IOException("Line " + line.getLineNo() + " (" + line.getContactNo() + "): " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            for (Path p : temps) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    @Override
    public byte[] mergeLine(String segmentNo, int lineNo) throws IOException {
        return readIo(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            SegmentLine line = s.segmentLines().get(segmentNo, lineNo).orElseThrow(() -> new NotFoundException(
                    "Segment " + segmentNo + " has no line " + lineNo + "."));
            try (Documents d = new Documents(s, h)) {
                byte[] letter = d.letter(line);
                if (letter == null) {
                    throw new IOException("Line " + lineNo + " has no Word template: choose an interaction template "
                            + "with a Word template for language '" + line.getLanguageCode() + "'.");
                }
                return letter;
            }
        });
    }

    @Override
    public void personalise(String segmentNo, int lineNo, String fileName, byte[] edited) throws IOException {
        byte[] clean;
        try {
            clean = merge.personalise(fileName, edited);
        } catch (MergeException e) {
            throw new IOException(e.getMessage(), e);
        }
        store.write(s -> {
            SegmentLine line = s.segmentLines().get(segmentNo, lineNo).orElseThrow(() -> new NotFoundException(
                    "Segment " + segmentNo + " has no line " + lineNo + "."));
            Attachment a = SegmentaFactory.eINSTANCE.createAttachment();
            a.setFileName(fileName);
            a.setMediaType(DOCX);
            a.setCreated(Instant.now(clock));
            a = s.attachments().create(a, new ByteArrayInputStream(clean));
            line.setAttachmentNo(a.getNo());
            line.setAttachmentInherited(false);
            line.setMerged(true);
            s.changed(SegmentaEvents.SEGMENT_CHANGED, segmentNo);
            return s.segmentLines().update(line);
        });
    }

    /** A run of consecutive lines merged with one prepared document. */
    private record Run(PreparedMerge pm, List<SegmentLine> lines, List<MergeRecord> records) {
    }

    @Override
    public MergeResult mergeToFolder(String segmentNo, Path folder, Path wordDocument) throws IOException {
        return mergeToFolder(segmentNo, folder, wordDocument, null, MergeProgress.NONE);
    }

    @Override
    public MergeResult mergeToFolder(String segmentNo, Path folder, Path wordDocument, FieldMapping mapping,
            MergeProgress progress) throws IOException {
        MergeProgress watch = progress == null ? MergeProgress.NONE : progress;
        Files.createDirectories(folder);
        Path tmp = Files.createTempDirectory(folder, ".segmenta-merge-");
        try {
            List<Path> written = new ArrayList<>();
            MergeResult r = readIo(s -> {
                SegmentHeader h = s.segments().require(segmentNo);
                long total = s.segmentLines().count(segmentNo);
                int letters = 0;
                int records = 0;
                LinkedHashSet<MergeProblem> problems = new LinkedHashSet<>();
                List<MergeResult.RecordNote> notes = new ArrayList<>();
                try (Documents d = new Documents(s, h)) {
                    Run run = null;
                    for (Iterator<SegmentLine> it = lines(s, segmentNo, d::prefetch); it.hasNext();) {
                        SegmentLine line = it.next();
                        PreparedMerge pm = null;
                        if (ownLetter(line)) {
                            // a personalised letter is the contact's own: written as it is
                            letters += flush(run, d, tmp, written, problems, notes, records, watch, total);
                            records += run == null ? 0 : run.records().size();
                            run = null;
                            canceled(watch);
                            Path f = tmp.resolve(fileName(line, d.lookup.contact(line.getContactNo())));
                            Files.write(f, d.letter(line));
                            written.add(f);
                            watch.worked(written.size(), total);
                            letters++;
                            records++;
                            continue;
                        }
                        if (wordDocument != null) {
                            pm = d.prepare(wordDocument, mapping);
                        } else {
                            Long template = d.wordTemplate(line);
                            if (template == null) {
                                continue;
                            }
                            pm = d.prepare(template);
                        }
                        if (run == null || run.pm() != pm) {
                            letters += flush(run, d, tmp, written, problems, notes, records, watch, total);
                            records += run == null ? 0 : run.records().size();
                            run = new Run(pm, new ArrayList<>(), new ArrayList<>());
                        }
                        run.lines().add(line);
                        run.records().add(d.record(line));
                    }
                    letters += flush(run, d, tmp, written, problems, notes, records, watch, total);
                    records += run == null ? 0 : run.records().size();
                    List<MergeProblem> all = new ArrayList<>(d.problems());
                    problems.stream().filter(p -> !all.contains(p)).forEach(all::add);
                    return new MergeResult(letters, records, List.of(), all, notes);
                }
            });
            // the whole merge succeeded: only now do the letters appear in the folder, after a check that each can
            for (Path f : written) {
                Path target = folder.resolve(f.getFileName().toString());
                if (Files.isDirectory(target) || (Files.exists(target) && !Files.isWritable(target))) {
                    throw new IOException("Cannot write the letter " + target + ": a folder or a read-only file of that name is in the way;"
                            + " move it away or choose another --out folder. No letter was written.");
                }
            }
            List<Path> files = new ArrayList<>();
            for (Path f : written) {
                Path target = folder.resolve(f.getFileName().toString());
                try {
                    Files.move(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
                ownerOnly(target);
                files.add(target);
            }
            return new MergeResult(r.letters(), r.records(), files, r.problems(), r.notes());
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * Merges a run of lines with Word's meaning of SKIPIF and NEXT into files in {@code tmp}, each named by the
     * line of its letter's first record.
     *
     * @return the letters written
     */
    private static int flush(Run run, Documents d, Path tmp, List<Path> written, Set<MergeProblem> problems,
            List<MergeResult.RecordNote> notes, int recordOffset, MergeProgress watch, long total) throws IOException {
        if (run == null || run.records().isEmpty()) {
            return 0;
        }
        Map<MergeRecord, SegmentLine> lineOf = new IdentityHashMap<>();
        for (int i = 0; i < run.records().size(); i++) {
            lineOf.put(run.records().get(i), run.lines().get(i));
        }
        MergeResult r = run.pm().merge(run.records(), (index, record, docx, length) -> {
            canceled(watch);
            SegmentLine line = lineOf.get(record);
            Path f = tmp.resolve(fileName(line, d.lookup.contact(line.getContactNo())));
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write(docx, 0, length);
            }
            written.add(f);
            watch.worked(written.size(), total);
        });
        problems.addAll(r.problems());
        for (MergeResult.RecordNote n : r.notes()) {
            notes.add(new MergeResult.RecordNote(n.record() + recordOffset, n.who(), n.kind(), n.letter(), n.into(), n.field()));
        }
        return r.letters();
    }

    /** Stops a merge the user canceled: nothing is written (the letters wait in a temporary folder until the end). */
    private static void canceled(MergeProgress watch) {
        if (watch.isCanceled()) {
            throw new CancellationException("The merge was canceled; no letter was written.");
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static String fileName(SegmentLine line, Contact c) {
        String name = c == null || c.getName() == null ? "" : " " + c.getName().replaceAll("[\\\\/:*?\"<>|]", "_");
        return String.format("%08d %s%s.docx", line.getLineNo(), line.getContactNo(), name);
    }

    @Override
    public MergeResult mergeCombined(String segmentNo, Path file, Path wordDocument) throws IOException {
        return mergeCombined(segmentNo, file, wordDocument, null, MergeProgress.NONE);
    }

    @Override
    public MergeResult mergeCombined(String segmentNo, Path file, Path wordDocument, FieldMapping mapping,
            MergeProgress progress) throws IOException {
        MergeProgress watch = progress == null ? MergeProgress.NONE : progress;
        return readIo(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            long total = s.segmentLines().count(segmentNo);
            try (Documents d = new Documents(s, h)) {
                List<MergeRecord> records = new ArrayList<>();
                Long template = null;
                List<String> other = new ArrayList<>();
                for (Iterator<SegmentLine> it = lines(s, segmentNo, d::prefetch); it.hasNext();) {
                    canceled(watch);
                    SegmentLine line = it.next();
                    if (wordDocument != null) {
                        records.add(d.record(line));
                        continue;
                    }
                    Long t = d.wordTemplate(line);
                    if (t == null) {
                        continue;
                    }
                    if (template == null) {
                        template = t;
                    }
                    if (t.equals(template)) {
                        records.add(d.record(line));
                    } else {
                        other.add(line.getLineNo() + " (" + line.getContactNo() + ")");
                    }
                }
                if (template == null && wordDocument == null) {
                    throw new IOException("Segment " + segmentNo + " has no line with a Word template to merge.");
                }
                PreparedMerge pm = wordDocument != null ? d.prepare(wordDocument, mapping) : d.prepare(template);
                canceled(watch);
                MergeResult r = pm.mergeCombined(records, file);
                ownerOnly(file);
                watch.worked(r.letters(), total);
                List<MergeProblem> problems = new ArrayList<>(d.problems());
                r.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
                if (!other.isEmpty()) {
                    problems.add(new MergeProblem(pm.fileName(), "", other.size() + " line(s) with another Word template are not in the combined"
                            + " document (lines " + String.join(", ", other.subList(0, Math.min(10, other.size())))
                            + (other.size() > 10 ? ", ..." : "") + "); merge them into a folder with merge --out", MergeProblem.Severity.WARNING));
                }
                return new MergeResult(r.letters(), r.records(), r.files(), problems, r.notes());
            }
        });
    }

    @Override
    public byte[] previewLine(String segmentNo, int lineNo, Path document, FieldMapping mapping) throws IOException {
        if (document == null) {
            return mergeLine(segmentNo, lineNo);
        }
        return readIo(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            SegmentLine line = s.segmentLines().get(segmentNo, lineNo).orElseThrow(() -> new NotFoundException(
                    "Segment " + segmentNo + " has no line " + lineNo + "."));
            try (Documents d = new Documents(s, h)) {
                return d.prepare(document, mapping).preview(d.record(line));
            } catch (MergeException e) {
                throw new IOException("Line " + lineNo + " (" + line.getContactNo() + "): " + e.getMessage(), e);
            }
        });
    }

    @Override
    public MergeRecord mergeRecord(String segmentNo, int lineNo) {
        return store.read(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            SegmentLine line = s.segmentLines().get(segmentNo, lineNo).orElseThrow(() -> new NotFoundException(
                    "Segment " + segmentNo + " has no line " + lineNo + "."));
            try (Documents d = new Documents(s, h)) {
                return d.record(line);
            }
        });
    }

    @Override
    public Optional<StoredDocument> inspectWordTemplate(String segmentNo) throws IOException {
        return readIo(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            Long no = null;
            List<SegmentLine> first = s.segmentLines().page(segmentNo, 0, 1);
            if (!first.isEmpty()) {
                no = LineDefaults.wordTemplate(h, first.get(0));
            }
            SegmentInteractionLanguage row = LineDefaults.languageRow(h, h.getLanguageCodeDefault());
            if (no == null && row != null && row.getWordTemplateNo() != null) {
                no = row.getWordTemplateNo();
            }
            for (SegmentInteractionLanguage r : h.getLanguages()) {
                if (no == null && r.getWordTemplateNo() != null) {
                    no = r.getWordTemplateNo();
                }
            }
            if (no == null) {
                no = h.getModifiedWordTemplateNo();
            }
            if (no == null) {
                return Optional.<StoredDocument>empty();
            }
            Attachment a = s.attachments().require(no);
            String name = a.getFileName() == null ? "template.docx" : a.getFileName();
            Path tmp = Files.createTempFile("segmenta-template-", name.toLowerCase().endsWith(".dotx") ? ".dotx" : ".docx");
            tmp.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(tmp)) {
                s.attachments().copyContent(no, out);
            }
            MainDocument found;
            try {
                found = merge.inspect(tmp);
            } catch (MergeException e) {
                throw new IOException("Word template " + name + " (attachment " + no + "): " + e.getMessage(), e);
            }
            if (a.getFieldMapping() != null) {
                FieldMapping m = found.mapping();
                for (FieldMapping.Entry e : FieldMapping.fromText(a.getFieldMapping()).entries()) {
                    if (m.entry(e.fieldName()).isPresent()) {
                        m = m.with(e.fieldName(), e.key());
                    }
                }
                found = new MainDocument(found.file(), found.fields(), m, found.problems());
            }
            return Optional.of(new StoredDocument(no, name, found));
        });
    }

    @Override
    public void keepFieldMapping(long attachmentNo, FieldMapping mapping) {
        store.write(s -> {
            Attachment a = s.attachments().require(attachmentNo);
            a.setFieldMapping(mapping == null ? null : mapping.toText());
            return s.attachments().update(a);
        });
    }

    @Override
    public SegmentLine setPersonalNote(String segmentNo, int lineNo, String note) {
        String n = note == null ? null : note.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (n != null && n.length() > PERSONAL_NOTE_MAX) {
            throw new IllegalArgumentException("The personal note of line " + lineNo + " has " + n.length()
                    + " characters; at most " + PERSONAL_NOTE_MAX + " fit. Shorten it, or edit the letter itself (Edit Letter).");
        }
        String value = n == null || n.isEmpty() ? null : n;
        return store.write(s -> {
            SegmentLine line = s.segmentLines().get(segmentNo, lineNo).orElseThrow(() -> new NotFoundException(
                    "Segment " + segmentNo + " has no line " + lineNo + "."));
            line.setPersonalNote(value);
            return s.segmentLines().update(line);
        });
    }

    @Override
    public SegmentLine revertToTemplateLetter(String segmentNo, int lineNo) {
        return store.write(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            SegmentLine line = s.segmentLines().get(segmentNo, lineNo).orElseThrow(() -> new NotFoundException(
                    "Segment " + segmentNo + " has no line " + lineNo + "."));
            SegmentInteractionLanguage row = LineDefaults.languageRow(h, line.getLanguageCode());
            line.setAttachmentNo(row != null ? row.getAttachmentNo() : null);
            line.setAttachmentInherited(row != null && row.getAttachmentNo() != null);
            line.setMerged(false);
            return s.segmentLines().update(line);
        });
    }

    // ---- Log ------------------------------------------------------------------------------------------------

    @Override
    public LogResult log(String segmentNo, LogOptions options) {
        return log(segmentNo, options, () -> false);
    }

    @Override
    public LogResult log(String segmentNo, LogOptions options, java.util.function.BooleanSupplier cancelled) {
        return log(segmentNo, options, new org.eclipse.core.runtime.NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return cancelled.getAsBoolean();
            }
        });
    }

    @Override
    public LogAndDelivery logAndDeliver(String segmentNo, LogOptions options,
            org.segmenta.core.delivery.DeliveryService delivery,
            java.util.function.Supplier<org.segmenta.core.delivery.DeliverySettings> settings,
            org.eclipse.core.runtime.IProgressMonitor monitor) {
        boolean deliver = options.sendAttachments() && delivery != null;
        org.eclipse.core.runtime.SubMonitor sub = org.eclipse.core.runtime.SubMonitor.convert(monitor, 100);
        LogResult logged = log(segmentNo, options, sub.newChild(deliver ? 60 : 100));
        if (!deliver) {
            return new LogAndDelivery(logged, null, null);
        }
        try {
            // the delivery asks the Cancel before each entry: what it did not reach waits in the outbox
            return new LogAndDelivery(logged, delivery.deliver(logged.loggedSegmentEntryNo(), settings.get(),
                    sub.newChild(40, org.eclipse.core.runtime.SubMonitor.SUPPRESS_NONE)), null);
        } catch (RuntimeException e) {
            return new LogAndDelivery(logged, null, e);
        }
    }

    @Override
    public LogResult log(String segmentNo, LogOptions options, org.eclipse.core.runtime.IProgressMonitor monitor) {
        // phases by name, the letters counted: checking, merging the letters (N of M), logging the lines (one
        // statement), the outbox, the follow-up; the share of each is a rough weight, not a measurement
        boolean send = options.sendAttachments();
        org.eclipse.core.runtime.SubMonitor sub = org.eclipse.core.runtime.SubMonitor.convert(monitor, 100);
        LogResult done = store.write(s -> {
            sub.subTask(Formats.bind(Messages.Progress_logChecking));
            SegmentHeader h = s.segments().require(segmentNo);
            java.util.OptionalLong logged = s.loggedSegments().loggedEntryOf(segmentNo);
            if (logged.isPresent()) {
                throw new IllegalStateException("Segment " + segmentNo + " was logged already as logged segment "
                        + logged.getAsLong() + "; a segment can be logged once.");
            }
            List<LogProblem> problems = validateIn(s, h, options.sendAttachments());
            if (problems.stream().anyMatch(p -> p.severity() == LogProblem.Severity.ERROR)) {
                throw new LogRefusedException(segmentNo, problems);
            }
            sub.worked(send ? 5 : 20);
            LoggedSegment ls = SegmentaFactory.eINSTANCE.createLoggedSegment();
            ls.setSegmentNo(segmentNo);
            ls.setDescription(h.getDescription());
            ls.setCreationDate(LocalDate.now(clock));
            ls.setUserId(options.userId());
            ls = s.loggedSegments().insert(ls);

            List<LogProblem> skipped = new ArrayList<>();
            // the lines are counted only for the letters' "N of M" (a count is not free at 100,000 lines)
            long documents = send ? storeLetters(s, h, skipped, sub.newChild(60), s.segmentLines().count(segmentNo)) : 0;
            sub.subTask(Formats.bind(Messages.Progress_logLines));
            long entries = s.logging().logLines(segmentNo, ls.getEntryNo(), options.userId(), channelTypes());
            sub.worked(send ? 20 : 60);
            if (send) {
                // the outbox, in Log's transaction: delivery runs after commit (org.segmenta.core.delivery)
                sub.subTask(Formats.bind(Messages.Progress_logOutbox));
                s.outbox().enqueue(ls.getEntryNo(), deliveredTypes());
                sub.worked(5);
            }
            s.segments().delete(segmentNo);
            s.changed(SegmentaEvents.SEGMENTS_CHANGED, segmentNo);
            s.changed(SegmentaEvents.SEGMENT_CHANGED, segmentNo);
            s.changed(SegmentaEvents.LOG_CHANGED, ls.getEntryNo());
            String followUp = null;
            if (options.createFollowUp()) {
                sub.subTask(Formats.bind(Messages.Progress_logFollowUp));
                SegmentHeader f = followUpSegment(s, segmentNo, h);
                segments.reuseLoggedSegment(f.getNo(), ls.getEntryNo(), false);
                followUp = f.getNo();
            }
            List<LogProblem> warnings = new ArrayList<>(problems.stream().filter(p -> p.severity() == LogProblem.Severity.WARNING)
                    .toList());
            warnings.addAll(skipped);
            sub.subTask(Formats.bind(Messages.Progress_logCommitting));
            return new LogResult(ls.getEntryNo(), entries, documents, followUp, warnings);
        }, sub::isCanceled);
        sub.done();
        return done;
    }

    /** How many lines go by between two reports of progress: a report costs a few strings, not a statement. */
    static final int PROGRESS_EVERY = 2000;

    /** Merges each delivering line's letter and stores it as the line's own document, for its log entry. */
    private long storeLetters(StoreSession s, SegmentHeader h, List<LogProblem> skipped,
            org.eclipse.core.runtime.SubMonitor monitor, long lineCount) throws IOException {
        long stored = 0;
        monitor.setWorkRemaining((int) Math.max(1, (lineCount + PROGRESS_EVERY - 1) / PROGRESS_EVERY));
        monitor.subTask(Formats.bind(Messages.Progress_logLetters, Formats.count(0), Formats.count(lineCount)));
        long seen = 0;
        try (Documents d = new Documents(s, h)) {
            List<SegmentLine> changed = new ArrayList<>();
            for (Iterator<SegmentLine> it = lines(s, h.getNo(), d::prefetch); it.hasNext();) {
                SegmentLine line = it.next();
                if (++seen % PROGRESS_EVERY == 0) {
                    monitor.worked(1);
                    monitor.subTask(Formats.bind(Messages.Progress_logLetters, Formats.count(seen),
                            Formats.count(lineCount)));
                }
                if (line.getCorrespondenceType() == CorrespondenceType.NONE || line.isMerged()) {
                    continue;
                }
                Long template = d.wordTemplate(line);
                if (template == null) {
                    continue;
                }
                byte[] letter;
                try {
                    letter = d.prepare(template).preview(d.record(line));
                } catch (MergeSkippedException e) {
                    // Word's meaning of SKIPIF: this contact gets no letter; the entry is logged without one
                    skipped.add(new LogProblem(LogProblem.Severity.WARNING, line.getLineNo(), line.getContactNo(), "Word Template",
                            e.getMessage()));
                    continue;
                }
                Attachment a = SegmentaFactory.eINSTANCE.createAttachment();
                a.setFileName(fileName(line, d.lookup.contact(line.getContactNo())));
                a.setMediaType(DOCX);
                a.setCreated(Instant.now(clock));
                a = s.attachments().create(a, new ByteArrayInputStream(letter));
                line.setAttachmentNo(a.getNo());
                line.setAttachmentInherited(false);
                line.setMerged(true);
                line.setWordTemplateNo(template);
                changed.add(line);
                stored++;
            }
            for (SegmentLine line : changed) {
                s.segmentLines().update(line);
            }
        } catch (MergeException e) {
            throw new IOException(e.getMessage(), e);
        }
        return stored;
    }

    // ---- logged segments and the interaction log ------------------------------------------------------------

    @Override
    public List<LoggedSegment> loggedSegments(int offset, int limit) {
        return store.read(s -> s.loggedSegments().page(offset, limit));
    }

    @Override
    public List<LoggedSegment> loggedSegments(String text, int offset, int limit) {
        return store.read(s -> s.loggedSegments().page(text, offset, limit));
    }

    @Override
    public long countLoggedSegments(String text) {
        return store.read(s -> s.loggedSegments().count(text));
    }

    @Override
    public int setLoggedSegmentCanceled(long entryNo, boolean canceled) {
        return store.write(s -> {
            s.changed(SegmentaEvents.LOG_CHANGED, entryNo);
            return s.loggedSegments().setCanceled(entryNo, canceled);
        });
    }

    @Override
    public int deleteCanceledLoggedSegments() {
        return store.write(s -> {
            s.changed(SegmentaEvents.LOG_CHANGED, null);
            int deleted = 0;
            for (LoggedSegment ls : s.loggedSegments().list()) {
                if (ls.isCanceled()) {
                    s.logging().unlinkEntries(ls.getEntryNo());
                    s.loggedSegments().delete(ls.getEntryNo());
                    deleted++;
                }
            }
            return deleted;
        });
    }

    @Override
    public SegmentHeader followUp(long loggedSegmentEntryNo, Evaluation evaluation, boolean onlyAttemptFailed) {
        return store.write(s -> {
            LoggedSegment ls = s.loggedSegments().require(loggedSegmentEntryNo);
            SegmentHeader f = followUpSegment(s, ls.getSegmentNo(), headerOfLogged(s, loggedSegmentEntryNo));
            if (evaluation == null && !onlyAttemptFailed) {
                segments.reuseLoggedSegment(f.getNo(), loggedSegmentEntryNo, false);
                return s.segments().require(f.getNo());
            }
            LinkedHashSet<String> contacts = new LinkedHashSet<>();
            for (InteractionLogEntry e : s.interactionLog()
                    .find(InteractionLogQuery.all().withLoggedSegmentEntryNo(loggedSegmentEntryNo))) {
                if ((evaluation == null || e.getEvaluation() == evaluation) && (!onlyAttemptFailed || e.isAttemptFailed())) {
                    contacts.add(e.getContactNo());
                }
            }
            if (!contacts.isEmpty()) {
                segments.addContacts(f.getNo(), List.copyOf(contacts),
                        Formats.bind(Messages.Interactions_followUpOnLoggedSegment, loggedSegmentEntryNo)
                                + (evaluation == null ? ""
                                        : Formats.bind(Messages.Interactions_followUpEvaluation,
                                                org.segmenta.model.rules.Captions.shown(evaluation)))
                                + (onlyAttemptFailed ? Messages.Interactions_followUpAttemptFailed : ""));
            }
            return s.segments().require(f.getNo());
        });
    }

    /**
     * Creates a follow-up segment ("Follow-up on segment %1", as the reference names it) that carries the logged
     * segment's header: interaction template and group, salesperson, default language and its rows (with their Word
     * documents), subject, correspondence type and Ignore Contact Corres. Type, campaign with target and response,
     * information flow, initiated by, unit cost and duration, Send Word Docs. as Attmt. and the modified Word template;
     * dated today. The reference copies only the campaign (§1.10 step 8, SegManagement {@code LogSegment}), which left
     * the follow-up without salesperson, template or language. Its lines come after, so they take these values.
     */
    private SegmentHeader followUpSegment(StoreSession s, String loggedSegmentNo, SegmentHeader from) {
        SegmentHeader f = s.segments().require(segments.create(Formats.bind(Messages.Interactions_followUpOnSegment, loggedSegmentNo)).getNo());
        for (EAttribute a : f.eClass().getEAllAttributes()) {
            if (a == Literals.SEGMENT_HEADER__NO || a == Literals.SEGMENT_HEADER__DATE
                    || a == Literals.SEGMENT_HEADER__DESCRIPTION || !a.isChangeable() || a.isDerived()) {
                continue;
            }
            f.eSet(a, from.eGet(a));
        }
        f.getLanguages().clear();
        f.getLanguages().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(from.getLanguages()));
        return s.segments().update(f);
    }

    /** How many entries of a logged segment {@link #headerOfLogged} reads at most. */
    private static final int HEADER_SAMPLE = 1000;

    /**
     * The header a logged segment had, as far as its entries tell (the open segment is gone after Log): the interaction
     * template most of its first {@value #HEADER_SAMPLE} entries have, with the template's defaults as it is set up
     * now, then the salesperson, campaign and subject most of them have.
     */
    static SegmentHeader headerOfLogged(StoreSession s, long loggedSegmentEntryNo) {
        SegmentHeader h = SegmentaFactory.eINSTANCE.createSegmentHeader();
        List<InteractionLogEntry> entries = s.interactionLog().find(InteractionLogQuery.all()
                .withLoggedSegmentEntryNo(loggedSegmentEntryNo).page(0, HEADER_SAMPLE));
        String template = mostCommon(entries, InteractionLogEntry::getInteractionTemplateCode);
        if (template != null) {
            s.interactionTemplates().get(template).ifPresent(t -> TemplateDefaults.apply(h, t));
        }
        String salesperson = mostCommon(entries, InteractionLogEntry::getSalespersonCode);
        if (salesperson != null) {
            h.setSalespersonCode(salesperson);
        }
        String campaign = mostCommon(entries, InteractionLogEntry::getCampaignNo);
        if (campaign != null) {
            h.setCampaignNo(campaign);
        }
        h.setSubjectDefault(mostCommon(entries, InteractionLogEntry::getSubject));
        return h;
    }

    /** The most common non-blank value (the first of equally common ones), or null. */
    private static String mostCommon(List<InteractionLogEntry> entries,
            java.util.function.Function<InteractionLogEntry, String> value) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (InteractionLogEntry e : entries) {
            String v = value.apply(e);
            if (v != null && !v.isBlank()) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    @Override
    public List<InteractionLogEntry> entries(InteractionLogQuery query) {
        return store.read(s -> s.interactionLog().find(query));
    }

    @Override
    public long countEntries(InteractionLogQuery query) {
        return store.read(s -> s.interactionLog().count(query));
    }

    @Override
    public InteractionLogEntry setCanceled(long entryNo, boolean canceled) {
        return store.write(s -> {
            InteractionLogEntry e = entry(s, entryNo);
            if (!canceled && e.getLoggedSegmentEntryNo() != null
                    && s.loggedSegments().require(e.getLoggedSegmentEntryNo()).isCanceled()) {
                throw new IllegalStateException("Interaction log entry " + entryNo + " belongs to logged segment "
                        + e.getLoggedSegmentEntryNo() + ", which is canceled; uncancel the logged segment instead.");
            }
            e.setCanceled(canceled);
            s.changed(SegmentaEvents.LOG_CHANGED, entryNo);
            return s.interactionLog().update(e);
        });
    }

    @Override
    public InteractionLogEntry evaluate(long entryNo, Evaluation evaluation) {
        return store.write(s -> {
            InteractionLogEntry e = entry(s, entryNo);
            e.setEvaluation(evaluation);
            s.changed(SegmentaEvents.LOG_CHANGED, entryNo);
            return s.interactionLog().update(e);
        });
    }

    @Override
    public InteractionLogEntry setAttemptFailed(long entryNo, boolean failed) {
        return store.write(s -> {
            InteractionLogEntry e = entry(s, entryNo);
            e.setAttemptFailed(failed);
            s.changed(SegmentaEvents.LOG_CHANGED, entryNo);
            return s.interactionLog().update(e);
        });
    }

    private static InteractionLogEntry entry(StoreSession s, long entryNo) {
        return s.interactionLog().get(entryNo)
                .orElseThrow(() -> new NotFoundException("There is no interaction log entry " + entryNo + "."));
    }

    @Override
    public InputStream openDocument(long entryNo) {
        try {
            Path file = readIo(s -> {
                InteractionLogEntry e = entry(s, entryNo);
                if (e.getAttachmentNo() == null) {
                    throw new IllegalStateException("Interaction log entry " + entryNo + " has no stored document.");
                }
                Path tmp = Files.createTempFile("segmenta-entry-" + entryNo + "-", ".docx");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    s.attachments().copyContent(e.getAttachmentNo(), out);
                }
                return tmp;
            });
            return Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a read unit and hands an IOException of the work back as it was thrown. */
    private <R> R readIo(Work<R> work) throws IOException {
        try {
            return store.read(work);
        } catch (StoreException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /**
     * A written letter holds a contact's personal data: readable by this operating-system user only (mode 600), as
     * the database is, whatever the umask; nothing where the file system has no POSIX permissions.
     */
    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not POSIX (the folder's access list applies), or not ours
        }
    }
}

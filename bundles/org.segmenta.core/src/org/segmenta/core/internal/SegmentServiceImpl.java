package org.segmenta.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.segmenta.core.SegmentaEvents;
import org.segmenta.core.criteria.CriteriaSources;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.criteria.ResolvedFilter;
import org.segmenta.core.format.Formats;
import org.segmenta.core.rules.CodeCheck;
import org.segmenta.core.rules.Codes;
import org.segmenta.core.ModelFields;
import org.segmenta.core.segment.LiveCount;
import org.segmenta.core.segment.SegmentService;
import org.segmenta.core.segment.SegmentSummary;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.core.store.NotFoundException;
import org.segmenta.core.store.SegmentSelectionRepository.StepCounts;
import org.segmenta.core.store.Store;
import org.segmenta.core.store.StoreSession;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.CriteriaFilter;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.NumberSeries;
import org.segmenta.model.SavedSegmentCriteria;
import org.segmenta.model.SegmentCriteriaLine;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.StepKind;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.model.rules.Captions;

/** {@link SegmentService} over the store: each call is one unit of work; steps are set-based in the store. */
@Component(service = SegmentService.class)
public final class SegmentServiceImpl implements SegmentService {

    /** The number series segments are numbered from; created on first use as SEG00001, SEG00002, ... */
    public static final String SEGMENT_SERIES = "SEGMENT";

    /** The most characters a step's description holds (Text[100], as descriptions in the reference design). */
    private static final int DESCRIPTION_LENGTH = 100;

    private final Store store;
    private final CriteriaSources sources;
    private final Clock clock;

    /**
     * @param store the store
     * @param sources the criteria sources
     * @param clock what "today" is; {@code null} (no clock service, as in the product): the system clock
     */
    @Activate
    public SegmentServiceImpl(@Reference Store store, @Reference CriteriaSources sources,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.clock = clock == null ? Clock.systemDefaultZone() : clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public SegmentHeader create(String description) {
        return store.write(s -> {
            SegmentHeader h = SegmentaFactory.eINSTANCE.createSegmentHeader();
            h.setNo(nextSegmentNo(s));
            h.setDescription(description);
            h.setDate(today());
            s.changed(SegmentaEvents.SEGMENTS_CHANGED, h.getNo());
            return s.segments().insert(h);
        });
    }

    private static String nextSegmentNo(StoreSession s) {
        if (!s.numberSeries().exists(SEGMENT_SERIES)) {
            NumberSeries series = SegmentaFactory.eINSTANCE.createNumberSeries();
            series.setCode(SEGMENT_SERIES);
            series.setDescription("Segments");
            series.setStartingNo("SEG00001");
            s.numberSeries().insert(series);
        }
        return s.numberSeries().next(SEGMENT_SERIES);
    }

    @Override
    public Optional<SegmentHeader> get(String no) {
        return store.read(s -> s.segments().get(no));
    }

    @Override
    public List<SegmentSummary> list() {
        return list(null);
    }

    @Override
    public List<SegmentSummary> list(String text) {
        return store.read(s -> s.segments().list().stream()
                .filter(h -> org.segmenta.core.rules.QuickFilter.matches(text, h.getNo(), h.getDescription(),
                        h.getSalespersonCode(), h.getInteractionTemplateCode()))
                .sorted(Comparator.comparing(SegmentHeader::getNo).reversed())
                .map(h -> new SegmentSummary(h.getNo(), h.getDescription(), s.segmentLines().count(h.getNo()),
                        activeSteps(h).size(), h.getDate(), h.getSalespersonCode(), h.getInteractionTemplateCode()))
                .toList());
    }

    @Override
    public SegmentHeader saveHeader(SegmentHeader header) {
        return store.write(s -> {
            Codes.normaliseAll(header);
            checkChangedCodes(s, s.segments().get(header.getNo()).orElse(null), header);
            s.changed(SegmentaEvents.SEGMENT_CHANGED, header.getNo());
            return s.segments().update(header);
        });
    }

    @Override
    public LiveCount count(String segmentNo, StepRequest step) {
        return count(segmentNo, step, () -> false);
    }

    @Override
    public LiveCount count(String segmentNo, StepRequest step, BooleanSupplier cancelled) {
        List<ResolvedFilter> filters = sources.resolve(step.filters(), today());
        long start = System.nanoTime();
        LiveCount c = store.read(s -> s.selection().count(segmentNo, step.action(), step.options(), filters), cancelled);
        return new LiveCount(c.matches(), c.newLines(), c.alreadyInSegment(), c.excluded(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public StepSummary apply(String segmentNo, StepRequest step) {
        return apply(segmentNo, step, () -> false);
    }

    @Override
    public StepSummary apply(String segmentNo, StepRequest step, BooleanSupplier cancelled) {
        return apply(segmentNo, step, new org.eclipse.core.runtime.NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return cancelled.getAsBoolean();
            }
        });
    }

    @Override
    public StepSummary apply(String segmentNo, StepRequest step, org.eclipse.core.runtime.IProgressMonitor monitor) {
        // phases by name: the step's statement is set-based and cannot count while it runs
        org.eclipse.core.runtime.SubMonitor sub = org.eclipse.core.runtime.SubMonitor.convert(monitor, 10);
        sub.subTask(Formats.bind(Messages.Progress_stepFilters));
        List<ResolvedFilter> filters = sources.resolve(step.filters(), today());
        sub.subTask(Formats.bind(step.action() == CriteriaAction.ADD ? Messages.Progress_stepAdding
                : Messages.Progress_stepRemoving));
        sub.worked(1);
        StepSummary done = store.write(s -> {
            StepSummary summary = applyIn(s, segmentNo, step, filters);
            // the next phase named before the work is counted: a line printed now says what runs now
            sub.subTask(Formats.bind(Messages.Progress_stepStoring, summary.stepNo()));
            sub.worked(8);
            return summary;
        }, sub::isCanceled);
        sub.subTask(Formats.bind(Messages.Progress_stepDone, Formats.count(done.added()), Formats.count(done.removed())));
        sub.worked(1);
        return done;
    }

    private StepSummary applyIn(StoreSession s, String segmentNo, StepRequest step, List<ResolvedFilter> filters) {
        SegmentHeader h = s.segments().require(segmentNo);
        int stepNo = beginStep(s, h);
        StepCounts counts = switch (step.action()) {
        case ADD -> s.selection().add(h, template(s, h), step.options(), filters, stepNo, StepKind.CRITERIA);
        case REDUCE, REFINE -> s.selection().remove(segmentNo, step.action(), step.options().entireCompanies(),
                filters, stepNo);
        };
        SegmentCriteriaLine line = criteriaLine(stepNo, step.action(), StepKind.CRITERIA, step.options(), step.filters(),
                describe(step));
        return finishStep(s, h, line, counts);
    }

    /** Drops undone steps (a new step replaces them) and returns the new step's number. */
    private static int beginStep(StoreSession s, SegmentHeader h) {
        List<SegmentCriteriaLine> undone = h.getCriteriaLines().stream().filter(SegmentCriteriaLine::isUndone).toList();
        if (!undone.isEmpty()) {
            s.selection().forget(h.getNo(), undone.get(0).getStepNo());
            h.getCriteriaLines().removeAll(undone);
        }
        return h.getCriteriaLines().size() + 1;
    }

    private StepSummary finishStep(StoreSession s, SegmentHeader h, SegmentCriteriaLine line, StepCounts counts) {
        h.getCriteriaLines().add(line);
        s.segments().update(h);
        s.changed(SegmentaEvents.SEGMENT_CHANGED, h.getNo());
        return new StepSummary(line.getStepNo(), line.getAction(), line.getKind(), counts.added(), counts.removed(),
                counts.skippedAsDuplicate(), counts.skippedAsExcluded(), s.segmentLines().count(h.getNo()));
    }

    private static InteractionTemplate template(StoreSession s, SegmentHeader h) {
        String code = h.getInteractionTemplateCode();
        return code == null || code.isEmpty() ? null : s.interactionTemplates().get(code).orElse(null);
    }

    private static SegmentCriteriaLine criteriaLine(int stepNo, CriteriaAction action, StepKind kind,
            StepOptions options, List<FieldFilter> filters, String description) {
        SegmentCriteriaLine line = SegmentaFactory.eINSTANCE.createSegmentCriteriaLine();
        line.setStepNo(stepNo);
        line.setAction(action);
        line.setKind(kind);
        line.setAllowExistingContacts(options.allowExistingContacts());
        line.setExpandCompanies(options.expandCompanies());
        line.setAllowRelatedCompanies(options.allowRelatedCompanies());
        line.setIgnoreExclusion(options.ignoreExclusion());
        line.setEntireCompanies(options.entireCompanies());
        // the timeline's summary; the filters themselves are kept whole below
        line.setDescription(description.length() <= DESCRIPTION_LENGTH ? description
                : description.substring(0, DESCRIPTION_LENGTH - 1) + "\u2026");
        for (FieldFilter f : filters) {
            CriteriaFilter cf = SegmentaFactory.eINSTANCE.createCriteriaFilter();
            cf.setSource(f.source());
            cf.setField(f.field());
            cf.setExpression(f.expression());
            line.getFilters().add(cf);
        }
        return line;
    }

    private static String describe(StepRequest step) {
        String filters = step.filters().isEmpty() ? Messages.Segments_allContacts
                : step.filters().stream().map(f -> f.source() + "." + f.field() + "=" + f.expression())
                        .collect(Collectors.joining(", "));
        List<String> options = new ArrayList<>();
        StepOptions o = step.options();
        if (o.allowExistingContacts()) {
            options.add(Captions.shown("allowExistingContacts"));
        }
        if (o.expandCompanies()) {
            options.add(Captions.shown("expandCompanies"));
        }
        if (o.allowRelatedCompanies()) {
            options.add(Captions.shown("allowRelatedCompanies"));
        }
        if (o.ignoreExclusion()) {
            options.add(Captions.shown("ignoreExclusion"));
        }
        if (o.entireCompanies()) {
            options.add(Captions.shown("entireCompanies"));
        }
        return Captions.shown(step.action()) + ": " + filters + (options.isEmpty() ? "" : " (" + String.join(", ", options) + ")");
    }

    @Override
    public StepSummary addContacts(String segmentNo, List<String> contactNosAsTyped, String why) {
        // contact Nos. are codes: the same in any case (ct000012 is CT000012)
        List<String> contactNos = contactNosAsTyped.stream().map(org.segmenta.core.rules.Codes::normalise).toList();
        return store.write(s -> {
            for (String no : contactNos) {
                if (!s.contacts().exists(no)) {
                    throw new NotFoundException(Formats.bind(Messages.Segments_noContact, no));
                }
            }
            SegmentHeader h = s.segments().require(segmentNo);
            int stepNo = beginStep(s, h);
            StepCounts counts = s.selection().addContacts(h, template(s, h), contactNos, stepNo);
            SegmentCriteriaLine line = criteriaLine(stepNo, CriteriaAction.ADD, StepKind.MANUAL,
                    new StepOptions(true, false, false, true, false),
                    List.of(new FieldFilter("contact", "no", String.join("|", contactNos))),
                    why + ": " + String.join(", ", contactNos));
            return finishStep(s, h, line, counts);
        });
    }

    @Override
    public StepSummary removeLines(String segmentNo, List<Integer> lineNos) {
        return store.write(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            List<String> contacts = new ArrayList<>();
            for (Integer no : lineNos) {
                contacts.add(s.segmentLines().get(segmentNo, no).orElseThrow(() -> new NotFoundException(Formats.bind(Messages.Segments_noLineNothingRemoved, segmentNo,
                        no)))
                        .getContactNo());
            }
            int stepNo = beginStep(s, h);
            StepCounts counts = s.selection().removeLines(segmentNo, lineNos, stepNo);
            SegmentCriteriaLine line = criteriaLine(stepNo, CriteriaAction.REDUCE, StepKind.MANUAL, StepOptions.DEFAULTS,
                    contacts.isEmpty() ? List.of()
                            : List.of(new FieldFilter("contact", "no", String.join("|", contacts))),
                    contacts.isEmpty() ? Messages.Segments_removedByHandNoLine
                            : Formats.bind(Messages.Segments_removedByHand, String.join(", ", contacts)));
            return finishStep(s, h, line, counts);
        });
    }

    private static List<SegmentCriteriaLine> activeSteps(SegmentHeader h) {
        return h.getCriteriaLines().stream().filter(l -> !l.isUndone()).toList();
    }

    @Override
    public Optional<StepSummary> undo(String segmentNo) {
        return store.write(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            List<SegmentCriteriaLine> active = activeSteps(h);
            if (active.isEmpty()) {
                return Optional.<StepSummary>empty();
            }
            SegmentCriteriaLine last = active.get(active.size() - 1);
            StepCounts c = s.selection().undo(segmentNo, last.getStepNo());
            last.setUndone(true);
            s.segments().update(h);
            s.changed(SegmentaEvents.SEGMENT_CHANGED, segmentNo);
            return Optional.of(new StepSummary(last.getStepNo(), last.getAction(), last.getKind(), c.added(),
                    c.removed(), 0, 0, s.segmentLines().count(segmentNo)));
        });
    }

    @Override
    public Optional<StepSummary> redo(String segmentNo) {
        return store.write(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            Optional<SegmentCriteriaLine> next = h.getCriteriaLines().stream().filter(SegmentCriteriaLine::isUndone)
                    .findFirst();
            if (next.isEmpty()) {
                return Optional.<StepSummary>empty();
            }
            SegmentCriteriaLine step = next.get();
            StepCounts c = s.selection().redo(segmentNo, step.getStepNo());
            step.setUndone(false);
            s.segments().update(h);
            s.changed(SegmentaEvents.SEGMENT_CHANGED, segmentNo);
            return Optional.of(new StepSummary(step.getStepNo(), step.getAction(), step.getKind(), c.added(),
                    c.removed(), 0, 0, s.segmentLines().count(segmentNo)));
        });
    }

    @Override
    public List<SegmentCriteriaLine> steps(String segmentNo) {
        return store.read(s -> List.copyOf(s.segments().require(segmentNo).getCriteriaLines()));
    }

    @Override
    public String saveCriteria(String segmentNo, String typedCode, String description) {
        String code = Codes.normalise(typedCode);
        if (code == null) {
            throw new IllegalArgumentException(Messages.Segments_savedCriteriaNeedACode);
        }
        return store.write(s -> {
            SegmentHeader h = s.segments().require(segmentNo);
            List<SegmentCriteriaLine> active = activeSteps(h);
            if (active.stream().noneMatch(l -> l.getKind() != StepKind.REUSED_LOGGED_SEGMENT)) {
                throw new IllegalStateException(Formats.bind(Messages.Segments_noCriteriaToSave, segmentNo));
            }
            SavedSegmentCriteria saved = SegmentaFactory.eINSTANCE.createSavedSegmentCriteria();
            saved.setCode(code);
            saved.setDescription(description);
            for (SegmentCriteriaLine l : active) {
                saved.getLines().add(EcoreUtil.copy(l));
            }
            s.savedCriteria().insert(saved);
            return code;
        });
    }

    @Override
    public List<StepSummary> reuseCriteria(String segmentNo, String typedCode) {
        String code = Codes.normalise(typedCode);
        return store.write(s -> {
            SavedSegmentCriteria saved = s.savedCriteria().get(code == null ? "" : code)
                    .orElseThrow(() -> new NotFoundException(s.savedCriteria().count() == 0
                            ? Formats.bind(Messages.Segments_noSavedCriteriaYet, code)
                            : Formats.bind(Messages.Segments_noSavedCriteria, code, s.savedCriteria().list().stream()
                                    .map(SavedSegmentCriteria::getCode).collect(Collectors.joining(", ")))));
            List<StepSummary> done = new ArrayList<>();
            for (SegmentCriteriaLine l : saved.getLines()) {
                if (l.getKind() == StepKind.REUSED_LOGGED_SEGMENT && l.getLoggedSegmentEntryNo() != null) {
                    done.add(reuseLoggedIn(s, segmentNo, l.getLoggedSegmentEntryNo(), l.isIgnoreExclusion()));
                    continue;
                }
                StepOptions options = new StepOptions(l.isAllowExistingContacts(), l.isExpandCompanies(),
                        l.isAllowRelatedCompanies(), l.isIgnoreExclusion(), l.isEntireCompanies());
                List<FieldFilter> filters = l.getFilters().stream()
                        .map(f -> new FieldFilter(f.getSource(), f.getField(), f.getExpression())).toList();
                StepRequest request = new StepRequest(l.getAction(), options, filters);
                done.add(applyIn(s, segmentNo, request, sources.resolve(filters, today())));
            }
            return done;
        });
    }

    @Override
    public StepSummary reuseLoggedSegment(String segmentNo, long loggedSegmentEntryNo, boolean ignoreExclusion) {
        return store.write(s -> reuseLoggedIn(s, segmentNo, loggedSegmentEntryNo, ignoreExclusion));
    }

    private StepSummary reuseLoggedIn(StoreSession s, String segmentNo, long entryNo, boolean ignoreExclusion) {
        if (!s.loggedSegments().exists(entryNo)) {
            throw new NotFoundException(Formats.bind(Messages.Segments_noLoggedSegment, entryNo));
        }
        SegmentHeader h = s.segments().require(segmentNo);
        int stepNo = beginStep(s, h);
        StepCounts counts = s.selection().addFromLoggedSegment(h, template(s, h), entryNo, ignoreExclusion, stepNo);
        StepOptions options = ignoreExclusion ? StepOptions.DEFAULTS.withIgnoreExclusion() : StepOptions.DEFAULTS;
        SegmentCriteriaLine line = criteriaLine(stepNo, CriteriaAction.ADD, StepKind.REUSED_LOGGED_SEGMENT, options,
                List.of(), Formats.bind(ignoreExclusion ? Messages.Segments_reusedIgnoringExclusion : Messages.Segments_reused,
                        entryNo));
        line.setLoggedSegmentEntryNo(entryNo);
        return finishStep(s, h, line, counts);
    }

    @Override
    public List<SegmentLine> lines(String segmentNo, int offset, int limit) {
        return store.read(s -> s.segmentLines().page(segmentNo, offset, limit));
    }

    @Override
    public List<SegmentLine> lines(String segmentNo, org.segmenta.core.segment.LineOrder order, int offset, int limit) {
        return store.read(s -> s.segmentLines().page(segmentNo, order, offset, limit));
    }

    @Override
    public int[] lineNos(String segmentNo, org.segmenta.core.segment.LineOrder order) {
        return store.read(s -> s.segmentLines().lineNos(segmentNo, order));
    }

    @Override
    public List<SegmentLine> lines(String segmentNo, int[] lineNos) {
        return store.read(s -> s.segmentLines().byLineNos(segmentNo, lineNos));
    }

    @Override
    public long lineCount(String segmentNo) {
        return store.read(s -> s.segmentLines().count(segmentNo));
    }

    @Override
    public SegmentLine updateLine(SegmentLine line) {
        return store.write(s -> {
            Codes.normaliseAll(line);
            SegmentLine stored = s.segmentLines().get(line.getSegmentNo(), line.getLineNo())
                    .orElseThrow(() -> new NotFoundException("Line " + line.getLineNo() + " of segment "
                            + line.getSegmentNo() + " does not exist (any more: a step may have removed it). Refresh"
                            + " the segment."));
            checkChangedCodes(s, stored, line);
            s.changed(SegmentaEvents.SEGMENT_CHANGED, line.getSegmentNo());
            return s.segmentLines().update(line);
        });
    }

    /** Refuses the codes that a save changes and that are not set up; codes stored before are left alone. */
    private static void checkChangedCodes(StoreSession s, EObject stored, EObject changed) {
        for (EAttribute a : changed.eClass().getEAllAttributes()) {
            if (!a.isMany() && CodeCheck.checks(a)
                    && (stored == null || !java.util.Objects.equals(stored.eGet(a), changed.eGet(a)))) {
                CodeCheck.check(s, a, changed.eGet(a));
            }
        }
    }

    @Override
    public SegmentLine changeLine(String segmentNo, int lineNo, Map<EAttribute, ?> values) {
        return store.write(s -> {
            SegmentLine line = s.segmentLines().get(segmentNo, lineNo).orElseThrow(() -> new NotFoundException(
                    Formats.bind(Messages.Segments_noLine, segmentNo, lineNo)));
            for (Map.Entry<EAttribute, ?> change : values.entrySet()) {
                EAttribute field = change.getKey();
                if (field.getEContainingClass() != Literals.SEGMENT_LINE || field.isMany() || !field.isChangeable()
                        || FIXED_LINE_FIELDS.contains(field)) {
                    throw new IllegalArgumentException(Formats.bind(Messages.Segments_lineFieldFixed, field.getName()));
                }
                Object raw = change.getValue();
                Class<?> type = field.getEAttributeType().getInstanceClass();
                Object value = raw instanceof String text && (type != String.class || Codes.isCode(field))
                        ? ModelFields.value(field, text)
                        : raw;
                if (value == null && type.isPrimitive()) {
                    value = ModelFields.value(field, "");
                }
                CodeCheck.check(s, field, value);
                line.eSet(field, value);
            }
            s.changed(SegmentaEvents.SEGMENT_CHANGED, segmentNo);
            return s.segmentLines().update(line);
        });
    }

    /** What identifies a line and where it came from: not changed by hand. */
    private static final List<EAttribute> FIXED_LINE_FIELDS = List.of(Literals.SEGMENT_LINE__SEGMENT_NO,
            Literals.SEGMENT_LINE__LINE_NO, Literals.SEGMENT_LINE__CONTACT_NO, Literals.SEGMENT_LINE__CONTACT_COMPANY_NO,
            Literals.SEGMENT_LINE__STEP_NO, Literals.SEGMENT_LINE__STEP_KIND,
            Literals.SEGMENT_LINE__REUSED_LOGGED_SEGMENT_ENTRY_NO);

    @Override
    public void delete(String segmentNo) {
        store.write(s -> {
            s.segments().delete(segmentNo);
            s.changed(SegmentaEvents.SEGMENTS_CHANGED, segmentNo);
            s.changed(SegmentaEvents.SEGMENT_CHANGED, segmentNo);
            return null;
        });
    }
}

package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmenta.core.criteria.ContactLink;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.criteria.ResolvedFilter;
import org.segmenta.core.segment.LiveCount;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.segment.StepSummary;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentCriteriaLine;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.StepKind;
import org.segmenta.testing.World;

/**
 * The selection engine on generated data in a real Derby database: every step's result is compared with the same
 * step computed in Java on the same contacts (Add = union, Refine = intersection, Reduce = difference), and undo,
 * redo, replay and provenance are checked on the full line state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentEngineTest {

    private World w;

    @BeforeAll
    void world(@TempDir Path dir) {
        w = new World(dir, 400, 20261129L);
    }

    @AfterAll
    void close() {
        w.close();
    }

    // ---- the same step computed in Java --------------------------------------------------------------------

    private boolean matches(Contact c, List<ResolvedFilter> filters) {
        for (ResolvedFilter f : filters) {
            List<EObject> records = switch (f.source().link()) {
            case SELF -> List.of(c);
            case CONTACT -> related(c, f);
            case COMPANY -> w.company(c) == null ? List.of() : related(w.company(c), f);
            };
            boolean any = records.stream().anyMatch(r -> f.filter().matches(value(r, f)));
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** Filters of one non-contact source must hold on the same record: group them. */
    private boolean matchesGrouped(Contact c, List<ResolvedFilter> filters) {
        Map<String, List<ResolvedFilter>> bySource = new TreeMap<>();
        for (ResolvedFilter f : filters) {
            bySource.computeIfAbsent(f.source().id(), k -> new ArrayList<>()).add(f);
        }
        for (List<ResolvedFilter> group : bySource.values()) {
            ContactLink link = group.get(0).source().link();
            if (link == ContactLink.SELF) {
                if (!matches(c, group)) {
                    return false;
                }
                continue;
            }
            Contact owner = link == ContactLink.COMPANY ? w.company(c) : c;
            List<EObject> records = owner == null ? List.of() : related(owner, group.get(0));
            if (records.stream().noneMatch(r -> group.stream().allMatch(f -> f.filter().matches(value(r, f))))) {
                return false;
            }
        }
        return true;
    }

    private static List<EObject> related(Contact c, ResolvedFilter f) {
        if (f.source().recordClass() == c.eClass()) {
            return List.of(c);
        }
        for (EStructuralFeature ref : c.eClass().getEAllContainments()) {
            if (ref.getEType() == f.source().recordClass()) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) c.eGet(ref);
                return list;
            }
        }
        return List.of(); // no interaction log in this world
    }

    private static Object value(EObject r, ResolvedFilter f) {
        Object v = r.eGet(f.field().attribute());
        return v instanceof Enumerator e ? e.getLiteral() : v;
    }

    private Set<String> expected(List<FieldFilter> filters) {
        List<ResolvedFilter> resolved = w.sources.resolve(filters, World.TODAY);
        return w.contacts.values().stream().filter(c -> matchesGrouped(c, resolved)).map(Contact::getNo)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean excluded(Contact c) {
        return c.isExcludeFromSegment() || c.isPrivacyBlocked();
    }

    private Set<String> lineContacts(String segmentNo) {
        return w.segments.lines(segmentNo, 0, Integer.MAX_VALUE).stream().map(SegmentLine::getContactNo)
                .collect(Collectors.toSet());
    }

    /** The full state of every line, as comparable text. */
    private List<String> state(String segmentNo) {
        List<String> out = new ArrayList<>();
        for (SegmentLine l : w.segments.lines(segmentNo, 0, Integer.MAX_VALUE)) {
            StringBuilder b = new StringBuilder();
            for (var a : l.eClass().getEAllAttributes()) {
                b.append(a.getName()).append('=').append(l.eGet(a)).append(';');
            }
            out.add(b.toString());
        }
        return out;
    }

    private static FieldFilter f(String source, String field, String expression) {
        return new FieldFilter(source, field, expression);
    }

    private String newSegment() {
        return w.segments.create("Engine test").getNo();
    }

    // ---- tests ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = { "contact;city;Copenhagen|Aarhus", "contact;city;@copenhagen",
            "contact;city;<>Odense", "contact;city;A*", "contact;city;*e*", "contact;city;<>*e*", "contact;postCode;2000..4999",
            "contact;postCode;..1999", "contact;jobTitle;''", "contact;jobTitle;<>''", "contact;type;Person",
            "contact;excludeFromSegment;Yes", "contact;email;''", "contact;countryRegionCode;se",
            "contact;no;CT0000*|CT000100..CT000120", "mailingGroup;mailingGroupCode;XMAS|VIP",
            "industryGroup;industryGroupCode;RETAIL", "company;city;Aarhus", "contact;postCode;>=5000&<=6000",
            "contact;correspondenceType;Email|Hard Copy" })
    void theStoreCountsWhatTheFilterMeans(String source, String field, String expression) {
        String seg = newSegment();
        List<FieldFilter> filters = List.of(f(source, field, expression));
        Set<String> expected = expected(filters);
        LiveCount count = w.segments.count(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, filters));
        assertEquals(expected.size(), count.matches(), "matches of " + expression);
        long notExcluded = expected.stream().map(w.contacts::get).filter(c -> !excluded(c)).count();
        assertEquals(notExcluded, count.newLines());
        assertEquals(expected.size() - notExcluded, count.excluded());
        assertTrue(expected.size() > 0 || expression.contains("''"), "the world has matches for " + expression);
    }

    @Test
    void addIsUnionRefineIsIntersectionReduceIsDifference() {
        String seg = newSegment();
        List<FieldFilter> a = List.of(f("contact", "city", "Copenhagen|Aarhus"));
        List<FieldFilter> b = List.of(f("mailingGroup", "mailingGroupCode", "XMAS"));
        List<FieldFilter> c = List.of(f("contact", "type", "Company"));
        Predicate<String> in = no -> !excluded(w.contacts.get(no));
        Set<String> ea = expected(a).stream().filter(in).collect(Collectors.toSet());
        Set<String> eb = expected(b).stream().filter(in).collect(Collectors.toSet());

        StepSummary s1 = w.segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, a));
        assertEquals(ea, lineContacts(seg));
        assertEquals(ea.size(), s1.added());
        assertEquals(expected(a).size() - ea.size(), s1.skippedAsExcluded());

        StepSummary s2 = w.segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, b));
        Set<String> union = new HashSet<>(ea);
        union.addAll(eb);
        assertEquals(union, lineContacts(seg), "Add is union");
        Set<String> both = new HashSet<>(ea);
        both.retainAll(eb);
        assertEquals(both.size(), s2.skippedAsDuplicate());
        assertEquals(union.size(), w.segments.lineCount(seg), "no contact twice");

        Set<String> companies = expected(c);
        w.segments.apply(seg, new StepRequest(CriteriaAction.REFINE, StepOptions.DEFAULTS, c));
        Set<String> refined = new HashSet<>(union);
        refined.retainAll(companies);
        assertEquals(refined, lineContacts(seg), "Refine is intersection");

        Set<String> aarhus = expected(List.of(f("contact", "city", "Aarhus")));
        StepSummary s4 = w.segments.apply(seg, new StepRequest(CriteriaAction.REDUCE, StepOptions.DEFAULTS,
                List.of(f("contact", "city", "Aarhus"))));
        Set<String> reduced = new HashSet<>(refined);
        reduced.removeAll(aarhus);
        assertEquals(reduced, lineContacts(seg), "Reduce is difference");
        assertEquals(refined.size() - reduced.size(), s4.removed());
        assertEquals(4, w.segments.steps(seg).size());
    }

    @Test
    void addOptionsOfTheReferenceDesign() {
        List<FieldFilter> vip = List.of(f("mailingGroup", "mailingGroupCode", "VIP"), f("contact", "type", "Person"));
        Set<String> persons = expected(vip);

        String related = newSegment();
        w.segments.apply(related, new StepRequest(CriteriaAction.ADD, new StepOptions(false, false, true, true, false), vip));
        Set<String> withCompanies = new HashSet<>(persons);
        persons.forEach(p -> {
            if (w.contacts.get(p).getCompanyNo() != null) {
                withCompanies.add(w.contacts.get(p).getCompanyNo());
            }
        });
        assertEquals(withCompanies, lineContacts(related), "Allow Related Companies adds each person's company");

        String expand = newSegment();
        w.segments.apply(expand, new StepRequest(CriteriaAction.ADD, new StepOptions(false, true, false, true, false), vip));
        Set<String> companyNos = persons.stream().map(p -> w.contacts.get(p).getCompanyNo()).filter(x -> x != null)
                .collect(Collectors.toSet());
        Set<String> expanded = new HashSet<>(persons);
        w.contacts.values().stream().filter(x -> companyNos.contains(x.getCompanyNo()) || companyNos.contains(x.getNo()))
                .forEach(x -> expanded.add(x.getNo()));
        assertEquals(expanded, lineContacts(expand), "Expand Companies adds every contact of the companies");

        String twice = newSegment();
        w.segments.apply(twice, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS.withIgnoreExclusion(), vip));
        StepSummary again = w.segments.apply(twice,
                new StepRequest(CriteriaAction.ADD, new StepOptions(true, false, false, true, false), vip));
        assertEquals(persons.size(), again.added(), "Allow Existing Contacts adds them again");
        assertEquals(2L * persons.size(), w.segments.lineCount(twice));
    }

    @Test
    void entireCompaniesReducesAndRefinesWholeCompanies() {
        String seg = newSegment();
        w.segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS.withIgnoreExclusion(),
                List.of(f("contact", "city", "Copenhagen|Aarhus|Odense"))));
        Set<String> before = lineContacts(seg);
        List<FieldFilter> buyers = List.of(f("contact", "jobTitle", "Buyer"));
        Set<String> buyerCompanies = expected(buyers).stream().map(no -> key(w.contacts.get(no))).collect(Collectors.toSet());

        String refine = newSegment();
        w.segments.apply(refine, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS.withIgnoreExclusion(),
                List.of(f("contact", "city", "Copenhagen|Aarhus|Odense"))));
        w.segments.apply(refine, new StepRequest(CriteriaAction.REFINE, StepOptions.DEFAULTS.withEntireCompanies(), buyers));
        Set<String> kept = before.stream().filter(no -> buyerCompanies.contains(key(w.contacts.get(no))))
                .collect(Collectors.toSet());
        assertEquals(kept, lineContacts(refine), "Refine with Entire Companies keeps whole companies with a buyer");
        assertTrue(kept.stream().anyMatch(no -> w.contacts.get(no).getType() == ContactType.COMPANY),
                "companies themselves stay, though they are no buyers");

        w.segments.apply(seg, new StepRequest(CriteriaAction.REDUCE, StepOptions.DEFAULTS.withEntireCompanies(), buyers));
        Set<String> left = new HashSet<>(before);
        left.removeAll(kept);
        assertEquals(left, lineContacts(seg), "Reduce with Entire Companies removes whole companies with a buyer");
    }

    private static String key(Contact c) {
        return c.getCompanyNo() != null ? c.getCompanyNo() : c.getNo();
    }

    @Test
    void undoRestoresTheExactLineStateAndRedoTheStep() {
        String seg = newSegment();
        w.segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, List.of(f("contact", "city", "Kolding|Randers"))));
        // a line override and a personalised document, which the reference design loses on Go Back
        SegmentLine first = w.segments.lines(seg, 0, 1).get(0);
        first.setDescription("Personal note for this contact");
        first.setAttachmentNo(4711L);
        first.setAttachmentInherited(false);
        first.setMerged(true);
        w.segments.updateLine(first);
        List<String> before = state(seg);

        StepSummary reduce = w.segments.apply(seg, new StepRequest(CriteriaAction.REDUCE, StepOptions.DEFAULTS,
                List.of(f("contact", "city", "Kolding"))));
        assertTrue(reduce.removed() > 0);
        List<String> after = state(seg);
        assertNotEquals(before, after);

        assertEquals(reduce.stepNo(), w.segments.undo(seg).orElseThrow().stepNo());
        assertEquals(before, state(seg), "undo restores every field of every line");
        assertTrue(w.segments.steps(seg).get(1).isUndone());

        w.segments.redo(seg).orElseThrow();
        assertEquals(after, state(seg), "redo gives exactly what the step gave");
        assertFalse(w.segments.redo(seg).isPresent(), "nothing left to redo");

        // undo both steps, then a new step drops the redo
        w.segments.undo(seg);
        w.segments.undo(seg);
        assertEquals(0, w.segments.lineCount(seg));
        assertFalse(w.segments.undo(seg).isPresent());
        w.segments.redo(seg);
        assertEquals(before.size(), w.segments.lineCount(seg), "redo of the Add brings its lines back");
        w.segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, List.of(f("contact", "city", "Esbjerg"))));
        assertFalse(w.segments.redo(seg).isPresent(), "a new step replaces the undone one");
        assertEquals(2, w.segments.steps(seg).size());
    }

    @Test
    void replayedCriteriaGiveTheOriginalResultWithEveryOption() {
        String original = newSegment();
        List<StepRequest> steps = List.of(
                new StepRequest(CriteriaAction.ADD, new StepOptions(false, true, false, false, false),
                        List.of(f("contact", "city", "Copenhagen|Odense"))),
                new StepRequest(CriteriaAction.REFINE, StepOptions.DEFAULTS.withEntireCompanies(),
                        List.of(f("contact", "jobTitle", "Buyer"))),
                new StepRequest(CriteriaAction.REDUCE, StepOptions.DEFAULTS, List.of(f("contact", "countryRegionCode", "SE"))));
        for (StepRequest s : steps) {
            w.segments.apply(original, s);
        }
        w.segments.saveCriteria(original, "BUYERS", "Buyers of Copenhagen and Odense companies");
        String replay = newSegment();
        List<StepSummary> done = w.segments.reuseCriteria(replay, "BUYERS");
        assertEquals(3, done.size());
        assertEquals(lineContacts(original), lineContacts(replay));
        SegmentCriteriaLine refine = w.segments.steps(replay).get(1);
        assertEquals(CriteriaAction.REFINE, refine.getAction());
        assertTrue(refine.isEntireCompanies(), "the reference design drops this option on replay; we keep it");
    }

    @Test
    void everyLineKnowsTheStepThatAddedIt() {
        String seg = newSegment();
        w.segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, List.of(f("contact", "city", "Aalborg"))));
        String extra = w.contacts.values().stream().filter(c -> "Esbjerg".equals(c.getCity())).findFirst().orElseThrow().getNo();
        w.segments.addContacts(seg, List.of(extra), "Added by hand");
        for (SegmentLine l : w.segments.lines(seg, 0, Integer.MAX_VALUE)) {
            if (l.getContactNo().equals(extra)) {
                assertEquals(2, l.getStepNo());
                assertEquals(StepKind.MANUAL, l.getStepKind());
            } else {
                assertEquals(1, l.getStepNo());
                assertEquals(StepKind.CRITERIA, l.getStepKind());
                assertEquals("Aalborg", w.contacts.get(l.getContactNo()).getCity());
            }
        }
        List<Integer> lineNos = w.segments.lines(seg, 0, Integer.MAX_VALUE).stream().map(SegmentLine::getLineNo).toList();
        assertEquals(lineNos.stream().sorted().toList(), lineNos);
        assertEquals(10000, lineNos.get(0));
        assertEquals(new HashSet<>(lineNos).size(), lineNos.size(), "line numbers are unique");
    }

    @Test
    void hundredsOfContactsAddedByHandAreRecordedAndUndone() {
        String seg = newSegment();
        // 300 Nos. joined by '|' are about 2,700 characters: more than a criteria filter held before migration 10
        List<String> typed = w.contacts.values().stream()
                .filter(c -> !c.isExcludeFromSegment() && !c.isPrivacyBlocked())
                .map(Contact::getNo).sorted().limit(300).toList();
        assertEquals(300, typed.size());
        w.segments.addContacts(seg, typed.stream().map(no -> no.toLowerCase(java.util.Locale.ROOT)).toList(), "Pasted");
        assertEquals(new HashSet<>(typed), new HashSet<>(contactsOf(seg)));
        SegmentCriteriaLine step = w.segments.get(seg).orElseThrow().getCriteriaLines().get(0);
        assertEquals(String.join("|", typed), step.getFilters().get(0).getExpression());
        w.segments.undo(seg).orElseThrow();
        assertEquals(0, w.segments.lineCount(seg));
        w.segments.redo(seg).orElseThrow();
        assertEquals(new HashSet<>(typed), new HashSet<>(contactsOf(seg)));
    }

    private List<String> contactsOf(String seg) {
        return w.segments.lines(seg, 0, Integer.MAX_VALUE).stream().map(SegmentLine::getContactNo).toList();
    }

    @Test
    void aLiveCountChangesNothing() {
        String seg = newSegment();
        w.segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS, List.of(f("contact", "city", "Odense"))));
        List<String> before = state(seg);
        LiveCount c = w.segments.count(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS,
                List.of(f("contact", "city", "Odense|Aarhus"))));
        assertEquals(before, state(seg));
        assertEquals(before.size(), c.alreadyInSegment());
        StepSummary applied = w.segments.apply(seg, new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS,
                List.of(f("contact", "city", "Odense|Aarhus"))));
        assertEquals(c.newLines(), applied.added());
    }
}

package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.internal.InteractionServiceImpl;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogProblem;
import org.segmenta.core.interaction.LogRefusedException;
import org.segmenta.core.interaction.LogResult;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.model.Contact;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.Evaluation;
import org.segmenta.model.InteractionGroup;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.Salesperson;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.testing.World;

/** Header defaults, Log and everything after it, on a real Derby database with the real Word merge service. */
class InteractionServiceTest extends InteractionFixture {

    InteractionServiceTest() {
        super(60, 7L);
    }

    private String segmentOf(String city) {
        SegmentHeader h = w.segments.create("Letters to " + city);
        w.store.write(s -> {
            SegmentHeader x = s.segments().require(h.getNo());
            x.setSalespersonCode("JO");
            return s.segments().update(x);
        });
        w.segments.apply(h.getNo(), new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS,
                List.of(new FieldFilter("contact", "city", city))));
        return h.getNo();
    }

    @Test
    void aTemplateSetsTheHeaderAndChangesReachOnlyLinesOnItsTemplate() throws Exception {
        letterTemplate("bouke_macword2011.docx", CorrespondenceType.HARD_COPY);
        String seg = segmentOf("Odense");
        SegmentHeader h = interactions.chooseTemplate(seg, "LETTER", true);
        assertEquals(0, new BigDecimal("2.50").compareTo(h.getUnitCost()));
        assertEquals(15, h.getUnitDuration());
        List<SegmentLine> lines = w.segments.lines(seg, 0, 1000);
        assertTrue(lines.size() > 3);
        assertTrue(lines.stream().allMatch(l -> "LETTER".equals(l.getInteractionTemplateCode())
                && new BigDecimal("2.50").compareTo(l.getCost()) == 0));

        w.store.write(s -> {
            InteractionTemplate call = World.F.createInteractionTemplate();
            call.setCode("CALL");
            call.setDescription("Phone call");
            call.setInteractionGroupCode("LETTERS");
            return s.interactionTemplates().insert(call);
        });
        SegmentLine own = lines.get(0);
        own.setInteractionTemplateCode("CALL");
        w.segments.updateLine(own);
        assertEquals(lines.size() - 1, interactions.linesFollowing(seg, Literals.SEGMENT_HEADER__UNIT_COST));
        interactions.changeHeader(seg, Literals.SEGMENT_HEADER__UNIT_COST, new BigDecimal("4.00"), true);
        for (SegmentLine l : w.segments.lines(seg, 0, 1000)) {
            BigDecimal expected = l.getLineNo() == own.getLineNo() ? new BigDecimal("2.50") : new BigDecimal("4.00");
            assertEquals(0, expected.compareTo(l.getCost()), "line " + l.getLineNo());
        }
        assertEquals(0, interactions.linesFollowing(seg, Literals.SEGMENT_HEADER__SUBJECT_DEFAULT),
                "Subject (Default) has its own rule");
    }

    @Test
    void logCreatesAnEntryPerLineWithItsLettersAndRemovesTheSegment() throws Exception {
        letterTemplate("bouke_macword2011.docx", CorrespondenceType.HARD_COPY);
        String seg = segmentOf("Aarhus");
        interactions.chooseTemplate(seg, "LETTER", true);
        List<SegmentLine> lines = w.segments.lines(seg, 0, 1000);
        long privacy = lines.stream().filter(l -> w.contacts.get(l.getContactNo()).isPrivacyBlocked()).count();

        List<LogProblem> problems = interactions.validate(seg, true);
        assertTrue(problems.stream().noneMatch(p -> p.severity() == LogProblem.Severity.ERROR), problems.toString());
        LogResult r = interactions.log(seg, new LogOptions(true, true, "TESTER"));

        assertEquals(lines.size() - privacy, r.entries());
        assertEquals(lines.size(), r.documents(), "a merged letter per line");
        assertTrue(w.segments.get(seg).isEmpty(), "the open segment is gone");
        LoggedSegment ls = interactions.loggedSegments(0, 10).get(0);
        assertEquals(r.loggedSegmentEntryNo(), ls.getEntryNo());
        assertEquals(seg, ls.getSegmentNo());
        assertEquals("TESTER", ls.getUserId());
        assertEquals(r.entries(), ls.getNoOfInteractions());

        List<InteractionLogEntry> entries = interactions.entries(
                InteractionLogQuery.all().withLoggedSegmentEntryNo(ls.getEntryNo()));
        assertEquals(r.entries(), entries.size());
        InteractionLogEntry e = entries.stream().filter(x -> w.contacts.get(x.getContactNo()).getFirstName() != null)
                .findFirst().orElseThrow();
        Contact c = w.contacts.get(e.getContactNo());
        try (InputStream in = interactions.openDocument(e.getEntryNo())) {
            String text = documentText(in.readAllBytes());
            assertTrue(text.contains(c.getPostCode() + " Aarhus"), "the letter that contact got holds its address: " + text);
            assertTrue(text.contains("Dear " + c.getFirstName()), "and greets that person: " + text);
        }
        // the follow-up segment has the same contacts (re-applying exclusions)
        assertNotNull(r.followUpSegmentNo());
        assertEquals(entries.stream().filter(x -> !w.contacts.get(x.getContactNo()).isExcludeFromSegment()).count(),
                w.segments.lineCount(r.followUpSegmentNo()));
        assertThrows(RuntimeException.class, () -> interactions.log(seg, new LogOptions(false, false, "TESTER")),
                "a segment can be logged once");
    }

    private static String documentText(byte[] docx) throws Exception {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        return "";
    }

    @Test
    void everyEntryCarriesTheFieldsOfItsLineForTenThousandLines() throws Exception {
        World big = new World(dir.resolve("big"), 3300, 11L);
        try {
            InteractionServiceImpl service = new InteractionServiceImpl(big.store, big.segments, merge,
                    Clock.systemUTC());
            big.store.write(s -> {
                Salesperson sp = World.F.createSalesperson();
                sp.setCode("JO");
                s.salespeople().insert(sp);
                InteractionGroup g = World.F.createInteractionGroup();
                g.setCode("CALLS");
                s.interactionGroups().insert(g);
                InteractionTemplate t = World.F.createInteractionTemplate();
                t.setCode("CALL");
                t.setInteractionGroupCode("CALLS");
                t.setUnitCost(new BigDecimal("0.75"));
                t.setUnitDuration(3);
                t.setCorrespondenceType(CorrespondenceType.NONE);
                t.setIgnoreContactCorrespondenceType(false);
                return s.interactionTemplates().insert(t);
            });
            SegmentHeader h = big.segments.create("Phone campaign");
            big.store.write(s -> {
                SegmentHeader x = s.segments().require(h.getNo());
                x.setSalespersonCode("JO");
                return s.segments().update(x);
            });
            service.chooseTemplate(h.getNo(), "CALL", false);
            big.segments.apply(h.getNo(), new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS.withIgnoreExclusion(), List.of()));
            // overrides on some lines, which Log must carry
            List<SegmentLine> lines = big.segments.lines(h.getNo(), 0, Integer.MAX_VALUE);
            assertTrue(lines.size() >= 10_000, "lines: " + lines.size());
            for (int i = 0; i < lines.size(); i += 97) {
                SegmentLine l = lines.get(i);
                l.setDescription("Special " + i);
                l.setEvaluation(Evaluation.POSITIVE);
                l.setCost(new BigDecimal("9.99"));
                big.segments.updateLine(l);
            }
            Map<String, SegmentLine> byContact = new HashMap<>();
            big.segments.lines(h.getNo(), 0, Integer.MAX_VALUE).forEach(l -> byContact.put(l.getContactNo(), l));
            LogResult r = service.log(h.getNo(), new LogOptions(false, false, "BULK"));
            long privacy = byContact.keySet().stream().filter(no -> big.contacts.get(no).isPrivacyBlocked()).count();
            assertEquals(byContact.size() - privacy, r.entries());

            List<InteractionLogEntry> entries = service.entries(
                    InteractionLogQuery.all().withLoggedSegmentEntryNo(r.loggedSegmentEntryNo()));
            assertEquals(r.entries(), entries.size());
            for (InteractionLogEntry e : entries) {
                SegmentLine l = byContact.get(e.getContactNo());
                assertEquals(l.getDescription(), e.getDescription());
                assertEquals(l.getSalespersonCode(), e.getSalespersonCode());
                assertEquals(l.getInteractionTemplateCode(), e.getInteractionTemplateCode());
                assertEquals(l.getInteractionGroupCode(), e.getInteractionGroupCode());
                assertEquals(0, l.getCost().compareTo(e.getCost()));
                assertEquals(l.getDuration(), e.getDuration());
                assertEquals(l.getDate(), e.getDate());
                assertEquals(l.getEvaluation(), e.getEvaluation());
                assertEquals(l.getLanguageCode(), e.getInteractionLanguageCode());
                assertEquals(l.getContactCompanyNo(), e.getContactCompanyNo());
                assertEquals(h.getNo(), e.getSegmentNo());
                assertEquals("BULK", e.getUserId());
                assertEquals(r.loggedSegmentEntryNo(), e.getLoggedSegmentEntryNo());
            }
        } finally {
            big.close();
        }
    }

    @Test
    void aFailureAtLineKLeavesTheDatabaseExactlyAsBefore() throws Exception {
        letterTemplate("poi_52449_danish.docx", CorrespondenceType.HARD_COPY);
        String seg = segmentOf("Copenhagen");
        interactions.chooseTemplate(seg, "LETTER", true);
        List<SegmentLine> lines = w.segments.lines(seg, 0, 1000);
        String k = lines.get(lines.size() / 2).getContactNo();
        w.store.jdbc(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE interaction_log_entry ADD CONSTRAINT refuse_k CHECK (contact_no <> '" + k + "')");
            }
            return null;
        });
        long attachmentsBefore = attachments();
        List<String> before = lineState(seg);

        assertThrows(RuntimeException.class, () -> interactions.log(seg, new LogOptions(true, true, "TESTER")));

        assertEquals(before, lineState(seg), "every line as it was, none with a merged letter");
        assertTrue(w.segments.get(seg).isPresent());
        assertEquals(0, interactions.loggedSegments(0, 10).size());
        assertEquals(0, interactions.countEntries(InteractionLogQuery.all()));
        assertEquals(attachmentsBefore, attachments(), "no letter stored");
        assertEquals(1, w.segments.list().size(), "no follow-up segment");

        w.store.jdbc(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE interaction_log_entry DROP CONSTRAINT refuse_k");
            }
            return null;
        });
        LogResult r = interactions.log(seg, new LogOptions(true, false, "TESTER"));
        assertEquals(1, r.loggedSegmentEntryNo(), "the failed Log used up no number");
        assertEquals(1L, interactions.entries(InteractionLogQuery.all()).stream().mapToLong(InteractionLogEntry::getEntryNo).min().orElse(0));
    }

    private long attachments() {
        return w.store.read(s -> {
            long n = 0;
            for (long no = 1; no < 10_000; no++) {
                if (s.attachments().get(no).isPresent()) {
                    n++;
                } else if (no > 50) {
                    break;
                }
            }
            return n;
        });
    }

    private List<String> lineState(String seg) {
        return w.segments.lines(seg, 0, 10_000).stream().map(l -> l.getLineNo() + ":" + l.getAttachmentNo() + ":"
                + l.isMerged() + ":" + l.getWordTemplateNo() + ":" + l.getDescription()).toList();
    }

    @Test
    void errorsRefuseLogAndWriteNothing() {
        String seg = segmentOf("Kolding");
        LogRefusedException e = assertThrows(LogRefusedException.class,
                () -> interactions.log(seg, new LogOptions(false, false, "TESTER")));
        assertTrue(e.problems().stream().anyMatch(p -> "Interaction Template Code".equals(p.field())), e.getMessage());
        assertTrue(e.getMessage().startsWith("Segment " + seg + " cannot be logged: "), e.getMessage());
        assertTrue(w.segments.get(seg).isPresent());
        assertEquals(0, interactions.loggedSegments(0, 10).size());
    }

    @Test
    void cancelCascadesAndFollowUpTakesTheEvaluatedContacts() throws Exception {
        letterTemplate("bouke_macword2011.docx", CorrespondenceType.NONE);
        String seg = segmentOf("Esbjerg");
        interactions.chooseTemplate(seg, "LETTER", true);
        LogResult r = interactions.log(seg, new LogOptions(false, false, "TESTER"));
        List<InteractionLogEntry> entries = interactions.entries(InteractionLogQuery.all().withLoggedSegmentEntryNo(r.loggedSegmentEntryNo()));
        assertTrue(entries.size() >= 3);
        interactions.evaluate(entries.get(0).getEntryNo(), Evaluation.VERY_POSITIVE);
        interactions.evaluate(entries.get(1).getEntryNo(), Evaluation.VERY_POSITIVE);
        interactions.setAttemptFailed(entries.get(2).getEntryNo(), true);

        SegmentHeader positive = interactions.followUp(r.loggedSegmentEntryNo(), Evaluation.VERY_POSITIVE, false);
        assertEquals(2, w.segments.lineCount(positive.getNo()));
        SegmentHeader failed = interactions.followUp(r.loggedSegmentEntryNo(), null, true);
        assertEquals(List.of(entries.get(2).getContactNo()),
                w.segments.lines(failed.getNo(), 0, 10).stream().map(SegmentLine::getContactNo).toList());

        assertEquals(entries.size(), interactions.setLoggedSegmentCanceled(r.loggedSegmentEntryNo(), true));
        assertTrue(interactions.entries(InteractionLogQuery.all().withLoggedSegmentEntryNo(r.loggedSegmentEntryNo()))
                .stream().allMatch(InteractionLogEntry::isCanceled));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> interactions.setCanceled(entries.get(0).getEntryNo(), false));
        assertTrue(refused.getMessage().contains("uncancel the logged segment instead"), refused.getMessage());

        assertEquals(1, interactions.deleteCanceledLoggedSegments());
        assertEquals(0, interactions.loggedSegments(0, 10).size());
        InteractionLogEntry kept = interactions.entries(InteractionLogQuery.all()).stream()
                .filter(x -> x.getEntryNo() == entries.get(0).getEntryNo()).findFirst().orElseThrow();
        assertNull(kept.getLoggedSegmentEntryNo(), "entries stay, unlinked");
        assertEquals(Evaluation.VERY_POSITIVE, kept.getEvaluation());
        assertFalse(interactions.setCanceled(kept.getEntryNo(), false).isCanceled(), "now it can be uncanceled");
    }
}

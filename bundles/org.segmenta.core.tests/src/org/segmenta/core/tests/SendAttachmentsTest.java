package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.interaction.FindingGroup;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.interaction.LogProblem;
import org.segmenta.core.interaction.LogRefusedException;
import org.segmenta.core.interaction.LogResult;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.core.setup.SetupTable;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.model.Campaign;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.testing.World;

/**
 * Send Attachments and correspondence type None (Business Central's Log Segment offers Send Attachments only when a
 * line has a correspondence type, §1.10), a new template's Correspondence Type (Default) (Email, as BC's InitValue),
 * and the follow-up segment carrying the logged segment's header. A real Derby database and the real Word merge.
 */
class SendAttachmentsTest extends InteractionFixture {

    SendAttachmentsTest() {
        super(40, 11L);
    }

    @BeforeEach
    void campaign() {
        w.store.write(s -> {
            Campaign c = World.F.createCampaign();
            c.setNo("CP00001");
            c.setDescription("Autumn");
            return s.campaigns().insert(c);
        });
    }

    /** A letter template (a real Word main document of the corpus, ENU and DAN) that overrules the contacts' type. */
    private void letterTemplate(CorrespondenceType type) throws Exception {
        letterTemplate("bouke_macword2011.docx", type);
    }

    /** A segment of the contacts of a city on template LETTER with salesperson JO. */
    private String segmentOf(String city) {
        SegmentHeader h = w.segments.create("Letters to " + city);
        interactions.changeHeader(h.getNo(), Map.of(Literals.SEGMENT_HEADER__SALESPERSON_CODE, "JO"), false);
        w.segments.apply(h.getNo(), new StepRequest(CriteriaAction.ADD, StepOptions.DEFAULTS,
                List.of(new FieldFilter("contact", "city", city))));
        interactions.chooseTemplate(h.getNo(), "LETTER", true);
        return h.getNo();
    }

    @Test
    void sendWithNoLineOfATypeIsRefusedWithTheCountAndTheFixAndLogWithoutSendRecordsThem() throws Exception {
        letterTemplate(CorrespondenceType.NONE);
        String seg = segmentOf("Aarhus");
        long lines = w.segments.lineCount(seg);
        assertTrue(lines >= 5, "a segment of several lines: " + lines);
        assertTrue(w.segments.lines(seg, 0, 1000).stream()
                .allMatch(l -> l.getCorrespondenceType() == CorrespondenceType.NONE));

        // the window greys Send Attachments with this reason
        Optional<String> reason = interactions.sendUnavailable(seg);
        assertEquals(Optional.of("Nothing to send: none of the " + lines + " lines has a correspondence type. Set the "
                + "segment's Correspondence Type (Default) and update the lines, or give the contacts or the "
                + "interaction template one."), reason);

        // Check before Log with Send: one error on the header, naming how many lines and how to fix it
        List<FindingGroup> groups = interactions.check(seg, true);
        FindingGroup nothing = groups.stream().filter(g -> g.cause() == LogProblem.Cause.NOTHING_TO_SEND).findFirst()
                .orElseThrow(() -> new AssertionError(groups.toString()));
        assertEquals(LogProblem.Severity.ERROR, nothing.severity());
        assertEquals("Send Attachments would send and store no letter: none of the " + lines + " lines of segment "
                + seg + " has a correspondence type (all are None). Log without Send Attachments, or give the lines "
                + "one: set the segment's Correspondence Type (Default) and update the lines, or set a correspondence "
                + "type on the contacts or on interaction template LETTER and choose the template again.",
                nothing.summary());
        assertTrue(interactions.check(seg, false).stream().noneMatch(g -> g.cause() == LogProblem.Cause.NOTHING_TO_SEND
                || g.cause() == LogProblem.Cause.NO_CORRESPONDENCE_TYPE), "without Send nothing is wrong");

        // Log with Send is refused and writes nothing; without Send it records every line
        LogRefusedException refused = assertThrows(LogRefusedException.class,
                () -> interactions.log(seg, new LogOptions(true, false, "TESTER")));
        assertTrue(refused.problems().stream().anyMatch(p -> p.cause() == LogProblem.Cause.NOTHING_TO_SEND));
        assertEquals(0, interactions.loggedSegments(0, 10).size());
        assertEquals(lines, w.segments.lineCount(seg));
        LogResult r = interactions.log(seg, new LogOptions(false, false, "TESTER"));
        assertEquals(0, r.documents());
        assertTrue(r.entries() > 0);
    }

    @Test
    void someLinesOfTypeNoneAreNamedInAWarningAndGetNoLetter() throws Exception {
        letterTemplate(CorrespondenceType.HARD_COPY);
        String seg = segmentOf("Odense");
        List<SegmentLine> lines = w.segments.lines(seg, 0, 1000);
        assertTrue(lines.size() >= 5, "a segment of several lines: " + lines.size());
        for (SegmentLine l : lines.subList(0, 2)) {
            w.segments.changeLine(seg, l.getLineNo(),
                    Map.of(Literals.SEGMENT_LINE__CORRESPONDENCE_TYPE, CorrespondenceType.NONE));
        }
        assertEquals(Optional.empty(), interactions.sendUnavailable(seg), "some lines can send");

        FindingGroup none = interactions.check(seg, true).stream()
                .filter(g -> g.cause() == LogProblem.Cause.NO_CORRESPONDENCE_TYPE).findFirst().orElseThrow();
        assertEquals(LogProblem.Severity.WARNING, none.severity());
        assertEquals("2 of the " + lines.size() + " lines have no correspondence type (None): Log records their "
                + "interactions but sends and stores no letter for them. To send them too, give those lines, their "
                + "contacts or the segment's Correspondence Type (Default) a correspondence type.", none.summary());

        LogResult r = interactions.log(seg, new LogOptions(true, false, "TESTER"));
        assertEquals(lines.size() - 2, r.documents(), "a letter for every line with a type, none for the two");
        assertTrue(r.warnings().stream().anyMatch(p -> p.cause() == LogProblem.Cause.NO_CORRESPONDENCE_TYPE),
                "Log says so too");
    }

    @Test
    void aNewInteractionTemplateIsEmailAsInBusinessCentral() {
        InteractionTemplate t = SetupTable.INTERACTION_TEMPLATES.create();
        assertEquals(CorrespondenceType.EMAIL, t.getCorrespondenceType());
        t.setCode("NEWS");
        t.setInteractionGroupCode("LETTERS");
        w.store.write(s -> s.interactionTemplates().insert(t));
        assertEquals(CorrespondenceType.EMAIL,
                w.store.read(s -> s.interactionTemplates().require("NEWS")).getCorrespondenceType());
    }

    @Test
    void theFollowUpSegmentCarriesTheLoggedSegmentsHeader() throws Exception {
        letterTemplate(CorrespondenceType.HARD_COPY);
        String seg = segmentOf("Randers");
        interactions.changeHeader(seg, Map.of(Literals.SEGMENT_HEADER__CAMPAIGN_NO, "CP00001",
                Literals.SEGMENT_HEADER__SUBJECT_DEFAULT, "Our autumn catalogue"), true);
        SegmentHeader before = w.segments.get(seg).orElseThrow();
        LogResult r = interactions.log(seg, new LogOptions(false, true, "TESTER"));

        SegmentHeader f = w.segments.get(r.followUpSegmentNo()).orElseThrow();
        assertEquals("Follow-up on segment " + seg, f.getDescription());
        assertEquals("LETTER", f.getInteractionTemplateCode());
        assertEquals("LETTERS", f.getInteractionGroupCode());
        assertEquals("JO", f.getSalespersonCode());
        assertEquals("ENU", f.getLanguageCodeDefault());
        assertEquals("CP00001", f.getCampaignNo());
        assertEquals("Our autumn catalogue", f.getSubjectDefault());
        assertEquals(CorrespondenceType.HARD_COPY, f.getCorrespondenceTypeDefault());
        assertTrue(f.isIgnoreContactCorrespondenceType());
        assertEquals(0, new BigDecimal("2.50").compareTo(f.getUnitCost()));
        assertEquals(15, f.getUnitDuration());
        assertEquals(World.TODAY, f.getDate());
        assertEquals(before.getLanguages().stream().map(l -> l.getLanguageCode() + "=" + l.getWordTemplateNo()).toList(),
                f.getLanguages().stream().map(l -> l.getLanguageCode() + "=" + l.getWordTemplateNo()).toList(),
                "the language rows with their Word documents");
        List<SegmentLine> lines = w.segments.lines(f.getNo(), 0, 1000);
        assertTrue(lines.size() > 0);
        assertTrue(lines.stream().allMatch(l -> "LETTER".equals(l.getInteractionTemplateCode())
                && "JO".equals(l.getSalespersonCode()) && "CP00001".equals(l.getCampaignNo())
                && l.getCorrespondenceType() == CorrespondenceType.HARD_COPY), "the lines follow the header");

        // a follow-up made later from the logged segment (its open segment is gone): from what its entries say
        SegmentHeader later = interactions.followUp(r.loggedSegmentEntryNo(), null, false);
        assertEquals("LETTER", later.getInteractionTemplateCode());
        assertEquals("JO", later.getSalespersonCode());
        assertEquals("CP00001", later.getCampaignNo());
        assertEquals("ENU", later.getLanguageCodeDefault());
        assertEquals(CorrespondenceType.HARD_COPY, later.getCorrespondenceTypeDefault());
        assertEquals(2, later.getLanguages().size());
        assertEquals(interactions.entries(InteractionLogQuery.all().withLoggedSegmentEntryNo(r.loggedSegmentEntryNo()))
                .size() - excluded(r.loggedSegmentEntryNo()), w.segments.lineCount(later.getNo()));
        assertTrue(w.segments.lines(later.getNo(), 0, 1000).stream()
                .allMatch(l -> "LETTER".equals(l.getInteractionTemplateCode()) && "JO".equals(l.getSalespersonCode())));
        assertNull(w.segments.get(seg).orElse(null));
    }

    private long excluded(long loggedSegmentEntryNo) {
        return interactions.entries(InteractionLogQuery.all().withLoggedSegmentEntryNo(loggedSegmentEntryNo)).stream()
                .filter(e -> w.contacts.get(e.getContactNo()).isExcludeFromSegment()).count();
    }
}

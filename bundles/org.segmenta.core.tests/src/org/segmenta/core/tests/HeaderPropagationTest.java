package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.internal.CriteriaSourceRegistry;
import org.segmenta.core.internal.DemoDataImpl;
import org.segmenta.core.internal.InteractionServiceImpl;
import org.segmenta.core.internal.SegmentServiceImpl;
import org.segmenta.core.interaction.LogProblem;
import org.segmenta.core.rules.UnknownCodeException;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.merge.word.WordMerge;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InitiatedBy;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;

/**
 * Issue 12, defects 1, 2, 3 and 8 on the demo data: the header's interaction template and header changes reach the
 * lines by the reference design's rules (§1.3–1.5: NAV table 5076 {@code UpdateSegLinesByFieldNo}, table 5077
 * {@code InitLine}), saved criteria codes are one code whatever their case, and unknown codes are refused at once.
 * Expected values are written out field by field from the demo data: CT000012 and CT000015 are persons of company
 * CT000011 in Odense, Danish (DAN), salesperson LH; CT000012 prefers Hard Copy, CT000015 Email. Template LETTER:
 * group LETTER, Hard Copy, Outbound, Us, 2.50, 5 minutes, a Word letter per language ENU, DAN, DEU, NLD (default
 * ENU). EMAIL: group EMAIL, Email, 0.20, 2 minutes, no documents. PHONE: no correspondence, 1.00, 10 minutes.
 */
class HeaderPropagationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path tmp;

    private LocalStore store;
    private SegmentServiceImpl segments;
    private InteractionServiceImpl interactions;
    private String seg;

    @BeforeEach
    void open() {
        store = DerbyStores.embedded(tmp.resolve("db"));
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        segments = new SegmentServiceImpl(store, new CriteriaSourceRegistry(), clock);
        interactions = new InteractionServiceImpl(store, segments, WordMerge.service(), clock);
        new DemoDataImpl(store, segments, clock).load();
        // segment new --description x; segment add SEGn --filter "contact.no=CT000012|CT000015"
        seg = segments.create("x").getNo();
        segments.apply(seg, StepRequest.of(CriteriaAction.ADD, new FieldFilter("contact", "no", "CT000012|CT000015")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SegmentLine line(int lineNo) {
        return segments.lines(seg, 0, 100).stream().filter(l -> l.getLineNo() == lineNo).findFirst().orElseThrow();
    }

    private SegmentLine lineOf(String contactNo) {
        return segments.lines(seg, 0, 100).stream().filter(l -> l.getContactNo().equals(contactNo)).findFirst()
                .orElseThrow();
    }

    /** The Word template stored for a template's language row. */
    private Long letter(String template, String language) {
        InteractionTemplate t = store.read(s -> s.interactionTemplates().require(template));
        return t.getLanguages().stream().filter(r -> r.getLanguageCode().equals(language)).findFirst().orElseThrow()
                .getWordTemplateNo();
    }

    @Test
    void linesAddedWithoutATemplateTakeTheirContactsValues() {
        SegmentLine a = lineOf("CT000012");
        SegmentLine b = lineOf("CT000015");
        assertEquals("LH", a.getSalespersonCode());
        assertEquals(CorrespondenceType.HARD_COPY, a.getCorrespondenceType());
        assertEquals(CorrespondenceType.EMAIL, b.getCorrespondenceType());
        assertNull(a.getInteractionTemplateCode());
        assertNull(a.getWordTemplateNo());
    }

    /** Defect 1: segment template SEGn LETTER --update-lines keeps each line's own values and resolves the rest per line. */
    @Test
    void choosingTheTemplateGivesTheLinesItsDefaultsAndKeepsTheirOwnValues() {
        SegmentHeader h = interactions.chooseTemplate(seg, "letter", true);

        // the header: the template's defaults (§1.3), its salesperson still blank
        assertEquals("LETTER", h.getInteractionTemplateCode());
        assertEquals("LETTER", h.getInteractionGroupCode());
        assertEquals("ENU", h.getLanguageCodeDefault());
        assertEquals(0, new BigDecimal("2.50").compareTo(h.getUnitCost()));
        assertEquals(5, h.getUnitDuration());
        assertEquals(InformationFlow.OUTBOUND, h.getInformationFlow());
        assertEquals(InitiatedBy.US, h.getInitiatedBy());
        assertEquals(CorrespondenceType.HARD_COPY, h.getCorrespondenceTypeDefault());
        assertFalse(h.isIgnoreContactCorrespondenceType());
        assertNull(h.getSalespersonCode());
        assertEquals(4, h.getLanguages().size());

        for (String contact : List.of("CT000012", "CT000015")) {
            SegmentLine l = lineOf(contact);
            assertEquals("LETTER", l.getInteractionTemplateCode(), contact);
            assertEquals("LETTER", l.getInteractionGroupCode(), contact);
            assertEquals(0, new BigDecimal("2.50").compareTo(l.getCost()), contact);
            assertEquals(5, l.getDuration(), contact);
            assertEquals(InformationFlow.OUTBOUND, l.getInformationFlow(), contact);
            assertEquals(InitiatedBy.US, l.getInitiatedBy(), contact);
            assertEquals("LH", l.getSalespersonCode(), contact + " keeps its salesperson (its contact's)");
            assertEquals("x", l.getDescription(), contact);
            assertEquals("DAN", l.getLanguageCode(), contact + ": the contact's language, the template has a DAN letter");
            assertEquals(letter("LETTER", "DAN"), l.getWordTemplateNo(), contact + ": the Danish Word letter");
            assertNull(l.getAttachmentNo(), contact);
            assertFalse(l.isAttachmentInherited(), contact);
            assertFalse(l.isMerged(), contact);
            assertEquals(TODAY, l.getDate(), contact);
        }
        assertEquals(CorrespondenceType.HARD_COPY, lineOf("CT000012").getCorrespondenceType());
        assertEquals(CorrespondenceType.EMAIL, lineOf("CT000015").getCorrespondenceType(),
                "the contact who prefers Email keeps Email: LETTER does not ignore the contact's type");

        List<LogProblem> problems = interactions.validate(seg, true);
        assertTrue(problems.stream().noneMatch(p -> "Salesperson Code".equals(p.field())), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.severity() == LogProblem.Severity.ERROR), problems.toString());
    }

    @Test
    void aHeaderThatIgnoresTheContactsTypeGivesEveryFollowingLineItsType() {
        interactions.chooseTemplate(seg, "LETTER", true);
        interactions.changeHeader(seg, Literals.SEGMENT_HEADER__SALESPERSON_CODE, "AB", false);
        store.write(s -> {
            InteractionTemplate t = s.interactionTemplates().require("EMAIL");
            t.setIgnoreContactCorrespondenceType(true);
            return s.interactionTemplates().update(t);
        });
        interactions.chooseTemplate(seg, "EMAIL", true);
        for (String contact : List.of("CT000012", "CT000015")) {
            SegmentLine l = lineOf(contact);
            assertEquals(CorrespondenceType.EMAIL, l.getCorrespondenceType(), contact);
            assertEquals("LH", l.getSalespersonCode(), contact + " keeps its own salesperson, not the header's AB");
            assertEquals("DAN", l.getLanguageCode(), contact + ": EMAIL has no default language: the line keeps its own");
            assertNull(l.getWordTemplateNo(), contact + ": EMAIL has no Word letter");
        }
    }

    /** Defect 2: a header change reaches exactly the lines on the header's template, only in the changed field. */
    @Test
    void aHeaderChangeReachesOnlyTheLinesOnTheHeadersTemplateAndOnlyThatField() {
        interactions.chooseTemplate(seg, "LETTER", true);
        int letterLine = lineOf("CT000012").getLineNo();
        int phoneLine = lineOf("CT000015").getLineNo();
        Map<EAttribute, Object> phone = new LinkedHashMap<>();
        phone.put(Literals.SEGMENT_LINE__INTERACTION_TEMPLATE_CODE, "phone");
        phone.put(Literals.SEGMENT_LINE__SALESPERSON_CODE, "ab");
        phone.put(Literals.SEGMENT_LINE__DESCRIPTION, "Call about the catalogue");
        phone.put(Literals.SEGMENT_LINE__CORRESPONDENCE_TYPE, "None");
        SegmentLine p = segments.changeLine(seg, phoneLine, phone);
        assertEquals("PHONE", p.getInteractionTemplateCode());
        assertEquals("AB", p.getSalespersonCode());
        SegmentLine phoneBefore = line(phoneLine);
        SegmentLine letterBefore = line(letterLine);

        // without "update lines" no line changes
        interactions.changeHeader(seg, Literals.SEGMENT_HEADER__UNIT_COST, new BigDecimal("3.10"), false);
        assertTrue(EcoreUtil.equals(letterBefore, line(letterLine)));
        assertTrue(EcoreUtil.equals(phoneBefore, line(phoneLine)));

        // description and salesperson: the LETTER line gets them, only them; the PHONE line keeps everything
        Map<EAttribute, Object> change = new LinkedHashMap<>();
        change.put(Literals.SEGMENT_HEADER__DESCRIPTION, "Autumn letter");
        change.put(Literals.SEGMENT_HEADER__SALESPERSON_CODE, " mv ");
        SegmentHeader h = interactions.changeHeader(seg, change, true);
        assertEquals("MV", h.getSalespersonCode());
        SegmentLine l = line(letterLine);
        assertEquals("Autumn letter", l.getDescription());
        assertEquals("MV", l.getSalespersonCode());
        l.setDescription(letterBefore.getDescription());
        l.setSalespersonCode(letterBefore.getSalespersonCode());
        l.setCost(letterBefore.getCost());
        assertTrue(EcoreUtil.equals(letterBefore, l), "nothing else of the LETTER line changed");
        assertEquals(0, new BigDecimal("2.50").compareTo(line(letterLine).getCost()), "the cost was changed without lines");
        assertTrue(EcoreUtil.equals(phoneBefore, line(phoneLine)), "the PHONE line is untouched");

        // a blank header value never blanks a line's value
        interactions.changeHeader(seg, Literals.SEGMENT_HEADER__SALESPERSON_CODE, "", true);
        interactions.changeHeader(seg, Literals.SEGMENT_HEADER__DESCRIPTION, null, true);
        assertNull(segments.get(seg).orElseThrow().getSalespersonCode());
        assertEquals("MV", line(letterLine).getSalespersonCode());
        assertEquals("Autumn letter", line(letterLine).getDescription());

        // another template on the header: the LETTER line follows, gets EMAIL's values and loses LETTER's Word letter
        interactions.chooseTemplate(seg, "EMAIL", true);
        SegmentLine e = line(letterLine);
        assertEquals("EMAIL", e.getInteractionTemplateCode());
        assertEquals("EMAIL", e.getInteractionGroupCode());
        assertEquals(0, new BigDecimal("0.20").compareTo(e.getCost()));
        assertEquals(2, e.getDuration());
        assertEquals("MV", e.getSalespersonCode(), "the line keeps its own salesperson");
        assertEquals("Autumn letter", e.getDescription());
        assertEquals(CorrespondenceType.HARD_COPY, e.getCorrespondenceType(), "CT000012 prefers Hard Copy");
        assertNull(e.getWordTemplateNo(), "no Word letter of LETTER under EMAIL");
        assertNull(e.getAttachmentNo());
        assertTrue(EcoreUtil.equals(phoneBefore, line(phoneLine)), "the PHONE line is still untouched");

        // and the header's Correspondence Type (Default), now on EMAIL lines only
        interactions.changeHeader(seg, Literals.SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT, "Email", true);
        assertEquals(CorrespondenceType.EMAIL, line(letterLine).getCorrespondenceType());
        assertEquals(CorrespondenceType.NONE, line(phoneLine).getCorrespondenceType());
    }

    @Test
    void subjectDefaultReachesTheLinesInTheDefaultLanguageThatStillHaveTheOldSubject() {
        interactions.chooseTemplate(seg, "LETTER", true);
        interactions.changeHeader(seg, Literals.SEGMENT_HEADER__LANGUAGE_CODE_DEFAULT, "dan", false);
        interactions.changeHeader(seg, Literals.SEGMENT_HEADER__SUBJECT_DEFAULT, "Our autumn catalogue", true);
        assertEquals("Our autumn catalogue", lineOf("CT000012").getSubject());
        assertEquals("Our autumn catalogue", lineOf("CT000015").getSubject());
        Map<EAttribute, Object> own = new LinkedHashMap<>();
        own.put(Literals.SEGMENT_LINE__SUBJECT, "Hello Anna");
        segments.changeLine(seg, lineOf("CT000015").getLineNo(), own);
        interactions.changeHeader(seg, Literals.SEGMENT_HEADER__SUBJECT_DEFAULT, "Catalogue 2027", true);
        assertEquals("Catalogue 2027", lineOf("CT000012").getSubject());
        assertEquals("Hello Anna", lineOf("CT000015").getSubject(), "a line's own subject stays");
    }

    /**
     * Round eight's new user: an e-mail segment's Subject (Default) reached no line of a language whose template row
     * has no subject (every line of the demo's LETTER), so the e-mails went out under the segment's description. The
     * default language's row takes the header's subject (NAV table 5076), rows without a subject fall back to it, for
     * the lines there and for lines added later.
     */
    @Test
    void subjectDefaultReachesLinesOfEveryLanguageWithoutASubjectOfItsOwnAndLinesAddedLater() {
        interactions.chooseTemplate(seg, "LETTER", true);
        SegmentHeader h = interactions.changeHeader(seg, Literals.SEGMENT_HEADER__SUBJECT_DEFAULT, "Your winter offer",
                true);
        assertEquals("ENU", h.getLanguageCodeDefault());
        assertEquals("Your winter offer", h.getLanguages().stream().filter(r -> r.getLanguageCode().equals("ENU"))
                .findFirst().orElseThrow().getSubject(), "the default language's row takes the header's subject");
        assertNull(h.getLanguages().stream().filter(r -> r.getLanguageCode().equals("DAN")).findFirst().orElseThrow()
                .getSubject(), "the other rows keep having none");
        assertEquals("DAN", lineOf("CT000012").getLanguageCode());
        assertEquals("Your winter offer", lineOf("CT000012").getSubject());
        assertEquals("Your winter offer", lineOf("CT000015").getSubject());

        segments.apply(seg, StepRequest.of(CriteriaAction.ADD, new FieldFilter("contact", "no", "CT000011")));
        assertEquals("Your winter offer", lineOf("CT000011").getSubject(), "a line added later takes it too");

        Map<EAttribute, Object> own = new LinkedHashMap<>();
        own.put(Literals.SEGMENT_LINE__SUBJECT, "Hello Anna");
        segments.changeLine(seg, lineOf("CT000015").getLineNo(), own);
        interactions.changeHeader(seg, Literals.SEGMENT_HEADER__SUBJECT_DEFAULT, "Winter 2027", true);
        assertEquals("Winter 2027", lineOf("CT000012").getSubject());
        assertEquals("Winter 2027", lineOf("CT000011").getSubject());
        assertEquals("Hello Anna", lineOf("CT000015").getSubject(), "a line's own subject stays");
    }

    /** Defect 3: a saved criteria code is one code whatever the case it was typed in. */
    @Test
    void savedCriteriaCodesAreNormalisedOnSaveAndOnReuse() {
        assertEquals("AUTUMN", segments.saveCriteria(seg, " autumn ", "Autumn"));
        String other = segments.create("y").getNo();
        assertEquals(1, segments.reuseCriteria(other, "AUTUMN").size());
        assertEquals(2, segments.lineCount(other));
        String third = segments.create("z").getNo();
        assertEquals(1, segments.reuseCriteria(third, "Autumn").size());
        assertEquals(List.of("AUTUMN"), store.read(s -> s.savedCriteria().list().stream().map(c -> c.getCode()).toList()));
    }

    /** Defect 8: unknown codes are refused at once, on header and line, naming the field and the fix. */
    @Test
    void unknownCodesAreRefusedAtOnceOnHeaderAndLine() {
        SegmentHeader before = segments.get(seg).orElseThrow();
        UnknownCodeException sp = assertThrows(UnknownCodeException.class,
                () -> interactions.changeHeader(seg, Literals.SEGMENT_HEADER__SALESPERSON_CODE, "qq", true));
        assertEquals("Salesperson Code 'QQ' does not exist. Use one of AB, LH, MV, or set up salesperson QQ first.",
                sp.getMessage());
        assertEquals(Literals.SEGMENT_HEADER__SALESPERSON_CODE, sp.field());
        assertTrue(EcoreUtil.equals(before, segments.get(seg).orElseThrow()), "nothing was saved");
        assertEquals("LH", lineOf("CT000012").getSalespersonCode());

        assertTrue(assertThrows(UnknownCodeException.class, () -> interactions.chooseTemplate(seg, "SEMINAR", true))
                .getMessage().startsWith("Interaction Template Code 'SEMINAR' does not exist. Use one of EMAIL, LETTER, PHONE"));
        assertTrue(assertThrows(UnknownCodeException.class,
                () -> interactions.changeHeader(seg, Literals.SEGMENT_HEADER__CAMPAIGN_NO, "CP99", false))
                .getMessage().startsWith("Campaign No. 'CP99' does not exist."));
        assertEquals("Segment Header field correspondenceTypeDefault: 'Telegram' is not one of None, Hard Copy, Email, Fax.",
                assertThrows(IllegalArgumentException.class, () -> interactions.changeHeader(seg,
                        Literals.SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT, "Telegram", false)).getMessage());

        int lineNo = lineOf("CT000012").getLineNo();
        Map<EAttribute, Object> lang = new LinkedHashMap<>();
        lang.put(Literals.SEGMENT_LINE__LANGUAGE_CODE, "xx");
        assertTrue(assertThrows(UnknownCodeException.class, () -> segments.changeLine(seg, lineNo, lang)).getMessage()
                .startsWith("Language Code 'XX' does not exist. Use one of "));
        SegmentLine l = lineOf("CT000012");
        l.setSalespersonCode("QQ");
        assertThrows(UnknownCodeException.class, () -> segments.updateLine(l));
        assertEquals("LH", lineOf("CT000012").getSalespersonCode());

        store.write(s -> {
            var p = s.salespeople().require("MV");
            p.setBlocked(true);
            return s.salespeople().update(p);
        });
        assertNotNull(assertThrows(UnknownCodeException.class,
                () -> interactions.changeHeader(seg, Literals.SEGMENT_HEADER__SALESPERSON_CODE, "MV", false)));
    }
}

package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.segmenta.core.interaction.LineDefaults;
import org.segmenta.core.interaction.LogProblem;
import org.segmenta.core.interaction.LogProblem.Severity;
import org.segmenta.core.interaction.PreLogValidation;
import org.segmenta.core.interaction.TemplateDefaults;
import org.segmenta.model.Campaign;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.Salesperson;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage.Literals;

class InteractionRulesTest {

    private static final SegmentaFactory F = SegmentaFactory.eINSTANCE;

    private static InteractionTemplate letter() {
        InteractionTemplate t = F.createInteractionTemplate();
        t.setCode("LETTER");
        t.setInteractionGroupCode("LETTERS");
        t.setDescription("Letter");
        t.setUnitCost(new BigDecimal("1.75"));
        t.setUnitDuration(10);
        t.setInformationFlow(InformationFlow.OUTBOUND);
        t.setCorrespondenceType(CorrespondenceType.HARD_COPY);
        t.setCampaignNo("CP1001");
        t.setLanguageCodeDefault("ENU");
        for (String[] l : new String[][] { { "ENU", "11" }, { "DAN", "12" } }) {
            InteractionTemplateLanguage row = F.createInteractionTemplateLanguage();
            row.setLanguageCode(l[0]);
            row.setWordTemplateNo(Long.valueOf(l[1]));
            t.getLanguages().add(row);
        }
        return t;
    }

    private static SegmentHeader header(InteractionTemplate template) {
        SegmentHeader h = F.createSegmentHeader();
        h.setNo("SEG00001");
        h.setDescription("Christmas letter 2026");
        h.setDate(LocalDate.of(2026, 12, 1));
        TemplateDefaults.apply(h, template);
        return h;
    }

    private static Contact person(String no, String language, CorrespondenceType preferred, String email) {
        Contact c = F.createContact();
        c.setNo(no);
        c.setType(ContactType.PERSON);
        c.setCompanyNo("CT000001");
        c.setName("Person " + no);
        c.setLanguageCode(language);
        c.setCorrespondenceType(preferred);
        c.setEmail(email);
        c.setSalespersonCode("JO");
        return c;
    }

    @Test
    void choosingATemplateCopiesItsDefaultsIntoTheHeader() {
        SegmentHeader h = F.createSegmentHeader();
        h.setSubjectDefault("old subject");
        TemplateDefaults.apply(h, letter());
        assertEquals("LETTER", h.getInteractionTemplateCode());
        assertEquals("LETTERS", h.getInteractionGroupCode());
        assertEquals(new BigDecimal("1.75"), h.getUnitCost());
        assertEquals(10, h.getUnitDuration());
        assertEquals(CorrespondenceType.HARD_COPY, h.getCorrespondenceTypeDefault());
        assertEquals("CP1001", h.getCampaignNo());
        assertEquals("ENU", h.getLanguageCodeDefault());
        assertNull(h.getSubjectDefault(), "the subject is cleared");
        assertEquals(List.of("ENU", "DAN"), h.getLanguages().stream().map(l -> l.getLanguageCode()).toList());
        assertEquals(12L, h.getLanguages().get(1).getWordTemplateNo());
    }

    @Test
    void aNewLineTakesTheHeaderAndTheContactsLanguage() {
        InteractionTemplate t = letter();
        SegmentHeader h = header(t);
        SegmentLine danish = F.createSegmentLine();
        LineDefaults.initLine(danish, h, person("CT000002", "DAN", CorrespondenceType.NONE, null), t);
        assertEquals("Christmas letter 2026", danish.getDescription());
        assertEquals("JO", danish.getSalespersonCode(), "the header has none, so the contact's");
        assertEquals("CT000001", danish.getContactCompanyNo());
        assertEquals(new BigDecimal("1.75"), danish.getCost());
        assertEquals(10, danish.getDuration());
        assertEquals(LocalDate.of(2026, 12, 1), danish.getDate());
        assertEquals("DAN", danish.getLanguageCode());
        assertEquals(12L, danish.getWordTemplateNo());
        assertEquals(CorrespondenceType.HARD_COPY, danish.getCorrespondenceType(), "no preference: the template's");

        SegmentLine german = F.createSegmentLine();
        h.setSalespersonCode("MARY");
        LineDefaults.initLine(german, h, person("CT000003", "DEU", CorrespondenceType.EMAIL, "a@b.de"), t);
        assertEquals("ENU", german.getLanguageCode(), "no German row: the default language");
        assertEquals(11L, german.getWordTemplateNo());
        assertEquals("MARY", german.getSalespersonCode());
        assertEquals(CorrespondenceType.EMAIL, german.getCorrespondenceType(), "the contact's preference");
    }

    @Test
    void correspondenceTypeResolvesHeaderThenTemplateThenContact() {
        InteractionTemplate t = letter();
        SegmentHeader h = header(t);
        Contact prefersEmail = person("CT000004", "ENU", CorrespondenceType.EMAIL, "x@y.dk");
        assertEquals(CorrespondenceType.EMAIL, LineDefaults.correspondenceType(h, prefersEmail, t));
        t.setIgnoreContactCorrespondenceType(true);
        assertEquals(CorrespondenceType.HARD_COPY, LineDefaults.correspondenceType(h, prefersEmail, t));
        t.setIgnoreContactCorrespondenceType(false);
        h.setIgnoreContactCorrespondenceType(true);
        h.setCorrespondenceTypeDefault(CorrespondenceType.FAX);
        assertEquals(CorrespondenceType.FAX, LineDefaults.correspondenceType(h, prefersEmail, t));
        h.setCorrespondenceTypeDefault(CorrespondenceType.NONE);
        assertEquals(CorrespondenceType.EMAIL, LineDefaults.correspondenceType(h, prefersEmail, t),
                "a blank header type does not win");
    }

    @Test
    void headerChangesReachOnlyLinesOnTheHeadersTemplate() {
        SegmentLine onHeader = F.createSegmentLine();
        onHeader.setInteractionTemplateCode("LETTER");
        SegmentLine own = F.createSegmentLine();
        own.setInteractionTemplateCode("CALL");
        assertTrue(LineDefaults.followsHeader("LETTER", onHeader));
        assertFalse(LineDefaults.followsHeader("LETTER", own));
        assertEquals(Literals.SEGMENT_LINE__COST, LineDefaults.lineField(Literals.SEGMENT_HEADER__UNIT_COST).orElseThrow());
        assertEquals(Literals.SEGMENT_LINE__CORRESPONDENCE_TYPE,
                LineDefaults.lineField(Literals.SEGMENT_HEADER__CORRESPONDENCE_TYPE_DEFAULT).orElseThrow());
        assertTrue(LineDefaults.lineField(Literals.SEGMENT_HEADER__IGNORE_CONTACT_CORRESPONDENCE_TYPE).isEmpty());
        assertTrue(LineDefaults.lineField(Literals.SEGMENT_HEADER__SUBJECT_DEFAULT).isEmpty());
    }

    @Test
    void preLogValidationReportsEveryProblemAtOnce() {
        InteractionTemplate t = letter();
        SegmentHeader h = header(t);
        h.setDescription(" ");
        Contact noEmail = person("CT000010", "ENU", CorrespondenceType.EMAIL, null);
        Contact blocked = person("CT000011", "ENU", CorrespondenceType.NONE, "b@c.dk");
        blocked.setPrivacyBlocked(true);
        Salesperson jo = F.createSalesperson();
        jo.setCode("JO");
        Map<String, Contact> contacts = Map.of(noEmail.getNo(), noEmail, blocked.getNo(), blocked);
        PreLogValidation.Lookup lookup = new PreLogValidation.Lookup() {
            @Override
            public Contact contact(String no) {
                return contacts.get(no);
            }

            @Override
            public InteractionTemplate template(String code) {
                return code.equals("LETTER") ? t : null;
            }

            @Override
            public Salesperson salesperson(String code) {
                return code.equals("JO") ? jo : null;
            }

            @Override
            public Campaign campaign(String no) {
                return null;
            }
        };
        SegmentLine l1 = line(h, 10000, noEmail, t);
        l1.setCorrespondenceType(CorrespondenceType.EMAIL);
        SegmentLine l2 = line(h, 20000, blocked, t);
        l2.setSalespersonCode(null);
        SegmentLine l3 = line(h, 30000, noEmail, t);
        l3.setCorrespondenceType(CorrespondenceType.HARD_COPY);
        l3.setWordTemplateNo(null);
        l3.setLanguageCode("DEU");
        h.setLanguageCodeDefault("NLD"); // no row for German, nor for the default: no document
        h.setCampaignNo(null);
        for (SegmentLine l : List.of(l1, l2, l3)) {
            l.setCampaignNo(null);
        }

        List<LogProblem> sending = PreLogValidation.validate(h, List.of(l1, l2, l3), lookup, true);
        List<String> summary = sending.stream()
                .map(p -> p.severity() + " " + p.lineNo() + " " + p.field()).toList();
        assertEquals(List.of("ERROR null Description", "ERROR 10000 Correspondence Type",
                "ERROR 20000 Salesperson Code", "WARNING 20000 Contact No.", "ERROR 30000 Attachment",
                "WARNING 30000 Contact No."), summary);
        assertEquals("Line 10000: contact CT000010 (Person CT000010) has no e-mail address to send to; enter one on "
                + "the contact, or change the line's correspondence type.", sending.get(1).message());
        assertEquals("Line 30000: contact CT000010 is also on line 10000; Log creates an interaction for each line.",
                sending.get(5).message());

        List<LogProblem> recordOnly = PreLogValidation.validate(h, List.of(l1), lookup, false);
        assertEquals(Severity.WARNING, recordOnly.get(1).severity());
        assertTrue(recordOnly.get(1).message().endsWith("Log records the interaction with a blank correspondence type."));

        List<LogProblem> empty = PreLogValidation.validate(h, List.of(), lookup, false);
        assertEquals("Segment SEG00001 is empty; add contacts before logging.", empty.get(1).message());
    }

    private static SegmentLine line(SegmentHeader h, int lineNo, Contact c, InteractionTemplate t) {
        SegmentLine l = F.createSegmentLine();
        l.setSegmentNo(h.getNo());
        l.setLineNo(lineNo);
        LineDefaults.initLine(l, h, c, t);
        return l;
    }
}

package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.internal.DemoDataImpl;
import org.segmenta.core.setup.SetupService;
import org.segmenta.core.setup.SetupTable;
import org.segmenta.core.store.InUseException;
import org.segmenta.core.store.ReferenceRepository.Use;
import org.segmenta.core.store.ValidationException;
import org.segmenta.model.Campaign;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.MailingGroup;
import org.segmenta.model.ProfileAnswer;
import org.segmenta.model.ProfileQuestion;
import org.segmenta.model.ProfileQuestionnaire;
import org.segmenta.model.Salesperson;
import org.segmenta.model.Salutation;
import org.segmenta.model.SalutationFormula;
import org.segmenta.model.SalutationType;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.testing.services.TestServices;

/** {@link SetupService} on Derby over the demo data. */
class SetupServiceTest {

    private static final SegmentaFactory F = SegmentaFactory.eINSTANCE;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path tmp;

    private TestServices services;
    private SetupService setup;

    @BeforeEach
    void open() {
        services = new TestServices(tmp);
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        new DemoDataImpl(services.store(), services.segments(), clock).load();
        setup = services.setup();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void codesAreUpperCaseWhateverIsTyped() {
        Salesperson sp = F.createSalesperson();
        sp.setCode(" zz ");
        sp.setName("Zora Zee");
        assertEquals("ZZ", setup.create(SetupTable.SALESPEOPLE, sp).getCode());
        assertEquals("Zora Zee", setup.get(SetupTable.SALESPEOPLE, "zz").orElseThrow().getName());
        assertEquals(List.of("AB", "LH", "MV", "ZZ"),
                setup.list(SetupTable.SALESPEOPLE).stream().map(Salesperson::getCode).toList());
    }

    @Test
    void aTemplateNeedsAStoredGroupCampaignAndLanguages() {
        InteractionTemplate t = F.createInteractionTemplate();
        t.setCode("news");
        t.setInteractionGroupCode("nope");
        t.setCampaignNo("CP99");
        t.setDescription("Newsletter");
        ValidationException e = assertThrows(ValidationException.class,
                () -> setup.create(SetupTable.INTERACTION_TEMPLATES, t));
        assertEquals(List.of(
                "Interaction Template NEWS: Interaction Group Code 'NOPE' does not exist. Use one of EMAIL, LETTER, PHONE, or set up interaction group NOPE first.",
                "Interaction Template NEWS: Campaign No. 'CP99' does not exist. Use one of CP00001, or set up campaign CP99 first."),
                e.messages());
        assertTrue(setup.get(SetupTable.INTERACTION_TEMPLATES, "NEWS").isEmpty());
    }

    @Test
    void theModelValidatorsRulesHold() {
        InteractionTemplate t = F.createInteractionTemplate();
        t.setCode("NEWS");
        t.setInteractionGroupCode("LETTER");
        t.setUnitCost(new BigDecimal("-1"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> setup.create(SetupTable.INTERACTION_TEMPLATES, t));
        assertTrue(e.getMessage().contains("Unit Cost is -1 but cannot be negative"), e.getMessage());

        Salutation s = F.createSalutation();
        s.setCode("DR");
        for (int i = 0; i < 2; i++) {
            SalutationFormula f = F.createSalutationFormula();
            f.setLanguageCode("enu");
            f.setSalutationType(SalutationType.FORMAL);
            f.setText("Dear Dr. %1");
            s.getFormulas().add(f);
        }
        e = assertThrows(ValidationException.class, () -> setup.create(SetupTable.SALUTATIONS, s));
        assertTrue(e.getMessage().contains("has two formal formulas for language 'ENU'"), e.getMessage());

        Campaign c = F.createCampaign();
        c.setDescription("Backwards");
        c.setStartingDate(TODAY);
        c.setEndingDate(TODAY.minusDays(1));
        e = assertThrows(ValidationException.class, () -> setup.create(SetupTable.CAMPAIGNS, c));
        assertTrue(e.getMessage().contains("before it starts"), e.getMessage());
    }

    @Test
    void aCampaignWithoutANoTakesTheNextOfTheSeries() {
        Campaign c = F.createCampaign();
        c.setDescription("Spring");
        c.setSalespersonCode("ab");
        Campaign saved = setup.create(SetupTable.CAMPAIGNS, c);
        assertEquals("CP00002", saved.getNo());
        assertEquals("AB", saved.getSalespersonCode());
    }

    @Test
    void aCodeInUseIsNotDeletedAndTheRefusalSaysWhatUsesIt() {
        InUseException e = assertThrows(InUseException.class, () -> setup.delete(SetupTable.SALESPEOPLE, "ab"));
        List<String> where = e.uses().stream().map(u -> u.reference().where()).toList();
        assertTrue(where.containsAll(List.of("contacts", "campaigns")), where.toString());
        Use contacts = e.uses().get(0);
        long ab = services.store().read(s -> s.contacts().count(
                org.segmenta.core.store.ContactQuery.all().withSalespersonCode("AB")));
        assertTrue(ab > 0);
        assertEquals(ab, contacts.count());
        assertEquals(3, contacts.examples().size());
        assertTrue(e.getMessage().startsWith("Salesperson AB cannot be deleted: it is used by " + ab
                + " contacts (Salesperson Code: "), e.getMessage());
        assertTrue(setup.get(SetupTable.SALESPEOPLE, "AB").isPresent());
        assertEquals(e.uses().size(), setup.uses(SetupTable.SALESPEOPLE, "AB").size());
    }

    @Test
    void anUnusedCodeIsDeleted() {
        MailingGroup g = F.createMailingGroup();
        g.setCode("spare");
        g.setDescription("Spare");
        setup.create(SetupTable.MAILING_GROUPS, g);
        assertEquals(List.of(), setup.uses(SetupTable.MAILING_GROUPS, "SPARE"));
        setup.delete(SetupTable.MAILING_GROUPS, "Spare");
        assertTrue(setup.get(SetupTable.MAILING_GROUPS, "SPARE").isEmpty());
    }

    @Test
    void aQuestionnaireKeepsItsQuestionsAndAnswers() {
        ProfileQuestionnaire q = F.createProfileQuestionnaire();
        q.setCode("SIZE");
        q.setDescription("Company size");
        ProfileQuestion question = F.createProfileQuestion();
        question.setLineNo(10000);
        question.setDescription("Employees");
        for (String a : List.of("1-9", "10-99", "100+")) {
            ProfileAnswer answer = F.createProfileAnswer();
            answer.setLineNo(10000 * (question.getAnswers().size() + 1));
            answer.setDescription(a);
            question.getAnswers().add(answer);
        }
        q.getQuestions().add(question);
        setup.create(SetupTable.QUESTIONNAIRES, q);
        ProfileQuestionnaire stored = setup.get(SetupTable.QUESTIONNAIRES, "size").orElseThrow();
        assertEquals(List.of("1-9", "10-99", "100+"), stored.getQuestions().get(0).getAnswers().stream()
                .map(ProfileAnswer::getDescription).toList());
    }

    @Test
    void aWordDocumentIsStoredPerLanguageAndReplacedAndDeletedWithItsTemplate() throws Exception {
        InteractionTemplate t = F.createInteractionTemplate();
        t.setCode("NEWS");
        t.setInteractionGroupCode("LETTER");
        t.setDescription("Newsletter");
        setup.create(SetupTable.INTERACTION_TEMPLATES, t);
        byte[] first = "first docx".getBytes(StandardCharsets.UTF_8);
        InteractionTemplate saved = setup.attachWordDocument("news", "enu", "/tmp/letters/News.docx",
                new ByteArrayInputStream(first));
        assertEquals("ENU", saved.getLanguageCodeDefault());
        InteractionTemplateLanguage row = saved.getLanguages().get(0);
        assertEquals("ENU", row.getLanguageCode());
        assertEquals("Newsletter", row.getDescription());
        assertNull(row.getAttachmentNo());
        long firstNo = row.getWordTemplateNo();
        assertEquals("News.docx", services.store().read(s -> s.attachments().require(firstNo)).getFileName());
        assertArrayEquals(first, content(firstNo));

        byte[] second = "second docx".getBytes(StandardCharsets.UTF_8);
        saved = setup.attachWordDocument("NEWS", "ENU", "news2.dotx", new ByteArrayInputStream(second));
        long secondNo = saved.getLanguages().get(0).getWordTemplateNo();
        assertEquals(1, saved.getLanguages().size());
        assertArrayEquals(second, content(secondNo));
        assertTrue(services.store().read(s -> s.attachments().get(firstNo)).isEmpty(), "the replaced document is gone");

        ValidationException e = assertThrows(ValidationException.class,
                () -> setup.attachWordDocument("NEWS", "XX", "news.pdf", new ByteArrayInputStream(second)));
        assertEquals(2, e.messages().size(), e.getMessage());
        assertTrue(e.messages().get(0).contains("'news.pdf' is not a Word document"), e.getMessage());
        assertTrue(e.messages().get(1).contains("language XX is not a language"), e.getMessage());

        setup.delete(SetupTable.INTERACTION_TEMPLATES, "NEWS");
        assertTrue(services.store().read(s -> s.attachments().get(secondNo)).isEmpty(), "deleted with its template");
    }

    @Test
    void theDemoLetterIsInUseAndKeepsItsDocuments() {
        InUseException e = assertThrows(InUseException.class,
                () -> setup.delete(SetupTable.INTERACTION_TEMPLATES, "LETTER"));
        assertTrue(e.getMessage().contains("1 open segments (Interaction Template Code: SEG00001)"), e.getMessage());
    }

    @Test
    void tablesAreFoundByTheirNames() {
        assertEquals(SetupTable.SALESPEOPLE, SetupTable.byName("salespeople").orElseThrow());
        assertEquals(SetupTable.INTERACTION_TEMPLATES, SetupTable.byName("Interaction Template").orElseThrow());
        assertEquals(SetupTable.JOB_RESPONSIBILITIES, SetupTable.byName("job-responsibilities").orElseThrow());
        assertEquals(SetupTable.CAMPAIGNS, SetupTable.byName("campaigns").orElseThrow());
        assertTrue(SetupTable.byName("bogus").isEmpty());
    }

    private byte[] content(long no) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.store().read(s -> s.attachments().copyContent(no, out));
        return out.toByteArray();
    }
}

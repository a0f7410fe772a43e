package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Campaign;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.InteractionTemplateLanguage;
import org.segmenta.model.Salutation;
import org.segmenta.model.SalutationFormula;
import org.segmenta.model.SalutationType;
import org.segmenta.model.SegmentLine;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.rules.SegmentaValidator;

class SegmentaValidatorTest {

    private static final SegmentaFactory F = SegmentaFactory.eINSTANCE;

    private static Contact contact(String no, ContactType type, String companyNo) {
        Contact c = F.createContact();
        c.setNo(no);
        c.setType(type);
        c.setCompanyNo(companyNo);
        c.setName(no + " name");
        return c;
    }

    private static List<Diagnostic> problems(EObject o, Map<String, Contact> contacts) {
        return SegmentaValidator.validate(o, contacts == null ? null : contacts::get).getChildren();
    }

    @Test
    void aValidPersonOfACompanyPasses() {
        Contact company = contact("CT000001", ContactType.COMPANY, "CT000001");
        Contact person = contact("CT000002", ContactType.PERSON, "CT000001");
        assertEquals(List.of(), problems(person, Map.of("CT000001", company)));
        assertEquals(Diagnostic.OK, SegmentaValidator.validate(company, null).getSeverity());
    }

    @Test
    void aPersonsCompanyMustBeACompany() {
        Contact other = contact("CT000003", ContactType.PERSON, null);
        Contact person = contact("CT000002", ContactType.PERSON, "CT000003");
        List<Diagnostic> p = problems(person, Map.of("CT000003", other));
        assertEquals(1, p.size());
        assertEquals("Contact CT000002: Company No. CT000003 is a person, not a company. Choose a company contact.",
                p.get(0).getMessage());
        assertSame(person, p.get(0).getData().get(0));
        assertSame(SegmentaPackage.Literals.CONTACT__COMPANY_NO, p.get(0).getData().get(1));

        List<Diagnostic> missing = problems(contact("CT000004", ContactType.PERSON, "CT999999"), Map.of());
        assertTrue(missing.get(0).getMessage().contains("CT999999 is not a contact"), missing.get(0).getMessage());
    }

    @Test
    void aCompanysCompanyIsItself() {
        List<Diagnostic> p = problems(contact("CT000001", ContactType.COMPANY, "CT000009"), null);
        assertEquals(1, p.size());
        assertTrue(p.get(0).getMessage().startsWith("Contact CT000001 is a company"), p.get(0).getMessage());
    }

    @Test
    void requiredCodesMustBeFilledIn() {
        Contact c = contact("  ", ContactType.PERSON, null);
        List<Diagnostic> p = problems(c, null);
        assertEquals(1, p.size());
        assertEquals("A new Contact: No. must have a value; fill it in.", p.get(0).getMessage());

        InteractionTemplate t = F.createInteractionTemplate();
        t.setCode("LETTER");
        List<Diagnostic> tp = problems(t, null);
        assertEquals(1, tp.size());
        assertTrue(tp.get(0).getMessage().startsWith("Interaction Template LETTER: Interaction Group Code must have a value"),
                tp.get(0).getMessage());
    }

    @Test
    void costAndDurationCannotBeNegative() {
        SegmentLine line = F.createSegmentLine();
        line.setSegmentNo("SEG00001");
        line.setLineNo(10000);
        line.setContactNo("CT000001");
        line.setCost(new BigDecimal("-2.50"));
        line.setDuration(-5);
        List<Diagnostic> p = problems(line, null);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).getMessage().contains("Cost is -2.50 but cannot be negative"), p.get(0).getMessage());
        assertTrue(p.get(1).getMessage().contains("Duration (Min.) is -5 minutes"), p.get(1).getMessage());
        line.setDuration(-1);
        line.setCost(BigDecimal.ONE);
        p = problems(line, null);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).getMessage().contains("Duration (Min.) is -1 minute but cannot be negative"),
                p.get(0).getMessage());
    }

    @Test
    void aLanguageRowHasAnAttachmentOrAWordTemplateNotBoth() {
        InteractionTemplate t = template();
        InteractionTemplateLanguage row = t.getLanguages().get(0);
        row.setAttachmentNo(7L);
        row.setWordTemplateNo(8L);
        List<Diagnostic> p = problems(t, null);
        assertEquals(1, p.size());
        assertTrue(p.get(0).getMessage().contains("has both an attachment and a Word template"), p.get(0).getMessage());
        row.setAttachmentNo(null);
        assertEquals(List.of(), problems(t, null));
    }

    @Test
    void theDefaultLanguageNeedsALanguageRow() {
        InteractionTemplate t = template();
        t.setLanguageCodeDefault("DAN");
        List<Diagnostic> p = problems(t, null);
        assertEquals(1, p.size());
        assertEquals("Interaction Template LETTER: the default language DAN has no language row. "
                + "Add a language row for DAN first, or choose another default.", p.get(0).getMessage());
        t.setLanguageCodeDefault("ENU");
        assertEquals(List.of(), problems(t, null));
    }

    @Test
    void oneSalutationFormulaPerLanguageAndType() {
        Salutation s = F.createSalutation();
        s.setCode("M");
        for (int i = 0; i < 2; i++) {
            SalutationFormula f = F.createSalutationFormula();
            f.setLanguageCode("ENU");
            f.setSalutationType(SalutationType.FORMAL);
            f.setText("Dear Mr. {Surname},");
            s.getFormulas().add(f);
        }
        List<Diagnostic> p = problems(s, null);
        assertEquals(1, p.size());
        assertTrue(p.get(0).getMessage().contains("two formal formulas for language 'ENU'"), p.get(0).getMessage());
    }

    @Test
    void aCampaignEndsOnOrAfterItsStart() {
        Campaign c = F.createCampaign();
        c.setNo("CP0001");
        c.setStartingDate(LocalDate.of(2026, 12, 1));
        c.setEndingDate(LocalDate.of(2026, 11, 30));
        List<Diagnostic> p = problems(c, null);
        assertEquals(1, p.size());
        // dates in the locale's medium style, as the window shows them
        java.time.format.DateTimeFormatter medium = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT));
        assertTrue(p.get(0).getMessage().contains("ends on " + medium.format(c.getEndingDate()) + ", before it starts on "
                + medium.format(c.getStartingDate()) + ". Correct the Ending Date."), p.get(0).getMessage());
    }

    @Test
    void datesConvertAsIsoText() {
        assertEquals(LocalDate.of(2026, 2, 28),
                F.createFromString(SegmentaPackage.Literals.LOCAL_DATE, "2026-02-28"));
        assertEquals("2026-02-28", F.convertToString(SegmentaPackage.Literals.LOCAL_DATE, LocalDate.of(2026, 2, 28)));
    }

    private static InteractionTemplate template() {
        InteractionTemplate t = F.createInteractionTemplate();
        t.setCode("LETTER");
        t.setInteractionGroupCode("LETTERS");
        t.setUnitCost(new BigDecimal("1.20"));
        t.setUnitDuration(5);
        InteractionTemplateLanguage row = F.createInteractionTemplateLanguage();
        row.setLanguageCode("ENU");
        t.getLanguages().add(row);
        return t;
    }
}

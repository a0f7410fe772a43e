package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.segmenta.core.setup.SetupTable;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.ProfileQuestionnaire;
import org.segmenta.model.Salesperson;
import org.segmenta.model.Salutation;
import org.segmenta.model.SalutationType;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.internal.fields.CodeField;
import org.segmenta.ui.internal.parts.ContactsPart;
import org.segmenta.ui.internal.setup.SetupPart;

/**
 * Code fields offer code · name choices from the set-up service and refuse an unknown or blocked code beside the
 * field with the service's own message; the Setup part shows yes/no fields as check boxes and edits child rows
 * (salutation formulas, questionnaire questions and answers, template languages) through the set-up service.
 */
class CodeFieldsAndSetupTest extends PartFixture {

    CodeFieldsAndSetupTest() {
        super(5);
    }

    @Test
    void theContactsFormOffersSalespeopleAndRefusesUnknownOnes() {
        ContactsPart part = ui.make(ContactsPart.class);
        part.newContact();
        CodeField salesperson = part.codeField(Literals.CONTACT__SALESPERSON_CODE);
        assertEquals(List.of("JO · Jo Hansen", "MARY · Mary Dane"), salesperson.proposalLabels(""));
        assertEquals(List.of("MARY · Mary Dane"), salesperson.proposalLabels("dane"), "a name finds its code too");
        assertEquals(List.of("JO · Jo Hansen"), salesperson.proposalLabels("j"));

        part.field("Salesperson Code").setText("NOBODY");
        assertTrue(salesperson.check().isPresent());
        assertTrue(salesperson.refusing(), "the refusal shows beside the field");
        shot("codefield-contacts-refused.png");
        assertTrue(salesperson.problem().contains("'NOBODY' does not exist") && salesperson.problem().contains("JO, MARY"),
                salesperson.problem());

        part.field("Salesperson Code").setText("jo");
        assertFalse(salesperson.check().isPresent(), "any case: the service normalises the code");
        assertFalse(salesperson.refusing());

        Salesperson mary = services.setup().get(SetupTable.SALESPEOPLE, "MARY").orElseThrow();
        mary.setBlocked(true);
        services.setup().change(SetupTable.SALESPEOPLE, mary);
        part.field("Salesperson Code").notifyListeners(SWT.FocusIn, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("JO · Jo Hansen"), salesperson.proposalLabels(""), "a blocked salesperson is no choice");
        part.field("Salesperson Code").setText("MARY");
        assertTrue(salesperson.check().orElseThrow().contains("blocked"), salesperson.problem());
    }

    @Test
    void yesNoFieldsAreCheckBoxesAndCodeFieldsAreChecked() {
        SetupPart part = ui.make(SetupPart.class);
        part.chooseTable(SetupTable.all().indexOf(SetupTable.INTERACTION_TEMPLATES));
        assertEquals(SWT.CHECK, part.check("campaignTarget").getStyle() & SWT.CHECK);
        assertFalse(part.check("ignoreContactCorrespondenceType").getSelection());
        part.check("ignoreContactCorrespondenceType").setSelection(true);
        part.save();
        assertTrue(part.message().contains("saved"), part.message());
        InteractionTemplate t = services.setup().get(SetupTable.INTERACTION_TEMPLATES, TestServices.TEMPLATE).orElseThrow();
        assertTrue(t.isIgnoreContactCorrespondenceType());
        assertFalse(t.isCampaignTarget());

        CodeField group = part.codeField("interactionGroupCode");
        assertEquals(List.of("LETTERS · Letters"), group.proposalLabels(""));
        part.field("interactionGroupCode").setText("NOPE");
        assertTrue(group.check().orElseThrow().contains("NOPE"));
        assertTrue(part.message().contains("NOPE"), "and the part says it: " + part.message());
    }

    @Test
    void childRowsAreEditedInTheSetupPart() {
        services.setup().create(SetupTable.LANGUAGES, language("ENU", "English"));
        SetupPart part = ui.make(SetupPart.class);

        part.chooseTable(SetupTable.all().indexOf(SetupTable.SALUTATIONS));
        part.startNew();
        part.field("code").setText("formal");
        part.field("description").setText("Formal");
        part.addChildRow("formulas");
        part.editChildRow("formulas", 0, "languageCode", "enu");
        part.editChildRow("formulas", 0, "salutationType", "Formal");
        part.editChildRow("formulas", 0, "text", "Dear Sir or Madam");
        assertEquals(1, part.childRows("formulas").getItemCount());
        part.save();
        assertTrue(part.message().contains("FORMAL created"), part.message());
        Salutation s = services.setup().get(SetupTable.SALUTATIONS, "FORMAL").orElseThrow();
        assertEquals(1, s.getFormulas().size());
        assertEquals("ENU", s.getFormulas().get(0).getLanguageCode());
        assertEquals(SalutationType.FORMAL, s.getFormulas().get(0).getSalutationType());
        assertEquals("Dear Sir or Madam", s.getFormulas().get(0).getText());

        part.chooseTable(SetupTable.all().indexOf(SetupTable.QUESTIONNAIRES));
        part.startNew();
        part.field("code").setText("SIZE");
        part.field("description").setText("Company size");
        part.addChildRow("questions");
        part.editChildRow("questions", 0, "description", "Employees");
        part.selectChildRow("questions", 0);
        part.addChildRow("answers");
        part.editChildRow("answers", 0, "description", "1-10");
        part.addChildRow("answers");
        part.editChildRow("answers", 1, "description", "11 or more");
        shot("setup-questionnaire-child-rows.png");
        part.save();
        assertTrue(part.message().contains("SIZE created"), part.message());
        ProfileQuestionnaire q = services.setup().get(SetupTable.QUESTIONNAIRES, "SIZE").orElseThrow();
        assertEquals(1, q.getQuestions().size());
        assertEquals("Employees", q.getQuestions().get(0).getDescription());
        assertEquals(List.of("1-10", "11 or more"),
                q.getQuestions().get(0).getAnswers().stream().map(a -> a.getDescription()).toList());
        assertTrue(q.getQuestions().get(0).getAnswers().get(1).getLineNo() > q.getQuestions().get(0).getAnswers().get(0)
                .getLineNo(), "answers are numbered in order");

        part.chooseTable(SetupTable.all().indexOf(SetupTable.INTERACTION_TEMPLATES));
        part.addChildRow("languages");
        part.editChildRow("languages", 0, "languageCode", "ENU");
        part.editChildRow("languages", 0, "description", "Letter in English");
        part.save();
        InteractionTemplate t = services.setup().get(SetupTable.INTERACTION_TEMPLATES, TestServices.TEMPLATE).orElseThrow();
        assertEquals(1, t.getLanguages().size(), part.message());
        assertEquals("Letter in English", t.getLanguages().get(0).getDescription());

        // a child row the rules refuse: the message says why and nothing is stored
        part.chooseTable(SetupTable.all().indexOf(SetupTable.SALUTATIONS));
        part.addChildRow("formulas");
        part.editChildRow("formulas", 1, "languageCode", "XX");
        part.save();
        assertTrue(part.message().contains("XX"), part.message());
        assertEquals(1, services.setup().get(SetupTable.SALUTATIONS, "FORMAL").orElseThrow().getFormulas().size());
        assertNull(null);
    }

    private void shot(String name) {
        ui.shell.open();
        try {
            org.segmenta.testing.Screenshots.save(ui.shell, name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static org.segmenta.model.Language language(String code, String name) {
        org.segmenta.model.Language l = org.segmenta.model.SegmentaFactory.eINSTANCE.createLanguage();
        l.setCode(code);
        l.setName(name);
        return l;
    }
}

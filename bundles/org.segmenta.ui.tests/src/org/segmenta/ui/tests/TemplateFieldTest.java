package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.testing.Screenshots;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.Prompter;
import org.segmenta.ui.internal.fields.CodeField;
import org.segmenta.ui.internal.parts.SegmentEditorPart;
import org.segmenta.ui.internal.parts.SegmentEditors;

/**
 * The Interaction Template field of a new segment's header (the new user's find: a read-only combo of bare codes that
 * Tab did not reach): a code field like the salesperson's, reached by Tab, proposing {@code code · name} as you type,
 * taking a typed code (any case) and refusing an unknown one beside the field with the service's message.
 */
class TemplateFieldTest {

    @TempDir
    Path folder;

    private TestServices services;
    private PartContext ui;
    private String seg;
    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void open() {
        services = new TestServices(folder).seed(5);
        ui = new PartContext(services);
        seg = services.segments().create("New segment").getNo();
        ui.context.set(Prompter.class, new Prompter() {
            @Override
            public boolean confirm(Shell shell, String title, String message) {
                asked.add(message);
                return false;
            }

            @Override
            public void inform(Shell shell, String title, String message) {
            }

            @Override
            public void error(Shell shell, String title, String message) {
            }
        });
    }

    @AfterEach
    void close() {
        ui.close();
        services.close();
    }

    private SegmentEditorPart editor() {
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.getPersistedState().put(SegmentEditors.SEGMENT_NO, seg);
        ui.context.set(MPart.class, part);
        ui.context.set(MDirtyable.class, part);
        SegmentEditorPart editor = ui.make(SegmentEditorPart.class);
        part.setObject(editor);
        ui.shell.open();
        return editor;
    }

    private String template() {
        return services.segments().get(seg).orElseThrow().getInteractionTemplateCode();
    }

    @Test
    void theTemplateIsACodeFieldReachedByTabWithCodeAndNameProposals() throws IOException {
        SegmentEditorPart editor = editor();
        Combo field = assertInstanceOf(Combo.class, editor.field("interactionTemplateCode"));
        assertEquals(0, field.getStyle() & SWT.READ_ONLY, "typed, not a read-only list");

        // Tab from the field before it (the salesperson's group ends with the campaign) reaches it
        Control campaign = editor.field("campaignNo");
        campaign.forceFocus();
        ui.waitUntil(() -> ui.display.getFocusControl() == campaign, "the campaign field has the focus");
        campaign.traverse(SWT.TRAVERSE_TAB_NEXT);
        ui.waitUntil(() -> ui.display.getFocusControl() == field, "Tab reaches the template field: "
                + ui.display.getFocusControl());

        CodeField code = editor.codeField(Literals.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE);
        String letter = services.setup().codeChoices(Literals.SEGMENT_HEADER__INTERACTION_TEMPLATE_CODE).stream()
                .filter(c -> c.code().equals(TestServices.TEMPLATE)).findFirst().orElseThrow().label();
        assertTrue(letter.startsWith(TestServices.TEMPLATE + " · "), letter);
        assertTrue(code.proposalLabels("").contains(letter), code.proposalLabels("").toString());
        assertEquals(List.of(letter), code.proposalLabels("let"), "type-ahead by the code's start");

        // an unknown code: refused beside the field, nothing chosen
        field.setText("NOPE");
        field.notifyListeners(SWT.DefaultSelection, new Event());
        assertTrue(code.refusing(), "refused beside the field");
        assertTrue(code.problem().contains("NOPE"), code.problem());
        assertNull(template());
        Screenshots.save(ui.shell, "template-field-refused.png");

        // a typed code in any case is taken, as choosing it from the list
        field.setText(TestServices.TEMPLATE.toLowerCase());
        field.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(TestServices.TEMPLATE, template());
        assertFalse(code.refusing());
        ui.waitUntil(() -> field.getText().equals(TestServices.TEMPLATE), "the field shows the stored code");
        assertEquals(List.of(), asked, "a segment without lines is not asked whether to update them");
    }

    @Test
    void correspondenceTypeNoneIsShownByItsCaptionAsTheCommandLinePrintsIt() {
        SegmentEditorPart editor = editor();
        Combo type = assertInstanceOf(Combo.class, editor.field("correspondenceTypeDefault"));
        assertEquals(List.of("None", "Hard Copy", "Email", "Fax"), List.of(type.getItems()).subList(0, 4));
    }
}

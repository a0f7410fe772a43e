package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.segmenta.core.criteria.BuiltInCriteriaSources;
import org.segmenta.core.criteria.CriteriaField;
import org.segmenta.core.criteria.CriteriaSource;
import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.criteria.Filter;
import org.segmenta.core.criteria.FilterParser;
import org.segmenta.core.segment.LiveCount;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.testing.Screenshots;
import org.segmenta.ui.internal.dialogs.CriteriaStepDialog;

/** Drives the real Add Contacts dialog: typing filters updates the live count; a bad filter blocks OK. */
class CriteriaStepDialogTest {

    private final Display display = Display.getDefault();
    private final Shell shell = new Shell(display);
    private CriteriaStepDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
        shell.dispose();
    }

    private static final List<Contact> CONTACTS = List.of(contact("CT000001", "Copenhagen", ContactType.COMPANY),
            contact("CT000002", "Copenhagen", ContactType.PERSON), contact("CT000003", "Aarhus", ContactType.PERSON),
            contact("CT000004", "Odense", ContactType.PERSON), contact("CT000005", "Aalborg", ContactType.COMPANY));

    private static Contact contact(String no, String city, ContactType type) {
        Contact c = SegmentaFactory.eINSTANCE.createContact();
        c.setNo(no);
        c.setCity(city);
        c.setType(type);
        return c;
    }

    /** Counts the in-memory contacts that pass every contact filter of the request (other sources: no records, ignored). */
    private static LiveCount count(StepRequest request) {
        CriteriaSource contact = BuiltInCriteriaSources.all().get(0);
        long matches = CONTACTS.stream().filter(c -> {
            for (FieldFilter f : request.filters()) {
                if (!f.source().equals(contact.id())) {
                    continue;
                }
                CriteriaField field = contact.field(f.field()).orElseThrow();
                Filter filter = FilterParser.parse(f.expression(), field.type(), field.options(), LocalDate.now());
                Object value = c.eGet(field.attribute());
                if (!filter.matches(value instanceof org.eclipse.emf.common.util.Enumerator e ? e.getLiteral() : value)) {
                    return false;
                }
            }
            return true;
        }).count();
        return new LiveCount(matches, matches, 0, 0, 1);
    }

    private void waitUntil(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    @Test
    void typingFiltersUpdatesTheLiveCount() throws Exception {
        dialog = new CriteriaStepDialog(shell, CriteriaAction.ADD, BuiltInCriteriaSources.all(),
                CriteriaStepDialogTest::count);
        dialog.setBlockOnOpen(false);
        dialog.open();
        waitUntil(() -> dialog.countText().startsWith("Matches: 5"), "all five contacts are counted");

        dialog.filterText("contact", "city").setText("Copenhagen|Aarhus");
        waitUntil(() -> dialog.countText().startsWith("Matches: 3"), "the city filter is counted");
        dialog.filterText("contact", "type").setText("person");
        waitUntil(() -> dialog.countText().startsWith("Matches: 2"), "city and type are counted");
        Screenshots.save(dialog.getShell(), "add-contacts.png");

        StepRequest request = dialog.currentRequest();
        assertEquals(List.of(new FieldFilter("contact", "type", "person"),
                new FieldFilter("contact", "city", "Copenhagen|Aarhus")), request.filters(), "in the dialog's order");
        assertFalse(request.options().allowExistingContacts());
    }

    @Test
    void aBadFilterSaysWhereAndBlocksOk() {
        dialog = new CriteriaStepDialog(shell, CriteriaAction.ADD, BuiltInCriteriaSources.all(),
                CriteriaStepDialogTest::count);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.filterText("interactionLogEntry", "date").setText("yesterday");
        assertEquals("Interaction Log Entry › Date: Filter \"yesterday\": at character 1 ('y'): expected a date as "
                + "yyyy-MM-dd or Dec 24, 2026, or 'today'.", dialog.getErrorMessage());
        Button ok = dialog.getButton(IDialogConstants.OK_ID);
        assertFalse(ok.isEnabled());
        dialog.filterText("interactionLogEntry", "date").setText("2026-01-01..today");
        assertNull(dialog.getErrorMessage());
        assertTrue(ok.isEnabled());
        waitUntil(() -> dialog.countText().startsWith("Matches:"), "the count comes back");
        ok.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertNotNull(dialog.result());
        assertEquals("2026-01-01..today", dialog.result().filters().get(0).expression());
        dialog = null;
    }
}

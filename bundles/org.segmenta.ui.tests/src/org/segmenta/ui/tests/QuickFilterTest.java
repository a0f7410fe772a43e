package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.core.interaction.LogOptions;
import org.segmenta.core.setup.SetupTable;
import org.segmenta.model.SegmentaPackage.Literals;
import org.segmenta.testing.services.TestServices;
import org.segmenta.ui.internal.parts.InteractionLogPart;
import org.segmenta.ui.internal.parts.ListPart;
import org.segmenta.ui.internal.parts.LoggedSegmentsPart;
import org.segmenta.ui.internal.parts.SegmentsPart;
import org.segmenta.ui.internal.setup.SetupPart;

/**
 * The quick filter above each list part (Segments, Logged Segments, Interaction Log, the Setup part's rows): typing
 * filters the rows in the part's query, Enter at once, clearing shows all again.
 */
class QuickFilterTest extends PartFixture {

    QuickFilterTest() {
        super(10);
    }

    @BeforeEach
    void segments() {
        // three segments: two logged (one letter to Aarhus, one to Odense), one open
        segment("Autumn letter Aarhus", List.of("CT000002"), true);
        segment("Spring call Odense", List.of("CT000003", "CT000004"), true);
        segment("Winter greetings", List.of("CT000006"), false);
        segment("Autumn reminder", List.of("CT000007"), false);
    }

    private void segment(String description, List<String> contacts, boolean log) {
        var h = services.interactions().createSegment(description,
                Map.of(Literals.SEGMENT_HEADER__SALESPERSON_CODE, "JO"));
        services.interactions().chooseTemplate(h.getNo(), TestServices.TEMPLATE, false);
        services.segments().addContacts(h.getNo(), contacts, "by hand");
        if (log) {
            services.interactions().log(h.getNo(), new LogOptions(false, false, "TESTER"));
        }
    }

    private List<String> column(ListPart<?> part, int column) {
        ui.waitUntil(() -> part.content().count() >= 0 && part.getViewer().getTable().getItemCount() == part.content().count(),
                "the rows are counted");
        Table t = part.getViewer().getTable();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < t.getItemCount(); i++) {
            int row = i;
            ui.waitUntil(() -> !t.getItem(row).getText(column).isEmpty(), "row " + row + " is read");
            values.add(t.getItem(i).getText(column));
        }
        return values;
    }

    private void filter(ListPart<?> part, String text, int expected) {
        part.setFilter(text);
        // the status line says which filter the rows shown were read with
        ui.waitUntil(() -> {
            String status = part.getStatus().getText();
            boolean shown = text.isEmpty() ? !status.contains("atch")
                    : status.contains("matching \"" + text + "\"") || status.startsWith("Nothing matches \"" + text + "\"");
            return shown && part.content().count() == expected && part.getViewer().getTable().getItemCount() == expected;
        }, expected + " rows for \"" + text + "\" (have " + part.content().count() + ": " + part.getStatus().getText() + ")");
    }

    @Test
    void segmentsFilterByDescriptionAndNo() {
        SegmentsPart part = ui.make(SegmentsPart.class);
        assertNotNull(part.getQuickFilter(), "the Segments part has a quick filter");
        ui.waitUntil(() -> part.content().count() == 2, "two open segments");
        filter(part, "autumn", 1);
        assertEquals(List.of("Autumn reminder"), column(part, 1));
        assertTrue(part.getStatus().getText().contains("matching \"autumn\""), part.getStatus().getText());
        filter(part, "SEG00003", 1);
        assertEquals(List.of("Winter greetings"), column(part, 1));
        filter(part, "nothing like it", 0);
        assertEquals("Nothing matches \"nothing like it\".", part.getStatus().getText());
        filter(part, "", 2);
    }

    @Test
    void loggedSegmentsFilterInTheQuery() {
        LoggedSegmentsPart part = ui.make(LoggedSegmentsPart.class);
        ui.waitUntil(() -> part.content().count() == 2, "two logged segments");
        filter(part, "ODENSE", 1);
        assertEquals(List.of("Spring call Odense"), column(part, 2));
        filter(part, "1", 1); // entry No. 1, and no description with a 1 in it
        assertEquals(List.of("SEG00001"), column(part, 1));
        filter(part, "%", 0); // a literal, not a wildcard
        filter(part, "", 2);
    }

    @Test
    void interactionLogFilterInTheQuery() {
        InteractionLogPart part = ui.make(InteractionLogPart.class);
        ui.waitUntil(() -> part.content().count() == 3, "three interactions");
        filter(part, "ct000003", 1);
        assertEquals(List.of("CT000003"), column(part, 2));
        filter(part, "seg00002", 2);
        filter(part, "spring", 2);
        shot("quickfilter-interaction-log.png");
        filter(part, "", 3);
    }

    private void shot(String name) {
        ui.shell.open();
        try {
            org.segmenta.testing.Screenshots.save(ui.shell, name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void setupRowsFilter() {
        SetupPart part = ui.make(SetupPart.class);
        part.chooseTable(SetupTable.all().indexOf(SetupTable.SALESPEOPLE));
        assertEquals(2, part.rows().getItemCount());
        part.setFilter("dane");
        assertEquals(1, part.rows().getItemCount());
        assertEquals("MARY", part.rows().getItem(0).getText(0));
        assertTrue(part.message().contains("1 row matching \"dane\""), part.message());
        shot("quickfilter-setup.png");
        part.setFilter("");
        assertEquals(2, part.rows().getItemCount());
    }
}

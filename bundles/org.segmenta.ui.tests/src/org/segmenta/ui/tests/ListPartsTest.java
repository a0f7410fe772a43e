package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.Test;
import org.segmenta.core.ProductInfo;
import org.segmenta.ui.internal.handlers.AboutHandler;
import org.segmenta.ui.internal.parts.ContactsPart;
import org.segmenta.ui.internal.parts.InteractionLogPart;
import org.segmenta.ui.internal.parts.ListPart;
import org.segmenta.ui.internal.parts.LoggedSegmentsPart;
import org.segmenta.ui.internal.parts.SegmentsPart;

/** Builds each list part with e4 injection over the real services into a real shell under the (virtual) display. */
class ListPartsTest extends PartFixture {

    private static List<String> headers(ListPart<?> part) {
        return Arrays.stream(part.getViewer().getTable().getColumns()).map(TableColumn::getText).toList();
    }

    @Test
    void eachPartShowsTheColumnsOfTheReferencePage() {
        assertEquals(List.of("No.", "Name", "Type", "Company Name", "City", "E-Mail", "Phone No.", "Salesperson"),
                headers(ui.make(ContactsPart.class)));
        assertTrue(headers(ui.make(SegmentsPart.class)).containsAll(List.of("No.", "Description", "No. of Lines")));
        assertTrue(headers(ui.make(LoggedSegmentsPart.class))
                .containsAll(List.of("Entry No.", "Segment No.", "No. of Interactions", "Canceled")));
        assertTrue(headers(ui.make(InteractionLogPart.class))
                .containsAll(List.of("Entry No.", "Contact No.", "Interaction Template", "Evaluation")));
    }

    @Test
    void anEmptyPartSaysSoAndHasNoRows() {
        SegmentsPart part = ui.make(SegmentsPart.class);
        ui.waitUntil(() -> part.content().count() == 0, "the segments are counted");
        assertTrue(part.getStatus().getText().startsWith("No open segments."), part.getStatus().getText());
        assertEquals(0, part.getViewer().getTable().getItemCount());
    }

    @Test
    void aboutTextNamesTheVersionAndTheBuild() {
        ProductInfo info = new ProductInfo() {
            @Override
            public String name() {
                return "Segmenta";
            }

            @Override
            public String version() {
                return "0.1.0";
            }

            @Override
            public String buildVersion() {
                return "0.1.0.v20261129-1530";
            }
        };
        String text = AboutHandler.text(info);
        assertTrue(text.startsWith("Segmenta 0.1.0\nBuild 0.1.0.v20261129-1530"), text);
    }
}

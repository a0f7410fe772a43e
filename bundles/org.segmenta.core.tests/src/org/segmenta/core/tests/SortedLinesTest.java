package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.segment.LineOrder;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.SegmentLine;
import org.segmenta.testing.services.TestServices;

/**
 * A sorted view of a segment's lines reads the lines' Nos. in the order once ({@code SegmentService.lineNos}) and then
 * each page by its Nos.: the order is the SQL engine's ORDER BY of the same field (the oracle:
 * {@code lines(segment, order, 0, all)}), for every sortable field in both directions, with equal values, empty
 * values and ties by line No.
 */
class SortedLinesTest {

    private static final int CONTACTS = 300;

    @TempDir
    Path tmp;

    private TestServices services;
    private String segment;

    @BeforeEach
    void seed() {
        services = new TestServices(tmp).seed(CONTACTS);
        segment = services.segments().create("Sorted").getNo();
        services.segments().apply(segment, StepRequest.of(CriteriaAction.ADD));
        // own values on some lines: repeated ones (ties), and empty ones
        String[] descriptions = { "Berlin", "aarhus", null, "Zürich", "Berlin", "Ängelholm" };
        List<SegmentLine> lines = services.segments().lines(segment, 0, CONTACTS);
        for (int i = 0; i < lines.size(); i += 7) {
            SegmentLine l = lines.get(i);
            l.setDescription(descriptions[(i / 7) % descriptions.length]);
            l.setCost(i % 3 == 0 ? null : BigDecimal.valueOf((i * 37) % 50, 1));
            l.setDuration((i * 11) % 13);
            services.segments().updateLine(l);
        }
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theNosAreInTheOrderOfTheQueryForEveryFieldBothWays() {
        long count = services.segments().lineCount(segment);
        assertEquals(CONTACTS, count);
        for (String field : LineOrder.FIELDS) {
            for (boolean descending : new boolean[] { false, true }) {
                LineOrder order = new LineOrder(field, descending);
                int[] expected = services.segments().lines(segment, order, 0, CONTACTS).stream()
                        .mapToInt(SegmentLine::getLineNo).toArray();
                int[] nos = services.segments().lineNos(segment, order);
                assertArrayEquals(expected, nos, field + (descending ? " descending" : " ascending"));
            }
        }
    }

    @Test
    void aPageIsReadByItsNosInTheirOrder() {
        int[] nos = services.segments().lineNos(segment, new LineOrder("description", true));
        int[] page = java.util.Arrays.copyOfRange(nos, 100, 150);
        List<SegmentLine> lines = services.segments().lines(segment, page);
        assertArrayEquals(page, lines.stream().mapToInt(SegmentLine::getLineNo).toArray());
        assertEquals(services.segments().lines(segment, new LineOrder("description", true), 100, 50).stream()
                .map(SegmentLine::getDescription).toList(), lines.stream().map(SegmentLine::getDescription).toList());
        // a No. that is not a line is left out
        assertEquals(2, services.segments().lines(segment, new int[] { nos[0], 999_999, nos[1] }).size());
    }
}

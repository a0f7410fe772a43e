package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.core.format.Formats;

/**
 * The one formatting class of the services, the window and the command line: dates, amounts and counts by the
 * user's locale (read on every call), a message's placeholders, and singular or plural by the count.
 */
class FormatsTest {

    private Locale before;

    @BeforeEach
    void remember() {
        before = Locale.getDefault(Locale.Category.FORMAT);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void germanDatesAmountsAndCounts() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        assertEquals("06.12.2026", Formats.date(LocalDate.of(2026, 12, 6)));
        assertEquals("06.12.2026, 14:05", Formats.dateTime(LocalDateTime.of(2026, 12, 6, 14, 5)));
        assertEquals("1.234,50", Formats.amount(new BigDecimal("1234.5")));
        assertEquals("0,13", Formats.amount(new BigDecimal("0.125")));
        assertEquals("300.000", Formats.count(300_000));
        assertEquals("1.440", Formats.duration(1440));
        assertEquals("", Formats.date(null));
        assertEquals("", Formats.amount(null));
    }

    @Test
    void typedDatesAreReadInTheLocalesStylesAndAsIso() {
        LocalDate nikolaus = LocalDate.of(2026, 12, 6);
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        for (String typed : new String[] { "06.12.2026", "6.12.2026", " 06.12.26 ", "2026-12-06" }) {
            assertEquals(nikolaus, Formats.parseDate(typed), typed);
        }
        assertEquals(nikolaus, Formats.parseDate(Formats.date(nikolaus)), "what the window shows reads back");
        assertEquals(nikolaus, Formats.parseDate("Dec 6, 2026"), "the English medium style, as a saved filter has it");
        for (String wrong : new String[] { "31.02.2026", "06.12.2026x", "12/6/26", "Dez" }) {
            assertThrows(DateTimeParseException.class, () -> Formats.parseDate(wrong), wrong);
        }
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        for (String typed : new String[] { "Dec 6, 2026", "dec 6, 2026", "12/6/26", "12/6/2026", "2026-12-06",
                "06.12.2026" }) {
            assertEquals(nikolaus, Formats.parseDate(typed), typed);
        }
        // a German short date, as filters saved in German before they were stored in ISO have it: dotted, so day first
        assertEquals(nikolaus, Formats.parseDate("06.12.26"), "German short, in English");
        assertEquals(nikolaus, Formats.parseDate("6.12.26"));
        assertThrows(DateTimeParseException.class, () -> Formats.parseDate("06/12/26x"));
        assertThrows(DateTimeParseException.class, () -> Formats.parseDate("Feb 30, 2026"));
        assertThrows(DateTimeParseException.class, () -> Formats.parseDate("2026-02-30"));
    }

    @Test
    void englishDatesAmountsAndCounts() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertEquals("Dec 6, 2026", Formats.date(LocalDate.of(2026, 12, 6)));
        assertEquals("1,234.50", Formats.amount(new BigDecimal("1234.5")));
        assertEquals("300,000", Formats.count(300_000));
    }

    @Test
    void oneIsSingularEveryOtherCountPlural() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertEquals("1 warning", Formats.plural(1, "{0} warning", "{0} warnings"));
        assertEquals("0 warnings", Formats.plural(0, "{0} warning", "{0} warnings"));
        assertEquals("1,200 warnings", Formats.plural(1200, "{0} warning", "{0} warnings"));
        assertEquals("1 Warnung in 2 Gruppen", Formats.bind("{0} in {1}", Formats.plural(1, "{0} Warnung", "{0} Warnungen"),
                Formats.plural(2, "{0} Gruppe", "{0} Gruppen")));
    }

    @Test
    void bindFillsPlaceholdersAndKeepsNosAsTheyAre() {
        assertEquals("Segment SEG00001 has no line 10000; it''s gone".replace("''", "'"),
                Formats.bind("Segment {0} has no line {1}; it''s gone", "SEG00001", 10000));
    }
}

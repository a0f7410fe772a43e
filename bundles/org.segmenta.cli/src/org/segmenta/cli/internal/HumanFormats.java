package org.segmenta.cli.internal;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.segmenta.core.format.Formats;
import org.segmenta.model.rules.Captions;

/**
 * How the command line's human output shows cells and column heads, with the window's and the services'
 * {@link Formats}: dates in the locale's medium style ({@code 06.12.2026} in German,
 * {@code Dec 6, 2026} in English), amounts with two decimals and grouping ({@code 1.234,50}), counts grouped
 * ({@code 300.000}), Nos. (line, entry, step) as they are, yes/no in words; the column heads translated
 * ({@code Header_*} texts in {@code messages.properties}). Machine output ({@code --json}, CSV, Excel, vCard) never
 * comes here: its keys and values stay locale-neutral.
 */
final class HumanFormats {

    /** Columns whose whole numbers are Nos. (identifiers), shown ungrouped as in the window. */
    private static final Set<String> NUMBERS = Set.of("no", "line", "lineNo", "entry", "step", "logged", "document",
            "wordTemplate", "loggedSegment", "record", "port", "attachment", "version");

    private HumanFormats() {
    }

    /**
     * @param column the column's key (the JSON key)
     * @param value the cell's value as the command put it in the row
     * @return the cell for people to read
     */
    static String cell(String column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return Formats.date(d);
        }
        if (value instanceof LocalDateTime t) {
            return Formats.dateTime(t);
        }
        if (value instanceof Instant i) {
            return Formats.dateTime(i);
        }
        if (value instanceof OffsetDateTime t) {
            return Formats.dateTime(t.toInstant());
        }
        if (value instanceof ZonedDateTime t) {
            return Formats.dateTimeFormatter().format(t);
        }
        if (value instanceof Boolean b) {
            return Formats.yesNo(b);
        }
        if (value instanceof BigDecimal d) {
            return Formats.amount(d);
        }
        if (value instanceof Enumerator e) {
            return shown(e);
        }
        if (value instanceof Integer || value instanceof Long) {
            long n = ((Number) value).longValue();
            return NUMBERS.contains(column) ? Long.toString(n) : Formats.count(n);
        }
        return String.valueOf(Output.plain(value));
    }

    /**
     * @param e a model option value
     * @return it as the window's lists show it, in the user's language ({@link Captions#shown(Enumerator)}); empty
     *         for a blank literal (none)
     */
    static String shown(Enumerator e) {
        return e.getLiteral().isBlank() ? "" : Captions.shown(e);
    }

    /**
     * @param column a column's key (the JSON key)
     * @return its head in the user's language ({@code Header_KEY} in {@code messages.properties}); the key itself
     *         when there is none (a setup table's field name)
     */
    static String head(String column) {
        try {
            Field f = Messages.class.getField("Header_" + column);
            Object text = f.get(null);
            return text instanceof String s && !s.isBlank() ? s : column;
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return column;
        }
    }
}

package org.segmenta.cli.internal;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;

/**
 * How the command line's human output shows dates, numbers and column heads, by the same rule as the window's
 * {@code org.segmenta.ui.Formats}: dates in the locale's medium style ({@code 06.12.2026} in German,
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

    /** @return the locale numbers and dates are formatted in ({@code -nl}, else the system's) */
    static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /**
     * @param count a count
     * @return it with the locale's grouping ({@code 300.000} in German, {@code 300,000} in English)
     */
    static String count(long count) {
        return NumberFormat.getIntegerInstance(locale()).format(count);
    }

    /**
     * @param amount an amount, or null
     * @return it with two decimals and the locale's separators, or empty for null
     */
    static String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        f.setGroupingUsed(true);
        return f.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * @param date a date, or null
     * @return it in the locale's medium style, or empty for null
     */
    static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
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
            return date(d);
        }
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale());
        if (value instanceof LocalDateTime t) {
            return dateTime.format(t);
        }
        if (value instanceof Instant i) {
            return dateTime.format(i.atZone(ZoneId.systemDefault()));
        }
        if (value instanceof OffsetDateTime t) {
            return dateTime.format(t.atZoneSameInstant(ZoneId.systemDefault()));
        }
        if (value instanceof ZonedDateTime t) {
            return dateTime.format(t);
        }
        if (value instanceof Boolean b) {
            return b ? Messages.HumanFormats_yes : Messages.HumanFormats_no;
        }
        if (value instanceof BigDecimal d) {
            return amount(d);
        }
        if (value instanceof Enumerator e) {
            return shown(e);
        }
        if (value instanceof Integer || value instanceof Long) {
            long n = ((Number) value).longValue();
            return NUMBERS.contains(column) ? Long.toString(n) : count(n);
        }
        return String.valueOf(Output.plain(value));
    }

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.segmenta.cli.internal.messages",
            Locale.getDefault(), HumanFormats.class.getClassLoader());

    /**
     * @param e a model option value
     * @return it as the window's lists show it, in the user's language ({@code ENUM.NAME} in
     *         {@code messages.properties}), else its literal; empty for a blank literal (none)
     */
    static String shown(Enumerator e) {
        String key = e.getClass().getSimpleName() + "." + e.getName();
        return TEXTS.containsKey(key) ? TEXTS.getString(key) : e.getLiteral().isBlank() ? "" : e.getLiteral();
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

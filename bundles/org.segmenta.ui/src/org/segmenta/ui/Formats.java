package org.segmenta.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one place the window formats dates and numbers for people to read, in the user's locale (the platform's
 * {@code -nl}, else the system's; {@link Locale#getDefault(Locale.Category)} for {@code FORMAT}): segment and entry
 * dates in the locale's medium style ({@code 06.12.2026} in German, {@code Dec 6, 2026} in English), amounts with
 * two decimals and grouping ({@code 1.234,50} / {@code 1,234.50}), durations and counts as grouped whole numbers.
 * Machine output (CSV, Excel, the command line) does not come here: it stays locale-neutral.
 */
public final class Formats {

    private Formats() {
    }

    /** @return the locale numbers and dates are formatted in */
    public static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /**
     * @param date a date, or null
     * @return it in the locale's medium date style, or empty for null
     */
    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /**
     * @param amount an amount in the local currency (LCY), or null
     * @return it with two decimals (rounded half-up) and the locale's grouping and decimal separators, or empty
     */
    public static String amount(BigDecimal amount) {
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
     * @param minutes a duration in whole minutes
     * @return the number of minutes with the locale's grouping ({@code 1.440} in German)
     */
    public static String duration(long minutes) {
        return count(minutes);
    }

    /**
     * @param count a count (lines, contacts, interactions)
     * @return it with the locale's grouping ({@code 300.000} in German, {@code 300,000} in English)
     */
    public static String count(long count) {
        return NumberFormat.getIntegerInstance(locale()).format(count);
    }
}

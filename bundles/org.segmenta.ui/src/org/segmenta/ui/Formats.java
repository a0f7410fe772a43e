package org.segmenta.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Dates and numbers for people to read, in the user's locale; kept for plug-ins written against 1.0 of this package.
 *
 * @deprecated the one formatting class is {@link org.segmenta.core.format.Formats} (the services' messages, the
 *             window and the command line share it); each method here returns exactly what it returns.
 */
@Deprecated(since = "1.0", forRemoval = true)
public final class Formats {

    private Formats() {
    }

    /** @return {@link org.segmenta.core.format.Formats#locale()} */
    public static Locale locale() {
        return org.segmenta.core.format.Formats.locale();
    }

    /**
     * @param date a date, or null
     * @return {@link org.segmenta.core.format.Formats#date(LocalDate)}
     */
    public static String date(LocalDate date) {
        return org.segmenta.core.format.Formats.date(date);
    }

    /**
     * @param amount an amount in the local currency (LCY), or null
     * @return {@link org.segmenta.core.format.Formats#amount(BigDecimal)}
     */
    public static String amount(BigDecimal amount) {
        return org.segmenta.core.format.Formats.amount(amount);
    }

    /**
     * @param minutes a duration in whole minutes
     * @return {@link org.segmenta.core.format.Formats#duration(long)}
     */
    public static String duration(long minutes) {
        return org.segmenta.core.format.Formats.duration(minutes);
    }

    /**
     * @param count a count (lines, contacts, interactions)
     * @return {@link org.segmenta.core.format.Formats#count(long)}
     */
    public static String count(long count) {
        return org.segmenta.core.format.Formats.count(count);
    }
}

package org.segmenta.core.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * The one place Segmenta formats dates and numbers for people to read, in the user's locale (the platform's
 * {@code -nl}, else the system's: {@link Locale#getDefault(Locale.Category)} for {@code FORMAT}), and fills the
 * placeholders of translated messages. The services' messages, the window and the command line's human output all
 * come here, so they agree:
 * <ul>
 * <li>dates in the locale's medium style: {@code 06.12.2026} in German, {@code Dec 6, 2026} in English; and typed
 * dates read back in that style, the locale's short one or ISO ({@link #parseDate(String)});</li>
 * <li>date-times in the medium date and short time style: {@code 06.12.2026, 14:05};</li>
 * <li>amounts (local currency, LCY) with two decimals, rounded half-up, grouped: {@code 1.234,50} /
 * {@code 1,234.50};</li>
 * <li>counts and durations (whole minutes) grouped: {@code 300.000} / {@code 300,000};</li>
 * <li>a message's {@code {0}}, {@code {1}}, ... filled as Eclipse's {@link NLS#bind(String, Object[])} does (a single
 * quote written twice in the properties files), and a count's singular or plural text chosen by
 * {@link #plural(long, String, String)}.</li>
 * </ul>
 * Nos. (line, entry and document numbers) are identifiers, not counts: pass them to {@link #bind(String, Object...)}
 * as they are, never through {@link #count(long)}. Machine output (JSON, CSV, Excel, vCard) never comes here: its
 * values stay locale-neutral. All methods are thread-safe and read the locale on every call.
 */
public final class Formats {

    private Formats() {
    }

    /** @return the locale numbers and dates are formatted in ({@code -nl}, else the system's) */
    public static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /**
     * @param date a date, or null
     * @return it in the locale's medium date style ({@code 06.12.2026}, {@code Dec 6, 2026}), or empty for null
     */
    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /**
     * Reads a date a person typed, the reverse of {@link #date(LocalDate)}, so every date field of the window (and a
     * date on the command line) takes what it shows: the locale's medium style ({@code 06.12.2026} in German,
     * {@code Dec 6, 2026} in English) or its short style ({@code 06.12.26}, {@code 12/6/26}; a two-digit year is
     * 2000-2099), with one-digit days and months and in any letter case; the medium style of every language Segmenta
     * ships (a filter saved by a German colleague, {@code 01.12.2026}, replays in English) and their dotted short style
     * ({@code 06.12.26}); and ISO
     * {@code 2026-12-06}, which every locale takes (scripts, saved filters, dates copied from JSON). A day that does
     * not exist ({@code 31.02.2026}) is refused, not moved.
     *
     * @param text a typed date; surrounding spaces are ignored
     * @return the date
     * @throws DateTimeParseException when the text is none of these (its message is the JDK's, English: give the
     *             user a message of your own, with {@link #date(LocalDate)} of an example)
     * @since 1.1
     */
    public static LocalDate parseDate(String text) {
        String t = text.strip();
        DateTimeParseException iso;
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            iso = e;
        }
        // the short style first: lenient, it reads a four-digit year as it is, while the medium style would read
        // the two digits of 06.12.26 as the year 26
        LocalDate d = parse(t, FormatStyle.SHORT, locale());
        if (d == null) {
            d = parse(t, FormatStyle.MEDIUM, locale());
        }
        // the medium style of every language Segmenta ships, so that a filter saved by a German colleague
        // (01.12.2026) replays for an English one, and Dec 6, 2026 for a German one; the short styles are left out
        // (12/6/26 means the 12th of June to a German reader)
        for (Locale shipped : SHIPPED) {
            if (d == null) {
                d = parse(t, FormatStyle.MEDIUM, shipped);
            }
        }
        // a dotted short date (06.12.26, day first wherever dots are written) of a shipped language, so that a filter
        // saved in German before saved filters were stored in ISO replays for an English colleague; slashed short
        // dates stay left out (12/6/26 is ambiguous)
        if (d == null && t.indexOf('.') > 0 && t.indexOf('/') < 0) {
            for (Locale shipped : SHIPPED) {
                if (d == null) {
                    d = parse(t, FormatStyle.SHORT, shipped);
                }
            }
        }
        if (d == null) {
            throw iso;
        }
        return d;
    }

    /** The languages Segmenta's texts ship in. */
    private static final List<Locale> SHIPPED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static LocalDate parse(String text, FormatStyle style, Locale locale) {
        DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient()
                .appendLocalized(style, null).parseDefaulting(ChronoField.ERA, 1).toFormatter(locale)
                .withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
        try {
            LocalDate d = LocalDate.parse(text, f);
            // a year of one to three digits is a two-digit year in a style that wants four (06.12.26 in German's
            // medium style would be the year 26): not a date anyone means
            return d.getYear() < 1000 ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * @param dateTime a local date and time, or null
     * @return it in the locale's medium date and short time style ({@code 06.12.2026, 14:05}), or empty for null
     */
    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : dateTimeFormatter().format(dateTime);
    }

    /**
     * @param instant a moment, or null
     * @return it in the system's time zone in the locale's medium date and short time style, or empty for null
     */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : dateTimeFormatter().format(instant.atZone(ZoneId.systemDefault()));
    }

    /** @return the locale's medium date and short time formatter, for the other {@code java.time} types */
    public static DateTimeFormatter dateTimeFormatter() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale());
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

    /**
     * @param value a yes/no value
     * @return it in words in the user's language ({@code Yes}/{@code No}, {@code Ja}/{@code Nein}): the one text of a
     *         boolean in the window's cells and the command line's tables (Logged Segments' Canceled column in both)
     * @since 1.1
     */
    public static String yesNo(boolean value) {
        return value ? org.segmenta.core.internal.Messages.Formats_yes : org.segmenta.core.internal.Messages.Formats_no;
    }

    /**
     * @param message a translated text with placeholders {@code {0}}, {@code {1}}, ...
     * @param bindings the values for them, already formatted where they are counts, amounts or dates (none for a
     *            text without placeholders)
     * @return the text with its placeholders filled ({@link NLS#bind(String, Object[])})
     */
    public static String bind(String message, Object... bindings) {
        return NLS.bind(message, bindings);
    }

    /**
     * Chooses the singular or the plural text of a count (English and German both use the singular for exactly one
     * only) and fills its {@code {0}} with the count, grouped.
     *
     * @param count a count
     * @param one the text for exactly one, for example {@code {0} warning} / {@code {0} Warnung}
     * @param other the text for any other count, for example {@code {0} warnings} / {@code {0} Warnungen}
     * @return the chosen text with its {@code {0}} filled with {@link #count(long)}
     */
    public static String plural(long count, String one, String other) {
        return NLS.bind(count == 1 ? one : other, count(count));
    }
}

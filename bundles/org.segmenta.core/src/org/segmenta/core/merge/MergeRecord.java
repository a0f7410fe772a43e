package org.segmenta.core.merge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One contact's merge data: text values by key, plus typed dates and numbers where a Word picture switch
 * ({@code \@} dates, {@code \#} numbers) needs them, plus the contact's language, which chooses the date and
 * number conventions and the greeting of GREETINGLINE.
 *
 * @param values   text values by key; a missing key merges as empty. Multi-line values use {@code \n}.
 * @param dates    typed dates by key; a date also counts as the key's text when {@code values} lacks it
 * @param numbers  typed numbers by key; likewise
 * @param language the contact's language (a BCP 47 tag such as {@code da-DK}); {@link Locale#ROOT} when unknown
 * @param fields   the values of plug-ins' fields ({@link MergeFieldProvider}) by field name, as the provider names
 *                 them; a missing name merges as empty
 */
public record MergeRecord(Map<MergeKey, String> values, Map<MergeKey, LocalDate> dates,
        Map<MergeKey, BigDecimal> numbers, Locale language, Map<String, String> fields) {

    /** Makes unmodifiable copies; {@code null} maps count as empty, a {@code null} language as {@link Locale#ROOT}. */
    public MergeRecord {
        values = copy(values);
        dates = copy(dates);
        numbers = copy(numbers);
        language = language == null ? Locale.ROOT : language;
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /**
     * A record without plug-in fields.
     *
     * @param values   text values by key
     * @param dates    typed dates by key
     * @param numbers  typed numbers by key
     * @param language the contact's language
     */
    public MergeRecord(Map<MergeKey, String> values, Map<MergeKey, LocalDate> dates, Map<MergeKey, BigDecimal> numbers,
            Locale language) {
        this(values, dates, numbers, language, null);
    }

    /**
     * @param fieldName a plug-in field's name, exactly as its provider names it
     * @return its value for this record, {@code ""} when it has none; never {@code null}
     */
    public String field(String fieldName) {
        return fields.getOrDefault(fieldName, "");
    }

    /**
     * @param more plug-in field values to add (a later value for the same name wins)
     * @return a copy of this record with them
     */
    public MergeRecord withFields(Map<String, String> more) {
        if (more == null || more.isEmpty()) {
            return this;
        }
        Map<String, String> all = new java.util.HashMap<>(fields);
        more.forEach((k, v) -> {
            if (k != null && v != null) {
                all.put(k, v);
            }
        });
        return new MergeRecord(values, dates, numbers, language, all);
    }

    private static <V> Map<MergeKey, V> copy(Map<MergeKey, V> map) {
        EnumMap<MergeKey, V> m = new EnumMap<>(MergeKey.class);
        if (map != null) {
            map.forEach((k, v) -> m.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k.name())));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The text of a key: its text value, else its date in ISO form, else its number in plain form.
     *
     * @param key the key
     * @return the text, {@code ""} when the record has nothing for it; never {@code null}
     */
    public String text(MergeKey key) {
        String v = values.get(key);
        if (v != null) {
            return v;
        }
        LocalDate d = dates.get(key);
        if (d != null) {
            return d.toString();
        }
        BigDecimal n = numbers.get(key);
        return n != null ? n.toPlainString() : "";
    }

    /** @return a builder for a record in the given language ({@code null}: unknown) */
    public static Builder builder(Locale language) {
        return new Builder(language);
    }

    /** Builds a {@link MergeRecord} key by key. Not thread-safe. */
    public static final class Builder {
        private final Map<MergeKey, String> values = new EnumMap<>(MergeKey.class);
        private final Map<MergeKey, LocalDate> dates = new EnumMap<>(MergeKey.class);
        private final Map<MergeKey, BigDecimal> numbers = new EnumMap<>(MergeKey.class);
        private final Locale language;

        private Builder(Locale language) {
            this.language = language;
        }

        /**
         * @param key   the key
         * @param value its text; {@code null} or empty leaves the key out
         * @return this builder
         */
        public Builder put(MergeKey key, String value) {
            if (value != null && !value.isEmpty()) {
                values.put(key, value);
            }
            return this;
        }

        /**
         * @param key  the key, usually {@link MergeKey#INTERACTION_DATE}
         * @param date the date; {@code null} leaves it out
         * @return this builder
         */
        public Builder date(MergeKey key, LocalDate date) {
            if (date != null) {
                dates.put(key, date);
            }
            return this;
        }

        /**
         * @param key    the key
         * @param number the number; {@code null} leaves it out
         * @return this builder
         */
        public Builder number(MergeKey key, BigDecimal number) {
            if (number != null) {
                numbers.put(key, number);
            }
            return this;
        }

        /** @return the record */
        public MergeRecord build() {
            return new MergeRecord(values, dates, numbers, language);
        }
    }
}

package org.segmenta.core.criteria;

/**
 * The type of a field that criteria filter on; it decides how a filter's values are read: a text is taken as
 * typed, a code in upper case, numbers and dates must parse, and an option must name one of its literals.
 */
public enum FieldType {
    /** Free text, compared as typed; {@code @} makes a term case-insensitive. */
    TEXT,
    /** A code such as a No. or a group code; values are compared in upper case, as the reference design stores codes. */
    CODE,
    /** A whole number, for example {@code 1000..2000}. */
    INTEGER,
    /** A decimal number with a point as decimal separator, for example {@code 0.5..12.75}. */
    DECIMAL,
    /** A date as {@code yyyy-MM-dd}, or {@code today} / {@code t} for the day the filter is applied. */
    DATE,
    /** Yes or no: {@code yes}, {@code no}, {@code true}, {@code false}, {@code 1}, {@code 0}. */
    BOOLEAN,
    /** One of a fixed list of literals, for example {@code Company|Person}; matched without regard to case. */
    OPTION;

    /** @return {@code true} for the types whose values may hold the wildcards {@code *} and {@code ?} */
    public boolean isTextual() {
        return this == TEXT || this == CODE;
    }
}

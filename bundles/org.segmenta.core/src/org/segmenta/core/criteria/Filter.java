package org.segmenta.core.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A parsed field filter in the reference design's filter syntax ({@link FilterParser}): a tree of
 * alternatives ({@code |}), conjunctions ({@code &}) and terms. Values are typed: {@link String} for text,
 * codes and options (an option's value is its literal's name), {@link Long}, {@link BigDecimal},
 * {@link LocalDate}, {@link Boolean}.
 * <p>
 * The store translates a filter into SQL with bound parameters; {@link #matches(Object)} is the same
 * meaning in Java, for checks and for tests that compare both.
 */
public sealed interface Filter {

    /**
     * @param value a field value of the filter's type, or {@code null} for an empty field
     * @return whether the value passes the filter; an empty text ({@code ""}) counts as empty like {@code null}
     */
    boolean matches(Object value);

    /** Comparison operators of single-value terms. */
    enum Op {
        /** {@code X} or {@code =X} */
        EQ,
        /** {@code <>X} */
        NE,
        /** {@code <X} */
        LT,
        /** {@code <=X} */
        LE,
        /** {@code >X} */
        GT,
        /** {@code >=X} */
        GE
    }

    /** {@code A|B|C}: passes when one of the terms passes. */
    record Or(List<Filter> terms) implements Filter {
        @Override
        public boolean matches(Object value) {
            return terms.stream().anyMatch(t -> t.matches(value));
        }
    }

    /** {@code A&B}: passes when every term passes. */
    record And(List<Filter> terms) implements Filter {
        @Override
        public boolean matches(Object value) {
            return terms.stream().allMatch(t -> t.matches(value));
        }
    }

    /**
     * A single comparison such as {@code <>X} or {@code >=100}. An empty field never passes a comparison
     * except {@code <>X}, which it passes.
     *
     * @param op the operator
     * @param value the typed value compared with
     * @param ignoreCase {@code @}: compare texts without regard to case
     */
    record Compare(Op op, Object value, boolean ignoreCase) implements Filter {
        @Override
        public boolean matches(Object v) {
            if (isEmpty(v)) {
                return op == Op.NE;
            }
            int c = compare(v, value, ignoreCase);
            return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            };
        }
    }

    /**
     * A range {@code A..B}, {@code ..B} or {@code A..}, both ends included.
     *
     * @param from the lower end, or {@code null} for open
     * @param to the upper end, or {@code null} for open
     * @param ignoreCase {@code @}: compare texts without regard to case
     */
    record Range(Object from, Object to, boolean ignoreCase) implements Filter {
        @Override
        public boolean matches(Object v) {
            if (isEmpty(v)) {
                return false;
            }
            return (from == null || compare(v, from, ignoreCase) >= 0) && (to == null || compare(v, to, ignoreCase) <= 0);
        }
    }

    /**
     * A wildcard pattern on text: {@code *} any run of characters, {@code ?} one character.
     *
     * @param pattern the pattern with its wildcards, other characters literal
     * @param ignoreCase {@code @}: without regard to case
     * @param negated {@code <>*x*}: passes when the value does not match
     */
    record Like(String pattern, boolean ignoreCase, boolean negated) implements Filter {
        @Override
        public boolean matches(Object v) {
            String s = isEmpty(v) ? "" : v.toString();
            StringBuilder regex = new StringBuilder();
            for (char ch : pattern.toCharArray()) {
                regex.append(ch == '*' ? ".*" : ch == '?' ? "." : Pattern.quote(String.valueOf(ch)));
            }
            int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            boolean m = Pattern.compile(regex.toString(), flags).matcher(s).matches();
            return m != negated;
        }
    }

    /**
     * {@code ''}: the field is empty ({@code null}, or an empty text); {@code <>''}: it is not.
     *
     * @param negated {@code true} for {@code <>''}
     */
    record Empty(boolean negated) implements Filter {
        @Override
        public boolean matches(Object v) {
            return isEmpty(v) != negated;
        }
    }

    private static boolean isEmpty(Object v) {
        return v == null || v instanceof String s && s.isEmpty();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compare(Object v, Object x, boolean ignoreCase) {
        if (v instanceof String a && x instanceof String b) {
            return ignoreCase ? a.toUpperCase(Locale.ROOT).compareTo(b.toUpperCase(Locale.ROOT)) : a.compareTo(b);
        }
        if (v instanceof Number a && x instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
        }
        if (v instanceof Comparable a && v.getClass() == x.getClass()) {
            return a.compareTo(x);
        }
        throw new IllegalArgumentException("Cannot compare " + v + " (" + v.getClass().getSimpleName() + ") with "
                + x + " (" + x.getClass().getSimpleName() + ")");
    }
}

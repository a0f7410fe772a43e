package org.segmenta.core.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmenta.core.format.Formats;
import org.segmenta.core.internal.Messages;
import org.segmenta.model.rules.Captions;

/**
 * Parses a field filter written in the filter syntax users of the reference design know (Dynamics NAV /
 * Business Central, "Entering Criteria in Filters"):
 * <ul>
 * <li>{@code A|B} either, {@code A&B} both, {@code (A|B)&C} grouping;</li>
 * <li>{@code 1000..2000} a range with both ends included, {@code ..2026-06-30} and {@code 100..} open ranges;</li>
 * <li>{@code <>X}, {@code <X}, {@code <=X}, {@code >X}, {@code >=X}, {@code =X} comparisons;</li>
 * <li>{@code *wild*} and {@code ?} wildcards on texts and codes ({@code <>*x*} negates);</li>
 * <li>{@code ''} an empty field, {@code <>''} a filled one; {@code 'A|B'} quotes take special characters
 * literally (a quote inside quotes is doubled);</li>
 * <li>{@code @} before a term compares without regard to case.</li>
 * </ul>
 * Spaces around a term are ignored; quote a value to keep them. Values are typed by the field
 * ({@link FieldType}).
 */
public final class FilterParser {

    private final String text;
    private final FieldType type;
    private final List<String> options;
    private final LocalDate today;
    private int pos;
    /** The dates typed in a form other than ISO: where each starts and ends, and its ISO form ({@link #normalise}). */
    private final List<Object[]> dates = new ArrayList<>();

    private FilterParser(String text, FieldType type, List<String> options, LocalDate today) {
        this.text = text;
        this.type = type;
        this.options = options;
        this.today = today;
    }

    /**
     * Parses a filter.
     *
     * @param expression the filter as typed, for example {@code 2000..2999|5000}
     * @param type the type of the field it filters
     * @param options for {@link FieldType#OPTION}: the literals the field can take, in their display form
     *            (for example {@code Company}, {@code Person}); the parsed value is the literal as listed here;
     *            ignored for other types
     * @param today the day {@code today} and {@code t} stand for
     * @return the filter tree
     * @throws FilterSyntaxException when the expression does not follow the syntax or a value does not fit the
     *             field's type; the message points at the character
     */
    public static Filter parse(String expression, FieldType type, List<String> options, LocalDate today) {
        if (expression == null || expression.isBlank()) {
            throw new FilterSyntaxException(expression == null ? "" : expression, 0,
                    Formats.bind(Messages.FilterParser_aValueTypeTo));
        }
        FilterParser p = new FilterParser(expression, type, options == null ? List.of() : options, today);
        Filter f = p.alternatives();
        if (p.pos < expression.length()) {
            throw p.error(p.pos, Formats.bind(Messages.FilterParser_orTheEndOf2));
        }
        return f;
    }

    /**
     * Writes the dates of a filter in ISO ({@code 2026-12-06}), everything else as it was, so that a filter stored for
     * later (saved criteria) replays in every locale: {@code 01.12.26..06.12.26} typed in German is stored as
     * {@code 2026-12-01..2026-12-06}, and {@code today} stays {@code today}.
     *
     * @param expression a filter as typed, in the user's locale
     * @param type the type of the field it filters; only {@link FieldType#DATE} changes anything
     * @param options as for {@link #parse}
     * @param today as for {@link #parse}
     * @return the filter with its dates in ISO; the expression itself when it has none, is not a date filter or
     *         does not parse (it then fails on replay with the same message as now)
     * @since 1.1
     */
    public static String normalise(String expression, FieldType type, List<String> options, LocalDate today) {
        if (type != FieldType.DATE || expression == null || expression.isBlank()) {
            return expression;
        }
        FilterParser p = new FilterParser(expression, type, options == null ? List.of() : options, today);
        try {
            p.alternatives();
            if (p.pos < expression.length()) {
                return expression;
            }
        } catch (FilterSyntaxException e) {
            return expression;
        }
        StringBuilder b = new StringBuilder(expression);
        for (int i = p.dates.size() - 1; i >= 0; i--) {
            Object[] d = p.dates.get(i);
            b.replace((int) d[0], (int) d[1], (String) d[2]);
        }
        return b.toString();
    }

    private Filter alternatives() {
        List<Filter> terms = new ArrayList<>();
        terms.add(conjunction());
        while (peek() == '|') {
            pos++;
            terms.add(conjunction());
        }
        return terms.size() == 1 ? terms.get(0) : new Filter.Or(List.copyOf(terms));
    }

    private Filter conjunction() {
        List<Filter> terms = new ArrayList<>();
        terms.add(term());
        while (peek() == '&') {
            pos++;
            terms.add(term());
        }
        return terms.size() == 1 ? terms.get(0) : new Filter.And(List.copyOf(terms));
    }

    private Filter term() {
        skipSpaces();
        if (peek() == '(') {
            pos++;
            Filter inner = alternatives();
            skipSpaces();
            if (peek() != ')') {
                throw error(pos, Formats.bind(Messages.FilterParser_toCloseTheAt,
                        (text.lastIndexOf('(', pos - 1) + 1)));
            }
            pos++;
            skipSpaces();
            return inner;
        }
        boolean ignoreCase = false;
        if (peek() == '@') {
            ignoreCase = true;
            pos++;
            skipSpaces();
        }
        Filter.Op op = operator();
        int rangeStart = pos;
        Value first = value();
        skipSpaces();
        if (text.startsWith("..", pos)) {
            if (op != null) {
                throw error(pos, Formats.bind(Messages.FilterParser_aSingleValueAfter));
            }
            pos += 2;
            skipSpaces();
            Value second = value();
            if (first.isMissing() && second.isMissing()) {
                throw error(rangeStart, Formats.bind(Messages.FilterParser_aValueBeforeOr));
            }
            if (first.wildcard || second.wildcard) {
                throw error(first.wildcard ? first.start : second.start, Formats.bind(Messages.FilterParser_aRangeWithoutWildcards));
            }
            skipSpaces();
            return new Filter.Range(first.isMissing() ? null : typed(first), second.isMissing() ? null : typed(second),
                    ignoreCase);
        }
        if (first.isMissing()) {
            throw error(first.start, Formats.bind(Messages.FilterParser_aValue));
        }
        if (first.emptyQuotes) {
            if (op != null && op != Filter.Op.EQ && op != Filter.Op.NE) {
                throw error(first.start, Formats.bind(Messages.FilterParser_aValueToCompare));
            }
            return new Filter.Empty(op == Filter.Op.NE);
        }
        if (first.wildcard) {
            if (!type.isTextual()) {
                throw error(first.start, Formats.bind(Messages.FilterParser_wildcardsOnlyOnTexts, typeWords()));
            }
            if (op != null && op != Filter.Op.EQ && op != Filter.Op.NE) {
                throw error(first.start, Formats.bind(Messages.FilterParser_aValueWithoutWildcards));
            }
            String pattern = type == FieldType.CODE ? first.text.toUpperCase(Locale.ROOT) : first.text;
            return new Filter.Like(pattern, ignoreCase, op == Filter.Op.NE);
        }
        return new Filter.Compare(op == null ? Filter.Op.EQ : op, typed(first), ignoreCase);
    }

    private Filter.Op operator() {
        if (text.startsWith("<>", pos)) {
            pos += 2;
            return Filter.Op.NE;
        }
        if (text.startsWith("<=", pos)) {
            pos += 2;
            return Filter.Op.LE;
        }
        if (text.startsWith(">=", pos)) {
            pos += 2;
            return Filter.Op.GE;
        }
        char c = peek();
        if (c == '<' || c == '>' || c == '=') {
            pos++;
            skipSpaces();
            return c == '<' ? Filter.Op.LT : c == '>' ? Filter.Op.GT : Filter.Op.EQ;
        }
        return null;
    }

    /** A raw value: its text, where it started, and whether it was quoted, empty quotes or has wildcards. */
    private record Value(String text, int start, boolean quoted, boolean emptyQuotes, boolean wildcard) {
        boolean isMissing() {
            return !quoted && text.isEmpty();
        }
    }

    private Value value() {
        skipSpaces();
        int start = pos;
        if (peek() == '\'') {
            StringBuilder b = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    throw error(start, Formats.bind(Messages.FilterParser_aClosingQuoteFor, (start + 1)));
                }
                char c = text.charAt(pos);
                if (c == '\'') {
                    if (pos + 1 < text.length() && text.charAt(pos + 1) == '\'' && pos > start + 1) {
                        b.append('\'');
                        pos += 2;
                        continue;
                    }
                    pos++;
                    break;
                }
                b.append(c);
                pos++;
            }
            return new Value(b.toString(), start, true, b.isEmpty(), false);
        }
        int end = pos;
        while (end < text.length() && "|&()".indexOf(text.charAt(end)) < 0 && !text.startsWith("..", end)) {
            char c = text.charAt(end);
            if ((c == '<' || c == '>' || c == '\'') && end > pos) {
                throw error(end, Formats.bind(Messages.FilterParser_orTheEndOf, c));
            }
            end++;
        }
        String raw = text.substring(pos, end).strip();
        pos = end;
        return new Value(raw, start, false, false, raw.indexOf('*') >= 0 || raw.indexOf('?') >= 0);
    }

    private Object typed(Value v) {
        String s = v.text;
        switch (type) {
        case TEXT:
            return s;
        case CODE:
            return s.toUpperCase(Locale.ROOT);
        case INTEGER:
            try {
                return Long.valueOf(s.strip());
            } catch (NumberFormatException e) {
                throw error(v.start, Formats.bind(Messages.FilterParser_aWholeNumber));
            }
        case DECIMAL:
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                throw error(v.start, Formats.bind(Messages.FilterParser_aNumberWithA));
            }
        case DATE:
            String d = s.strip().toLowerCase(Locale.ROOT);
            if (d.equals("today") || d.equals("t")) {
                return today;
            }
            try {
                LocalDate date = Formats.parseDate(d);
                if (!v.quoted && !s.strip().equals(date.toString())) {
                    dates.add(new Object[] { v.start, v.start + s.length(), date.toString() });
                }
                return date;
            } catch (DateTimeParseException e) {
                throw error(v.start, Formats.bind(Messages.FilterParser_aDateAsYyyy,
                        Formats.date(LocalDate.of(2026, 12, 24))));
            }
        case BOOLEAN:
            switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1":
                return Boolean.TRUE;
            case "no", "false", "0":
                return Boolean.FALSE;
            default:
                throw error(v.start, Formats.bind(Messages.FilterParser_yesOrNo));
            }
        case OPTION:
            String wanted = s.strip().replace(" ", "");
            // the literal, or its name in any language Segmenta ships (a German "Unternehmen" is "Company" for all)
            for (String literal : options) {
                for (String name : Captions.optionNames(literal)) {
                    if (name.replace(" ", "").equalsIgnoreCase(wanted)) {
                        return literal;
                    }
                }
            }
            throw error(v.start, Formats.bind(Messages.FilterParser_oneOf,
                    String.join(", ", options.stream().map(Captions::shownOption).toList())));
        default:
            throw new IllegalStateException(type.toString());
        }
    }

    private String typeWords() {
        return switch (type) {
        case INTEGER -> Messages.FilterParser_typeWholeNumber;
        case DECIMAL -> Messages.FilterParser_typeNumber;
        case DATE -> Messages.FilterParser_typeDate;
        case BOOLEAN -> Messages.FilterParser_typeYesOrNo;
        case OPTION -> Messages.FilterParser_typeValueFromTheList;
        default -> Messages.FilterParser_typeValue;
        };
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private FilterSyntaxException error(int at, String expected) {
        return new FilterSyntaxException(text, Math.min(at, text.length()), expected);
    }
}

package org.segmenta.core.criteria;

import org.segmenta.core.format.Formats;
import org.segmenta.core.internal.Messages;

/**
 * A filter that does not follow the filter syntax. The message points at the character and says what was
 * expected, for example {@code Filter "1000..x": at character 7 ('x'): expected a whole number.}
 */
public final class FilterSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String expression;
    private final int position;
    private final String expected;

    /**
     * @param expression the whole filter as typed
     * @param position the 0-based index of the offending character ({@code expression.length()} at the end)
     * @param expected what the parser expected there, in words
     */
    public FilterSyntaxException(String expression, int position, String expected) {
        super(message(expression, position, expected));
        this.expression = expression;
        this.position = position;
        this.expected = expected;
    }

    private static String message(String expression, int position, String expected) {
        return position >= expression.length()
                ? Formats.bind(Messages.FilterSyntaxException_atTheEnd, expression, expected)
                : Formats.bind(Messages.FilterSyntaxException_atCharacter, expression, position + 1,
                        expression.charAt(position), expected);
    }

    /** @return the filter as typed */
    public String expression() {
        return expression;
    }

    /** @return the 0-based index of the offending character; the expression's length when it is at the end */
    public int position() {
        return position;
    }

    /** @return what was expected there, in words */
    public String expected() {
        return expected;
    }
}

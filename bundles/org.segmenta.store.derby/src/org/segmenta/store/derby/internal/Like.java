package org.segmenta.store.derby.internal;

import java.util.List;
import java.util.Locale;

/**
 * The SQL of a quick filter (the text field above a list, as Eclipse views have): a row matches when one of its
 * columns contains the text, in any case. The text is a literal: {@code %} and {@code _} in it match themselves.
 */
final class Like {

    private Like() {
    }

    /**
     * @param text the filter text, not blank
     * @return the LIKE pattern for {@code UPPER(column) LIKE ? ESCAPE '\'}: the text upper-cased, escaped, between
     *         {@code %}
     */
    static String contains(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + t + "%";
    }

    /**
     * Adds the condition "one of the columns contains the text" and its parameters.
     *
     * @param columns qualified column names, for example {@code t.description}
     * @param text the filter text, not blank
     * @param params where the condition's parameters are added, one per column
     * @return the condition, in parentheses
     */
    static String anyContains(List<String> columns, String text, List<Object> params) {
        String pattern = contains(text);
        StringBuilder b = new StringBuilder("(");
        for (String c : columns) {
            if (b.length() > 1) {
                b.append(" OR ");
            }
            b.append("UPPER(").append(c).append(") LIKE ? ESCAPE '\\'");
            params.add(pattern);
        }
        return b.append(')').toString();
    }
}

package org.segmenta.core.rules;

import java.util.Locale;

/**
 * The quick filter of a list (the text field above it, as Eclipse views have) for the lists a service reads whole
 * because they are small (open segments, set-up tables): a row matches when one of its texts contains the filter
 * text, in any case. The store filters the long lists (interaction log, logged segments) the same way in SQL.
 */
public final class QuickFilter {

    private QuickFilter() {
    }

    /**
     * @param text the filter text; null or blank matches everything
     * @param values the row's texts (nulls are skipped)
     * @return whether one of the values contains the text, ignoring case
     */
    public static boolean matches(String text, Object... values) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Object v : values) {
            if (v != null && v.toString().toLowerCase(Locale.ROOT).contains(t)) {
                return true;
            }
        }
        return false;
    }
}

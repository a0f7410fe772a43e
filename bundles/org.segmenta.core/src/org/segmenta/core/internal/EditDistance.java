package org.segmenta.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How far a misspelt name is from the names that exist (Levenshtein distance: insertions, deletions and
 * substitutions of one character, letter case ignored), for "did you mean" hints in the services' errors.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * @param a a text
     * @param b another
     * @return the number of one-character insertions, deletions and substitutions that turn {@code a} into {@code b},
     *         letter case ignored
     */
    public static int between(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }

    /**
     * @param typed what was typed
     * @return how many edits still count as a misspelling of a name: 1 up to four characters, 2 up to eight, else 3
     */
    public static int tolerance(String typed) {
        int n = typed.length();
        return n <= 4 ? 1 : n <= 8 ? 2 : 3;
    }

    /**
     * The candidates nearest to a typed name, when any is near enough to be what was meant.
     *
     * @param <T> the candidates' type
     * @param typed what was typed
     * @param candidates what exists
     * @param names each candidate's names (its id, its caption): the nearest of them counts
     * @return the candidates at the smallest distance, in their order, when that distance is within
     *         {@link #tolerance(String)}; empty when none is near
     */
    public static <T> List<T> nearest(String typed, Collection<T> candidates, Function<T, List<String>> names) {
        int best = tolerance(typed) + 1;
        List<T> out = new ArrayList<>();
        for (T c : candidates) {
            int d = Integer.MAX_VALUE;
            for (String name : names.apply(c)) {
                if (name != null) {
                    d = Math.min(d, between(typed, name));
                }
            }
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best) {
                out.add(c);
            }
        }
        return out;
    }
}

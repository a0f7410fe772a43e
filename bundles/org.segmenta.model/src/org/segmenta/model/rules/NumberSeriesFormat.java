package org.segmenta.model.rules;

/**
 * Increments the codes of a number series the way the reference design does (Dynamics NAV/Business
 * Central {@code INCSTR}): the last group of digits in the code is increased by one, keeping its width
 * and the text around it, so {@code SEG00009} is followed by {@code SEG00010} and {@code 2026-LS-099} by
 * {@code 2026-LS-100}; a group of nines grows by one digit ({@code SEG99999} → {@code SEG100000}).
 */
public final class NumberSeriesFormat {

    private NumberSeriesFormat() {
    }

    /**
     * Returns the code that follows {@code code} in its number series.
     *
     * @param code a code with at least one digit, for example {@code SEG00001}; not {@code null}
     * @return the next code: of the same length as {@code code}, or one longer when the group was all nines
     * @throws IllegalArgumentException when {@code code} has no digit; the message names the code and what to
     *             do
     */
    public static String increment(String code) {
        int end = code.length();
        while (end > 0 && !Character.isDigit(code.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            throw new IllegalArgumentException("The number series code '" + code
                    + "' has no digits to increment; give it a numeric part such as '" + code + "0001'.");
        }
        char[] chars = code.toCharArray();
        int i = end - 1;
        while (i >= 0 && Character.isDigit(chars[i])) {
            if (chars[i] != '9') {
                chars[i]++;
                return new String(chars);
            }
            chars[i] = '0';
            i--;
        }
        // all nines: the group grows by one digit, as INCSTR('Account 99') gives 'Account 100'
        return code.substring(0, i + 1) + '1' + new String(chars, i + 1, chars.length - i - 1);
    }
}

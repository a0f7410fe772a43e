package org.segmenta.merge.word.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Text where every character remembers the run properties ({@code w:rPr} XML, possibly empty) it came from, so a
 * field result keeps the formatting of the field code it was written in. {@code '\t'} is a tab, {@code '\n'} a
 * line break and {@link #PARA} a paragraph mark.
 */
final class Rich {
    /** A paragraph mark inside field text (U+2029 PARAGRAPH SEPARATOR). */
    static final char PARA = '\u2029';

    final StringBuilder text = new StringBuilder();
    final List<String> style = new ArrayList<>();

    Rich() {
    }

    Rich(String s, String rPr) {
        append(s, rPr);
    }

    Rich append(CharSequence s, String rPr) {
        text.append(s);
        for (int i = 0; i < s.length(); i++) {
            style.add(rPr);
        }
        return this;
    }

    Rich append(Rich r) {
        text.append(r.text);
        style.addAll(r.style);
        return this;
    }

    Rich appendChar(Rich from, int index) {
        text.append(from.text.charAt(index));
        style.add(from.style.get(index));
        return this;
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** @return a copy with every character in the given run properties */
    Rich restyled(String rPr) {
        return new Rich(text.toString(), rPr);
    }

    /** @return the style of the first character, or the given default */
    String firstStyle(String dflt) {
        return style.isEmpty() ? dflt : style.get(0);
    }
}

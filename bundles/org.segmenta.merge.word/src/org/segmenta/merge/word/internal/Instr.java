package org.segmenta.merge.word.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A field instruction parsed the way Word reads a field code: the field type, its arguments (quoted or not;
 * inside quotes {@code \"} is a quote and {@code \\} a backslash) and its switches ({@code \x} followed by an
 * argument when the switch takes one). Paragraph marks, tabs and line breaks count as white space between
 * tokens and are kept inside quoted text. Source: [MS-OI29500] / ECMA-376 Part 1, §17.16.1 (field syntax).
 */
final class Instr {
    /** Stands for the empty result of a nested field, so it still forms an argument. */
    static final char EMPTY_ARG = '\uE000';

    /** One switch: its letter (lower case; {@code '*'}, {@code '@'}, {@code '#'}, {@code '!'} as is) and argument. */
    record Switch(char letter, Rich arg) {
        String argText() {
            return arg == null ? "" : arg.toString();
        }
    }

    /** Switches that never take an argument, per field type. */
    private static final Set<String> FLAG_SWITCHES = Set.of("MERGEFIELD:m", "MERGEFIELD:v", "ADDRESSBLOCK:d",
            "ASK:o", "FILLIN:o", "SEQ:c", "SEQ:h", "SEQ:n", "REF:f", "REF:h", "REF:n", "REF:p", "REF:r", "REF:t",
            "REF:w", "REF:d", "DATE:h", "DATE:l", "DATE:s", "HYPERLINK:m", "HYPERLINK:n");

    final String type;
    final List<Rich> args = new ArrayList<>();
    final List<Switch> switches = new ArrayList<>();
    /** the whole instruction text, for messages */
    final String text;

    private Instr(String type, String text) {
        this.type = type;
        this.text = text;
    }

    Switch sw(char letter) {
        for (Switch s : switches) {
            if (s.letter == letter) {
                return s;
            }
        }
        return null;
    }

    boolean has(char letter) {
        return sw(letter) != null;
    }

    String arg(int i) {
        return i < args.size() ? args.get(i).toString() : "";
    }

    private record Token(Rich value, boolean quoted, char switchLetter) {
    }

    static Instr parse(Rich in) {
        List<Token> tokens = tokenize(in);
        String whole = in.toString().replace(Rich.PARA, '\n').strip();
        if (tokens.isEmpty()) {
            return new Instr("", whole);
        }
        Token first = tokens.get(0);
        String type = first.switchLetter != 0 ? "" : first.value.toString().toUpperCase(Locale.ROOT);
        int start = 1;
        if (type.startsWith("=")) {
            type = "=";
        }
        Instr r = new Instr(type, whole);
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.switchLetter != 0) {
                Rich arg = null;
                boolean flag = FLAG_SWITCHES.contains(type + ":" + t.switchLetter);
                if (!flag && i + 1 < tokens.size() && tokens.get(i + 1).switchLetter == 0) {
                    arg = tokens.get(++i).value;
                }
                r.switches.add(new Switch(t.switchLetter, arg));
            } else {
                r.args.add(t.value);
            }
        }
        return r;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == Rich.PARA || c == '\u00a0';
    }

    private static List<Token> tokenize(Rich in) {
        List<Token> out = new ArrayList<>();
        CharSequence t = in.text;
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (space(c)) {
                i++;
            } else if (c == '"' || c == '\u201c' || c == '\u201d') {
                Rich v = new Rich();
                int j = i + 1;
                while (j < n && t.charAt(j) != '"' && t.charAt(j) != '\u201d' && t.charAt(j) != '\u201c') {
                    if (t.charAt(j) == '\\' && j + 1 < n && (t.charAt(j + 1) == '"' || t.charAt(j + 1) == '\\')) {
                        j++;
                    }
                    if (t.charAt(j) != EMPTY_ARG) {
                        v.appendChar(in, j);
                    }
                    j++;
                }
                out.add(new Token(v, true, (char) 0));
                i = j + 1;
            } else if (c == '\\' && i + 1 < n && !space(t.charAt(i + 1))) {
                char l = t.charAt(i + 1);
                out.add(new Token(null, false, Character.toLowerCase(l)));
                i += 2;
            } else {
                Rich v = new Rich();
                int j = i;
                while (j < n && !space(t.charAt(j)) && t.charAt(j) != '"') {
                    if (t.charAt(j) != EMPTY_ARG) {
                        v.appendChar(in, j);
                    }
                    j++;
                }
                out.add(new Token(v, false, (char) 0));
                i = j;
            }
        }
        return out;
    }
}

package org.segmenta.cli.internal;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;

/** Splits a line of {@code segmenta cli shell} input into words, as a POSIX shell does (no expansions). */
public final class ShellWords {

    private ShellWords() {
    }

    /**
     * Splits a line into words as a POSIX shell does, without expansions: {@code '...'} keeps everything literally,
     * {@code "..."} keeps everything but {@code \"}, {@code \\}, {@code \$} and {@code \`}, and a backslash outside
     * quotes keeps the next character; unquoted blanks separate words.
     *
     * @param line one line of input
     * @return its words, empty for a blank line
     * @throws IllegalArgumentException (bad usage, exit code 2) when a quote is not closed (the message gives the column)
     */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new Commands.BadUsage(NLS.bind(Messages.ShellWords_theQuoteAtColumnIs, (i + 1), line));
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                int j = i + 1;
                while (true) {
                    if (j >= line.length()) {
                        throw new Commands.BadUsage(NLS.bind(Messages.ShellWords_theQuoteAtColumnIs2, (i + 1), line));
                    }
                    char d = line.charAt(j);
                    if (d == '"') {
                        break;
                    }
                    if (d == '\\' && j + 1 < line.length() && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
                        word.append(line.charAt(j + 1));
                        j += 2;
                    } else {
                        word.append(d);
                        j++;
                    }
                }
                inWord = true;
                i = j + 1;
            } else if (c == '\\') {
                if (i + 1 < line.length()) {
                    word.append(line.charAt(i + 1));
                }
                inWord = true;
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}

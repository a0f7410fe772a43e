package org.segmenta.exchange.util;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds the character encoding of a contact export as real tools write it: UTF-8 with or without a byte
 * order mark, UTF-16 (big or little endian) with or without one, and for the rest the single-byte Windows or ISO
 * encoding that decodes it best ({@link #guessSingleByte(byte[])}): Windows-1252 for Western text.
 */
public final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The result: the charset and how many leading bytes are a byte order mark to skip. */
    public record Detected(Charset charset, int bomLength) {

        /**
         * @param bytes the whole content the encoding was detected on
         * @return the text without its byte order mark
         */
        public String decode(byte[] bytes) {
            return new String(bytes, bomLength, bytes.length - bomLength, charset);
        }
    }

    private TextDecoding() {
    }

    /**
     * Detects the encoding of {@code bytes}.
     * <ul>
     * <li>a byte order mark decides (UTF-8 {@code EF BB BF}, UTF-16 {@code FE FF} / {@code FF FE});</li>
     * <li>without one, text where most even (odd) bytes of the first 4 KiB are zero is UTF-16 big (little)
     * endian: ASCII text in UTF-16 has a zero byte in every pair;</li>
     * <li>otherwise bytes that decode as strict UTF-8 are UTF-8, and any other bytes are in the single-byte
     * encoding {@link #guessSingleByte(byte[])} finds for them (Windows-1252 for Western text, the default of
     * Outlook and Windows tools).</li>
     * </ul>
     *
     * @param bytes the content, possibly empty
     * @return the charset and the length of the byte order mark (0, 2 or 3)
     */
    public static Detected detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        int n = Math.min(bytes.length, 4096) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (pairs > 0 && evenZeros * 10 > pairs * 7 && oddZeros * 10 < pairs) {
            return new Detected(StandardCharsets.UTF_16BE, 0);
        }
        if (pairs > 0 && oddZeros * 10 > pairs * 7 && evenZeros * 10 < pairs) {
            return new Detected(StandardCharsets.UTF_16LE, 0);
        }
        if (isUtf8(bytes, 0, bytes.length)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        return new Detected(guessSingleByte(nonAsciiSample(bytes)), 0);
    }

    /**
     * @return whether {@code bytes[from..to)} is strict UTF-8
     */
    public static boolean isUtf8(byte[] bytes, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The single-byte encodings {@link #guessSingleByte(byte[])} chooses from, in order of preference on a tie. */
    public static final List<String> SINGLE_BYTE_CANDIDATES = List.of("windows-1252", "ISO-8859-15", "windows-1250",
            "ISO-8859-2", "windows-1257", "ISO-8859-13", "windows-1254", "ISO-8859-9", "windows-1251", "ISO-8859-5",
            "KOI8-R", "windows-1253", "ISO-8859-7");

    /**
     * Guesses the single-byte encoding of text that is not UTF-8, by validity and plausibility: an encoding that
     * leaves a byte undefined or decodes it to a C1 control character is out; among the rest, the one whose
     * non-ASCII characters are most often letters of the same script as the word they stand in wins (a Latin word
     * with a Cyrillic letter in it is a wrong guess), ties going to the earlier of
     * {@link #SINGLE_BYTE_CANDIDATES} (Windows-1252 first, the default of Outlook and Windows tools).
     *
     * @param sample bytes of the text; only its non-ASCII words matter
     * @return the encoding; Windows-1252 when none fits
     */
    public static Charset guessSingleByte(byte[] sample) {
        Charset best = WINDOWS_1252;
        int bestScore = Integer.MIN_VALUE;
        for (String name : SINGLE_BYTE_CANDIDATES) {
            if (!Charset.isSupported(name)) {
                continue;
            }
            Charset cs = Charset.forName(name);
            String text;
            try {
                text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample)).toString();
            } catch (CharacterCodingException e) {
                continue;
            }
            int score = plausibility(text);
            if (score > bestScore) {
                best = cs;
                bestScore = score;
            }
        }
        return best;
    }

    private static int plausibility(String text) {
        int score = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (ch >= 0x80 && ch <= 0x9F) {
                return Integer.MIN_VALUE + 1; // a C1 control: the bytes are not text in this encoding
            }
            if (!Character.isLetter(ch)) {
                if (ch >= 0x80 && ch != 0xA0) {
                    score -= 2; // a symbol (£, ¤, ±...) where a letter was more likely
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            Character.UnicodeScript script = null;
            boolean mixed = false;
            boolean nonAscii = false;
            for (int k = start; k < i; k++) {
                char c = text.charAt(k);
                nonAscii |= c >= 0x80;
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (script == null) {
                    script = s;
                } else if (s != script) {
                    mixed = true;
                }
                if (k > start && c >= 0x80 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(k - 1))) {
                    score -= 1; // "mÜller": an upper-case letter inside a lower-case word
                }
            }
            if (nonAscii) {
                score += mixed ? -3 : 2;
            }
        }
        return score;
    }

    /** @return the words of {@code bytes} that hold a byte above 0x7F (at most 256 KiB of them), space-separated */
    public static byte[] nonAsciiSample(byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < bytes.length && out.size() < 256 * 1024) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int from = i;
            while (from > 0 && !boundary(bytes[from - 1])) {
                from--;
            }
            int to = i;
            while (to < bytes.length && !boundary(bytes[to])) {
                to++;
            }
            out.write(bytes, from, to - from);
            out.write(' ');
            i = to;
        }
        return out.toByteArray();
    }

    private static boolean boundary(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == ',' || b == ';' || b == '"' || b == ':';
    }

    /**
     * Repairs vCard line folding that split a multi-byte UTF-8 character: where a line ends inside a character and
     * the folded continuation line (a line break, then a space or tab) begins with the rest of it, the rest is moved
     * before the line break, so that unfolding and decoding give the character back. Line numbers stay as they were.
     *
     * @param bytes the file's bytes
     * @return the repaired bytes and how many folds were repaired (the same array when there were none)
     */
    public static Repaired repairSplitFolds(byte[] bytes) {
        java.io.ByteArrayOutputStream out = null;
        int copied = 0;
        int repairs = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] != '\n' || (bytes[i + 1] != ' ' && bytes[i + 1] != '\t')) {
                continue;
            }
            int lineEnd = i > 0 && bytes[i - 1] == '\r' ? i - 1 : i;
            int missing = missingContinuationBytes(bytes, lineEnd);
            if (missing == 0) {
                continue;
            }
            int j = i + 2;
            int k = 0;
            while (k < missing && j + k < bytes.length && (bytes[j + k] & 0xC0) == 0x80) {
                k++;
            }
            if (k != missing) {
                continue;
            }
            if (out == null) {
                out = new java.io.ByteArrayOutputStream(bytes.length);
            }
            out.write(bytes, copied, lineEnd - copied);
            out.write(bytes, j, missing);
            out.write(bytes, lineEnd, j - lineEnd);
            copied = j + missing;
            i = copied - 1;
            repairs++;
        }
        if (out == null) {
            return new Repaired(bytes, 0);
        }
        out.write(bytes, copied, bytes.length - copied);
        return new Repaired(out.toByteArray(), repairs);
    }

    /** The bytes and how many split characters were joined. */
    public record Repaired(byte[] bytes, int repairs) {
    }

    /** @return how many continuation bytes the UTF-8 character that ends just before {@code end} still lacks */
    private static int missingContinuationBytes(byte[] b, int end) {
        int k = 0;
        int p = end - 1;
        while (p >= 0 && k < 3 && (b[p] & 0xC0) == 0x80) {
            p--;
            k++;
        }
        if (p < 0) {
            return 0;
        }
        int lead = b[p] & 0xFF;
        int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? (lead >= 0xF0 ? 0 : 3) : lead >= 0xC2 ? 2 : 0;
        return length > 0 && k < length - 1 ? length - 1 - k : 0;
    }
}

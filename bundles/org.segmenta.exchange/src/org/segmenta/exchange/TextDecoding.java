package org.segmenta.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the character encoding of a contact export as real tools write it: UTF-8 with or without a byte
 * order mark, UTF-16 (big or little endian) with or without one, and Windows-1252 for the rest.
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
     * <li>otherwise bytes that decode as strict UTF-8 are UTF-8, and any other bytes are Windows-1252, the
     * default of Outlook and Windows tools.</li>
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
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return new Detected(StandardCharsets.UTF_8, 0);
        } catch (CharacterCodingException e) {
            return new Detected(WINDOWS_1252, 0);
        }
    }
}

package org.segmenta.merge.word.internal;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.segmenta.core.format.Formats;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Makes every XML part of a package safe to copy into letters, once per main document: decodes it by its byte
 * order mark, its first bytes or its XML declaration (XML 1.0, Appendix F), and when the declaration does not match
 * the bytes reads what the bytes are (UTF-8) and says so; removes the characters XML 1.0 forbids (NUL and the other
 * C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates; and character references
 * to them), naming the part, line and column; stores every changed part as UTF-8 with a matching declaration; then
 * checks that each XML part is well-formed with the JDK's parser (DOCTYPEs refused), so no letter can copy a broken
 * part. A part that still is not well-formed is refused with its line and column.
 */
final class XmlParts {

    private static final Pattern DECL = Pattern.compile("^<\\?xml[^>]*?\\?>");
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern CHAR_REF = Pattern.compile("&#(x[0-9A-Fa-f]+|[0-9]+);");

    private XmlParts() {
    }

    /** A part that cannot be made well-formed. */
    static final class BadPartException extends Exception {
        private static final long serialVersionUID = 1L;

        BadPartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** @return whether the entry is an XML part by its name or first bytes */
    static boolean isXml(String name, byte[] data) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml")) {
            return true;
        }
        int off = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF ? 3 : 0;
        return data.length >= off + 5 && data[off] == '<' && data[off + 1] == '?' && data[off + 2] == 'x' && data[off + 3] == 'm'
                && data[off + 4] == 'l';
    }

    /**
     * Normalises and checks every XML part of the package in place.
     *
     * @param pkg      the package; changed parts are replaced by their UTF-8 form
     * @param warnings receives one sentence per part that was changed (part, what, where)
     * @throws BadPartException when a part cannot be decoded or is not well-formed; the message names the part
     *                          and the position
     */
    static void normalise(WordPackage pkg, List<String> warnings) throws BadPartException {
        SAXParser parser = parser();
        for (String name : new ArrayList<>(pkg.entries.keySet())) {
            byte[] data = pkg.entries.get(name);
            if (!isXml(name, data)) {
                continue;
            }
            byte[] clean = normalise(name, data, warnings);
            if (clean != data) {
                pkg.entries.put(name, clean);
            }
            check(parser, name, clean);
        }
    }

    /** @return the part's bytes, or new UTF-8 bytes when it had to be changed */
    static byte[] normalise(String name, byte[] b, List<String> warnings) throws BadPartException {
        String text;
        boolean changed = false;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            text = decode(name, b, 3, StandardCharsets.UTF_8);
            changed = true;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            text = decode(name, b, 2, StandardCharsets.UTF_16LE);
            changed = true;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            text = decode(name, b, 2, StandardCharsets.UTF_16BE);
            changed = true;
        } else if (b.length >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
            text = decode(name, b, 0, StandardCharsets.UTF_16LE);
            changed = true;
        } else if (b.length >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
            text = decode(name, b, 0, StandardCharsets.UTF_16BE);
            changed = true;
        } else {
            // ASCII-compatible bytes: the declaration names the encoding (UTF-8 when it names none)
            String declared = declaredEncoding(b);
            Charset cs = charset(declared);
            if (cs == null || cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")) {
                // the declaration cannot be right for bytes in which it could be read as ASCII
                text = decodeOrNull(b, StandardCharsets.UTF_8);
                if (text == null) {
                    throw malformed(name, b, StandardCharsets.UTF_8, declared);
                }
                warnings.add(Formats.bind(Messages.Parts_declaredButUtf8, name, declared));
                changed = true;
            } else if (cs.equals(StandardCharsets.UTF_8)) {
                text = decodeOrNull(b, StandardCharsets.UTF_8);
                if (text == null) {
                    throw malformed(name, b, StandardCharsets.UTF_8, declared);
                }
            } else {
                // a single-byte text almost never forms valid UTF-8 multi-byte sequences: when the bytes do, they are UTF-8
                String utf8 = highBytes(b) ? decodeOrNull(b, StandardCharsets.UTF_8) : null;
                if (utf8 != null) {
                    text = utf8;
                    warnings.add(Formats.bind(Messages.Parts_declaredButUtf8, name, declared));
                } else {
                    text = decodeOrNull(b, cs);
                    if (text == null) {
                        throw malformed(name, b, cs, declared);
                    }
                }
                changed = true;
            }
        }
        String cleaned = removeForbidden(name, text, warnings);
        if (!changed && cleaned == text) {
            return b;
        }
        return utf8Declaration(cleaned).getBytes(StandardCharsets.UTF_8);
    }

    /** @return the text with its XML declaration (if any) saying UTF-8 */
    static String utf8Declaration(String text) {
        Matcher d = DECL.matcher(text);
        if (!d.find()) {
            return text;
        }
        String decl = d.group();
        Matcher e = ENCODING.matcher(decl);
        String fixed = e.find() ? decl.substring(0, e.start()) + "encoding=\"UTF-8\"" + decl.substring(e.end()) : decl;
        return fixed.equals(decl) ? text : fixed + text.substring(d.end());
    }

    private static boolean highBytes(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    private static String declaredEncoding(byte[] b) {
        int n = Math.min(b.length, 200);
        String head = new String(b, 0, n, StandardCharsets.ISO_8859_1);
        Matcher d = DECL.matcher(head);
        if (!d.find()) {
            return "UTF-8";
        }
        Matcher e = ENCODING.matcher(d.group());
        return e.find() ? e.group(1) : "UTF-8";
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String decode(String name, byte[] b, int off, Charset cs) throws BadPartException {
        String s = decodeOrNull(java.util.Arrays.copyOfRange(b, off, b.length), cs);
        if (s == null) {
            throw malformed(name, java.util.Arrays.copyOfRange(b, off, b.length), cs, cs.name());
        }
        return s;
    }

    private static String decodeOrNull(byte[] b, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static BadPartException malformed(String name, byte[] b, Charset cs, String declared) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, b.length * 2));
        d.decode(in, out, true);
        int at = in.position();
        return new BadPartException(Formats.bind(Messages.Parts_notText, name, cs.name(), declared,
                at < b.length ? String.format("%02X", b[at] & 0xFF) : "--", at), null);
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /**
     * @return the text without the characters XML 1.0 forbids (raw, or as character references); the same
     *         instance when it has none
     */
    static String removeForbidden(String name, String s, List<String> warnings) {
        StringBuilder b = null;
        int removed = 0;
        String first = null;
        int line = 1;
        int lineStart = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int cp = c;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(i + 1));
                width = 2;
            } else if (Character.isSurrogate(c)) {
                cp = -1;
            }
            String bad = null;
            int skip = width;
            if (cp < 0 || !allowed(cp)) {
                bad = cp < 0 ? Formats.bind(Messages.Parts_unpairedSurrogate, String.format("%04X", (int) c))
                        : String.format("U+%04X", cp);
            } else if (c == '&' && i + 2 < n && s.charAt(i + 1) == '#') {
                Matcher m = CHAR_REF.matcher(s).region(i, Math.min(n, i + 16));
                if (m.lookingAt()) {
                    String v = m.group(1);
                    long ref;
                    try {
                        ref = v.startsWith("x") ? Long.parseLong(v.substring(1), 16) : Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        ref = -1;
                    }
                    if (ref < 0 || ref > 0x10FFFF || !allowed((int) ref)) {
                        bad = Formats.bind(Messages.Parts_characterReference, m.group());
                        skip = m.end() - i;
                    }
                }
            }
            if (bad != null) {
                if (b == null) {
                    b = new StringBuilder(n);
                    b.append(s, 0, i);
                }
                removed++;
                if (first == null) {
                    first = Formats.bind(Messages.Parts_atLineColumn, bad, line, i - lineStart + 1);
                }
                i += skip - 1;
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            if (b != null) {
                b.append(s, i, i + width);
            }
            i += width - 1;
        }
        if (b == null) {
            return s;
        }
        warnings.add(Formats.bind(removed == 1 ? Messages.Parts_removedOne : Messages.Parts_removedOther, name,
                Formats.count(removed), first));
        return b.toString();
    }

    private static SAXParser parser() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setValidating(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser p = f.newSAXParser();
            // secure processing limits depth to 100 in recent JDKs; Word's own documents may go deeper, absurd depth is refused
            p.setProperty("jdk.xml.maxElementDepth", String.valueOf(XmlParser.MAX_DEPTH));
            return p;
        } catch (Exception e) {
            throw new IllegalStateException("the JDK's XML parser cannot be set up: " + e, e);
        }
    }

    private static void check(SAXParser parser, String name, byte[] data) throws BadPartException {
        try {
            parser.reset();
            parser.parse(new ByteArrayInputStream(data), new DefaultHandler());
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("maxElementDepth")) {
                throw new XmlParser.TooDeepException(Formats.bind(Messages.Parts_nestsTooDeep, name, XmlParser.MAX_DEPTH,
                        e.getLineNumber(), e.getColumnNumber()));
            }
            throw new BadPartException(Formats.bind(Messages.Parts_notWellFormedAt, name, e.getLineNumber(),
                    e.getColumnNumber(), e.getMessage()), e);
        } catch (SAXException | java.io.IOException e) {
            throw new BadPartException(Formats.bind(Messages.Parts_notWellFormed, name, e.getMessage()), e);
        }
    }
}

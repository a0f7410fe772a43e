package org.segmenta.merge.word.internal;

import java.util.ArrayDeque;
import java.util.Deque;

import org.segmenta.core.format.Formats;

/**
 * A small, strict-enough XML reader for OOXML parts: builds an {@link XNode} tree with source offsets.
 * It resolves element namespaces, skips comments, processing instructions and CDATA, and refuses DOCTYPEs
 * (OOXML never has one; refusing it also rules out entity expansion attacks).
 */
final class XmlParser {

    /**
     * How deep elements may nest. Word's own documents stay far below (a table nested in tables ten deep is about
     * 50 levels); a deeper part is damaged or made to break programs, and is refused at once.
     */
    static final int MAX_DEPTH = 1000;

    private XmlParser() {
    }

    /** A part nested deeper than {@link #MAX_DEPTH}. */
    static final class TooDeepException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooDeepException(String message) {
            super(message);
        }
    }

    /**
     * @param src  the XML text
     * @param part the part name, for messages
     * @return the root element
     * @throws IllegalArgumentException when the text is not well-formed, with the part and offset
     */
    static XNode parse(String src, String part) {
        XNode root = null;
        Deque<XNode> stack = new ArrayDeque<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            int lt = src.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (src.startsWith("<?", lt)) {
                i = need(src, "?>", lt, part) + 2;
            } else if (src.startsWith("<!--", lt)) {
                i = need(src, "-->", lt, part) + 3;
            } else if (src.startsWith("<![CDATA[", lt)) {
                i = need(src, "]]>", lt, part) + 3;
            } else if (src.startsWith("<!", lt)) {
                throw new IllegalArgumentException(Formats.bind(Messages.Xml_declaration, part, lt));
            } else if (src.startsWith("</", lt)) {
                int gt = need(src, ">", lt, part);
                String name = src.substring(lt + 2, gt).strip();
                XNode top = stack.poll();
                if (top == null || !top.qname.equals(name)) {
                    throw new IllegalArgumentException(Formats.bind(Messages.Xml_endTagMismatch, part, name, lt,
                            top == null ? Messages.Xml_anyStartTag : "<" + top.qname + ">"));
                }
                top.endStart = lt;
                top.end = gt + 1;
                i = gt + 1;
            } else {
                int gt = tagEnd(src, lt, part);
                boolean self = src.charAt(gt - 1) == '/';
                int nameEnd = lt + 1;
                while (nameEnd < gt && !Character.isWhitespace(src.charAt(nameEnd)) && src.charAt(nameEnd) != '/'
                        && src.charAt(nameEnd) != '>') {
                    nameEnd++;
                }
                String qname = src.substring(lt + 1, nameEnd);
                XNode parent = stack.peek();
                XNode e = new XNode(parent, qname, src);
                e.start = lt;
                e.startEnd = gt + 1;
                declareNamespaces(e, src, nameEnd, gt);
                int c = qname.indexOf(':');
                e.ns = e.resolve(c < 0 ? "" : qname.substring(0, c));
                if (parent != null) {
                    parent.children.add(e);
                } else if (root == null) {
                    root = e;
                } else {
                    throw new IllegalArgumentException(Formats.bind(Messages.Xml_secondRoot, part, lt));
                }
                if (self) {
                    e.endStart = e.startEnd;
                    e.end = e.startEnd;
                } else {
                    if (stack.size() >= MAX_DEPTH) {
                        throw new TooDeepException(Formats.bind(Messages.Xml_nestsTooDeep, part, MAX_DEPTH, lt));
                    }
                    stack.push(e);
                }
                i = gt + 1;
            }
        }
        if (root == null) {
            throw new IllegalArgumentException(Formats.bind(Messages.Xml_noElement, part));
        }
        if (!stack.isEmpty()) {
            throw new IllegalArgumentException(Formats.bind(Messages.Xml_neverClosed, part, stack.peek().qname));
        }
        return root;
    }

    private static int need(String src, String what, int from, String part) {
        int k = src.indexOf(what, from);
        if (k < 0) {
            throw new IllegalArgumentException(Formats.bind(Messages.Xml_unterminatedMarkup, part, from));
        }
        return k;
    }

    private static int tagEnd(String src, int lt, String part) {
        char quote = 0;
        for (int k = lt + 1; k < src.length(); k++) {
            char ch = src.charAt(k);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '>') {
                return k;
            } else if (ch == '<') {
                break;
            }
        }
        throw new IllegalArgumentException(Formats.bind(Messages.Xml_unterminatedTag, part, lt));
    }

    /** @return the first index of {@code what} in {@code src[from, to)}, or -1; never looks past {@code to} */
    private static int find(String src, String what, int from, int to) {
        char c0 = what.charAt(0);
        for (int k = from, last = to - what.length(); k <= last; k++) {
            if (src.charAt(k) == c0 && src.startsWith(what, k)) {
                return k;
            }
        }
        return -1;
    }

    private static void declareNamespaces(XNode e, String src, int from, int to) {
        // bounded to the tag: an unbounded indexOf would scan the rest of the part for every tag (quadratic)
        int k = find(src, "xmlns", from, to);
        while (k >= 0 && k < to) {
            int eq = find(src, "=", k, to);
            if (eq < 0 || eq > to) {
                break;
            }
            String name = src.substring(k, eq).strip();
            int q = eq + 1;
            while (q < to && Character.isWhitespace(src.charAt(q))) {
                q++;
            }
            char quote = src.charAt(q);
            if (quote != '"' && quote != '\'') {
                break;
            }
            int qe = find(src, String.valueOf(quote), q + 1, to);
            if (qe < 0 || qe > to) {
                break;
            }
            String value = unescape(src.substring(q + 1, qe));
            if (name.equals("xmlns")) {
                e.declare("", value);
            } else if (name.startsWith("xmlns:")) {
                e.declare(name.substring(6), value);
            }
            k = find(src, "xmlns", qe, to);
        }
    }

    /**
     * @param tag  a start tag's text
     * @param name the attribute's qualified name
     * @return its unescaped value, or {@code null}
     */
    static String attr(String tag, String name) {
        int k = 0;
        while ((k = tag.indexOf(name, k)) >= 0) {
            int after = k + name.length();
            boolean boundary = k > 0 && Character.isWhitespace(tag.charAt(k - 1));
            int eq = after;
            while (eq < tag.length() && Character.isWhitespace(tag.charAt(eq))) {
                eq++;
            }
            if (boundary && eq < tag.length() && tag.charAt(eq) == '=') {
                int q = eq + 1;
                while (Character.isWhitespace(tag.charAt(q))) {
                    q++;
                }
                char quote = tag.charAt(q);
                int qe = tag.indexOf(quote, q + 1);
                return unescape(tag.substring(q + 1, qe));
            }
            k = after;
        }
        return null;
    }

    /** @return the text with the five XML entities and character references resolved */
    static String unescape(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            b.append(s, i, amp);
            int semi = s.indexOf(';', amp);
            if (semi < 0) {
                b.append('&');
                i = amp + 1;
            } else {
                String ent = s.substring(amp + 1, semi);
                switch (ent) {
                case "lt" -> b.append('<');
                case "gt" -> b.append('>');
                case "amp" -> b.append('&');
                case "quot" -> b.append('"');
                case "apos" -> b.append('\'');
                default -> {
                    if (ent.startsWith("#x") || ent.startsWith("#X")) {
                        b.appendCodePoint(Integer.parseInt(ent.substring(2), 16));
                    } else if (ent.startsWith("#")) {
                        b.appendCodePoint(Integer.parseInt(ent.substring(1)));
                    } else {
                        b.append('&').append(ent).append(';');
                    }
                }
                }
                i = semi + 1;
            }
            amp = s.indexOf('&', i);
        }
        b.append(s, i, s.length());
        return b.toString();
    }

    /** Escapes text for element content or a double-quoted attribute. */
    static void escape(CharSequence s, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            char ch = s.charAt(k);
            switch (ch) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            default -> {
                if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == '\uFFFE' || ch == '\uFFFF') {
                    continue; // not allowed in XML 1.0
                }
                if (Character.isSurrogate(ch)) {
                    if (Character.isHighSurrogate(ch) && k + 1 < to && Character.isLowSurrogate(s.charAt(k + 1))) {
                        out.append(ch).append(s.charAt(++k));
                    }
                    continue; // an unpaired surrogate is no character at all
                }
                out.append(ch);
            }
            }
        }
    }
}

package org.segmenta.merge.word.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the ids of a combined document unique when every letter repeats the template's XML. Letter 0 keeps the
 * template's ids; letter {@code k} moves each numeric id by {@code k} times a stride one above the largest id of
 * its kind in the template (bookmarks, {@code wp:docPr} drawings, footnotes, endnotes), so ids never meet and a
 * bookmark's start and end, or a note and its reference, stay paired. Paragraph and text ids ({@code w14:paraId},
 * {@code w14:textId}, hexadecimal below 0x80000000) are numbered afresh for letters after the first, skipping the
 * template's. Header and footer references get the letter's own relationship ids.
 */
final class Ids {

    private static final Pattern ATTR = Pattern.compile("([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    private int maxBookmark = -1;
    private int maxDocPr = 0;
    private int maxFootnote = 1;
    private int maxEndnote = 1;
    private final Set<Integer> paraIds = new HashSet<>();
    private int nextParaId = 1;

    /** @return a copy with the template's ids and a fresh paragraph id counter, for one combined document */
    Ids fresh() {
        Ids c = new Ids();
        c.maxBookmark = maxBookmark;
        c.maxDocPr = maxDocPr;
        c.maxFootnote = maxFootnote;
        c.maxEndnote = maxEndnote;
        c.paraIds.addAll(paraIds);
        return c;
    }

    /** Records the largest ids of a template part. */
    void collect(String xml) {
        scan(xml, (local, tag) -> {
            Matcher m = ATTR.matcher(tag);
            while (m.find()) {
                String a = m.group(2);
                String v = m.group(3).substring(1, m.group(3).length() - 1);
                if (a.equals("paraId") || a.equals("textId")) {
                    Integer h = hex(v);
                    if (h != null) {
                        paraIds.add(h);
                    }
                } else if (a.equals("id")) {
                    Integer n = integer(v);
                    if (n == null) {
                        continue;
                    }
                    switch (local) {
                    case "bookmarkStart", "bookmarkEnd" -> maxBookmark = Math.max(maxBookmark, n);
                    case "docPr" -> maxDocPr = Math.max(maxDocPr, n);
                    case "footnoteReference", "footnote" -> maxFootnote = Math.max(maxFootnote, n);
                    case "endnoteReference", "endnote" -> maxEndnote = Math.max(maxEndnote, n);
                    default -> {
                        // other ids stay as they are
                    }
                    }
                }
            }
            return null;
        });
    }

    /**
     * @param xml    the XML of letter {@code k} (a body, a header or footer copy, a note)
     * @param k      the letter's index in the combined document
     * @param rels   header/footer relationship id → the letter's own id ({@code null} or empty: unchanged)
     * @return the XML with the letter's ids
     */
    String rewrite(String xml, long k, Map<String, String> rels) {
        if (k == 0 && (rels == null || rels.isEmpty())) {
            return xml;
        }
        return scan(xml, (local, tag) -> {
            boolean refs = local.equals("headerReference") || local.equals("footerReference");
            long stride = switch (local) {
            case "bookmarkStart", "bookmarkEnd" -> maxBookmark + 1L;
            case "docPr" -> maxDocPr + 1L;
            case "footnoteReference", "footnote" -> maxFootnote + 1L;
            case "endnoteReference", "endnote" -> maxEndnote + 1L;
            default -> 0;
            };
            if (!refs && stride == 0 && (k == 0 || tag.indexOf("Id") < 0)) {
                return null;
            }
            Matcher m = ATTR.matcher(tag);
            StringBuilder b = null;
            int last = 0;
            while (m.find()) {
                String a = m.group(2);
                String quoted = m.group(3);
                String v = quoted.substring(1, quoted.length() - 1);
                String nv = null;
                if (k > 0 && (a.equals("paraId") || a.equals("textId"))) {
                    nv = String.format("%08X", nextParaId());
                } else if (a.equals("id")) {
                    if (refs && m.group(1) != null && rels != null) {
                        nv = rels.get(v);
                    } else if (stride > 0 && k > 0 && (local.equals("docPr") ? m.group(1) == null : m.group(1) != null)) {
                        Integer n = integer(v);
                        if (n != null && n >= (local.startsWith("footnote") || local.startsWith("endnote") ? 1 : 0)) {
                            long shifted = n + k * stride;
                            if (shifted <= Integer.MAX_VALUE) {
                                nv = Long.toString(shifted);
                            }
                        }
                    }
                }
                if (nv != null) {
                    if (b == null) {
                        b = new StringBuilder(tag.length() + 8);
                    }
                    b.append(tag, last, m.start(3) + 1).append(nv);
                    last = m.end(3) - 1;
                }
            }
            if (b == null) {
                return null;
            }
            return b.append(tag, last, tag.length()).toString();
        });
    }

    private int nextParaId() {
        while (paraIds.contains(nextParaId)) {
            nextParaId++;
        }
        int v = nextParaId++;
        if (nextParaId >= 0x7FFFFFFF) {
            nextParaId = 1;
        }
        return v;
    }

    private static Integer integer(String v) {
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer hex(String v) {
        try {
            long l = Long.parseLong(v.strip(), 16);
            return l >= 0 && l < 0x80000000L ? (int) l : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Gets a start tag's local name and text; returns its replacement or {@code null} to keep it. */
    @FunctionalInterface
    interface TagEditor {
        String edit(String local, String tag);
    }

    /** Calls the editor for every start tag of the XML, copying everything else as it is. */
    static String scan(String xml, TagEditor editor) {
        StringBuilder out = null;
        int copied = 0;
        int n = xml.length();
        int i = xml.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char c = xml.charAt(i + 1);
            int next;
            if (c == '/' ) {
                next = xml.indexOf('>', i);
            } else if (c == '?') {
                next = xml.indexOf("?>", i);
                next = next < 0 ? -1 : next + 1;
            } else if (c == '!') {
                if (xml.startsWith("<!--", i)) {
                    next = xml.indexOf("-->", i);
                    next = next < 0 ? -1 : next + 2;
                } else if (xml.startsWith("<![CDATA[", i)) {
                    next = xml.indexOf("]]>", i);
                    next = next < 0 ? -1 : next + 2;
                } else {
                    next = xml.indexOf('>', i);
                }
            } else {
                next = tagEnd(xml, i);
                if (next > 0) {
                    int nameEnd = i + 1;
                    while (nameEnd < next && !Character.isWhitespace(xml.charAt(nameEnd)) && xml.charAt(nameEnd) != '/'
                            && xml.charAt(nameEnd) != '>') {
                        nameEnd++;
                    }
                    String qname = xml.substring(i + 1, nameEnd);
                    String local = qname.substring(qname.indexOf(':') + 1);
                    String tag = xml.substring(i, next + 1);
                    String r = editor.edit(local, tag);
                    if (r != null) {
                        if (out == null) {
                            out = new StringBuilder(n + 64);
                        }
                        out.append(xml, copied, i).append(r);
                        copied = next + 1;
                    }
                }
            }
            if (next < 0) {
                break;
            }
            i = xml.indexOf('<', next + 1);
        }
        if (out == null) {
            return xml;
        }
        return out.append(xml, copied, n).toString();
    }

    private static int tagEnd(String s, int lt) {
        char quote = 0;
        for (int k = lt + 1; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '>') {
                return k;
            }
        }
        return -1;
    }
}

package org.segmenta.merge.word.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An element of a light XML tree that remembers where it sits in the source text, so that the merge can copy
 * untouched XML byte for byte and cut exactly around fields. Built by {@link XmlParser}.
 */
final class XNode {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    final XNode parent;
    final String qname;
    final String local;
    String ns;
    /** offset of '&lt;' of the start tag */
    int start;
    /** offset just after the start tag's '&gt;' */
    int startEnd;
    /** offset of the end tag's '&lt;' ({@code == startEnd} when self-closing) */
    int endStart;
    /** offset just after the element */
    int end;
    final List<XNode> children = new ArrayList<>(2);
    Map<String, String> prefixes;
    private final String src;

    XNode(XNode parent, String qname, String src) {
        this.parent = parent;
        this.qname = qname;
        int c = qname.indexOf(':');
        this.local = c < 0 ? qname : qname.substring(c + 1);
        this.src = src;
    }

    boolean isW(String name) {
        return W.equals(ns) && local.equals(name);
    }

    /** @return the start tag's text, e.g. {@code <w:p w:rsidR="00A">} (made non-self-closing) */
    String startTag() {
        String t = src.substring(start, startEnd);
        if (startEnd == end && t.endsWith("/>")) {
            t = t.substring(0, t.length() - 2) + ">";
        }
        return t;
    }

    String endTag() {
        return "</" + qname + ">";
    }

    String outer() {
        return src.substring(start, end);
    }

    /** @return the raw text between start and end tag (entities not resolved) */
    String inner() {
        return src.substring(startEnd, endStart);
    }

    /** @return the unescaped text content of a leaf element such as w:t or w:instrText */
    String text() {
        return XmlParser.unescape(inner());
    }

    /**
     * @return the first child when it is this W element, else {@code null}: for properties elements
     *         ({@code w:pPr}, {@code w:rPr}), which the schema puts first; constant time however many children the
     *         element has (a paragraph with thousands of fields)
     */
    XNode leadingW(String name) {
        return children.isEmpty() || !children.get(0).isW(name) ? null : children.get(0);
    }

    XNode firstW(String name) {
        for (XNode c : children) {
            if (c.isW(name)) {
                return c;
            }
        }
        return null;
    }

    /** @return the value of the attribute with this local name in the W namespace, or {@code null} */
    String wAttr(String localName) {
        String tag = src.substring(start, startEnd);
        String prefix = prefixOf(W);
        String name = prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
        return XmlParser.attr(tag, name);
    }

    String prefixOf(String uri) {
        for (XNode n = this; n != null; n = n.parent) {
            if (n.prefixes != null) {
                for (Map.Entry<String, String> e : n.prefixes.entrySet()) {
                    if (e.getValue().equals(uri)) {
                        return e.getKey();
                    }
                }
            }
        }
        return null;
    }

    String resolve(String prefix) {
        for (XNode n = this; n != null; n = n.parent) {
            if (n.prefixes != null) {
                String u = n.prefixes.get(prefix);
                if (u != null) {
                    return u;
                }
            }
        }
        return null;
    }

    void declare(String prefix, String uri) {
        if (prefixes == null) {
            prefixes = new HashMap<>(4);
        }
        prefixes.put(prefix, uri);
    }

    @Override
    public String toString() {
        return qname + "@" + start;
    }
}

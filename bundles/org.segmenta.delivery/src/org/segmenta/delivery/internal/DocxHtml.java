package org.segmenta.delivery.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.segmenta.core.format.Formats;

/**
 * Turns a letter's WordprocessingML ({@code word/document.xml} of a .docx) into an e-mail body: HTML and a plain-text
 * alternative, with the pictures as inline parts. What it keeps: paragraphs (headings from the built-in Heading 1–6
 * and Title styles, alignment), runs with bold, italic, underline, strike-through, superscript and subscript (direct
 * formatting and the Strong/Emphasis character styles), line breaks and tabs, hyperlinks, tables (with merged
 * columns), pictures (DrawingML and VML). What it leaves out: headers, footers, footnotes, numbering symbols, fonts,
 * colours, page layout — an e-mail has none of those. Field results (the merged values) stay; field codes go.
 * <p>
 * No library on Maven Central does this in OSGi (mammoth-java is not served; docx4j's HTML export needs XSLT and
 * half of docx4j), so it is a small StAX reader of our own, fed only by letters Segmenta merged itself.
 */
public final class DocxHtml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String V = "urn:schemas-microsoft-com:vml";
    private static final long EMU_PER_PIXEL = 9525;

    /**
     * A picture of the letter, sent as an inline part.
     *
     * @param contentId its Content-ID without angle brackets, as {@code cid:} in the HTML refers to it
     * @param fileName its file name in the .docx
     * @param mediaType for example {@code image/png}
     * @param bytes the picture
     */
    public record Image(String contentId, String fileName, String mediaType, byte[] bytes) {
    }

    /**
     * The e-mail body of a letter.
     *
     * @param html a whole HTML document (UTF-8)
     * @param text the same as plain text, paragraphs on lines of their own, table cells separated by tabs
     * @param images the pictures the HTML refers to, in order of first use
     */
    public record Body(String html, String text, List<Image> images) {
    }

    private final Map<String, byte[]> parts;
    private final Map<String, String[]> rels;
    private final Map<String, Image> images = new LinkedHashMap<>();
    private final StringBuilder html = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private final Deque<Para> paras = new ArrayDeque<>();
    private final Deque<Cell> rows = new ArrayDeque<>();
    private Run run;
    private String hyperlink;

    private DocxHtml(Map<String, byte[]> parts) throws IOException {
        this.parts = parts;
        this.rels = relationships(parts.get("word/_rels/document.xml.rels"));
    }

    /**
     * Converts a letter.
     *
     * @param docx the .docx bytes
     * @param title the HTML title (the e-mail's subject)
     * @return the body
     * @throws IOException when the bytes are not a Word document; the message says what is wrong
     */
    public static Body convert(byte[] docx, String title) throws IOException {
        Map<String, byte[]> parts = unzip(docx);
        byte[] document = parts.get("word/document.xml");
        if (document == null) {
            throw new IOException(Formats.bind(Messages.DocxHtml_theLetterIsNot2));
        }
        DocxHtml c = new DocxHtml(parts);
        c.html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(title == null ? "" : title))
                .append("</title></head>\n<body style=\"font-family: Calibri, Arial, sans-serif; font-size: 11pt;\">\n");
        try {
            c.read(document);
        } catch (XMLStreamException e) {
            throw new IOException(Formats.bind(Messages.DocxHtml_theLetterSWord, e.getMessage()), e);
        }
        c.html.append("</body></html>\n");
        return new Body(c.html.toString(), c.text.toString().stripTrailing() + "\n", List.copyOf(c.images.values()));
    }

    static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    parts.put(e.getName().startsWith("/") ? e.getName().substring(1) : e.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(Formats.bind(Messages.DocxHtml_theLetterIsNot, e.getMessage()), e);
        }
        return parts;
    }

    /** @return relationship id → {type, target, targetMode} */
    static Map<String, String[]> relationships(byte[] xml) throws IOException {
        Map<String, String[]> out = new HashMap<>();
        if (xml == null) {
            return out;
        }
        try {
            XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                    out.put(r.getAttributeValue(null, "Id"), new String[] { r.getAttributeValue(null, "Type"),
                            r.getAttributeValue(null, "Target"), r.getAttributeValue(null, "TargetMode") });
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException(Formats.bind(Messages.DocxHtml_theLetterSRelationships, e.getMessage()), e);
        }
        return out;
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    // ---- the reader -------------------------------------------------------------------------------------------

    private static final class Para {
        String tag = "p";
        String align;
        final StringBuilder html = new StringBuilder();
        final StringBuilder text = new StringBuilder();
    }

    private static final class Run {
        boolean bold;
        boolean italic;
        boolean underline;
        boolean strike;
        String vertAlign;
    }

    /** A table row being read: its cells' texts, for the plain-text alternative. */
    private static final class Cell {
        final List<String> texts = new ArrayList<>();
    }

    private void read(byte[] document) throws XMLStreamException {
        XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(document));
        boolean inBody = false;
        boolean inRunProps = false;
        boolean inParaProps = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String ns = r.getNamespaceURI();
                String name = r.getLocalName();
                if (!inBody) {
                    inBody = W.equals(ns) && "body".equals(name);
                    continue;
                }
                if (MC.equals(ns) && "Fallback".equals(name) || W.equals(ns) && skipped(name)) {
                    skip(r);
                    continue;
                }
                if (V.equals(ns) && "imagedata".equals(name)) {
                    image(attr(r, R, "id"), null, null);
                    continue;
                }
                if (WP.equals(ns) && "extent".equals(name)) {
                    pendingExtent = new long[] { parseLong(r.getAttributeValue(null, "cx")), parseLong(r.getAttributeValue(null, "cy")) };
                    continue;
                }
                if (A.equals(ns) && "blip".equals(name)) {
                    long[] ext = pendingExtent;
                    image(attr(r, R, "embed"), ext == null ? null : ext[0], ext == null ? null : ext[1]);
                    pendingExtent = null;
                    continue;
                }
                if (!W.equals(ns)) {
                    continue;
                }
                switch (name) {
                case "p" -> paras.push(new Para());
                case "pPr" -> inParaProps = true;
                case "rPr" -> inRunProps = !inParaProps;
                case "pStyle" -> {
                    if (!paras.isEmpty()) {
                        paras.peek().tag = headingTag(val(r));
                    }
                }
                case "jc" -> {
                    if (!paras.isEmpty() && inParaProps) {
                        paras.peek().align = alignment(val(r));
                    }
                }
                case "r" -> run = new Run();
                case "rStyle" -> {
                    if (run != null && inRunProps) {
                        String v = val(r) == null ? "" : val(r).toLowerCase(Locale.ROOT);
                        run.bold |= v.contains("strong");
                        run.italic |= v.contains("emphasis");
                    }
                }
                case "b" -> {
                    if (run != null && inRunProps) {
                        run.bold = on(val(r));
                    }
                }
                case "i" -> {
                    if (run != null && inRunProps) {
                        run.italic = on(val(r));
                    }
                }
                case "u" -> {
                    if (run != null && inRunProps) {
                        String v = val(r);
                        run.underline = v == null || !"none".equals(v);
                    }
                }
                case "strike", "dstrike" -> {
                    if (run != null && inRunProps) {
                        run.strike = on(val(r));
                    }
                }
                case "vertAlign" -> {
                    if (run != null && inRunProps) {
                        run.vertAlign = val(r);
                    }
                }
                case "t" -> appendText(r.getElementText());
                case "tab" -> {
                    if (!inParaProps && !inRunProps) {
                        appendRaw("&emsp;", "\t");
                    }
                }
                case "br", "cr" -> {
                    String type = r.getAttributeValue(W, "type");
                    if (type == null || "textWrapping".equals(type)) {
                        appendRaw("<br>", "\n");
                    }
                }
                case "noBreakHyphen" -> appendText("\u2011");
                case "sym" -> appendText("\u2022");
                case "hyperlink" -> hyperlink(r);
                case "tbl" -> {
                    flushOpenParagraphText();
                    html.append("<table style=\"border-collapse: collapse;\" border=\"1\" cellpadding=\"4\">\n");
                }
                case "tr" -> {
                    html.append("<tr>");
                    rows.push(new Cell());
                }
                case "tc" -> {
                    html.append("<td");
                    cellStart = html.length();
                    html.append(">");
                    cellTextStart = text.length();
                }
                case "gridSpan" -> {
                    String v = val(r);
                    if (v != null && cellStart > 0 && v.matches("\\d+") && !"1".equals(v)) {
                        html.insert(cellStart, " colspan=\"" + v + "\"");
                    }
                }
                default -> {
                    // other elements: their content (runs, paragraphs) is read as it comes
                }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && inBody && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                case "pPr" -> inParaProps = false;
                case "rPr" -> inRunProps = false;
                case "r" -> run = null;
                case "hyperlink" -> hyperlink = null;
                case "p" -> endParagraph();
                case "tc" -> {
                    html.append("</td>");
                    String cell = text.substring(Math.min(cellTextStart, text.length())).strip();
                    text.setLength(Math.min(cellTextStart, text.length()));
                    if (!rows.isEmpty()) {
                        rows.peek().texts.add(cell.replace('\n', ' '));
                    }
                    cellStart = 0;
                }
                case "tr" -> {
                    html.append("</tr>\n");
                    Cell row = rows.isEmpty() ? new Cell() : rows.pop();
                    if (paras.isEmpty()) {
                        text.append(String.join("\t", row.texts)).append('\n');
                    } else {
                        paras.peek().text.append(String.join("\t", row.texts)).append('\n');
                    }
                }
                case "tbl" -> {
                    html.append("</table>\n");
                    text.append('\n');
                }
                case "body" -> inBody = false;
                default -> {
                }
                }
            }
        }
        r.close();
    }

    private long[] pendingExtent;
    private int cellStart;
    private int cellTextStart;

    private static boolean skipped(String name) {
        return switch (name) {
        case "instrText", "delText", "del", "sectPr", "sdtPr", "footnoteReference", "endnoteReference",
                "commentReference", "moveFrom", "fldData" -> true;
        default -> false;
        };
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void hyperlink(XMLStreamReader r) {
        String id = attr(r, R, "id");
        String[] rel = id == null ? null : rels.get(id);
        String anchor = r.getAttributeValue(W, "anchor");
        if (rel != null && rel[1] != null) {
            hyperlink = rel[1];
        } else if (anchor != null) {
            hyperlink = "#" + anchor;
        }
    }

    private void appendText(String s) {
        if (s == null || s.isEmpty()) {
            return;
        }
        StringBuilder h = new StringBuilder(escape(s));
        if (run != null) {
            if (run.vertAlign != null && run.vertAlign.equals("superscript")) {
                wrap(h, "sup");
            } else if (run.vertAlign != null && run.vertAlign.equals("subscript")) {
                wrap(h, "sub");
            }
            if (run.strike) {
                wrap(h, "s");
            }
            if (run.underline && hyperlink == null) {
                wrap(h, "u");
            }
            if (run.italic) {
                wrap(h, "i");
            }
            if (run.bold) {
                wrap(h, "b");
            }
        }
        if (hyperlink != null) {
            h.insert(0, "<a href=\"" + escape(hyperlink) + "\">").append("</a>");
        }
        appendRaw(h.toString(), s);
    }

    private static void wrap(StringBuilder h, String tag) {
        h.insert(0, "<" + tag + ">").append("</").append(tag).append('>');
    }

    private void appendRaw(String h, String t) {
        if (paras.isEmpty()) {
            html.append(h);
            text.append(t);
        } else {
            paras.peek().html.append(h);
            paras.peek().text.append(t);
        }
    }

    /** Before a table inside a paragraph's content (text boxes): nothing pending to flush in practice. */
    private void flushOpenParagraphText() {
        // tables never start inside a paragraph of the body; text boxes hold their own paragraphs
    }

    private void endParagraph() {
        if (paras.isEmpty()) {
            return;
        }
        Para p = paras.pop();
        StringBuilder target = paras.isEmpty() ? html : paras.peek().html;
        StringBuilder targetText = paras.isEmpty() ? text : paras.peek().text;
        String style = p.align == null ? "" : " style=\"text-align: " + p.align + ";\"";
        String content = p.html.isEmpty() ? "&nbsp;" : p.html.toString();
        target.append('<').append(p.tag).append(style).append('>').append(content).append("</").append(p.tag)
                .append(">\n");
        targetText.append(p.text).append('\n');
    }

    private void image(String relId, Long cx, Long cy) {
        String[] rel = relId == null ? null : rels.get(relId);
        if (rel == null || rel[1] == null || "External".equals(rel[2])) {
            return;
        }
        String path = resolve(rel[1]);
        byte[] bytes = parts.get(path);
        if (bytes == null) {
            return;
        }
        Image img = images.get(path);
        if (img == null) {
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            img = new Image("img" + (images.size() + 1) + "." + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "@segmenta",
                    fileName, mediaType(fileName), bytes);
            images.put(path, img);
        }
        String size = "";
        if (cx != null && cy != null && cx > 0 && cy > 0) {
            size = " width=\"" + Math.max(1, cx / EMU_PER_PIXEL) + "\" height=\"" + Math.max(1, cy / EMU_PER_PIXEL) + "\"";
        }
        appendRaw("<img src=\"cid:" + escape(img.contentId()) + "\"" + size + " alt=\"" + escape(img.fileName()) + "\">", "");
    }

    /** @return the zip path of a relationship target of word/document.xml */
    static String resolve(String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        String path = "word/" + target;
        while (path.contains("/../")) {
            int i = path.indexOf("/../");
            int before = path.lastIndexOf('/', i - 1);
            path = path.substring(0, before + 1) + path.substring(i + 4);
        }
        return path;
    }

    static String mediaType(String fileName) {
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
        case "png" -> "image/png";
        case "jpg", "jpeg", "jpe" -> "image/jpeg";
        case "gif" -> "image/gif";
        case "bmp" -> "image/bmp";
        case "svg" -> "image/svg+xml";
        case "tif", "tiff" -> "image/tiff";
        case "emf" -> "image/emf";
        case "wmf" -> "image/wmf";
        default -> "application/octet-stream";
        };
    }

    private static String headingTag(String style) {
        if (style == null) {
            return "p";
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.equals("title")) {
            return "h1";
        }
        if (s.startsWith("heading") && s.length() == 8 && Character.isDigit(s.charAt(7))) {
            int level = s.charAt(7) - '0';
            return level >= 1 && level <= 6 ? "h" + level : "p";
        }
        return "p";
    }

    private static String alignment(String jc) {
        if (jc == null) {
            return null;
        }
        return switch (jc) {
        case "center" -> "center";
        case "right", "end" -> "right";
        case "both", "distribute" -> "justify";
        default -> null;
        };
    }

    private static String val(XMLStreamReader r) {
        return r.getAttributeValue(W, "val");
    }

    private static String attr(XMLStreamReader r, String ns, String name) {
        return r.getAttributeValue(ns, name);
    }

    private static boolean on(String val) {
        return val == null || !(val.equals("0") || val.equals("false") || val.equals("off") || val.equals("none"));
    }

    private static long parseLong(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '&' -> b.append("&amp;");
            case '"' -> b.append("&quot;");
            default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** Reads a stream to its end. */
    static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}

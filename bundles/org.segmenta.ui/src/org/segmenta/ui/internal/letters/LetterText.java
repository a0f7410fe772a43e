package org.segmenta.ui.internal.letters;

import org.segmenta.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A merged letter made readable: the text of {@code word/document.xml} paragraph by paragraph (tables row by row,
 * cells separated by tabs) with the formatting of its runs (bold, italic, underline, size, heading styles), for a
 * preview without a word processor. Not a layout engine: pictures, columns, headers and footers are left out.
 */
public final class LetterText {

    /**
     * A stretch of text with one formatting.
     *
     * @param start offset of the first character
     * @param length number of characters
     * @param bold bold
     * @param italic italic
     * @param underline underlined
     * @param points the font size in points, 0 when the document does not say
     */
    public record Span(int start, int length, boolean bold, boolean italic, boolean underline, int points) {
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final StringBuilder text = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();

    private LetterText() {
    }

    /** @return the letter's text; paragraphs end with {@code \n} */
    public String text() {
        return text.toString();
    }

    /** @return the formatted stretches, in order; text without special formatting has none */
    public List<Span> spans() {
        return spans;
    }

    /**
     * @param docx a .docx package
     * @return its main text with formatting
     * @throws IOException when it is not a Word document (no {@code word/document.xml}, or XML that does not parse)
     */
    public static LetterText of(byte[] docx) throws IOException {
        byte[] xml = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals("word/document.xml")) {
                    xml = zip.readAllBytes();
                    break;
                }
            }
        }
        if (xml == null) {
            throw new IOException(Messages.LetterText_theLetterHasNoWord);
        }
        LetterText t = new LetterText();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            Element root = b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
            t.block(root);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(NLS.bind(Messages.LetterText_theLetterSWordDocument, e.getMessage()), e);
        }
        return t;
    }

    private void block(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                if (n instanceof Element other) {
                    block(other); // mc:AlternateContent, w14 wrappers: look inside
                }
                continue;
            }
            switch (e.getLocalName()) {
            case "p" -> paragraph(e);
            case "tbl" -> table(e);
            case "body", "sdt", "sdtContent", "customXml", "txbxContent" -> block(e);
            default -> {
                // sectPr, bookmarks, proofing marks: nothing to show
            }
            }
        }
    }

    private void table(Element tbl) {
        for (Element tr : children(tbl, "tr")) {
            boolean first = true;
            for (Element tc : children(tr, "tc")) {
                if (!first) {
                    text.append('\t');
                }
                first = false;
                int before = text.length();
                block(tc);
                // a cell's paragraphs run together on the row's line
                for (int i = before; i < text.length(); i++) {
                    if (text.charAt(i) == '\n') {
                        text.setCharAt(i, ' ');
                    }
                }
                while (text.length() > before && text.charAt(text.length() - 1) == ' ') {
                    text.setLength(text.length() - 1);
                }
            }
            text.append('\n');
        }
    }

    private void paragraph(Element p) {
        boolean heading = false;
        Element ppr = child(p, "pPr");
        if (ppr != null) {
            Element style = child(ppr, "pStyle");
            String id = style == null ? "" : style.getAttributeNS(W, "val").toLowerCase();
            heading = id.startsWith("heading") || id.equals("title");
        }
        runs(p, heading);
        text.append('\n');
    }

    private void runs(Element parent, boolean heading) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            String name = e.getLocalName();
            if (!W.equals(e.getNamespaceURI())) {
                runs(e, heading);
            } else if (name.equals("r")) {
                run(e, heading);
            } else if (name.equals("hyperlink") || name.equals("fldSimple") || name.equals("smartTag")
                    || name.equals("ins") || name.equals("sdt") || name.equals("sdtContent") || name.equals("customXml")) {
                runs(e, heading);
            }
        }
    }

    private void run(Element r, boolean heading) {
        Element rpr = child(r, "rPr");
        boolean bold = heading || on(rpr, "b");
        boolean italic = on(rpr, "i");
        Element u = rpr == null ? null : child(rpr, "u");
        boolean underline = u != null && !"none".equals(u.getAttributeNS(W, "val"));
        int points = 0;
        Element sz = rpr == null ? null : child(rpr, "sz");
        if (sz != null) {
            try {
                points = Integer.parseInt(sz.getAttributeNS(W, "val")) / 2;
            } catch (NumberFormatException e) {
                points = 0;
            }
        } else if (heading) {
            points = 14;
        }
        boolean hidden = on(rpr, "vanish");
        if (hidden) {
            return;
        }
        int start = text.length();
        for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
            case "t" -> text.append(e.getTextContent());
            case "tab", "ptab" -> text.append('\t');
            case "br", "cr" -> text.append('\n');
            case "noBreakHyphen" -> text.append('-');
            default -> {
                // instrText (field codes), fldChar, drawings: not shown
            }
            }
        }
        int length = text.length() - start;
        if (length > 0 && (bold || italic || underline || points > 0)) {
            spans.add(new Span(start, length, bold, italic, underline, points));
        }
    }

    private static boolean on(Element rpr, String name) {
        Element e = rpr == null ? null : child(rpr, name);
        if (e == null) {
            return false;
        }
        String v = e.getAttributeNS(W, "val");
        return v.isEmpty() || !(v.equals("0") || v.equals("false") || v.equals("none"));
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> l = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                l.add(e);
            }
        }
        return l;
    }
}

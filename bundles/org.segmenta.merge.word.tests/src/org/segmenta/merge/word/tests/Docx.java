package org.segmenta.merge.word.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.segmenta.testing.Corpus;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Test helper: reads a .docx into its parts, extracts text per part, builds small documents. */
final class Docx {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    final Map<String, byte[]> parts = new LinkedHashMap<>();

    static Path corpus() {
        return Corpus.dir("docx");
    }

    static Path corpus(String name) {
        return corpus().resolve(name);
    }

    static Docx read(byte[] zip) throws IOException {
        Docx d = new Docx();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                d.parts.put(e.getName(), in.readAllBytes());
            }
        }
        return d;
    }

    static Docx read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    String xml(String part) {
        byte[] b = parts.get(part);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** @return the text of a part: paragraphs end with '¶', tabs '\t', line breaks '\n' */
    String text(String part) {
        byte[] b = parts.get(part);
        if (b == null) {
            return null;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(b));
            StringBuilder sb = new StringBuilder();
            walk(doc.getDocumentElement(), sb);
            return sb.toString();
        } catch (Exception e) {
            throw new AssertionError(part + " is not well-formed XML: " + e, e);
        }
    }

    private static void walk(Element e, StringBuilder sb) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if (W.equals(c.getNamespaceURI())) {
                    switch (c.getLocalName()) {
                    case "t", "instrText" -> sb.append(c.getTextContent());
                    case "tab" -> sb.append('\t');
                    case "br", "cr" -> sb.append('\n');
                    default -> walk(c, sb);
                    }
                    if (c.getLocalName().equals("p")) {
                        sb.append('¶');
                    }
                } else {
                    walk(c, sb);
                }
            }
        }
    }

    /** @return the text of every story part (body, headers, footers, notes) joined */
    String allText() {
        StringBuilder b = new StringBuilder();
        for (String p : parts.keySet()) {
            if (isStory(p)) {
                b.append(text(p)).append('\n');
            }
        }
        return b.toString();
    }

    static boolean isStory(String p) {
        return p.matches("(?i)word/(document|header\\d*|footer\\d*|footnotes|endnotes)\\.xml");
    }

    /** Builds a minimal Word package: the body XML (inside w:body), optional settings XML and content type. */
    static byte[] build(String body, String settings, String mainType) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bo)) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"" + mainType + "\"/>"
                    + (settings == null ? "" : "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>")
                    + "</Types>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(z, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
                    + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
            if (settings != null) {
                put(z, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
                        + "</Relationships>");
                put(z, "word/settings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<w:settings xmlns:w=\"" + W + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + settings + "</w:settings>");
                put(z, "word/_rels/settings.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource\" Target=\"file:///C:/data.xlsx\" TargetMode=\"External\"/>"
                        + "</Relationships>");
            }
        }
        return bo.toByteArray();
    }

    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String NS = "xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"";

    /**
     * Builds a Word package from whole parts: the main part's body (inside w:body, the last w:sectPr included), and
     * more parts by name with their content types; each extra part is related from the main part with id
     * {@code rId<n>} (n from 10, in order) and the given relationship type's last segment (header, footer, footnotes...).
     */
    static byte[] buildParts(String body, List<String[]> parts) throws IOException {
        StringBuilder ct = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + DOC + "\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int id = 10;
        for (String[] p : parts) {
            // name, relationship type (last segment), content type (last segment of ...wordprocessingml.X+xml), xml
            ct.append("<Override PartName=\"/").append(p[0]).append("\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.")
                    .append(p[2]).append("+xml\"/>");
            rels.append("<Relationship Id=\"rId").append(id++).append("\" Type=\"").append(R).append('/').append(p[1])
                    .append("\" Target=\"").append(p[0].substring("word/".length())).append("\"/>");
        }
        ct.append("</Types>");
        rels.append("</Relationships>");
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bo)) {
            put(z, "[Content_Types].xml", ct.toString());
            put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(z, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + NS + "><w:body>"
                    + body + "</w:body></w:document>");
            put(z, "word/_rels/document.xml.rels", rels.toString());
            for (String[] p : parts) {
                put(z, p[0], p[3]);
            }
        }
        return bo.toByteArray();
    }

    /** Checks that every XML part of a package is well-formed XML 1.0 with the JDK's parser. */
    static void assertWellFormed(byte[] docx, String what) throws IOException {
        Docx d = read(docx);
        for (Map.Entry<String, byte[]> e : d.parts.entrySet()) {
            String n = e.getKey();
            if (n.endsWith(".xml") || n.endsWith(".rels")) {
                try {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    f.setAttribute("jdk.xml.maxElementDepth", "0");
                    f.newDocumentBuilder().parse(new ByteArrayInputStream(e.getValue()));
                } catch (Exception x) {
                    throw new AssertionError(what + ": " + n + " is not well-formed XML: " + x, x);
                }
            }
        }
    }

    static final String DOC = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** A paragraph with one complex field whose instruction is split into the given pieces (one run each). */
    static String complex(String... instrPieces) {
        StringBuilder b = new StringBuilder("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>");
        for (String p : instrPieces) {
            b.append("<w:r><w:instrText xml:space=\"preserve\">").append(p.replace("&", "&amp;").replace("<", "&lt;")
                    .replace(">", "&gt;")).append("</w:instrText></w:r>");
        }
        b.append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>«cached»</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        return b.toString();
    }

    static String para(String runs) {
        return "<w:p>" + runs + "</w:p>";
    }

    static String run(String t) {
        return "<w:r><w:t xml:space=\"preserve\">" + t + "</w:t></w:r>";
    }
}

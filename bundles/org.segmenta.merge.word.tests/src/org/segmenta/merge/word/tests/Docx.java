package org.segmenta.merge.word.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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

    static final String DOC = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
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

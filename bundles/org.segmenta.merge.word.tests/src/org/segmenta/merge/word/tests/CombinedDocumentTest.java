package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.merge.PreparedMerge;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A combined document is one section per letter, and each letter's section has its own headers, footers and notes
 * with its own values (issue 13, item 1: before, every page showed the first contact's header), and ids that are
 * unique across the whole document.
 */
class CombinedDocumentTest {

    @TempDir
    Path dir;

    static final List<String> NAMES = List.of("Anna Berg", "Bo Dahl", "Cecilie Holm");

    static String field(String name) {
        return Docx.complex(" MERGEFIELD " + name + " ");
    }

    /** A letter with a default and a first-page header, a footer, a footnote, a bookmark and a drawing. */
    static byte[] letterWithHeadersAndNotes() throws Exception {
        String body = "<w:p w14:paraId=\"1A2B3C4D\" w14:textId=\"77777777\"><w:bookmarkStart w:id=\"0\" w:name=\"Greeting\"/>"
                + Docx.run("Letter to ") + field("Name") + "<w:bookmarkEnd w:id=\"0\"/></w:p>"
                + "<w:p w14:paraId=\"2B3C4D5E\">" + Docx.run("See the note") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
                + "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"10\" cy=\"10\"/><wp:docPr id=\"1\" name=\"Logo\"/></wp:inline></w:drawing></w:r></w:p>"
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId10\"/><w:headerReference w:type=\"first\" r:id=\"rId11\"/>"
                + "<w:footerReference w:type=\"default\" r:id=\"rId12\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:titlePg/></w:sectPr>";
        String hdr = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr " + Docx.NS + ">";
        String ftr = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr " + Docx.NS + ">";
        String notes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:footnotes " + Docx.NS + ">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"1\"><w:p>" + Docx.run("Note for ") + field("Name") + "</w:p></w:footnote></w:footnotes>";
        return Docx.buildParts(body, List.of(
                new String[] { "word/header1.xml", "header", "header", hdr + "<w:p w14:paraId=\"3C4D5E6F\">" + Docx.run("Page header of ") + field("Name")
                        + "<w:bookmarkStart w:id=\"5\" w:name=\"Head\"/><w:bookmarkEnd w:id=\"5\"/></w:p></w:hdr>" },
                new String[] { "word/header2.xml", "header", "header", hdr + "<w:p>" + field("Name") + "</w:p></w:hdr>" },
                new String[] { "word/footer1.xml", "footer", "footer", ftr + "<w:p>" + field("Contact_No") + "</w:p></w:ftr>" },
                new String[] { "word/footnotes.xml", "footnotes", "footnotes", notes }));
    }

    static List<MergeRecord> three() {
        List<MergeRecord> l = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            l.add(MergeRecord.builder(Locale.ENGLISH).put(MergeKey.NAME, NAMES.get(i)).put(MergeKey.CONTACT_NO, "CT00000" + (i + 1)).build());
        }
        return l;
    }

    private static org.w3c.dom.Document dom(Docx d, String part) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(d.parts.get(part)));
    }

    private static List<Element> all(org.w3c.dom.Document doc, String ns, String local) {
        List<Element> l = new ArrayList<>();
        NodeList n = doc.getElementsByTagNameNS(ns, local);
        for (int i = 0; i < n.getLength(); i++) {
            l.add((Element) n.item(i));
        }
        return l;
    }

    /** One section of the combined document: its text and its header/footer references (type → relationship id). */
    private record Section(String text, Map<String, String> headers, Map<String, String> footers) {
    }

    private static List<Section> sections(org.w3c.dom.Document doc) {
        Element body = (Element) doc.getElementsByTagNameNS(Docx.W, "body").item(0);
        List<Section> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            text.append(e.getTextContent());
            NodeList sp = e.getLocalName().equals("sectPr") ? null : e.getElementsByTagNameNS(Docx.W, "sectPr");
            Element sect = e.getLocalName().equals("sectPr") ? e : sp.getLength() > 0 ? (Element) sp.item(0) : null;
            if (sect != null) {
                Map<String, String> h = new HashMap<>();
                Map<String, String> f = new HashMap<>();
                for (Node c = sect.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element r && (r.getLocalName().equals("headerReference") || r.getLocalName().equals("footerReference"))) {
                        (r.getLocalName().startsWith("header") ? h : f).put(r.getAttributeNS(Docx.W, "type"), r.getAttributeNS(Docx.R, "id"));
                    }
                }
                out.add(new Section(text.toString(), h, f));
                text.setLength(0);
            }
        }
        return out;
    }

    @Test
    void eachLettersSectionHasItsOwnHeadersFootersAndNotes() throws Exception {
        Path f = Files.write(dir.resolve("headers.docx"), letterWithHeadersAndNotes());
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(f, CorpusMergeTest.SERVICE.inspect(f).mapping());
        Path target = dir.resolve("all.docx");
        MergeResult r = pm.mergeCombined(three(), target);
        assertEquals(3, r.letters());
        byte[] bytes = Files.readAllBytes(target);
        Docx.assertWellFormed(bytes, "combined");
        Docx out = Docx.read(bytes);

        Map<String, String> relTargets = new HashMap<>();
        for (Element rel : all(dom(out, "word/_rels/document.xml.rels"), "http://schemas.openxmlformats.org/package/2006/relationships", "Relationship")) {
            relTargets.put(rel.getAttribute("Id"), "word/" + rel.getAttribute("Target"));
        }
        String types = out.xml("[Content_Types].xml");
        List<Section> sections = sections(dom(out, "word/document.xml"));
        assertEquals(3, sections.size(), "a section per letter");
        Set<String> headerParts = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            Section s = sections.get(i);
            String name = NAMES.get(i);
            assertTrue(s.text().contains("Letter to " + name), s.text());
            // the first-page header holds this letter's name and nothing else
            String first = relTargets.get(s.headers().get("first"));
            assertNotNull(first, "letter " + (i + 1) + " has a first-page header: " + s.headers());
            assertEquals(name + "¶", out.text(first), "first-page header of letter " + (i + 1));
            String dflt = relTargets.get(s.headers().get("default"));
            assertEquals("Page header of " + name + "¶", out.text(dflt), "default header of letter " + (i + 1));
            String footer = relTargets.get(s.footers().get("default"));
            assertEquals("CT00000" + (i + 1) + "¶", out.text(footer), "footer of letter " + (i + 1));
            assertTrue(headerParts.add(first) && headerParts.add(dflt) && headerParts.add(footer), "parts of their own: " + headerParts);
            for (String p : List.of(first, dflt, footer)) {
                assertTrue(types.contains("PartName=\"/" + p + "\""), p + " has a content type: " + types);
            }
        }
        // the header's image relationships and the like: the copies keep their content type and are related once
        assertEquals(relTargets.size(), new HashSet<>(relTargets.values()).size(), relTargets.toString());

        // footnotes: one per letter, each with its letter's name, references and notes paired by id
        org.w3c.dom.Document doc = dom(out, "word/document.xml");
        List<String> refs = all(doc, Docx.W, "footnoteReference").stream().map(e -> e.getAttributeNS(Docx.W, "id")).toList();
        assertEquals(3, new HashSet<>(refs).size(), "footnote ids unique: " + refs);
        Map<String, String> noteText = new HashMap<>();
        for (Element n : all(dom(out, "word/footnotes.xml"), Docx.W, "footnote")) {
            assertTrue(noteText.put(n.getAttributeNS(Docx.W, "id"), n.getTextContent()) == null, "note ids unique");
        }
        for (int i = 0; i < 3; i++) {
            assertEquals("Note for " + NAMES.get(i), noteText.get(refs.get(i)), "note of letter " + (i + 1));
        }
        assertEquals(5, noteText.size(), "two separators once, three notes: " + noteText);

        // bookmarks, drawings and paragraphs: ids unique across the document (headers included)
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        List<String> docPrs = new ArrayList<>();
        List<String> paraIds = new ArrayList<>();
        for (String p : out.parts.keySet()) {
            if (Docx.isStory(p) || p.matches("word/(header|footer)\\d+-letter\\d+\\.xml")) {
                org.w3c.dom.Document d = dom(out, p);
                all(d, Docx.W, "bookmarkStart").forEach(e -> starts.add(e.getAttributeNS(Docx.W, "id")));
                all(d, Docx.W, "bookmarkEnd").forEach(e -> ends.add(e.getAttributeNS(Docx.W, "id")));
                all(d, "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "docPr").forEach(e -> docPrs.add(e.getAttribute("id")));
                all(d, Docx.W, "p").forEach(e -> {
                    String id = e.getAttributeNS("http://schemas.microsoft.com/office/word/2010/wordml", "paraId");
                    if (!id.isEmpty()) {
                        paraIds.add(id);
                    }
                });
            }
        }
        assertEquals(6, starts.size(), "a body and a header bookmark per letter: " + starts);
        assertEquals(starts.size(), new HashSet<>(starts).size(), "bookmark ids unique: " + starts);
        assertEquals(new HashSet<>(starts), new HashSet<>(ends), "every bookmark start has its end");
        assertEquals(3, docPrs.size());
        assertEquals(3, new HashSet<>(docPrs).size(), "drawing ids unique: " + docPrs);
        assertEquals(9, paraIds.size(), "paragraph ids kept: " + paraIds);
        assertEquals(9, new HashSet<>(paraIds).size(), "paragraph ids unique: " + paraIds);
        for (String id : paraIds) {
            assertTrue(Long.parseLong(id, 16) < 0x80000000L, id);
        }
        assertFalse(out.allText().contains("«"), "no placeholder left");
    }

    @Test
    void aCorpusHeaderShowsEachLettersOwnValues() throws Exception {
        // iulica_footnote_header_footer has merge fields in its header, footer and footnotes
        Path f = Docx.corpus("iulica_footnote_header_footer.docx");
        var d = CorpusMergeTest.SERVICE.inspect(f);
        PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(f, CorpusMergeTest.userMapping(d));
        List<MergeRecord> recs = List.of(Contacts.karen(), Contacts.karenBuilder().put(MergeKey.FIRST_NAME, "Mette").put(MergeKey.NAME, "Mette Jensen").build());
        Path target = dir.resolve("corpus-all.docx");
        MergeResult r = pm.mergeCombined(recs, target);
        assertEquals(2, r.letters());
        byte[] bytes = Files.readAllBytes(target);
        Docx.assertWellFormed(bytes, "combined corpus letter");
        Docx out = Docx.read(bytes);
        // a copy of every header/footer with fields for the second letter, holding its values and not the first's
        List<String> copies = out.parts.keySet().stream().filter(p -> p.matches("word/(header|footer)\\d*-letter2\\.xml")).toList();
        List<String> originals = d.fields().stream().map(u -> u.part().substring(1)).filter(p -> p.matches("word/(header|footer)\\d*\\.xml")).distinct().toList();
        assertEquals(originals.size(), copies.size(), "copies " + copies + " of " + originals);
    }
}

package org.segmenta.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Word letter template of the demo data, written by code: a minimal valid .docx (the four parts Word needs)
 * with MERGEFIELDs named as Word names the fields of a data source ({@code Formal_Salutation}, ...), each of which
 * maps to Segmenta's merge data by name, and {@code PersonalNote}, the segment line's personal note, in a paragraph
 * of its own after the body. One text per language of the demo data.
 */
final class DemoLetter {

    /** The merge fields the letter uses, in document order. */
    static final List<String> FIELDS = List.of("Contact_Mail_Address", "Date", "Formal_Salutation",
            "PersonalNote", "Salesperson_Name", "Salesperson_Email", "Name", "Company_Name");

    private record Text(String subject, String body, String regards) {
    }

    private DemoLetter() {
    }

    private static Text text(String languageCode) {
        return switch (languageCode) {
        case "DAN" -> new Text("Vores efterårskatalog",
                "Tak for samarbejdet i år. Vi sender dig vores nye katalog og ser frem til at høre fra dig.",
                "Med venlig hilsen");
        case "DEU" -> new Text("Unser Herbstkatalog",
                "Vielen Dank für die Zusammenarbeit in diesem Jahr. Anbei unser neuer Katalog; wir freuen uns auf Ihre Antwort.",
                "Mit freundlichen Grüßen");
        case "NLD" -> new Text("Onze najaarscatalogus",
                "Bedankt voor de samenwerking dit jaar. Hierbij onze nieuwe catalogus; we horen graag van u.",
                "Met vriendelijke groet");
        default -> new Text("Our autumn catalogue",
                "Thank you for working with us this year. Please find our new catalogue enclosed; we look forward to hearing from you.",
                "Kind regards");
        };
    }

    /**
     * @param languageCode {@code ENU}, {@code DAN}, {@code DEU} or {@code NLD} (anything else gives English)
     * @return the .docx bytes
     */
    static byte[] docx(String languageCode) {
        Text t = text(languageCode);
        StringBuilder body = new StringBuilder();
        body.append(paragraph(field("Contact_Mail_Address")));
        body.append(paragraph(""));
        body.append(paragraph(field("Date", "\\@ \"yyyy-MM-dd\"")));
        body.append(paragraph(""));
        body.append(paragraph(run(t.subject(), true)));
        body.append(paragraph(field("Formal_Salutation") + run(",", false)));
        body.append(paragraph(run(t.body(), false)));
        // the segment line's personal note (empty for most contacts): a comment that needs no word processor
        body.append(paragraph(field("PersonalNote")));
        body.append(paragraph(""));
        body.append(paragraph(run(t.regards(), false)));
        body.append(paragraph(field("Salesperson_Name")));
        body.append(paragraph(field("Salesperson_Email")));
        body.append(paragraph(run("(", false) + field("Name") + run(", ", false) + field("Company_Name")
                + run(")", false)));
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" "
                + "w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
                + "</w:body></w:document>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
            put(zip, "word/document.xml", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String paragraph(String runs) {
        return "<w:p>" + runs + "</w:p>";
    }

    private static String run(String text, boolean bold) {
        return "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">" + escape(text)
                + "</w:t></w:r>";
    }

    private static String field(String name) {
        return field(name, "\\* MERGEFORMAT");
    }

    /** A complex field, as Word writes it: begin, instruction, separate, the «name» placeholder, end. */
    private static String field(String name, String switches) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD " + escape(name) + " " + escape(switches)
                + " </w:instrText></w:r>" + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>\u00ab" + escape(name) + "\u00bb</w:t></w:r>" + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

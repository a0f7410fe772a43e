package org.segmenta.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.model.Contact;

/**
 * The bench's main document: a one-page business letter written here as a valid .docx (content types, package
 * relationships, the document, a style sheet of Word's size, settings with the mail-merge data source the merge
 * must remove), with merge fields as Word writes them, simple and complex, with a date picture, a case switch and
 * text-after switches; and the record merged into it.
 */
final class Letter {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String BODY = "Thank you for your interest in our autumn programme. We are pleased to invite"
            + " you to a series of short seminars on planning the coming year's campaigns, held at our offices and"
            + " online. Each seminar takes about an hour and leaves time for your questions.";
    private static final String BODY2 = "Enclosed you will find the programme and a reply card. If you would like a"
            + " colleague to join you, simply add their name to the card; there is no charge for up to three people"
            + " from the same company. Places are given in the order replies reach us.";
    private static final String BODY3 = "Should you have any questions, or wish to arrange a meeting at your own"
            + " premises instead, please call me or answer this letter by e-mail. We look forward to seeing you.";

    private Letter() {
    }

    /** Writes the main document to {@code file}. */
    static void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            entry(z, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    <Override PartName="/word/styles.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                    <Override PartName="/word/settings.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
                    </Types>""");
            entry(z, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""");
            entry(z, "word/_rels/document.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
                    Target="styles.xml"/><Relationship Id="rId2" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" \
                    Target="settings.xml"/></Relationships>""");
            entry(z, "word/_rels/settings.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource" \
                    Target="file:///C:/Users/marketing/Documents/contacts.xlsx" TargetMode="External"/></Relationships>""");
            entry(z, "word/document.xml", document());
            entry(z, "word/styles.xml", styles());
            entry(z, "word/settings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<w:settings xmlns:w=\"" + W + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/relationships\"><w:zoom w:percent=\"100\"/><w:mailMerge><w:mainDocumentType "
                    + "w:val=\"formLetters\"/><w:linkToQuery/><w:dataType w:val=\"native\"/><w:connectString "
                    + "w:val=\"Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\Users\\marketing\\Documents\\"
                    + "contacts.xlsx\"/><w:query w:val=\"SELECT * FROM `Contacts$`\"/><w:dataSource r:id=\"rId1\"/>"
                    + "</w:mailMerge><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl "
                    + "w:val=\"doNotCompress\"/></w:settings>");
        }
    }

    private static String document() {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"").append(W)
                .append("\"><w:body>");
        para(b, simple("MERGEFIELD CompanyName"));
        para(b, complex("MERGEFIELD FirstName \\f \" \"") + simple("MERGEFIELD LastName"));
        para(b, simple("MERGEFIELD Address"));
        para(b, simple("MERGEFIELD PostCode \\f \" \"") + simple("MERGEFIELD City"));
        para(b, simple("MERGEFIELD Country \\* Upper"));
        para(b, "");
        para(b, run("Odense, ") + simple("MERGEFIELD Date \\@ \"d MMMM yyyy\""));
        para(b, "");
        para(b, run("Re: ") + complex("MERGEFIELD Subject"));
        para(b, "");
        para(b, complex("MERGEFIELD Salutation") + run(","));
        para(b, run(BODY));
        para(b, run(BODY2));
        para(b, run(BODY3));
        para(b, "");
        para(b, run("Yours sincerely,"));
        para(b, "");
        para(b, simple("MERGEFIELD SalespersonName"));
        para(b, run("Segmenta Demo A/S, Vestergade 1, 5000 Odense C"));
        b.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"/></w:sectPr>");
        return b.append("</w:body></w:document>").toString();
    }

    /** A style sheet of the size Word writes: defaults, the letter's styles and a few dozen more. */
    private static String styles() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:styles xmlns:w=\"" + W + "\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\""
                + " w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Times New Roman\"/><w:sz w:val=\"22\"/>"
                + "<w:lang w:val=\"da-DK\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"160\""
                + " w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/></w:style>");
        for (int i = 1; i <= 40; i++) {
            b.append("<w:style w:type=\"paragraph\" w:styleId=\"Style").append(i).append("\"><w:name w:val=\"Letter style ")
                    .append(i).append("\"/><w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"").append(i)
                    .append("\"/><w:pPr><w:spacing w:before=\"").append(i * 10).append("\" w:after=\"120\"/></w:pPr>"
                            + "<w:rPr><w:rFonts w:ascii=\"Cambria\" w:hAnsi=\"Cambria\"/><w:color w:val=\"1F3864\"/>"
                            + "<w:sz w:val=\"").append(20 + i % 12).append("\"/></w:rPr></w:style>");
        }
        return b.append("</w:styles>").toString();
    }

    private static void para(StringBuilder b, String runs) {
        b.append("<w:p>").append(runs).append("</w:p>");
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    private static String simple(String instruction) {
        return "<w:fldSimple w:instr=\" " + escape(instruction) + " \">" + run("«field»") + "</w:fldSimple>";
    }

    private static String complex(String instruction) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> "
                + escape(instruction) + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + run("«field»") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void entry(ZipOutputStream z, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** @return the merge record of a generated contact, as Log would give it for a letter */
    static MergeRecord record(Contact c, LocalDate date) {
        return MergeRecord.builder(Locale.forLanguageTag("da-DK"))
                .put(MergeKey.CONTACT_NO, c.getNo())
                .put(MergeKey.NAME, c.getName())
                .put(MergeKey.FIRST_NAME, c.getFirstName())
                .put(MergeKey.SURNAME, c.getSurname())
                .put(MergeKey.COMPANY_NAME, c.getCompanyName())
                .put(MergeKey.ADDRESS, c.getAddress())
                .put(MergeKey.POST_CODE, c.getPostCode())
                .put(MergeKey.CITY, c.getCity())
                .put(MergeKey.COUNTRY, "Denmark")
                .put(MergeKey.FORMAL_SALUTATION, "Dear " + c.getFirstName() + " " + c.getSurname())
                .put(MergeKey.SALESPERSON_NAME, "Jo Olsen")
                .put(MergeKey.SUBJECT, "Invitation to our autumn seminars")
                .date(MergeKey.INTERACTION_DATE, date)
                .build();
    }
}

package org.segmenta.delivery.internal;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.segmenta.core.format.Formats;

/**
 * The print document of Hard Copy delivery: the letters of one logged segment, each exactly as stored with its
 * interaction log entry, one after the other in one .docx, each starting on a new page (the reference design prints
 * or downloads them: §1.15, "Hard Copy → PDF"). The first letter gives the styles, headers, footers and page set-up;
 * the following letters bring their body and their pictures and links (relationships renamed so they do not clash);
 * section breaks inside following letters are dropped (their headers are the first letter's). A PDF is made with
 * LibreOffice when {@code soffice} is on the PATH.
 */
final class PrintDocument {

    private static final Pattern BODY = Pattern.compile("<w:body>(.*)</w:body>", Pattern.DOTALL);
    private static final Pattern INNER_SECT = Pattern.compile("<w:sectPr\\b.*?</w:sectPr>", Pattern.DOTALL);
    private static final Pattern REL_ATTR = Pattern.compile("(r:(?:id|embed|link|pict))=\"([^\"]+)\"");
    private static final String PAGE_BREAK = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";

    private PrintDocument() {
    }

    /**
     * Writes the letters into one .docx (through a temporary file moved into place).
     *
     * @param count how many letters; at least one
     * @param letters index (from 0) → the .docx bytes of that letter, read one at a time
     * @param target the file
     * @throws IOException when a letter is not a .docx or the file cannot be written
     */
    static void combine(int count, IntFunction<byte[]> letters, Path target) throws IOException {
        Map<String, byte[]> base = new LinkedHashMap<>(DocxHtml.unzip(letters.apply(0)));
        String document = string(base.get("word/document.xml"));
        Matcher bm = BODY.matcher(document);
        if (!bm.find()) {
            throw new IOException(Formats.bind(Messages.PrintDocument_theFirstLetterHas));
        }
        String baseBody = bm.group(1);
        int fs = finalSection(baseBody);
        String finalSect = baseBody.substring(fs);
        baseBody = baseBody.substring(0, fs);
        StringBuilder body = new StringBuilder(baseBody.length() * count + 1024).append(baseBody);
        String relsXml = string(base.getOrDefault("word/_rels/document.xml.rels",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\""
                        + "http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>").getBytes(StandardCharsets.UTF_8)));
        StringBuilder newRels = new StringBuilder();
        String types = string(base.get("[Content_Types].xml"));
        StringBuilder newTypes = new StringBuilder();
        for (int i = 1; i < count; i++) {
            Map<String, byte[]> parts = DocxHtml.unzip(letters.apply(i));
            byte[] doc = parts.get("word/document.xml");
            if (doc == null) {
                throw new IOException(Formats.bind(Messages.PrintDocument_letter, (i + 1)));
            }
            Matcher m = BODY.matcher(string(doc));
            if (!m.find()) {
                continue;
            }
            String content = m.group(1);
            content = content.substring(0, finalSection(content));
            content = INNER_SECT.matcher(content).replaceAll("");
            Map<String, String[]> rels = DocxHtml.relationships(parts.get("word/_rels/document.xml.rels"));
            Map<String, String> renamed = new LinkedHashMap<>();
            int letter = i;
            Matcher ra = REL_ATTR.matcher(content);
            StringBuilder out = new StringBuilder(content.length() + 64);
            while (ra.find()) {
                String id = ra.group(2);
                String[] rel = rels.get(id);
                String newId = id;
                if (rel != null) {
                    newId = renamed.get(id);
                    if (newId == null) {
                        newId = "rIdL" + letter + "x" + renamed.size();
                        renamed.put(id, newId);
                        String target2 = rel[1];
                        if (!"External".equals(rel[2]) && target2 != null) {
                            String from = DocxHtml.resolve(target2);
                            byte[] bytes = parts.get(from);
                            if (bytes != null) {
                                String name = from.substring(from.lastIndexOf('/') + 1);
                                String copy = "media/l" + letter + "_" + name;
                                base.put("word/" + copy, bytes);
                                target2 = copy;
                                String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                                if (!types.contains("Extension=\"" + ext + "\"") && !newTypes.toString().contains("Extension=\"" + ext + "\"")) {
                                    newTypes.append("<Default Extension=\"").append(ext).append("\" ContentType=\"")
                                            .append(DocxHtml.mediaType(name)).append("\"/>");
                                }
                            }
                        }
                        newRels.append("<Relationship Id=\"").append(newId).append("\" Type=\"").append(rel[0])
                                .append("\" Target=\"").append(DocxHtml.escape(target2 == null ? "" : target2)).append('"')
                                .append(rel[2] == null ? "" : " TargetMode=\"" + rel[2] + "\"").append("/>");
                    }
                }
                ra.appendReplacement(out, Matcher.quoteReplacement(ra.group(1) + "=\"" + newId + "\""));
            }
            ra.appendTail(out);
            body.append(PAGE_BREAK).append(out);
        }
        body.append(finalSect);
        String combined = document.substring(0, bm.start(1)) + body + document.substring(bm.end(1));
        base.put("word/document.xml", combined.getBytes(StandardCharsets.UTF_8));
        if (!newRels.isEmpty()) {
            base.put("word/_rels/document.xml.rels", relsXml.replace("</Relationships>", newRels + "</Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (!newTypes.isEmpty()) {
            base.put("[Content_Types].xml", types.replace("</Types>", newTypes + "</Types>").getBytes(StandardCharsets.UTF_8));
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".print-", ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(os)) {
                byte[] ct = base.remove("[Content_Types].xml");
                if (ct != null) {
                    zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                    zip.write(ct);
                    zip.closeEntry();
                }
                for (Map.Entry<String, byte[]> e : base.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** @return LibreOffice's {@code soffice} (or {@code libreoffice}) on the PATH, if any */
    static Optional<Path> findSoffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Converts a .docx to PDF beside it with LibreOffice headless.
     *
     * @param soffice the program
     * @param docx the document
     * @return the PDF
     * @throws IOException when the conversion fails or takes over 5 minutes; the message says so
     */
    static Path toPdf(Path soffice, Path docx) throws IOException {
        Path dir = docx.toAbsolutePath().getParent();
        Path profile = Files.createTempDirectory("segmenta-soffice-");
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(Formats.bind(Messages.PrintDocument_libreofficeDidNotConvert,
                        docx.getFileName()));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(Formats.bind(Messages.PrintDocument_interruptedWhileLibreofficeConverted,
                    docx.getFileName()), e);
        }
        String name = docx.getFileName().toString();
        Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (p.exitValue() != 0 || !Files.exists(pdf)) {
            throw new IOException(Formats.bind(Messages.PrintDocument_libreofficeCouldNotConvert,
                    docx.getFileName(), p.exitValue()));
        }
        return pdf;
    }

    /** @return where the body's own (last, outermost) section properties start, or its length when it has none */
    static int finalSection(String body) {
        int start = body.lastIndexOf("<w:sectPr");
        String end = "</w:sectPr>";
        int close = body.lastIndexOf(end);
        if (start < 0 || close < start || !body.substring(close + end.length()).isBlank()) {
            return body.length();
        }
        // the last sectPr must not sit inside a paragraph's properties: then it is followed by </w:pPr>
        return body.lastIndexOf("</w:p>") > start ? body.length() : start;
    }

    private static String string(byte[] b) {
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }
}

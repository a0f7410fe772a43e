package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.segmenta.cli.internal.Cli;
import org.segmenta.model.SegmentHeader;

/**
 * {@code merge}: SKIPIF and NEXT mean the same with --out and --combined and every contact skipped or grouped is
 * named; a failed merge leaves no letter in the folder and does not replace the segment's Word template; each
 * warning is printed once and names the user's own file (issue 13, items 2 and 5).
 */
class MergeCommandTest extends CommandLineFixture {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A main document: SKIPIF { MERGEFIELD City } = "Aarhus", the name, and a field that maps to nothing. */
    static byte[] skipAarhus() throws Exception {
        String body = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> SKIPIF \"</w:instrText></w:r>"
                + "<w:fldSimple w:instr=\" MERGEFIELD City \"><w:r><w:t>«City»</w:t></w:r></w:fldSimple>"
                + "<w:r><w:instrText>\" = \"Aarhus\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:fldSimple w:instr=\" MERGEFIELD Name \"/><w:fldSimple w:instr=\" MERGEFIELD Shoe_Size \"/></w:p>";
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bo)) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(z, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + body
                    + "<w:sectPr/></w:body></w:document>");
        }
        return bo.toByteArray();
    }

    private static void put(ZipOutputStream z, String name, String text) throws Exception {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    private Long wordTemplateOf(String segment) {
        return services.store().read(s -> {
            SegmentHeader h = s.segments().require(segment);
            return h.getLanguages().isEmpty() ? h.getModifiedWordTemplateNo() : h.getLanguages().get(0).getWordTemplateNo();
        });
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void skipIfSkipsContactsByNameInBothModesAndTheTemplateIsStoredAfterwards() throws Exception {
        ok("demo");
        Path doc = Files.write(tmp.resolve("my letter.docx"), skipAarhus());
        ok("segment", "lines", "SEG00001", "--json", "--limit", "1000");
        List<Map<String, Object>> lines = Json.rows(cli.out());
        Path out = tmp.resolve("letters");
        ok("merge", "SEG00001", "--template", doc.toString(), "--out", out.toString(), "--json");
        Map<String, Object> r = Json.object(cli.out());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> skipped = (List<Map<String, Object>>) r.get("skipped");
        long letters = (Long) r.get("letters");
        assertTrue(skipped.size() > 0 && skipped.size() < lines.size(), skipped.toString());
        assertEquals(lines.size(), letters + skipped.size(), "each line a letter or named as skipped");
        assertEquals(letters, files(out).size(), "only the letters in the folder: " + files(out));
        assertTrue(skipped.get(0).get("field").toString().startsWith("SKIPIF"), skipped.toString());
        String err = cli.err();
        assertEquals(skipped.size(), err.lines().filter(l -> l.startsWith("skipped: ") && l.contains(": skipped, no letter (SKIPIF")).count(), err);
        // each warning once, naming the user's file and no temporary one
        assertEquals(1, err.lines().filter(l -> l.startsWith("warning: ") && l.contains("MERGEFIELD Shoe_Size")).count(), err);
        assertTrue(err.contains("my letter.docx") && !err.contains("segmenta-template-") && !err.contains(".tmp"), err);
        Long stored = wordTemplateOf("SEG00001");
        assertEquals(r.get("storedTemplate"), stored, "stored after the merge succeeded");

        // the same meaning with --combined, now from the stored template: warnings still name the user's file
        Path all = tmp.resolve("all.docx");
        ok("merge", "SEG00001", "--combined", all.toString());
        assertTrue(cli.out().startsWith(letters + " letters merged into " + all + " (" + skipped.size() + " contact(s) skipped"), cli.out());
        assertEquals(skipped.size(), cli.err().lines().filter(l -> l.startsWith("skipped: ")).count(), cli.err());
        assertEquals(1, cli.err().lines().filter(l -> l.startsWith("warning: ") && l.contains("MERGEFIELD Shoe_Size")).count(), cli.err());
        assertTrue(cli.err().contains("my letter.docx") && !cli.err().contains("segmenta-template-"), cli.err());
    }

    @Test
    void aFailedMergeLeavesNoLetterAndKeepsTheSegmentsTemplate() throws Exception {
        ok("demo");
        Long before = wordTemplateOf("SEG00001");
        Path doc = Files.write(tmp.resolve("letter.docx"), skipAarhus());
        Path out = Files.createDirectories(tmp.resolve("out"));
        // a folder stands where the last letter would go: the merge fails at the end
        ok("segment", "lines", "SEG00001", "--json", "--limit", "1000");
        List<Map<String, Object>> lines = Json.rows(cli.out());
        Map<String, Object> last = lines.get(lines.size() - 1);
        String name = last.get("name").toString();
        Path blocker = Files.createDirectories(out.resolve(String.format("%08d %s %s.docx", ((Number) last.get("line")).intValue(), last.get("contact"), name)));
        Files.writeString(blocker.resolve("keep.txt"), "x");
        int code = cli.run("merge", "SEG00001", "--template", doc.toString(), "--out", out.toString());
        assertEquals(Cli.FAILED, code, cli.both());
        assertTrue(cli.err().contains("No letter was written"), cli.err());
        assertEquals(List.of(blocker), files(out), "no letter and no temporary folder left");
        assertEquals(before, wordTemplateOf("SEG00001"), "the segment's Word template is not replaced");
        // a document that cannot be merged changes nothing either
        Path bad = Files.write(tmp.resolve("bad.docx"), "not a word document".getBytes(StandardCharsets.UTF_8));
        assertEquals(Cli.FAILED, cli.run("merge", "SEG00001", "--template", bad.toString(), "--out", out.toString()), cli.both());
        assertTrue(cli.err().contains("bad.docx"), cli.err());
        assertEquals(before, wordTemplateOf("SEG00001"));
        assertFalse(Files.exists(out.resolve("x")));
    }
}

package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.core.merge.MainDocument;
import org.segmenta.core.merge.MergeException;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeProblem;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.merge.PreparedMerge;

/**
 * The merge's fuzz suite (issue 13): inputs made deterministically (fixed seed) from the shared corpus of Word
 * main documents, read in place: truncation at random bytes, byte flips, NULs and other forbidden characters, corrupt
 * zip entries, broken XML, missing parts, deep nesting of elements and fields, many fields, renamed binaries, wrong
 * encodings, duplicated and deleted lines. Each must end as a full result (inspect, prepare, merge of two records
 * into letters and into a combined document, every written XML part well-formed) or a clear refusal (a
 * {@link MergeException} naming the file, saying what and where, and how to fix it). Anything else (another
 * exception, a letter that is not well-formed, a refusal that blames the merge itself) is counted as "other" and
 * fails the test. A generous per-input timeout only guards against hangs.
 * <p>
 * {@code -Dsegmenta.fuzz.merge.inputs=N} runs N inputs instead of 270 (a larger run, as a bench option), and
 * {@code -Dsegmenta.fuzz.seed=S} another seed.
 */
class MergeFuzzTest {

    static final long SEED = Long.getLong("segmenta.fuzz.seed", 20261206L);
    static final int INPUTS = Integer.getInteger("segmenta.fuzz.merge.inputs", 270);

    @TempDir
    Path dir;

    enum Mutation {
        TRUNCATE, FLIP_BYTES, NUL_IN_XML, CORRUPT_ENTRY, BROKEN_XML, MISSING_PART, DEEP_ELEMENTS, DEEP_FIELDS, MANY_FIELDS,
        RENAMED_BINARY, WRONG_ENCODING, LINES_DUPLICATED_DELETED, FORBIDDEN_IN_FIELD_CODE
    }

    enum Outcome {
        FULL, REFUSED, OTHER
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.list(Docx.corpus())) {
            return s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bo)) {
            for (var e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bo.toByteArray();
    }

    private static String pick(Random rnd, List<String> l) {
        return l.get(rnd.nextInt(l.size()));
    }

    private static List<String> xmlParts(Map<String, byte[]> parts) {
        return parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
    }

    /** Makes one mutated input from a corpus file. */
    static byte[] mutate(Mutation m, byte[] src, Random rnd) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>(Docx.read(src).parts);
        String main = "word/document.xml";
        String docXml = new String(parts.getOrDefault(main, new byte[0]), StandardCharsets.UTF_8);
        int bodyAt = docXml.indexOf("<w:body>");
        switch (m) {
        case TRUNCATE:
            return java.util.Arrays.copyOf(src, 1 + rnd.nextInt(src.length - 1));
        case FLIP_BYTES: {
            byte[] b = src.clone();
            int n = 1 + rnd.nextInt(8);
            for (int i = 0; i < n; i++) {
                b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
            }
            return b;
        }
        case CORRUPT_ENTRY: {
            // overwrite a run of bytes inside the zip (local headers, compressed data or the central directory)
            byte[] b = src.clone();
            int at = rnd.nextInt(b.length);
            int len = 1 + rnd.nextInt(64);
            for (int i = at; i < Math.min(b.length, at + len); i++) {
                b[i] = (byte) rnd.nextInt(256);
            }
            return b;
        }
        case NUL_IN_XML: {
            String p = pick(rnd, xmlParts(parts));
            String x = new String(parts.get(p), StandardCharsets.UTF_8);
            StringBuilder b = new StringBuilder(x);
            int n = 1 + rnd.nextInt(5);
            for (int i = 0; i < n; i++) {
                b.insert(rnd.nextInt(b.length() + 1), (char) rnd.nextInt(0x20));
            }
            parts.put(p, b.toString().getBytes(StandardCharsets.UTF_8));
            return zip(parts);
        }
        case BROKEN_XML: {
            String p = pick(rnd, xmlParts(parts));
            String x = new String(parts.get(p), StandardCharsets.UTF_8);
            int k = rnd.nextInt(Math.max(1, x.length()));
            String broken = switch (rnd.nextInt(4)) {
            case 0 -> x.substring(0, k); // cut short
            case 1 -> x.substring(0, k) + "<" + x.substring(k); // a stray '<'
            case 2 -> x.replaceFirst("</w:p>", ""); // an unclosed paragraph
            default -> x.substring(0, k) + "&bogus;" + x.substring(k); // an undefined entity
            };
            parts.put(p, broken.getBytes(StandardCharsets.UTF_8));
            return zip(parts);
        }
        case MISSING_PART: {
            List<String> names = new ArrayList<>(parts.keySet());
            parts.remove(rnd.nextBoolean() && parts.containsKey(main) ? pick(rnd, List.of(main, "[Content_Types].xml", "_rels/.rels",
                    "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml")) : pick(rnd, names));
            return zip(parts);
        }
        case DEEP_ELEMENTS: {
            if (bodyAt < 0) {
                return src;
            }
            int depth = 200 + rnd.nextInt(rnd.nextBoolean() ? 2_000 : 20_000);
            String deep = "<w:sdt><w:sdtContent>".repeat(depth) + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>".repeat(depth);
            parts.put(main, (docXml.substring(0, bodyAt + 8) + deep + docXml.substring(bodyAt + 8)).getBytes(StandardCharsets.UTF_8));
            return zip(parts);
        }
        case DEEP_FIELDS: {
            if (bodyAt < 0) {
                return src;
            }
            int depth = 10 + rnd.nextInt(rnd.nextBoolean() ? 100 : 20_000);
            String begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF { MERGEFIELD City } = \"Aarhus\" \"</w:instrText></w:r>";
            String end = "<w:r><w:instrText>\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
            String deep = "<w:p>" + begin.repeat(depth) + "<w:r><w:t>x</w:t></w:r>" + (rnd.nextInt(5) == 0 ? "" : end.repeat(depth)) + "</w:p>";
            parts.put(main, (docXml.substring(0, bodyAt + 8) + deep + docXml.substring(bodyAt + 8)).getBytes(StandardCharsets.UTF_8));
            return zip(parts);
        }
        case MANY_FIELDS: {
            if (bodyAt < 0) {
                return src;
            }
            int n = 200 + rnd.nextInt(rnd.nextInt(4) == 0 ? 6_000 : 1_500);
            StringBuilder b = new StringBuilder("<w:p>");
            String[] names = { "FirstName", "Last_Name", "Fax No.", "\\\"odd\\\"", "Country_Region", "Formal_Salutation", "x" };
            for (int i = 0; i < n; i++) {
                b.append("<w:fldSimple w:instr=\" MERGEFIELD &quot;").append(names[rnd.nextInt(names.length)].replace("\\\"", "\\&quot;"))
                        .append("&quot; \\* Upper \"/>");
            }
            b.append("</w:p>");
            parts.put(main, (docXml.substring(0, bodyAt + 8) + b + docXml.substring(bodyAt + 8)).getBytes(StandardCharsets.UTF_8));
            return zip(parts);
        }
        case RENAMED_BINARY: {
            // a binary part under an XML part's name, or the whole file replaced by a binary part
            byte[] binary = parts.entrySet().stream().filter(e -> !e.getKey().endsWith(".xml") && !e.getKey().endsWith(".rels"))
                    .map(Map.Entry::getValue).findFirst().orElseGet(() -> {
                        byte[] r = new byte[4096];
                        rnd.nextBytes(r);
                        return r;
                    });
            if (rnd.nextInt(3) == 0) {
                return binary;
            }
            parts.put(pick(rnd, xmlParts(parts)), binary);
            return zip(parts);
        }
        case WRONG_ENCODING: {
            String p = rnd.nextBoolean() && parts.containsKey(main) ? main : pick(rnd, xmlParts(parts));
            String x = new String(parts.get(p), StandardCharsets.UTF_8);
            byte[] b = switch (rnd.nextInt(4)) {
            case 0 -> x.getBytes(StandardCharsets.UTF_16LE); // UTF-16 without a byte order mark
            case 1 -> x.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_8);
            case 2 -> x.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"ISO-8859-1\"").getBytes(StandardCharsets.UTF_8);
            default -> (x + "\u00e6\u00f8\u00e5").getBytes(StandardCharsets.ISO_8859_1); // Latin-1 bytes in a UTF-8 part
            };
            parts.put(p, b);
            return zip(parts);
        }
        case LINES_DUPLICATED_DELETED: {
            String p = rnd.nextBoolean() && parts.containsKey(main) ? main : pick(rnd, xmlParts(parts));
            String x = new String(parts.get(p), StandardCharsets.UTF_8);
            // Word writes few line breaks: cut the part at tag boundaries into "lines"
            List<String> lines = new ArrayList<>(List.of(x.split("(?<=>)")));
            int n = 1 + rnd.nextInt(4);
            for (int i = 0; i < n && lines.size() > 1; i++) {
                int k = rnd.nextInt(lines.size());
                if (rnd.nextBoolean()) {
                    lines.add(k, lines.get(k));
                } else {
                    lines.remove(k);
                }
            }
            parts.put(p, String.join("", lines).getBytes(StandardCharsets.UTF_8));
            return zip(parts);
        }
        case FORBIDDEN_IN_FIELD_CODE: {
            if (!docXml.contains("MERGEFIELD")) {
                return src;
            }
            String x = docXml.replaceFirst("MERGEFIELD", "MERGE\u0000FIELD\u0001").replace("</w:instrText>", "&#x2;</w:instrText>");
            parts.put(main, x.getBytes(StandardCharsets.UTF_8));
            return zip(parts);
        }
        default:
            throw new IllegalArgumentException(m.name());
        }
    }

    private static List<MergeRecord> records() {
        MergeRecord odd = MergeRecord.builder(Locale.forLanguageTag("da-DK")).put(MergeKey.NAME, "Ærø \u0000\uFFFF Ødegård\u0007")
                .put(MergeKey.FIRST_NAME, "Æ\u0001").put(MergeKey.CITY, "Aarhus").put(MergeKey.FORMAL_SALUTATION, "Kære Æ")
                .put(MergeKey.CONTACT_NO, "CT2").build();
        return List.of(Contacts.karen(), odd, Contacts.karen());
    }

    /** Runs one input through inspect, prepare, merge and combined merge. */
    static Outcome run(Path f, List<String> failures) {
        String name = f.getFileName().toString();
        try {
            MainDocument d = CorpusMergeTest.SERVICE.inspect(f);
            PreparedMerge pm = CorpusMergeTest.SERVICE.prepare(f, CorpusMergeTest.userMapping(d));
            List<byte[]> letters = new ArrayList<>();
            MergeResult r = pm.merge(records(), (i, rec, docx, len) -> letters.add(java.util.Arrays.copyOf(docx, len)));
            if (r.letters() != letters.size()) {
                failures.add(name + ": " + r.letters() + " letters said, " + letters.size() + " given");
                return Outcome.OTHER;
            }
            for (byte[] l : letters) {
                Docx.assertWellFormed(l, name);
            }
            Path combined = f.resolveSibling(name + "-combined.docx");
            MergeResult c = pm.mergeCombined(records(), combined);
            if (c.letters() > 0) {
                Docx.assertWellFormed(Files.readAllBytes(combined), name + " combined");
                Files.delete(combined);
            }
            return Outcome.FULL;
        } catch (MergeException e) {
            String m = e.getMessage();
            boolean clear = m.startsWith(name + ": ") && m.length() > name.length() + 30
                    && !m.contains("internal error") && e.problems().stream().anyMatch(p -> p.severity() == MergeProblem.Severity.ERROR)
                    && (m.contains("open it in Word") || m.contains("save it") || m.contains("choose") || m.contains("check")
                            || m.contains("use another") || m.contains("remove"));
            if (!clear) {
                failures.add(name + ": unclear refusal: " + m);
                return Outcome.OTHER;
            }
            return Outcome.REFUSED;
        } catch (Throwable t) {
            java.io.StringWriter w = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(w));
            failures.add(name + ": " + w.toString().lines().limit(8).reduce((a, b) -> a + "\n   " + b).orElse(""));
            return Outcome.OTHER;
        }
    }

    @Test
    void everyMutatedMainDocumentGivesAFullResultOrAClearRefusal() throws Exception {
        List<Path> sources = sources();
        assertTrue(sources.size() >= 10, "the corpus at " + Docx.corpus());
        List<byte[]> data = new ArrayList<>();
        for (Path p : sources) {
            data.add(Files.readAllBytes(p));
        }
        Random rnd = new Random(SEED);
        Mutation[] kinds = Mutation.values();
        Map<Outcome, Integer> counts = new LinkedHashMap<>();
        Map<Mutation, int[]> byKind = new LinkedHashMap<>();
        Map<Mutation, long[]> nanos = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            Mutation m = kinds[i % kinds.length];
            int s = rnd.nextInt(sources.size());
            byte[] input = mutate(m, data.get(s), new Random(rnd.nextLong()));
            String source = sources.get(s).getFileName().toString().replace(".docx", "");
            Path f = Files.write(dir.resolve(String.format("fuzz-%03d-%s-%s.docx", i, m.name().toLowerCase(Locale.ROOT), source)), input);
            long t = System.nanoTime();
            Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> run(f, failures), () -> "hang on " + f.getFileName());
            nanos.computeIfAbsent(m, k -> new long[1])[0] += System.nanoTime() - t;
            counts.merge(o, 1, Integer::sum);
            byKind.computeIfAbsent(m, k -> new int[3])[o.ordinal()]++;
            Files.deleteIfExists(f);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder report = new StringBuilder(String.format("merge fuzz: %d inputs (seed %d) in %.1f s: %d full results, %d clear refusals, %d other%n",
                INPUTS, SEED, seconds, counts.getOrDefault(Outcome.FULL, 0), counts.getOrDefault(Outcome.REFUSED, 0), counts.getOrDefault(Outcome.OTHER, 0)));
        byKind.forEach((k, v) -> report.append(String.format("  %-26s full %3d  refused %3d  other %d  (%.1f s)%n", k.name().toLowerCase(Locale.ROOT),
                v[0], v[1], v[2], nanos.get(k)[0] / 1e9)));
        System.out.print(report);
        assertEquals(List.of(), failures, report.toString());
        assertEquals(INPUTS, counts.getOrDefault(Outcome.FULL, 0) + counts.getOrDefault(Outcome.REFUSED, 0));
    }
}

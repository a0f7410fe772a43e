package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.ContactImportService;
import org.segmenta.exchange.ContactImports;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportReport;
import org.segmenta.model.NumberSeries;
import org.segmenta.store.derby.DerbyStores;
import org.segmenta.store.derby.LocalStore;
import org.segmenta.testing.Corpus;

/**
 * The import half of issue 13's fuzz suite: inputs made deterministically (fixed seed) from the shared contact
 * corpus, read in place — truncated at random bytes, bytes flipped, NULs inserted, a 10 MB field, wrong encodings,
 * lines duplicated, deleted and swapped, line ends changed, binaries renamed to .vcf and .csv — each imported through
 * the import service into one Derby database. Each must end as a full result (a report; what it created is in the
 * database) or a clear refusal (a {@link ContactImportException} that names the file and no Java class, with the
 * database unchanged); anything else (another exception, a hang) fails the test. Prints the counts.
 */
class ImportFuzzTest {

    private static final long SEED = 20261206L;

    @TempDir
    Path tmp;

    /** One input: a name saying how it was made, and its bytes. */
    record Input(String name, byte[] bytes) {
    }

    @Test
    void everyMutatedInputEndsAsAFullResultOrAClearRefusal() throws Exception {
        List<Input> inputs = inputs();
        assertTrue(inputs.size() >= 250, "at least 250 inputs, not " + inputs.size());
        int full = 0;
        int refused = 0;
        List<String> other = new ArrayList<>();
        long start = System.nanoTime();
        try (LocalStore store = DerbyStores.embedded(tmp.resolve("db"))) {
            ContactImportService imports = ContactImports.service(store);
            int n = 0;
            for (Input input : inputs) {
                Path file = tmp.resolve(String.format("%03d-%s", n++, input.name()));
                Files.write(file, input.bytes());
                long before = count(store);
                String series = series(store);
                try {
                    ImportReport r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                            () -> imports.importFile(file, ImportOptions.defaults()), input.name() + " hangs");
                    long added = count(store) - before;
                    if (added != r.createdCount()) {
                        other.add(input.name() + ": reported " + r.createdCount() + " created, but " + added
                                + " are stored");
                    } else {
                        full++;
                    }
                } catch (Throwable t) {
                    if (t instanceof ContactImportException e) {
                        String m = e.getMessage();
                        if (count(store) != before || !series.equals(series(store))) {
                            other.add(input.name() + ": refused but the database changed");
                        } else if (m == null || !m.contains(file.toString())
                                || m.matches("(?s).*(Exception|java\\.|\\bat org\\.).*")) {
                            other.add(input.name() + ": unclear refusal: " + m);
                        } else {
                            refused++;
                        }
                    } else {
                        other.add(input.name() + ": " + t);
                    }
                }
                Files.delete(file);
            }
        }
        System.out.printf("import fuzz: %d inputs (seed %d): %d full results, %d clear refusals, %d other; %.1f s%n",
                inputs.size(), SEED, full, refused, other.size(), (System.nanoTime() - start) / 1e9);
        other.forEach(o -> System.out.println("  other: " + o));
        assertEquals(List.of(), other);
        assertEquals(inputs.size(), full + refused);
    }

    private static long count(LocalStore store) {
        return store.read(s -> s.contacts().count());
    }

    private static String series(LocalStore store) {
        return store.read(s -> s.numberSeries().get(ContactImportService.CONTACT_SERIES).map(NumberSeries::getLastNoUsed)
                .orElse("(none)"));
    }

    private List<Input> inputs() throws Exception {
        Random rnd = new Random(SEED);
        List<Path> corpus;
        try (Stream<Path> files = Files.list(Corpus.dir("contacts"))) {
            corpus = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(corpus.size() >= 10, "the shared contact corpus: " + corpus);
        List<Input> inputs = new ArrayList<>();
        for (Path p : corpus) {
            byte[] b = Files.readAllBytes(p);
            String name = p.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.'));
            for (int i = 0; i < 5; i++) {
                inputs.add(new Input(name + "-truncated" + i + ext, Arrays.copyOf(b, rnd.nextInt(b.length))));
            }
            for (int flips : new int[] { 1, 3, 10, 60 }) {
                byte[] f = b.clone();
                for (int i = 0; i < flips; i++) {
                    int at = rnd.nextInt(f.length);
                    f[at] = (byte) (f[at] ^ (1 << rnd.nextInt(8)));
                }
                inputs.add(new Input(name + "-flipped" + flips + ext, f));
            }
            for (int i = 0; i < 2; i++) {
                inputs.add(new Input(name + "-nul" + i + ext, insert(b, rnd.nextInt(b.length), new byte[i + 1])));
            }
            if (corpus.indexOf(p) % 2 == 0) { // every other file: each 10 MB input costs a second or two
                inputs.add(new Input(name + "-10MB-field" + ext, hugeField(b, rnd)));
            }
            String text = new String(b, StandardCharsets.UTF_8);
            inputs.add(new Input(name + "-utf16le-nobom" + ext, text.getBytes(StandardCharsets.UTF_16LE)));
            inputs.add(new Input(name + "-latin1-as-utf8" + ext,
                    new String(b, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8)));
            inputs.add(new Input(name + "-cp1251" + ext, text.getBytes(Charset.forName("windows-1251"))));
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\n|\r", -1)));
            for (int i = 0; i < 2; i++) {
                List<String> d = new ArrayList<>(lines);
                int at = rnd.nextInt(d.size());
                d.add(at, d.get(at));
                inputs.add(new Input(name + "-duplicated-line" + i + ext, join(d)));
            }
            for (int i = 0; i < 2; i++) {
                List<String> d = new ArrayList<>(lines);
                d.remove(rnd.nextInt(d.size()));
                inputs.add(new Input(name + "-deleted-line" + i + ext, join(d)));
            }
            List<String> swapped = new ArrayList<>(lines);
            java.util.Collections.swap(swapped, rnd.nextInt(swapped.size()), rnd.nextInt(swapped.size()));
            inputs.add(new Input(name + "-swapped-lines" + ext, join(swapped)));
            inputs.add(new Input(name + "-cr-line-ends" + ext, String.join("\r", lines).getBytes(StandardCharsets.UTF_8)));
            inputs.add(new Input(name + "-lf-line-ends" + ext, String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
            inputs.add(new Input(name + "-zipped" + ext, zip(name, b)));
        }
        byte[] random = new byte[4096];
        rnd.nextBytes(random);
        inputs.add(new Input("random-bytes.csv", random));
        inputs.add(new Input("random-bytes.vcf", random.clone()));
        inputs.add(new Input("empty.csv", new byte[0]));
        inputs.add(new Input("blank.vcf", "\r\n  \r\n".getBytes(StandardCharsets.US_ASCII)));
        inputs.add(new Input("png-renamed.vcf", insert(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' },
                8, random)));
        inputs.add(new Input("docx-renamed.csv", zip("word/document.xml", "<w:document/>".getBytes())));
        inputs.add(new Input("pdf-renamed.csv", ("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\n")
                .getBytes(StandardCharsets.ISO_8859_1)));
        return inputs;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.writeBytes(what);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    /** A 10 MB value put after the first ':' or ',' of a random line. */
    private static byte[] hugeField(byte[] b, Random rnd) {
        int at = rnd.nextInt(b.length);
        while (at < b.length && b[at] != ':' && b[at] != ',') {
            at++;
        }
        byte[] big = new byte[10 << 20];
        Arrays.fill(big, (byte) 'x');
        return insert(b, Math.min(at + 1, b.length), big);
    }

    private static byte[] join(List<String> lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String entry, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }
}

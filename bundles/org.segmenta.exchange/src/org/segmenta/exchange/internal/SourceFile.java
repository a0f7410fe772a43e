package org.segmenta.exchange.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.segmenta.core.format.Formats;
import org.segmenta.exchange.ContactImportException;
import org.segmenta.exchange.CsvMapping;
import org.segmenta.exchange.ImportFormat;
import org.segmenta.exchange.util.TextDecoding;

/**
 * An open contact file: its encoding and format found, its rows to be read one by one as {@link Draft}s. CSV files
 * are streamed (read twice: once to find the encoding, once to parse), so their size does not matter; vCard files
 * are read whole (they are small: phones and mail programs export a few thousand cards).
 * <p>
 * Before decoding, a vCard file that is not valid UTF-8 has its folded lines repaired where the folding split a
 * multi-byte UTF-8 character ({@link TextDecoding#repairSplitFolds}): unfolding then happens on the bytes, and the
 * file decodes as the UTF-8 it is.
 */
public final class SourceFile implements Closeable {

    /** The largest vCard file read (vCard files are read whole). */
    public static final long MAX_VCARD_BYTES = 256L << 20;
    private static final int HEAD = 64 * 1024;

    private final Path file;
    private final ImportFormat format;
    private final Charset charset;
    private final long size;
    private final List<String> fileNotes;
    private final CsvSource csv;
    private final Iterator<Draft> cards;

    private SourceFile(Path file, ImportFormat format, Charset charset, long size, List<String> fileNotes,
            CsvSource csv, Iterator<Draft> cards) {
        this.file = file;
        this.format = format;
        this.charset = charset;
        this.size = size;
        this.fileNotes = fileNotes;
        this.csv = csv;
        this.cards = cards;
    }

    /**
     * Opens a file.
     *
     * @param file the file
     * @param mapping the CSV column mapping, or {@code null}
     * @param requireLayout refuse a CSV of an unknown layout without a mapping
     * @return the open file
     * @throws ContactImportException when the file cannot be read, is empty or binary, is a truncated vCard file,
     *             or a CSV whose header row is unusable
     */
    public static SourceFile open(Path file, CsvMapping mapping, boolean requireLayout) throws ContactImportException {
        Objects.requireNonNull(file, "file");
        try {
            if (Files.isDirectory(file)) {
                throw new ContactImportException(file, 0, Formats.bind(Messages.SourceFile_isAFolderChoose), null);
            }
            long size = Files.size(file);
            byte[] head = head(file);
            TextDecoding.Detected headEncoding = TextDecoding.detect(head);
            String headText = headEncoding.decode(head);
            refuseNonText(file, headText, size);
            if (VCardSource.looksLikeVCard(headText)) {
                return vcard(file, size);
            }
            Charset charset = csvCharset(file, head, headEncoding);
            Counting in = new Counting(Files.newInputStream(file));
            try {
                in.skipNBytes(headEncoding.bomLength());
                CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE);
                CsvSource csv = CsvSource.open(file, new InputStreamReader(in, decoder), mapping, requireLayout);
                List<String> notes = new ArrayList<>();
                if (csv.outlookLanguage() != null) {
                    notes.add(Formats.bind(Messages.SourceFile_theHeaderRowIs, csv.outlookLanguage()));
                }
                if (csv.delimiter() != ',') {
                    notes.add(csv.delimiter() == '\t' ? Formats.bind(Messages.SourceFile_separatedByTab)
                            : Formats.bind(Messages.SourceFile_separatedBy, csv.delimiter()));
                }
                SourceFile f = new SourceFile(file, csv.format(), charset, size, notes, csv, null);
                f.counting = in;
                return f;
            } catch (ContactImportException | RuntimeException e) {
                in.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new ContactImportException(file, 0, Formats.bind(Messages.SourceFile_theFileDoesNot), e);
        } catch (IOException e) {
            throw new ContactImportException(file, 0, Formats.bind(Messages.SourceFile_theFileCannotBe,
                    e.getMessage()), e);
        }
    }

    /**
     * Opens text that is already decoded (pasted, or given by another service).
     *
     * @param source the name for messages, may be {@code null}
     * @param text the text
     * @param charset the encoding it came in
     * @param mapping the CSV mapping or {@code null}
     * @return the open text
     * @throws ContactImportException as {@link #open(Path, CsvMapping, boolean)}
     */
    public static SourceFile ofText(Path source, String text, Charset charset, CsvMapping mapping)
            throws ContactImportException {
        refuseNonText(source, text, text.length());
        if (VCardSource.looksLikeVCard(text)) {
            List<String> notes = new ArrayList<>();
            List<Draft> drafts = VCardSource.read(source, text, charset, notes);
            return new SourceFile(source, ImportFormat.VCARD, charset, text.length(), notes, null, drafts.iterator());
        }
        CsvSource csv = CsvSource.open(source, new StringReader(text), mapping, true);
        List<String> notes = new ArrayList<>();
        if (csv.outlookLanguage() != null) {
            notes.add(Formats.bind(Messages.SourceFile_theHeaderRowIs, csv.outlookLanguage()));
        }
        if (csv.delimiter() != ',') {
            notes.add(csv.delimiter() == '\t' ? Formats.bind(Messages.SourceFile_separatedByTab)
                            : Formats.bind(Messages.SourceFile_separatedBy, csv.delimiter()));
        }
        return new SourceFile(source, csv.format(), charset, text.length(), notes, csv, null);
    }

    private static SourceFile vcard(Path file, long size) throws IOException, ContactImportException {
        if (size > MAX_VCARD_BYTES) {
            throw new ContactImportException(file, 0, Formats.bind(Messages.SourceFile_theVcardFileIs,
                    (size >> 20), (MAX_VCARD_BYTES >> 20)), null);
        }
        byte[] bytes = Files.readAllBytes(file);
        List<String> notes = new ArrayList<>();
        TextDecoding.Detected detected = TextDecoding.detect(bytes);
        if (detected.charset() != StandardCharsets.UTF_8 && detected.bomLength() == 0
                && detected.charset() != StandardCharsets.UTF_16BE && detected.charset() != StandardCharsets.UTF_16LE) {
            TextDecoding.Repaired r = TextDecoding.repairSplitFolds(bytes);
            if (r.repairs() > 0 && TextDecoding.isUtf8(r.bytes(), 0, r.bytes().length)) {
                bytes = r.bytes();
                detected = new TextDecoding.Detected(StandardCharsets.UTF_8, 0);
                notes.add(Formats.bind(r.repairs() == 1 ? Messages.SourceFile_foldedLineSplits
                        : Messages.SourceFile_foldedLinesSplit, r.repairs()));
            }
        }
        if (detected.charset() != StandardCharsets.UTF_8 && !detected.charset().name().startsWith("UTF")) {
            notes.add(Formats.bind(Messages.SourceFile_theFileIsNot, detected.charset().name()));
        }
        String text = detected.decode(bytes);
        List<Draft> drafts = VCardSource.read(file, text, detected.charset(), notes);
        return new SourceFile(file, ImportFormat.VCARD, detected.charset(), size, notes, null, drafts.iterator());
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    /** The encoding of a CSV file: from the head when it is decided there (BOM, UTF-16), else by a pass over it. */
    private static Charset csvCharset(Path file, byte[] head, TextDecoding.Detected headEncoding) throws IOException {
        if (headEncoding.bomLength() > 0 || headEncoding.charset().name().startsWith("UTF-16")) {
            return headEncoding.charset();
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 17);
        CharBuffer out = CharBuffer.allocate(1 << 17);
        java.io.ByteArrayOutputStream sample = new java.io.ByteArrayOutputStream();
        boolean valid = true;
        try (InputStream s = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 16];
            int n;
            while ((n = s.read(chunk)) >= 0) {
                if (n == 0) {
                    continue;
                }
                if (sample.size() < (256 << 10)) {
                    byte[] part = TextDecoding.nonAsciiSample(java.util.Arrays.copyOf(chunk, n));
                    sample.write(part, 0, part.length);
                }
                if (valid) {
                    in.put(chunk, 0, n);
                    in.flip();
                    CoderResult r = utf8.decode(in, out, false);
                    out.clear();
                    valid = !r.isError();
                    in.compact();
                }
            }
        }
        if (valid) {
            in.flip();
            valid = !utf8.decode(in, out, true).isError() && !in.hasRemaining();
        }
        return valid ? StandardCharsets.UTF_8 : TextDecoding.guessSingleByte(sample.toByteArray());
    }

    private static void refuseNonText(Path file, String text, long size) throws ContactImportException {
        if (size == 0 || text.isBlank()) {
            throw new ContactImportException(file, 1, "the file is empty; there is nothing to import.", null);
        }
        if (text.startsWith("PK\u0003\u0004") || text.indexOf('\0') >= 0) {
            throw new ContactImportException(file, 1, Formats.bind(text.startsWith("PK")
                    ? Messages.SourceFile_notTextZip : Messages.SourceFile_notTextBinary), null);
        }
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return vCard or the CSV layout */
    public ImportFormat format() {
        return format;
    }

    /** @return the encoding the file is read in */
    public Charset charset() {
        return charset;
    }

    private Counting counting;

    /** @return how many bytes of the file have been read (all of a vCard file, which is read whole) */
    public long position() {
        return counting == null ? size : counting.count;
    }

    /** An input stream that counts the bytes read. */
    private static final class Counting extends java.io.FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            return k;
        }
    }

    /** @return the file's size in bytes (characters for text) */
    public long size() {
        return size;
    }

    /** @return remarks on the whole file (encoding guessed, separator, localised layout) */
    public List<String> fileNotes() {
        return fileNotes;
    }

    /** @return the CSV header row, or an empty list for vCard */
    public List<String> headers() {
        return csv == null ? List.of() : csv.headers();
    }

    /** @return the next card or row, or {@code null} after the last */
    public Draft next() {
        if (csv != null) {
            return csv.next();
        }
        return cards.hasNext() ? cards.next() : null;
    }

    @Override
    public void close() {
        if (csv != null) {
            try {
                csv.close();
            } catch (IOException e) {
                // reading is over; nothing to lose
            }
        }
    }

    /** For tests: a reader over the text. */
    static Reader reader(String text) {
        return new StringReader(text);
    }
}

package org.segmenta.merge.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What kind of file a user offers as a Word main document, told from its bytes rather than its name, so
 * that a renamed {@code .doc}, an encrypted document or a stray spreadsheet gets a clear refusal before any
 * merge starts.
 */
public enum WordFileKind {
    /** A Word document ({@code .docx}): an OPC package whose main part is {@code document.main+xml}. */
    DOCUMENT(true),
    /** A Word template ({@code .dotx}); merged letters become documents. */
    TEMPLATE(true),
    /** A macro-enabled document or template ({@code .docm}, {@code .dotm}); the merge drops the macros. */
    MACRO_ENABLED(true),
    /** A Word 97–2003 binary document ({@code .doc}): an OLE2 compound file. */
    BINARY_DOC(false),
    /** An OOXML document encrypted with a password: an OLE2 compound file holding an EncryptionInfo stream. */
    ENCRYPTED(false),
    /** A zip that is not a Word package (for example an .xlsx), or a file that is not a zip at all. */
    NOT_WORD(false);

    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
            (byte) 0xB1, 0x1A, (byte) 0xE1 };
    private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);

    private final boolean mergeable;

    WordFileKind(boolean mergeable) {
        this.mergeable = mergeable;
    }

    /** @return {@code true} when Segmenta can merge a file of this kind */
    public boolean isMergeable() {
        return mergeable;
    }

    /**
     * Tells the kind of a file from its content.
     *
     * @param file the file to look at
     * @return its kind; never {@code null}
     * @throws IOException when the file cannot be read
     */
    public static WordFileKind detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, OLE2_MAGIC)) {
            // the directory of a small compound file sits in its first sectors; "EncryptionInfo" names the
            // stream that an encrypted OOXML package carries (MS-OFFCRYPTO)
            try (InputStream in = Files.newInputStream(file)) {
                return indexOf(in.readNBytes(1 << 16), ENCRYPTION_INFO) >= 0 ? ENCRYPTED : BINARY_DOC;
            }
        }
        if (!startsWith(head, ZIP_MAGIC)) {
            return NOT_WORD;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                return NOT_WORD;
            }
            String xml;
            try (InputStream in = zip.getInputStream(types)) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (xml.contains("wordprocessingml.template.main+xml")) {
                return TEMPLATE;
            }
            if (xml.contains("wordprocessingml.document.main+xml")) {
                return DOCUMENT;
            }
            if (xml.contains("application/vnd.ms-word.document.macroEnabled.main+xml")
                    || xml.contains("application/vnd.ms-word.template.macroEnabledTemplate.main+xml")) {
                return MACRO_ENABLED;
            }
            return NOT_WORD;
        } catch (java.util.zip.ZipException e) {
            return NOT_WORD;
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer: for (int i = 0; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

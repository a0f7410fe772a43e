package org.segmenta.merge.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.segmenta.testing.Corpus;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.merge.word.WordFileKind;

class WordFileKindTest {

    @TempDir
    Path dir;

    @Test
    void everyMainDocumentOfTheCorpusIsAWordDocument() throws IOException {
        List<Path> files;
        try (var s = Files.list(Corpus.dir("docx"))) {
            files = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        assertEquals(18, files.size(), "the shared corpus");
        for (Path f : files) {
            assertEquals(WordFileKind.DOCUMENT, WordFileKind.detect(f), f.getFileName().toString());
        }
    }

    @Test
    void refusesABinaryDocAndAnEncryptedPackage() throws IOException {
        byte[] ole = new byte[4096];
        byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
        System.arraycopy(magic, 0, ole, 0, magic.length);
        Path doc = Files.write(dir.resolve("letter.doc"), ole);
        assertEquals(WordFileKind.BINARY_DOC, WordFileKind.detect(doc));
        assertFalse(WordFileKind.detect(doc).isMergeable());

        byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, ole, 1024, name.length);
        Path encrypted = Files.write(dir.resolve("secret.docx"), ole);
        assertEquals(WordFileKind.ENCRYPTED, WordFileKind.detect(encrypted));
    }

    @Test
    void tellsTemplatesAndOtherZipsApart() throws IOException {
        Path dotx = zip("letter.dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml");
        assertEquals(WordFileKind.TEMPLATE, WordFileKind.detect(dotx));
        assertTrue(WordFileKind.detect(dotx).isMergeable());
        Path xlsx = zip("book.docx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        assertEquals(WordFileKind.NOT_WORD, WordFileKind.detect(xlsx));
        Path text = Files.writeString(dir.resolve("notes.docx"), "Dear «First Name»");
        assertEquals(WordFileKind.NOT_WORD, WordFileKind.detect(text));
    }

    private Path zip(String name, String mainType) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<Types><Override PartName=\"/main.xml\" ContentType=\"" + mainType + "\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return p;
    }
}

package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.segmenta.testing.Corpus;
import org.segmenta.exchange.util.TextDecoding;
import org.segmenta.exchange.util.TextDecoding.Detected;

class TextDecodingTest {

    static byte[] contacts(String name) throws IOException {
        return Files.readAllBytes(Corpus.dir("contacts").resolve(name));
    }

    @Test
    void readsUtf16BigEndianWithoutByteOrderMark() throws IOException {
        byte[] bytes = contacts("rc_utf16be_nobom.vcf");
        Detected d = TextDecoding.detect(bytes);
        assertEquals(StandardCharsets.UTF_16BE, d.charset());
        assertEquals(0, d.bomLength());
        String text = d.decode(bytes);
        assertTrue(text.startsWith("BEGIN:VCARD"), text.substring(0, 20));
        assertTrue(text.contains("Ľ"), "the Slovak letter survives decoding");
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() throws IOException {
        byte[] bytes = contacts("rc_johndoe_cp1252.vcf");
        Detected d = TextDecoding.detect(bytes);
        assertEquals("windows-1252", d.charset().name());
        assertTrue(d.decode(bytes).contains("ë"), "0xEB is ë in Windows-1252");
    }

    @Test
    void readsUtf8AndSkipsItsByteOrderMark() throws IOException {
        byte[] plain = contacts("ezv_gmail_30.vcf");
        assertEquals(StandardCharsets.UTF_8, TextDecoding.detect(plain).charset());

        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        Detected d = TextDecoding.detect(withBom);
        assertEquals(3, d.bomLength());
        assertEquals(new String(plain, StandardCharsets.UTF_8), d.decode(withBom));
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() {
        String text = "BEGIN:VCARD\r\nFN:Zoë Ŝmith\r\nEND:VCARD\r\n";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[le.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(le, 0, bytes, 2, le.length);
        Detected d = TextDecoding.detect(bytes);
        assertEquals(StandardCharsets.UTF_16LE, d.charset());
        assertEquals(text, d.decode(bytes));
    }
}

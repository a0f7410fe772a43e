package org.segmenta.merge.word.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a zip archive into a byte buffer from entries that are already deflated (copied as they are, without
 * inflating and deflating again) or deflated here. Plain zip (no zip64): fails beyond 4 GB or 65,535 entries.
 * Source: PKWARE APPNOTE.TXT 6.3.x, §4.3.7 (local file header), §4.3.12 (central directory), §4.3.16 (end record).
 */
final class ZipOut {

    /** An entry ready to copy: name, CRC-32, sizes and deflated data. */
    record Raw(String name, byte[] nameBytes, long crc, int size, byte[] deflated) {
        static Raw of(String name, byte[] data, Deflater deflater) {
            CRC32 crc = new CRC32();
            crc.update(data);
            return new Raw(name, name.getBytes(StandardCharsets.UTF_8), crc.getValue(), data.length, deflate(data, data.length, deflater));
        }
    }

    static byte[] deflate(byte[] data, int length, Deflater d) {
        d.reset();
        d.setInput(data, 0, length);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 4));
        byte[] buf = new byte[16384];
        while (!d.finished()) {
            int n = d.deflate(buf);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static final int TIME = (12 << 11); // 12:00:00
    private static final int DATE = ((2020 - 1980) << 9) | (1 << 5) | 1; // 2020-01-01

    private final Buf out;
    private final Buf central = new Buf(4096);
    private int count;

    ZipOut(Buf out) {
        this.out = out;
    }

    void add(Raw r) throws IOException {
        add(r.nameBytes(), r.crc(), r.size(), r.deflated(), r.deflated().length);
    }

    void add(byte[] name, long crc, int size, byte[] deflated, int deflatedLength) throws IOException {
        long offset = out.length();
        if (offset > 0xFFFFFFFFL - deflatedLength - 1024) {
            throw new IOException("the letter would be larger than 4 GB");
        }
        out.int4(0x04034b50);
        out.int2(20);
        out.int2(0x0800);
        out.int2(8);
        out.int2(TIME);
        out.int2(DATE);
        out.int4((int) crc);
        out.int4(deflatedLength);
        out.int4(size);
        out.int2(name.length);
        out.int2(0);
        out.write(name, 0, name.length);
        out.write(deflated, 0, deflatedLength);

        central.int4(0x02014b50);
        central.int2(20);
        central.int2(20);
        central.int2(0x0800);
        central.int2(8);
        central.int2(TIME);
        central.int2(DATE);
        central.int4((int) crc);
        central.int4(deflatedLength);
        central.int4(size);
        central.int2(name.length);
        central.int2(0);
        central.int2(0);
        central.int2(0);
        central.int2(0);
        central.int4(0);
        central.int4((int) offset);
        central.write(name, 0, name.length);
        count++;
    }

    void finish() throws IOException {
        if (count > 0xFFFF) {
            throw new IOException("too many parts for a zip without zip64: " + count);
        }
        long cdOffset = out.length();
        out.write(central.bytes(), 0, central.length());
        out.int4(0x06054b50);
        out.int2(0);
        out.int2(0);
        out.int2(count);
        out.int2(count);
        out.int4(central.length());
        out.int4((int) cdOffset);
        out.int2(0);
    }

    /** A growable byte buffer with little-endian writers. */
    static final class Buf {
        private byte[] b;
        private int n;

        Buf(int capacity) {
            b = new byte[capacity];
        }

        void reset() {
            n = 0;
        }

        int length() {
            return n;
        }

        byte[] bytes() {
            return b;
        }

        private void ensure(int more) {
            if (n + more > b.length) {
                b = java.util.Arrays.copyOf(b, Math.max(b.length * 2, n + more));
            }
        }

        void write(byte[] src, int off, int len) {
            ensure(len);
            System.arraycopy(src, off, b, n, len);
            n += len;
        }

        void int2(int v) {
            ensure(2);
            b[n++] = (byte) v;
            b[n++] = (byte) (v >>> 8);
        }

        void int4(int v) {
            ensure(4);
            b[n++] = (byte) v;
            b[n++] = (byte) (v >>> 8);
            b[n++] = (byte) (v >>> 16);
            b[n++] = (byte) (v >>> 24);
        }
    }
}

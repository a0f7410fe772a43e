package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Attachment;
import org.segmenta.store.derby.internal.DerbyStore;

/**
 * A 50 MB document goes in and out of the store as a stream: it is generated on the fly, never an array, and
 * compared by its SHA-256 (the test JVM's heap is 1 GB, so the size alone proves nothing; the hash proves the
 * bytes).
 */
class StreamingTest {

    static final long SIZE = 50L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void fiftyMegabytesInAndOutByStream() throws Exception {
        Generated source = new Generated(SIZE, 20270221L);
        try (DerbyStore store = DerbyStore.embedded(dir.resolve("db"))) {
            Attachment a = store.write(s -> {
                Attachment meta = Fixtures.attachment();
                meta.setFileName("catalogue-2027.pdf");
                meta.setMediaType("application/pdf");
                return s.attachments().create(meta, source);
            });
            assertEquals(SIZE, a.getSize());
            byte[] written = source.digest.digest();

            MessageDigest copied = MessageDigest.getInstance("SHA-256");
            long n = store.read(s -> s.attachments().copyContent(a.getNo(),
                    new DigestOutputStream(OutputStream.nullOutputStream(), copied)));
            assertEquals(SIZE, n);
            assertArrayEquals(written, copied.digest(), "copyContent gives the same bytes");

            MessageDigest opened = MessageDigest.getInstance("SHA-256");
            long m = store.read(s -> {
                try (InputStream in = s.attachments().openContent(a.getNo())) {
                    return in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), opened));
                }
            });
            assertEquals(SIZE, m);
            assertArrayEquals(written, opened.digest(), "openContent gives the same bytes");
            assertEquals(SIZE, store.read(s -> s.attachments().require(a.getNo()).getSize()));
        }
    }

    /** Pseudo-random bytes (xorshift), digested as they are read. */
    static final class Generated extends InputStream {
        final MessageDigest digest;
        private long left;
        private long state;

        Generated(long size, long seed) throws Exception {
            this.left = size;
            this.state = seed;
            this.digest = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            for (int i = 0; i < n; i++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                b[off + i] = (byte) state;
            }
            digest.update(b, off, n);
            left -= n;
            return n;
        }
    }
}

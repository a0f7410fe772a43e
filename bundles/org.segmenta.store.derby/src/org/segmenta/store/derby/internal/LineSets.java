package org.segmenta.store.derby.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A set of segment line Nos. as bytes: the Nos. in ascending order, each as its distance from the one before (the
 * first from 0) in seven-bit groups, low group first, the high bit set on every group but a number's last. Lines
 * numbered 10,000 apart take two bytes each. The undo of a removal step keeps the lines it put back this way, in one
 * row of {@code segment_undone_removal}, for its redo (migration 16).
 */
public final class LineSets {

    private LineSets() {
    }

    /**
     * @param ascending line Nos. (non-negative), in strictly ascending order
     * @return their encoding
     * @throws IllegalArgumentException if a No. is negative or not above the one before
     */
    public static byte[] encode(int[] ascending) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ascending.length * 2 + 8);
        long before = -1;
        for (int no : ascending) {
            if (no <= before) {
                throw new IllegalArgumentException("line Nos. must be non-negative and ascending: " + no + " after "
                        + before);
            }
            long gap = before < 0 ? no : no - before;
            while (gap >= 0x80) {
                out.write((int) (gap & 0x7F) | 0x80);
                gap >>>= 7;
            }
            out.write((int) gap);
            before = no;
        }
        return out.toByteArray();
    }

    /**
     * @param bytes an encoding made by {@link #encode}
     * @return the line Nos., ascending
     * @throws IllegalArgumentException if the bytes end inside a number
     */
    public static int[] decode(byte[] bytes) {
        int[] out = new int[Math.max(bytes.length / 2, 16)];
        int n = 0;
        long value = 0;
        long gap = 0;
        int shift = 0;
        for (byte b : bytes) {
            gap |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) != 0) {
                shift += 7;
                continue;
            }
            value += gap;
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = (int) value;
            gap = 0;
            shift = 0;
        }
        if (shift != 0) {
            throw new IllegalArgumentException("a set of line Nos. that ends inside a number");
        }
        return Arrays.copyOf(out, n);
    }
}

package org.segmenta.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.segmenta.store.derby.internal.LineSets;

/** The line Nos. that the undo of a removal step keeps for its redo, as bytes (migration 16). */
class LineSetsTest {

    @Test
    void lineNosComeBackAsTheyWere() {
        int[] lines = { 0, 1, 127, 128, 10000, 20000, 16_383, 16_384 + 16_383, 2_000_000_000, Integer.MAX_VALUE };
        java.util.Arrays.sort(lines);
        assertArrayEquals(lines, LineSets.decode(LineSets.encode(lines)));
        assertArrayEquals(new int[0], LineSets.decode(LineSets.encode(new int[0])));
    }

    @Test
    void linesAThousandApartTakeTwoBytesEach() {
        int[] lines = new int[234_223];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = 1_000 * (i + 1); // 1,000 apart: the numbers of a segment that filled its gaps
        }
        byte[] bytes = LineSets.encode(lines);
        assertEquals(2 * lines.length, bytes.length);
        assertArrayEquals(lines, LineSets.decode(bytes));
    }

    @Test
    void nosOutOfOrderOrNegativeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LineSets.encode(new int[] { 20000, 10000 }));
        assertThrows(IllegalArgumentException.class, () -> LineSets.encode(new int[] { 10000, 10000 }));
        assertThrows(IllegalArgumentException.class, () -> LineSets.encode(new int[] { -1 }));
        assertThrows(IllegalArgumentException.class, () -> LineSets.decode(new byte[] { (byte) 0x90 }));
    }
}

package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmenta.model.rules.NumberSeriesFormat;

class NumberSeriesFormatTest {

    @ParameterizedTest
    @CsvSource({ "SEG00001,SEG00002", "SEG00009,SEG00010", "SEG00999,SEG01000", "2026-LS-099,2026-LS-100",
            "A1B9X,A1B10X", "SEG99999,SEG100000", "7,8", "INT0009-A,INT0010-A" })
    void incrementsTheLastGroupOfDigits(String code, String next) {
        assertEquals(next, NumberSeriesFormat.increment(code));
    }

    @Test
    void refusesACodeWithoutDigits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NumberSeriesFormat.increment("SEG"));
        assertTrue(e.getMessage().contains("'SEG'"), e.getMessage());
    }
}

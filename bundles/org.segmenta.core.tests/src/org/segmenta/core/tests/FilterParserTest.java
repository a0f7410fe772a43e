package org.segmenta.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.segmenta.core.criteria.FieldType;
import org.segmenta.core.criteria.Filter;
import org.segmenta.core.criteria.FilterParser;
import org.segmenta.core.criteria.FilterSyntaxException;

class FilterParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static Filter text(String f) {
        return FilterParser.parse(f, FieldType.TEXT, null, TODAY);
    }

    private static Filter of(String f, FieldType type) {
        return FilterParser.parse(f, type, List.of("Company", "Person", "Hard Copy"), TODAY);
    }

    @Test
    void alternativesAndRanges() {
        Filter f = of("1000..2000|5000", FieldType.INTEGER);
        assertEquals(new Filter.Or(List.of(new Filter.Range(1000L, 2000L, false),
                new Filter.Compare(Filter.Op.EQ, 5000L, false))), f);
        assertTrue(f.matches(1000L));
        assertTrue(f.matches(2000L));
        assertTrue(f.matches(5000L));
        assertFalse(f.matches(2001L));
        assertFalse(f.matches(null));
    }

    @Test
    void openRangesOfDates() {
        Filter upTo = of("..2026-06-30", FieldType.DATE);
        assertEquals(new Filter.Range(null, LocalDate.of(2026, 6, 30), false), upTo);
        assertTrue(upTo.matches(LocalDate.of(2026, 6, 30)));
        assertFalse(upTo.matches(LocalDate.of(2026, 7, 1)));
        Filter from = of("2026-01-01..", FieldType.DATE);
        assertTrue(from.matches(LocalDate.of(2027, 3, 1)));
        assertEquals(new Filter.Range(LocalDate.of(2026, 11, 1), TODAY, false), of("2026-11-01..today", FieldType.DATE));
    }

    @Test
    void comparisonsAndNotEqual() {
        assertEquals(new Filter.Compare(Filter.Op.NE, "Paris", false), text("<>Paris"));
        assertTrue(text("<>Paris").matches("London"));
        assertTrue(text("<>Paris").matches(null), "an empty field is not Paris");
        assertTrue(of(">=12.5", FieldType.DECIMAL).matches(new BigDecimal("12.50")));
        assertFalse(of("<12.5", FieldType.DECIMAL).matches(new BigDecimal("12.5")));
        assertEquals(new Filter.Compare(Filter.Op.EQ, "Oslo", false), text("=Oslo"));
    }

    @Test
    void wildcardsAndCase() {
        Filter f = text("*son");
        assertEquals(new Filter.Like("*son", false, false), f);
        assertTrue(f.matches("Johnson"));
        assertFalse(f.matches("JOHNSON"));
        assertTrue(text("@*son").matches("JOHNSON"));
        assertTrue(text("J?n").matches("Jan"));
        assertFalse(text("J?n").matches("Joan"));
        assertTrue(text("<>*test*").matches("real customer"));
        assertFalse(text("<>*test*").matches("a test contact"));
        assertTrue(text("@københavn").matches("KØBENHAVN"));
    }

    @Test
    void emptyAndFilled() {
        assertEquals(new Filter.Empty(false), text("''"));
        assertTrue(text("''").matches(""));
        assertTrue(text("''").matches(null));
        assertFalse(text("''").matches("x"));
        assertEquals(new Filter.Empty(true), text("<>''"));
    }

    @Test
    void quotesMakeSpecialCharactersLiteralAndKeepSpaces() {
        assertEquals(new Filter.Compare(Filter.Op.EQ, "Smith & Sons|Ltd", false), text("'Smith & Sons|Ltd'"));
        assertEquals(new Filter.Compare(Filter.Op.EQ, "O'Neil", false), text("'O''Neil'"));
        assertEquals(new Filter.Compare(Filter.Op.EQ, " padded ", false), text("' padded '"));
        assertEquals(new Filter.Compare(Filter.Op.EQ, "New York", false), text("  New York  "));
    }

    @Test
    void conjunctionsAndGroups() {
        Filter f = text("(A*|B*)&<>Bob");
        assertTrue(f.matches("Anna"));
        assertTrue(f.matches("Bert"));
        assertFalse(f.matches("Bob"));
        assertFalse(f.matches("Carl"));
    }

    @Test
    void anEmailWithAnAtSignIsAValue() {
        assertTrue(text("*@example.com").matches("ann@example.com"));
    }

    @Test
    void typedValues() {
        assertEquals(new Filter.Compare(Filter.Op.EQ, "CT000001", false), of("ct000001", FieldType.CODE));
        assertEquals(new Filter.Like("CT00*", false, false), of("ct00*", FieldType.CODE));
        assertEquals(new Filter.Compare(Filter.Op.EQ, Boolean.TRUE, false), of("Yes", FieldType.BOOLEAN));
        assertEquals(new Filter.Or(List.of(new Filter.Compare(Filter.Op.EQ, "Company", false),
                new Filter.Compare(Filter.Op.EQ, "Hard Copy", false))), of("company|hardcopy", FieldType.OPTION));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = { //
            "1000..x;INTEGER;7;a whole number", //
            "12,5;DECIMAL;1;a number with a point as decimal separator, such as 1250.50", //
            "2026-13-01;DATE;1;a date as yyyy-MM-dd or Dec 24, 2026, or 'today'", //
            "..;TEXT;1;a value before or after '..'", //
            "A|;TEXT;3;a value", //
            "maybe;BOOLEAN;1;Yes or No", //
            "Robot;OPTION;1;one of Company, Person, Hard Copy", //
            "10*;INTEGER;1;a whole number (wildcards work only on texts and codes)", //
            "(A|B;TEXT;5;')' to close the '(' at character 1", //
            "'open;TEXT;1;a closing quote for the quote at character 1", //
            "<>1..5;INTEGER;4;a single value after a comparison operator, not a range", //
            "A*..B;TEXT;1;a range without wildcards", //
            "a<b;TEXT;2;'|', '&', '..' or the end of the filter (quote a value that holds <)" })
    void errorsPointAtTheCharacterAndSayWhatWasExpected(String expression, FieldType type, int character,
            String expected) {
        FilterSyntaxException e = assertThrows(FilterSyntaxException.class, () -> of(expression, type));
        assertEquals(expected, e.expected());
        assertEquals(character, e.position() + 1, e.getMessage());
        assertTrue(e.getMessage().startsWith("Filter \"" + expression + "\": "), e.getMessage());
    }

    @Test
    void anEmptyFilterIsRefusedWithAHint() {
        FilterSyntaxException e = assertThrows(FilterSyntaxException.class, () -> text("  "));
        assertTrue(e.getMessage().contains("type '' to select empty fields"), e.getMessage());
    }

    @Test
    void messageShowsTheOffendingCharacter() {
        FilterSyntaxException e = assertThrows(FilterSyntaxException.class, () -> of("1000..x", FieldType.INTEGER));
        assertEquals("Filter \"1000..x\": at character 7 ('x'): expected a whole number.", e.getMessage());
    }
}

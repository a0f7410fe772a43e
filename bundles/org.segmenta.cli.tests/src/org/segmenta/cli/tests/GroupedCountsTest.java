package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Counts in the command line's messages carry the locale's grouping ("1,200 lines", through Formats), while
 * {@code --json} keeps them raw numbers: the contacts page hint, an export, a deleted segment, a canceled logged
 * segment's interactions.
 */
class GroupedCountsTest extends CommandLineFixture {

    private static final int ROWS = 1_200;
    private Locale before;

    @BeforeEach
    void contacts() throws Exception {
        before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        StringBuilder csv = new StringBuilder("First Name,Last Name,E-mail 1 - Type,E-mail 1 - Value,Address 1 - City\r\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("Person").append(i).append(",Grouped,* Work,p").append(i).append("@example.com,Aarhus\r\n");
        }
        Path file = tmp.resolve("people.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ok("import", file.toString());
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void messagesGroupCountsAndJsonKeepsThemRaw() throws Exception {
        ok("contacts", "--limit", "10");
        assertTrue(cli.err().contains("Showing 1\u201310 of 1,200 contacts; use --offset 10"), cli.err());

        ok("segment", "new", "--description", "Everyone");
        ok("segment", "add", "SEG00001", "--filter", "contact.surname=Grouped", "--count-only");
        assertTrue(cli.out().startsWith("1,200 match; the step would add 1,200 lines"), cli.out());
        ok("segment", "add", "SEG00001", "--filter", "contact.surname=Grouped");

        Path csv = tmp.resolve("out.csv");
        ok("export", "SEG00001", "--csv", csv.toString());
        assertTrue(cli.out().startsWith("1,200 lines of segment SEG00001 written to"), cli.out());
        ok("export", "SEG00001", "--csv", csv.toString(), "--json");
        Map<String, Object> exported = Json.object(cli.out());
        assertEquals((long) ROWS, exported.get("lines"), "JSON stays a raw number");

        ok("segment", "delete", "SEG00001");
        assertTrue(cli.out().startsWith("Deleted segment SEG00001 with 1,200 lines"), cli.out());
    }
}

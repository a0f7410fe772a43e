package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.segmenta.cli.internal.Cli;
import org.segmenta.core.store.Store;

/**
 * {@code import} with bad rows (issue 13 item 10): each bad row on its own line with line, column and reason (no
 * --verbose needed), the summary counts each kind, several files stand alone, --json always prints every file's full
 * report, --strict refuses a file with bad rows.
 */
class ImportCommandTest extends CommandLineFixture {

    private static final String HEADER = "First Name,Last Name,Organization Name,E-mail 1 - Type,E-mail 1 - Value,"
            + "Address 1 - Street,Address 1 - City\r\n";

    private Path write(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private long contacts() {
        return services.get(Store.class).read(s -> s.contacts().count());
    }

    private Path badRows() throws Exception {
        return write("rows.csv", HEADER + "Karin,Hansen,,* Work,karin@example.com,1 Havnegade,Aarhus\r\n"
                + "Jens,Jensen,,* Work,not-an-address,2 Havnegade,Aarhus\r\n"
                + "Mette,Nielsen,,* Work,mette@example.com," + "x".repeat(101) + ",Aarhus\r\n"
                + "Lars,Larsen,,* Work,lars@example.com,4 Havnegade,Aarhus,surplus\r\n");
    }

    @Test
    void badRowsArePrintedWithLineColumnAndReasonAndTheGoodOnesImport() throws Exception {
        Path rows = badRows();
        Path binary = write("photo.vcf", "\u0000\u0001PNG");
        assertEquals(Cli.FAILED, cli.run("import", binary.toString(), rows.toString()));
        assertTrue(cli.err().contains(binary + ", line 1: the file is not text"), cli.err());
        String out = cli.out();
        assertTrue(out.startsWith(rows + ": 1 created, 0 updated, 3 skipped (1 value too long, 1 invalid value, "
                + "1 extra columns) (Google Contacts CSV, UTF-8)"), out);
        assertTrue(out.contains("  line 3, E-mail 1 - Value: refused: 'not-an-address' in E-mail 1 - Value is not an"
                + " e-mail address"), out);
        assertTrue(out.contains("  line 4, Address 1 - Street: refused: 'Mette Nielsen': Address 1 - Street is 101 "
                + "characters long, but Address holds at most 100"), out);
        assertTrue(out.contains("  line 5: refused: the row has 8 values but the header row 7 columns"), out);
        assertFalse(out.contains("Exception"), out);
        assertEquals(1, contacts());
    }

    @Test
    void jsonAlwaysPrintsEveryFilesFullReport() throws Exception {
        Path rows = badRows();
        Path binary = write("photo.csv", "PK\u0003\u0004 not a csv");
        assertEquals(Cli.FAILED, cli.run("import", rows.toString(), binary.toString(), "--json"));
        List<Map<String, Object>> r = Json.rows(cli.out());
        assertEquals(2, r.size());
        assertEquals(3, ((List<?>) r.get(0).get("skipped")).size());
        assertEquals(3, ((Number) r.get(0).get("badRows")).intValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) ((List<?>) r.get(0).get("skipped")).get(0);
        assertEquals(3, ((Number) first.get("line")).intValue());
        assertEquals("E-mail 1 - Value", first.get("field"));
        assertEquals("BAD_VALUE", first.get("reason"));
        assertTrue(String.valueOf(r.get(1).get("refused")).contains("not text"), r.get(1).toString());
    }

    @Test
    void strictRefusesAFileWithBadRowsAndImportsNothingOfIt() throws Exception {
        Path rows = badRows();
        Path good = write("good.csv", HEADER + "Sabine,Schmidt,,* Work,sabine@example.de,Unter den Linden 1,Berlin\r\n");
        assertEquals(Cli.FAILED, cli.run("import", "--strict", rows.toString(), good.toString()));
        assertTrue(cli.err().contains("3 bad rows (the first at line 3"), cli.err());
        assertTrue(cli.err().contains("--strict refuses a file with any; nothing of it was imported"), cli.err());
        assertTrue(cli.out().contains("  line 4, Address 1 - Street: refused:"), cli.out());
        assertTrue(cli.out().contains(good + ": 1 created"), cli.out());
        assertEquals(1, contacts(), "only the good file's contact");
    }
}

package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmenta.cli.internal.Cli;
import org.segmenta.testing.Corpus;

/** Every command's --help, usage errors (exit 2), failures (exit 1) and behaviour on demo data. */
class CommandsTest extends CommandLineFixture {

    @ParameterizedTest
    @ValueSource(strings = { "version", "demo", "import", "contacts", "segment", "segment new", "segment list",
            "segment add", "segment reduce", "segment refine", "segment undo", "segment redo", "segment lines",
            "segment save-criteria", "segment reuse-criteria", "segment reuse-logged", "segment validate",
            "segment template", "merge", "log", "logged", "logged cancel", "logged uncancel", "interactions", "export",
            "export contacts", "contact", "contact add", "contact set", "contact show", "contact delete", "segment show",
            "segment set", "segment delete", "segment line", "segment line add", "segment line set",
            "segment line remove", "setup", "interactions document", "deliver", "deliver settings", "deliver test" })
    void everyCommandHasHelp(String command) {
        List<String> args = new ArrayList<>(Arrays.asList(command.split(" ")));
        args.add("--help");
        assertEquals(Cli.OK, cli.run(args.toArray(String[]::new)), cli.both());
        assertTrue(cli.out().startsWith("Usage: segmenta cli " + command + " "), cli.out());
        assertTrue(cli.out().contains("-h, --help"), cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void theRootHelpListsEveryCommand() {
        ok("--help");
        for (String c : List.of("demo", "import", "contacts", "contact", "segment", "merge", "log", "logged",
                "interactions", "deliver", "export", "setup", "version")) {
            assertTrue(cli.out().contains("\n  " + c + " "), c + " in\n" + cli.out());
        }
    }

    static Stream<Arguments> badUsage() {
        return Stream.of(Arguments.of("import", "Missing required parameter: 'FILE'"),
                Arguments.of("segment new", "Missing required option: '--description=TEXT'"),
                Arguments.of("segment add", "Missing required parameter: 'SEGMENT'"),
                Arguments.of("segment bogus", "Unmatched argument"),
                Arguments.of("segment", "segment needs a subcommand"),
                Arguments.of("merge SEG00001", "Missing required argument"),
                Arguments.of("merge SEG00001 --out a --combined b.docx", "mutually exclusive"),
                Arguments.of("export SEG00001", "export needs a segment and a file"),
                Arguments.of("export --csv x.csv", "export needs a segment and a file"),
                Arguments.of("export contacts", "Missing required option: '--vcard=FILE'"),
                Arguments.of("logged cancel", "Missing required parameter: 'ENTRY'"),
                Arguments.of("logged cancel x", "Invalid value for positional parameter at index 0 (ENTRY): 'x'"),
                Arguments.of("contacts --limit 0", "--limit 1 or more"),
                Arguments.of("segment lines SEG00001 --offset -1", "--offset must be 0 or more"),
                Arguments.of("import a.csv --mapping Fornavn", "is not HEADER=FIELD"),
                Arguments.of("import a.csv --mapping Fornavn=GIVEN", "there is no contact field 'GIVEN'"),
                Arguments.of("segment add SEG00001 --filter city=Aarhus", "is not SOURCE.FIELD=EXPRESSION"));
    }

    @ParameterizedTest
    @MethodSource("badUsage")
    void badUsageExitsWith2AndSaysWhat(String command, String message) {
        assertEquals(Cli.USAGE, cli.run(command.split(" ")), cli.both());
        assertTrue(cli.err().contains(message), cli.err());
        assertTrue(cli.err().startsWith("segmenta cli: "), cli.err());
    }

    @Test
    void aBadFilterGivesTheParsersMessageWithExit2() {
        ok("demo");
        assertEquals(Cli.USAGE, cli.run("segment", "add", "SEG00001", "--filter", "interactionLogEntry.date=2026-13-01"));
        assertTrue(cli.err().startsWith("segmenta cli: Filter \"2026-13-01\": at character"), cli.err());
        assertTrue(cli.err().contains("(Interaction Log Entry › "), cli.err());
        assertEquals(Cli.USAGE, cli.run("segment", "add", "SEG00001", "--filter", "contact.nosuchfield=1"));
        assertTrue(cli.err().contains("has no field 'nosuchfield'"), cli.err());
        assertEquals(Cli.USAGE, cli.run("segment", "add", "SEG00001", "--filter", "nosuchsource.city=1"));
        assertTrue(cli.err().contains("Unknown criteria source 'nosuchsource'"), cli.err());
    }

    static Stream<Arguments> failures() {
        return Stream.of(Arguments.of("segment lines SEG09999", "There is no open segment SEG09999"),
                Arguments.of("log SEG09999", "There is no open segment SEG09999"),
                Arguments.of("demo", "contacts already"),
                Arguments.of("import /no/such/file.vcf", "the file does not exist"),
                Arguments.of("segment reuse-criteria SEG00001 NOSUCH", "NOSUCH"),
                Arguments.of("logged cancel 42", "42"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void failuresExitWith1AndAOneLineCause(String command, String message) {
        ok("demo");
        assertEquals(Cli.FAILED, cli.run(command.split(" ")), cli.both());
        assertTrue(cli.err().startsWith("segmenta cli: "), cli.err());
        assertTrue(cli.err().contains(message), cli.err());
    }

    @Test
    void validateExits1WhenThereAreErrorsAndLogIsRefused() {
        ok("demo");
        ok("segment", "new", "--description", "");
        assertEquals("SEG00002", cli.out().strip());
        assertEquals(Cli.FAILED, cli.run("segment", "validate", "SEG00002"));
        assertTrue(cli.out().contains("ERROR: Segment SEG00002 has no description"), cli.out());
        assertTrue(cli.out().contains("ERROR: Segment SEG00002 is empty"), cli.out());
        assertEquals("segmenta cli: segment SEG00002 cannot be logged: 2 errors.\n", cli.err());
        assertEquals(Cli.FAILED, cli.run("log", "SEG00002"));
        assertTrue(cli.err().contains("Segment SEG00002 cannot be logged: 2 errors"), cli.err());
        ok("segment", "list");
        assertTrue(cli.out().contains("SEG00002"), cli.out());
    }

    @Test
    void stepsUndoRedoCriteriaAndJsonOnTheDemoData() throws Exception {
        ok("demo");
        ok("segment", "new", "--description", "German buyers", "--template", "LETTER", "--json");
        Map<String, Object> seg = Json.object(cli.out());
        assertEquals("SEG00002", seg.get("segment"));
        assertEquals("LETTER", seg.get("template"));

        ok("segment", "add", "SEG00002", "--filter", "contact.countryRegionCode=DE", "--json");
        Map<String, Object> step = Json.object(cli.out());
        long germans = (Long) step.get("added");
        assertTrue(germans > 20, "" + germans);
        assertEquals(germans, step.get("lines"));
        ok("segment", "refine", "SEG00002", "--filter", "contact.jobTitle=Purchasing Manager", "--entire-companies");
        ok("segment", "reduce", "SEG00002", "--filter", "contact.city=Berlin", "--json");
        long berliners = (Long) Json.object(cli.out()).get("removed");
        assertTrue(berliners > 1, cli.out());
        ok("segment", "lines", "SEG00002", "--json", "--limit", "1000");
        List<Map<String, Object>> lines = Json.rows(cli.out());
        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().allMatch(l -> "DEU".equals(l.get("language"))), lines.toString());
        int afterThree = lines.size();

        // the dry run says what the window's confirmation asks, from the service's count; nothing changes
        ok("segment", "undo", "SEG00002", "--dry-run");
        assertEquals("Undo of step 3 'Remove Contacts (Reduce): contact.city=Berlin' (not done): " + berliners
                + " lines come back.", cli.out().strip());
        ok("segment", "undo", "SEG00002", "--dry-run", "--json");
        Map<String, Object> preview = Json.object(cli.out());
        assertEquals(3L, preview.get("stepNo"));
        assertEquals(berliners, preview.get("linesBack"));
        assertEquals(0L, preview.get("linesGone"));
        ok("segment", "lines", "SEG00002", "--json", "--limit", "1000");
        assertEquals(afterThree, Json.rows(cli.out()).size(), "the dry run changed nothing");
        ok("segment", "undo", "SEG00002");
        assertTrue(cli.out().startsWith("Undone: Step 3, Remove Contacts (Reduce)"), cli.out());
        ok("segment", "redo", "SEG00002");
        assertTrue(cli.out().contains("The segment has " + afterThree + " lines."), cli.out());

        ok("segment", "save-criteria", "SEG00002", "DE-BUYERS", "--description", "German purchasing");
        ok("segment", "new", "--description", "Again");
        ok("segment", "reuse-criteria", "SEG00003", "DE-BUYERS");
        assertEquals(3, cli.out().lines().count(), cli.out());
        assertTrue(cli.out().lines().toList().get(2).endsWith("; " + afterThree + " lines."), cli.out());

        ok("segment", "add", "SEG00003", "--filter", "mailingGroup.mailingGroupCode=NEWS", "--count-only", "--json");
        Map<String, Object> count = Json.object(cli.out());
        assertTrue((Long) count.get("matches") > 0, count.toString());

        ok("segment", "template", "SEG00003", "EMAIL", "--update-lines");
        ok("segment", "lines", "SEG00003", "--json");
        assertTrue(Json.rows(cli.out()).stream().allMatch(l -> "EMAIL".equals(l.get("template"))), cli.out());

        ok("contacts", "--city", "Aarhus", "--json");
        List<Map<String, Object>> aarhus = Json.rows(cli.out());
        assertEquals(15, aarhus.size()); // 3 companies with 4 persons each
        assertTrue(aarhus.stream().allMatch(c -> "DK".equals(c.get("country"))));
        ok("contacts", "--search", "nordlys", "--limit", "2");
        assertEquals(3, cli.out().lines().count(), cli.out());
    }

    @Test
    void mergeCombinedLogWithFollowUpReuseLoggedCancelAndExports() throws Exception {
        ok("demo");
        Path combined = tmp.resolve("all.docx");
        ok("merge", "SEG00001", "--combined", combined.toString());
        assertTrue(Files.size(combined) > 1000);
        ok("segment", "lines", "SEG00001", "--json", "--limit", "1000");
        int lines = Json.rows(cli.out()).size();

        Path csv = tmp.resolve("seg.csv");
        ok("export", "SEG00001", "--csv", csv.toString());
        assertEquals(lines + 1, Files.readAllLines(csv).size());
        Path xlsx = tmp.resolve("seg.xlsx");
        ok("export", "SEG00001", "--xlsx", xlsx.toString());
        assertTrue(Files.size(xlsx) > 1000);
        Path vcf = tmp.resolve("all.vcf");
        ok("export", "contacts", "--vcard", vcf.toString());
        assertEquals("150 contacts written to " + vcf + ".", cli.out().strip());
        assertEquals(150, Files.readAllLines(vcf).stream().filter(l -> l.equals("BEGIN:VCARD")).count());

        ok("log", "SEG00001", "--follow-up", "--user", "TESTER", "--json");
        Map<String, Object> log = Json.object(cli.out());
        assertEquals((long) lines, log.get("entries"));
        assertEquals(0L, log.get("documents"));
        assertEquals("SEG00002", log.get("followUp"));
        ok("segment", "lines", "SEG00002", "--json", "--limit", "1000");
        assertEquals(lines, Json.rows(cli.out()).size());

        ok("segment", "new", "--description", "Reuse");
        ok("segment", "reuse-logged", "SEG00003", "1", "--json");
        assertEquals((long) lines, Json.object(cli.out()).get("added"));

        ok("logged", "cancel", "1");
        assertEquals("Logged segment 1 canceled with " + lines + " interactions.", cli.out().strip());
        ok("logged", "--json");
        assertEquals(Boolean.TRUE, Json.rows(cli.out()).get(0).get("canceled"));
        ok("logged", "uncancel", "1");
        ok("interactions", "--segment", "SEG00001", "--json");
        assertEquals(lines, Json.rows(cli.out()).size());
        String contact = (String) Json.rows(cli.out()).get(0).get("contact");
        ok("interactions", "--contact", contact);
        assertEquals(2, cli.out().lines().count(), cli.out());
    }

    @Test
    void importReportsPerFileAndARefusedFileGivesExit1() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "Fornavn;Efternavn;E-mail\nJens;Hansen;jens@hansen.dk\n");
        Path good = Corpus.dir("contacts").resolve("ezv_gmail_30.vcf");
        assertEquals(Cli.FAILED, cli.run("import", bad.toString(), good.toString()));
        assertTrue(cli.err().contains("the header row is not an Outlook"), cli.err());
        assertTrue(cli.out().startsWith(good + ": 1 person and 1 company created, 0 updated, 0 skipped (vCard"), cli.out());
        ok("import", bad.toString(), "--mapping", "Fornavn=FIRST_NAME,Efternavn=SURNAME,E-mail=email", "--json");
        List<Map<String, Object>> r = Json.rows(cli.out());
        assertEquals(1, r.size());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> created = (List<Map<String, Object>>) r.get(0).get("created");
        assertEquals("Jens Hansen", created.get(0).get("name"));
        assertEquals("CT000003", created.get(0).get("no"));
        assertEquals(1, ((Number) r.get(0).get("personsCreatedCount")).intValue());
        assertEquals(0, ((Number) r.get(0).get("companiesCreatedCount")).intValue());
        ok("import", good.toString());
        assertTrue(cli.out().contains("0 persons and 0 companies created, 0 updated, 1 skipped"), cli.out());
    }
}

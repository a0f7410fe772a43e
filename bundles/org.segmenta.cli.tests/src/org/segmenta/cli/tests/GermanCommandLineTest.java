package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.cli.internal.Cli;

/**
 * A German command line says in German what the services raise (issue 19): the criteria parser's errors, the import's
 * refusals, reasons and summary, the pre-Log check's ERROR lines; its tables have German column heads and German
 * dates while {@code --json} keeps its keys. Run by the {@code german} test execution ({@code -nl de}).
 */
class GermanCommandLineTest extends CommandLineFixture {

    private static final String HEADER = "First Name,Last Name,Organization Name,E-mail 1 - Type,E-mail 1 - Value,"
            + "Address 1 - Street,Address 1 - City\r\n";

    @BeforeEach
    void german() {
        assertEquals("de", Locale.getDefault().getLanguage(), "the german execution starts the platform with -nl de");
    }

    @Test
    void theCriteriaParserSpeaksGerman() {
        assertEquals(Cli.OK, cli.run("demo"), cli.both());
        assertEquals(Cli.USAGE, cli.run("segment", "add", "SEG00001", "--filter", "interactionLogEntry.date=2026-13-01"));
        assertTrue(cli.err().contains("Filter \"2026-13-01\": an Zeichen 1 ('2'): erwartet ein Datum als JJJJ-MM-TT"),
                cli.err());
        assertEquals(Cli.USAGE, cli.run("segment", "add", "SEG00001", "--filter", "contact.nosuchfield=1"));
        assertTrue(cli.err().contains("Die Kriterienquelle 'contact' hat kein Feld 'nosuchfield'. Ihre Felder: "),
                cli.err());
    }

    @Test
    void aFilterErrorNamesTheFieldAsTheWindowDoes() {
        assertEquals(Cli.OK, cli.run("demo"), cli.both());
        assertEquals(Cli.USAGE, cli.run("segment", "add", "SEG00001", "--filter", "contact.city='Aarhus"));
        assertTrue(cli.err().contains("(Kontakt \u203a Ort)"), cli.err());
        assertTrue(!cli.err().contains("Contact") && !cli.err().contains("City"), cli.err());
        assertEquals(Cli.USAGE, cli.run("segment", "refine", "SEG00001", "--filter", "interactionLogEntry.date=gestern"));
        assertTrue(cli.err().contains("(Aktivit\u00e4tenprotokollposten \u203a Datum)"), cli.err());
        assertEquals(Cli.USAGE, cli.run("segment", "add", "SEG00001", "--filter", "company.privacyBlocked=vielleicht"));
        assertTrue(cli.err().contains("(Unternehmen (Gesch\u00e4ftsebene) \u203a Datenschutz gesperrt)"), cli.err());
    }

    @Test
    void theImportSpeaksGerman() throws Exception {
        Path rows = tmp.resolve("rows.csv");
        Files.writeString(rows, HEADER + "Karin,Hansen,,* Work,karin@example.com,1 Havnegade,Aarhus\r\n"
                + "Jens,Jensen,,* Work,not-an-address,2 Havnegade,Aarhus\r\n", StandardCharsets.UTF_8);
        Path binary = tmp.resolve("photo.vcf");
        Files.writeString(binary, "\u0000\u0001PNG", StandardCharsets.UTF_8);
        assertEquals(Cli.FAILED, cli.run("import", binary.toString(), rows.toString()));
        assertTrue(cli.err().contains(binary + ", Zeile 1: die Datei ist kein Text"), cli.err());
        assertTrue(cli.out().startsWith(rows + ": 1 angelegt, 0 aktualisiert, 1 \u00fcbersprungen (1 ung\u00fcltiger Wert)"),
                cli.out());
        assertTrue(cli.out().contains("  Zeile 3, E-mail 1 - Value: abgelehnt: 'not-an-address' in E-mail 1 - Value "
                + "ist keine E-Mail-Adresse"), cli.out());
        assertTrue(!cli.out().contains("created") && !cli.out().contains("skipped"), cli.out());
    }

    @Test
    void thePossibleDuplicateHintIsGerman() throws Exception {
        Path rows = tmp.resolve("twice.csv");
        Files.writeString(rows, HEADER + "Karin,Hansen,Nordlys A/S,* Work,karin@example.com,1 Havnegade,Aarhus\r\n"
                + "Karin,Hansen,Nordlys A/S,* Work,karin.hansen@example.com,1 Havnegade,Aarhus\r\n",
                StandardCharsets.UTF_8);
        assertEquals(Cli.OK, cli.run("import", rows.toString()), cli.both());
        assertTrue(cli.out().contains("'Karin Hansen' hat denselben Namen und dasselbe Unternehmen wie die Zeile 2, "
                + "aber eine andere E-Mail-Adresse (karin.hansen@example.com); die Zeile wird als eigener Kontakt "
                + "importiert. Wenn beide dieselbe Person sind, l\u00f6schen Sie einen der beiden Kontakte."), cli.out());
    }

    @Test
    void segmentStepsFieldsAndTheCheckSpeakGerman() {
        assertEquals(Cli.OK, cli.run("demo"), cli.both());
        // a step's account and an option value typed in German (the filter takes the model's literal too)
        assertEquals(Cli.OK, cli.run("segment", "refine", "SEG00001", "--filter", "contact.type=Person"), cli.both());
        assertTrue(cli.out().contains("Schritt 2, Kontakte entfernen (Verfeinern): 0 hinzugef\u00fcgt, "), cli.out());
        assertEquals(Cli.OK, cli.run("segment", "add", "SEG00001", "--filter", "contact.type=Unternehmen"), cli.both());
        assertTrue(cli.out().contains("Schritt 3, Kontakte hinzuf\u00fcgen: "), cli.out());
        assertTrue(cli.out().matches("(?s).*; (1 Zeile|[\\d.]+ Zeilen)\\..*"), cli.out());
        assertEquals(Cli.USAGE, cli.run("segment", "add", "SEG00001", "--filter", "contact.type=Firma"));
        assertTrue(cli.err().contains("einen von Unternehmen, Person"), cli.err());
        // the model's captions and the services' field messages
        assertEquals(Cli.USAGE, cli.run("segment", "set", "SEG00001", "descripton=x"));
        assertTrue(cli.err().contains("Segmentkopf hat kein Feld 'descripton'; meinten Sie 'description'?"), cli.err());
        cli.run("segment", "set", "SEG00001", "salespersonCode=qq");
        assertTrue(cli.err().contains("Verk\u00e4ufercode 'QQ' gibt es nicht."), cli.err());
        cli.run("segment", "reuse-criteria", "SEG00001", "NOPE");
        assertTrue(cli.err().contains("Es gibt keine gespeicherten Kriterien NOPE"), cli.err());
        // the pre-Log check's count line: singular and plural by the count, no "(n)"
        cli.run("segment", "validate", "SEG00001");
        assertTrue(cli.out().matches("(?s).*Segment SEG00001: (1 Fehler|\\d+ Fehler), (1 Warnung|\\d+ Warnungen)[;.].*"),
                cli.out());
    }

    @Test
    void countsTakeTheSingularOrThePlural() throws Exception {
        assertEquals(Cli.OK, cli.run("demo"), cli.both());
        Path rows = tmp.resolve("zwei.csv");
        Files.writeString(rows, HEADER + "Karin,Hansen,,* Work,karin@example.com,1 Havnegade,Aarhus\r\n"
                + "Jens,Jensen,,* Work,jens@example.com,2 Havnegade,Aarhus\r\n", StandardCharsets.UTF_8);
        assertEquals(Cli.OK, cli.run("import", rows.toString()), cli.both());
        assertEquals(Cli.OK, cli.run("segment", "add", "SEG00001", "--filter", "contact.email=karin@example.com",
                "--count-only"), cli.both());
        assertTrue(cli.out().startsWith("1 Treffer; der Schritt w\u00fcrde 1 Zeile hinzuf\u00fcgen (0 schon im Segment, "
                + "0 ausgeschlossen)."), cli.out());
        assertEquals(Cli.OK, cli.run("segment", "add", "SEG00001", "--filter",
                "contact.email=karin@example.com|jens@example.com", "--count-only"), cli.both());
        assertTrue(cli.out().startsWith("2 Treffer; der Schritt w\u00fcrde 2 Zeilen hinzuf\u00fcgen"), cli.out());
        // a segment of one line, logged: one interaction
        assertEquals(Cli.OK, cli.run("segment", "new", "--description", "Nur Karin", "--template", "LETTER",
                "--salesperson", "AB"), cli.both());
        String no = cli.out().strip();
        assertEquals(Cli.OK, cli.run("segment", "add", no, "--filter", "contact.email=karin@example.com"), cli.both());
        assertEquals(Cli.OK, cli.run("segment", "undo", no), cli.both());
        assertTrue(cli.out().contains("Das Segment hat 0 Zeilen."), cli.out());
        assertEquals(Cli.OK, cli.run("segment", "redo", no), cli.both());
        assertTrue(cli.out().contains("Das Segment hat 1 Zeile."), cli.out());
        assertEquals(Cli.OK, cli.run("log", no), cli.both());
        assertTrue(cli.out().matches("(?s)Segment " + no + " protokolliert als protokolliertes Segment \\d+: "
                + "1 Aktivit\u00e4t, (1 Dokument|0 Dokumente) gespeichert\\..*"), cli.out());
    }

    @Test
    void datesAreTakenAsGermansWriteThemAndAsIso() {
        assertEquals(Cli.OK, cli.run("demo"), cli.both());
        assertEquals(Cli.OK, cli.run("segment", "set", "SEG00001", "date=24.12.2026"), cli.both());
        assertEquals(Cli.OK, cli.run("segment", "list", "--json"), cli.both());
        assertTrue(cli.out().contains("\"date\" : \"2026-12-24\""), cli.out());
        assertEquals(Cli.OK, cli.run("segment", "list"), cli.both());
        assertTrue(cli.out().contains("24.12.2026"), cli.out());
        assertEquals(Cli.OK, cli.run("segment", "set", "SEG00001", "date=2026-12-31"), cli.both());
        assertEquals(Cli.OK, cli.run("segment", "list", "--json"), cli.both());
        assertTrue(cli.out().contains("\"date\" : \"2026-12-31\""), cli.out());
        cli.run("segment", "set", "SEG00001", "date=31.02.2026");
        assertTrue(cli.err().contains("schreiben Sie ein Datum wie 24.12.2026 oder 2026-12-24"), cli.err());
        assertEquals(Cli.OK, cli.run("segment", "add", "SEG00001", "--filter",
                "interactionLogEntry.date=01.01.2026..31.12.2026", "--count-only"), cli.both());
        assertEquals(Cli.USAGE, cli.run("segment", "add", "SEG00001", "--filter", "interactionLogEntry.date=31.02.2026"));
        assertTrue(cli.err().contains("erwartet ein Datum als JJJJ-MM-TT (yyyy-MM-dd) oder 24.12.2026, oder 'today'"),
                cli.err());
    }

    @Test
    void aFollowUpSegmentIsDescribedInGerman() {
        assertEquals(Cli.OK, cli.run("demo"), cli.both());
        assertEquals(Cli.OK, cli.run("log", "SEG00001", "--follow-up"), cli.both());
        assertEquals(Cli.OK, cli.run("segment", "list"), cli.both());
        assertTrue(cli.out().contains("Nachverfolgung von Segment SEG00001"), cli.out());
    }

    @Test
    void tablesHaveGermanHeadsAndDatesAndTheJsonKeepsItsKeys() {
        assertEquals(Cli.OK, cli.run("demo"), cli.both());
        assertEquals(Cli.OK, cli.run("segment", "list"), cli.both());
        String head = cli.out().lines().findFirst().orElseThrow();
        assertTrue(head.startsWith("Segmentnr.") && head.contains("Beschreibung") && head.contains("Datum"), head);
        assertTrue(cli.out().lines().skip(1).anyMatch(l -> l.matches(".*\\b\\d{2}\\.\\d{2}\\.\\d{4}\\b.*")),
                "German medium dates (06.12.2026): " + cli.out());
        assertEquals(Cli.OK, cli.run("segment", "list", "--json"), cli.both());
        assertTrue(cli.out().contains("\"segment\" :") && cli.out().contains("\"description\" :")
                && !cli.out().contains("Segmentnr."), cli.out());
        assertTrue(cli.out().matches("(?s).*\"date\" : \"\\d{4}-\\d{2}-\\d{2}\".*"), "ISO dates in JSON: " + cli.out());
        assertEquals(Cli.OK, cli.run("contacts"), cli.both());
        assertTrue(cli.out().startsWith("Nr.") && cli.out().contains(" Unternehmen ") && cli.out().contains(" Person "),
                "the model's option values as the window's lists show them: " + cli.out());
    }
}

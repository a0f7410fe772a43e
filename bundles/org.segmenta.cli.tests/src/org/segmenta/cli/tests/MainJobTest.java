package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.segmenta.core.store.ContactQuery;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.testing.Corpus;

/**
 * The main job exactly as README.md shows it ("The main job"), through {@link Cli#run} against a fresh database:
 * demo setup, import of every shared contact file, a segment built by criteria, Word merge with a real main
 * document, validation, Log with the letters, and the logged segment's interactions.
 */
class MainJobTest extends CommandLineFixture {

    /** The shell's {@code ../shared/data/contacts/*}: every file, sorted by name. */
    private static List<String> sharedContactFiles() throws Exception {
        try (Stream<Path> files = Files.list(Corpus.dir("contacts"))) {
            return files.map(Path::toString).sorted().toList();
        }
    }

    @Test
    void theReadmeSequenceRunsOnTheRealFiles() throws Exception {
        Path mainDocument = Corpus.dir("docx").resolve("bouke_macword2011.docx");
        Path letters = tmp.resolve("letters");

        // ./segmenta cli demo
        ok("demo");
        assertTrue(cli.out().contains("150 contacts (30 companies), 3 interaction templates, open segment SEG00001"),
                cli.out());

        // ./segmenta cli import ../shared/data/contacts/*
        List<String> importArgs = new ArrayList<>(List.of("import"));
        importArgs.addAll(sharedContactFiles());
        ok(importArgs.toArray(String[]::new));
        assertEquals(11, cli.out().lines().filter(l -> l.contains(" created, ")).count(), cli.out());
        List<Contact> all = services.get(org.segmenta.core.store.Store.class).read(s -> s.contacts().find(ContactQuery.all()));
        List<Contact> imported = all.stream().filter(c -> c.getSalespersonCode() == null).toList();
        assertEquals(all.size() - 150, imported.size());
        List<Contact> importedPersonsWithEmail = imported.stream()
                .filter(c -> c.getType() == ContactType.PERSON && c.getEmail() != null && !c.getEmail().isBlank())
                .toList();
        assertTrue(importedPersonsWithEmail.size() >= 10, "" + importedPersonsWithEmail.size());

        // ./segmenta cli segment new --description "Autumn letter to imported contacts" --template LETTER --salesperson AB
        ok("segment", "new", "--description", "Autumn letter to imported contacts", "--template", "LETTER",
                "--salesperson", "AB");
        assertEquals("SEG00002", cli.out().strip());

        // ./segmenta cli segment add SEG00002 --filter "contact.salespersonCode=''" --filter contact.type=Person --count-only
        ok("segment", "add", "SEG00002", "--filter", "contact.salespersonCode=''", "--filter", "contact.type=Person",
                "--count-only");
        long persons = imported.stream().filter(c -> c.getType() == ContactType.PERSON).count();
        assertTrue(cli.out().startsWith(persons + " match; the step would add " + persons + " lines"), cli.out());

        ok("segment", "add", "SEG00002", "--filter", "contact.salespersonCode=''", "--filter", "contact.type=Person");
        assertTrue(cli.out().startsWith("Step 1, Add Contacts: " + persons + " added; " + persons + " lines."),
                cli.out());

        // ./segmenta cli segment refine SEG00002 --filter "contact.email=<>''"
        ok("segment", "refine", "SEG00002", "--filter", "contact.email=<>''");
        long kept = importedPersonsWithEmail.size();
        assertTrue(cli.out().startsWith("Step 2, Remove Contacts (Refine): 0 added, " + (persons - kept) + " removed; " + kept
                + " lines."), cli.out());

        // ./segmenta cli segment lines SEG00002
        ok("segment", "lines", "SEG00002");
        assertEquals(kept + 1, cli.out().lines().count(), cli.out());
        Contact someone = importedPersonsWithEmail.get(0);
        assertTrue(cli.out().contains(someone.getNo()), cli.out());

        // ./segmenta cli merge SEG00002 --template ../shared/data/docx/bouke_macword2011.docx --out letters
        ok("merge", "SEG00002", "--template", mainDocument.toString(), "--out", letters.toString());
        assertTrue(cli.out().contains("first_name -> First Name"), cli.out());
        assertTrue(cli.out().contains(kept + " letters merged into " + letters), cli.out());
        List<Path> files;
        try (Stream<Path> s = Files.list(letters)) {
            files = s.sorted().toList();
        }
        assertEquals(kept, files.size());
        Path letterOfSomeone = files.stream().filter(f -> f.getFileName().toString().contains(someone.getNo()))
                .findFirst().orElseThrow();
        String text = documentText(Files.readAllBytes(letterOfSomeone));
        assertTrue(someone.getFirstName() == null || text.contains(someone.getFirstName()), text);
        assertTrue(someone.getSurname() == null || text.contains(someone.getSurname()), text);

        // ./segmenta cli segment validate SEG00002 --send
        ok("segment", "validate", "SEG00002", "--send");
        assertTrue(cli.out().contains("Segment SEG00002: 0 errors"), cli.out());

        // ./segmenta cli log SEG00002 --send
        ok("log", "SEG00002", "--send", "--user", "MARKETING");
        assertTrue(cli.out().startsWith("Segment SEG00002 logged as logged segment 1: " + kept + " interactions, " + kept
                + " documents stored."), cli.out());

        // ./segmenta cli logged
        ok("logged");
        // the human table: column heads, the date in the locale's medium style and yes/no in words (--json keeps ISO)
        String day = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT))
                .format(java.time.LocalDate.of(2026, 11, 29));
        assertTrue(cli.out().startsWith("Entry No.  Segment No.  Description"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.matches("1\\s+SEG00002\\s+Autumn letter to imported contacts\\s+"
                + java.util.regex.Pattern.quote(day) + "\\s+MARKETING\\s+" + kept + "\\s+No")), cli.out());

        // ./segmenta cli interactions --logged 1
        ok("interactions", "--logged", "1");
        assertEquals(kept + 1, cli.out().lines().count(), cli.out());
        ok("interactions", "--logged", "1", "--json");
        List<Map<String, Object>> entries = Json.rows(cli.out());
        assertEquals(kept, entries.size());
        for (Map<String, Object> e : entries) {
            assertEquals("LETTER", e.get("template"));
            assertEquals("Hard Copy", e.get("correspondence"));
            assertEquals("AB", e.get("salesperson"));
            assertEquals("2026-11-29", e.get("date"));
            assertTrue(e.get("document") instanceof Long, e.toString());
        }
        List<InteractionLogEntry> logged = services.store()
                .read(s -> s.interactionLog().find(InteractionLogQuery.all().withLoggedSegmentEntryNo(1L)));
        InteractionLogEntry entryOfSomeone = logged.stream().filter(e -> e.getContactNo().equals(someone.getNo()))
                .findFirst().orElseThrow();
        byte[] stored = services.get(org.segmenta.core.store.Store.class).read(s -> s.attachments().openContent(entryOfSomeone.getAttachmentNo())
                .readAllBytes());
        assertEquals(text, documentText(stored));
    }

    /** @return the text of a .docx's main part, tags removed */
    static String documentText(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ")
                            .replaceAll("\\s+", " ");
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}

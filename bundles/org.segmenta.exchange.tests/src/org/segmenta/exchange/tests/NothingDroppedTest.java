package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.exchange.util.ContactImporter;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPlan;
import org.segmenta.model.Contact;

/**
 * Issue 13 item 9: notes are kept on the contact; what has no place on a contact is counted in the report.
 */
class NothingDroppedTest {

    @TempDir
    Path tmp;

    private ImportPlan read(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return ContactImporter.read(file, ImportOptions.defaults());
    }

    @Test
    void vCardNotesAreKeptAndWhatHasNoPlaceIsCounted() throws Exception {
        ImportPlan plan = read("cards.vcf", """
                BEGIN:VCARD
                VERSION:3.0
                FN:Mette Nielsen
                N:Nielsen;Mette;;;
                NOTE:Prefers calls before noon.\\nDaughter: Ida.
                BDAY:1980-04-12
                X-SKYPE:mette.n
                IMPP:xmpp:mette@example.dk
                EMAIL;TYPE=work:mette@example.dk
                EMAIL;TYPE=home:mette@private.example
                TEL;TYPE=work:+45 11 22 33 44
                PHOTO;VALUE=uri:http://example.dk/mette.jpg
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Jens Hansen
                BDAY:1975-01-02
                IMPP:aim:jens
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Sabine Schmidt
                BDAY:1990-09-30
                END:VCARD
                """);
        Contact mette = Files11.byName(plan).get("Mette Nielsen");
        assertEquals("Prefers calls before noon.\nDaughter: Ida.", mette.getNotes());
        Map<String, Integer> left = plan.report().notImported();
        assertEquals(3, left.get("birthdays"));
        assertEquals(3, left.get("IM addresses"));
        assertEquals(1, left.get("more e-mail addresses"));
        assertEquals(1, left.get("photos"));
        assertEquals("3 persons and 0 companies created, 0 updated, 0 skipped; not imported: 1 more e-mail addresses, 3 birthdays, "
                + "3 IM addresses, 1 photos", plan.report().summary());
    }

    @Test
    void csvNotesAreKeptAndUnknownColumnsAreCountedByName() throws Exception {
        ImportPlan plan = read("google.csv", "Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,"
                + "E-mail 2 - Type,E-mail 2 - Value,Birthday,Nickname,Notes\r\n"
                + "Emma Visser,Emma,Visser,* Work,emma@example.nl,Home,emma@thuis.example,1985-03-01,Em,"
                + "\"Call after 3.\nSpeaks Dutch and German.\"\r\n"
                + "Pieter de Vries,Pieter,de Vries,Work,pieter@example.nl,,,1970-12-24,,\r\n");
        Contact emma = Files11.byName(plan).get("Emma Visser");
        assertEquals("emma@example.nl", emma.getEmail());
        assertEquals("Call after 3.\nSpeaks Dutch and German.", emma.getNotes());
        assertEquals(Map.of("E-mail 2 - Value", 1, "Birthday", 2, "Nickname", 1), plan.report().notImported());
    }
}

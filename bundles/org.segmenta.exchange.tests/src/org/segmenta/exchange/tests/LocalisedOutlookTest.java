package org.segmenta.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmenta.exchange.util.ContactImporter;
import org.segmenta.exchange.ImportFormat;
import org.segmenta.exchange.ImportOptions;
import org.segmenta.exchange.ImportPlan;
import org.segmenta.model.Contact;

/**
 * Issue 13 item 8: Outlook CSV exports written by localised Outlooks (their header row in the user interface's
 * language, ';' between the columns, Windows-1252) are recognised as Outlook without a mapping. The files are written
 * here, with the header names each localised Outlook writes.
 */
class LocalisedOutlookTest {

    @TempDir
    Path tmp;

    /**
     * A language's headers for: first name, last name, company, job title, business street, business city, business
     * postal code, business country, business phone, mobile, e-mail, categories, notes, birthday.
     */
    record Language(String name, List<String> headers) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Language> languages() {
        return List.of(
                new Language("German", List.of("Vorname", "Nachname", "Firma", "Position", "Straße geschäftlich",
                        "Ort geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich",
                        "Telefon geschäftlich", "Mobiltelefon", "E-Mail-Adresse", "Kategorien", "Notizen",
                        "Geburtstag")),
                new Language("French", List.of("Prénom", "Nom", "Société", "Titre", "Rue (bureau)", "Ville (bureau)",
                        "Code postal (bureau)", "Pays/Région (bureau)", "Téléphone (bureau)", "Tél. mobile",
                        "Adresse de messagerie", "Catégories", "Notes", "Anniversaire")),
                new Language("Spanish", List.of("Nombre", "Apellidos", "Organización", "Puesto", "Calle del trabajo",
                        "Ciudad de trabajo", "Código postal del trabajo", "País o región del trabajo",
                        "Teléfono del trabajo", "Móvil", "Dirección de correo electrónico", "Categorías", "Notas",
                        "Cumpleaños")),
                new Language("Italian", List.of("Nome", "Cognome", "Società", "Posizione", "Via (uff.)",
                        "Città (uff.)", "CAP (uff.)", "Paese/area geografica (uff.)", "Ufficio", "Cellulare",
                        "Indirizzo posta elettronica", "Categorie", "Notes", "Compleanno")),
                new Language("Dutch", List.of("Voornaam", "Achternaam", "Bedrijf", "Functie", "Werkadres, straat",
                        "Werkadres, plaats", "Werkadres, postcode", "Werkadres, land/regio", "Telefoon op werk",
                        "Mobiele telefoon", "E-mailadres", "Categorieën", "Notities", "Verjaardag")),
                new Language("Danish", List.of("Fornavn", "Efternavn", "Firma", "Stilling", "Gade (arbejde)",
                        "By (arbejde)", "Postnummer (arbejde)", "Land/område (arbejde)", "Telefon (arbejde)",
                        "Mobiltelefon", "E-mail-adresse", "Kategorier", "Notater", "Fødselsdag")),
                new Language("Swedish", List.of("Förnamn", "Efternamn", "Företag", "Befattning", "Gatuadress, arbete",
                        "Postort, arbete", "Postnummer, arbete", "Land/region, arbete", "Telefon, arbete",
                        "Mobiltelefon", "E-postadress", "Kategorier", "Anteckningar", "Födelsedag")),
                new Language("Norwegian", List.of("Fornavn", "Etternavn", "Firma", "Stilling", "Gateadresse, arbeid",
                        "Poststed, arbeid", "Postnummer, arbeid", "Land/område, arbeid", "Telefon, arbeid",
                        "Mobiltelefon", "E-postadresse", "Kategorier", "Notater", "Fødselsdag")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aLocalisedOutlookExportIsRecognisedWithoutAMapping(Language language) throws Exception {
        String header = "\"" + String.join("\";\"", language.headers()) + "\"";
        String row1 = "\"Jürgen\";\"Müller-Åberg\";\"Møbelfabrik Øst A/S\";\"Indkøbschef\";\"Søndergade 12\";"
                + "\"Århus C\";\"8000\";\"Danmark\";\"+45 86 12 34 56\";\"+45 20 12 34 56\";\"jm@moebel.example\";"
                + "\"VIP;Kunder\";\"Traf ham på messen.\r\nVil ringes op.\";\"4.7.1970\"";
        String row2 = "\"Françoise\";\"Lefèvre\";\"\";\"\";\"\";\"Paris\";\"75001\";\"France\";\"\";\"\";"
                + "\"fl@example.fr\";\"\";\"\";\"\"";
        Path file = tmp.resolve(language.name() + ".csv");
        Files.write(file, (header + "\r\n" + row1 + "\r\n" + row2 + "\r\n").getBytes(Charset.forName("windows-1252")));

        ImportPlan plan = ContactImporter.read(file, ImportOptions.defaults());

        assertEquals(ImportFormat.OUTLOOK_CSV, plan.report().format());
        assertEquals(Charset.forName("windows-1252"), plan.report().charset());
        assertTrue(plan.report().notes().toString().contains(language.name() + " Outlook export"),
                plan.report().notes().toString());
        Contact jm = plan.persons().get(0);
        assertEquals("Jürgen Müller-Åberg", jm.getName());
        assertEquals("Møbelfabrik Øst A/S", jm.getCompanyName());
        assertEquals("Indkøbschef", jm.getJobTitle());
        assertEquals("Søndergade 12", jm.getAddress());
        assertEquals("Århus C", jm.getCity());
        assertEquals("8000", jm.getPostCode());
        assertEquals("DK", jm.getCountryRegionCode());
        assertEquals("+45 86 12 34 56", jm.getPhoneNo());
        assertEquals("+45 20 12 34 56", jm.getMobilePhoneNo());
        assertEquals("jm@moebel.example", jm.getEmail());
        assertEquals("Traf ham på messen.\r\nVil ringes op.", jm.getNotes(), "notes are kept");
        assertEquals(List.of("VIP", "KUNDER"), Files11.groups(jm));
        assertEquals("Françoise Lefèvre", plan.persons().get(1).getName());
        assertEquals("FR", plan.persons().get(1).getCountryRegionCode());
        assertEquals(1, plan.report().notImported().get(language.headers().get(13)),
                "the birthday has no place on a contact and is counted: " + plan.report().notImported());
    }
}

package org.segmenta.exchange.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column names a localised Outlook writes in its "Comma Separated Values" export, translated to the English
 * names the Outlook reader knows. Outlook writes the header row in the language of its user interface (and the
 * values in the Windows code page of that language, separated by the list separator of the locale, ";" in most of
 * Europe). Covered: German, French, Spanish, Italian, Dutch, Danish, Swedish and Norwegian, for the columns
 * Segmenta reads and the ones it reports as not imported (birthday, anniversary). Sources: the German, French and
 * Danish names as Outlook 2016 writes them (also listed by Exchange's import of Outlook CSV files); the others as
 * the localised Outlook versions write them.
 */
public final class OutlookHeaders {

    private static final String[] EN = { "First Name", "Middle Name", "Last Name", "Initials", "Company", "Job Title",
            "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
            "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3",
            "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Business Phone",
            "Company Main Phone", "Primary Phone", "Home Phone", "Mobile Phone", "Business Fax", "Home Fax",
            "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Categories", "Notes", "Web Page", "Birthday",
            "Anniversary" };

    /** Language → localised names in the order of {@link #EN}; {@code null} where unknown. */
    private static final Map<String, String[]> LANGUAGES = Map.of(
            "German", new String[] { "Vorname", "Weitere Vornamen", "Nachname", "Initialen", "Firma", "Position",
                    "Straße geschäftlich", "Straße geschäftlich 2", "Straße geschäftlich 3", "Ort geschäftlich",
                    "Region geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich", "Straße privat",
                    "Straße privat 2", "Straße privat 3", "Ort privat", "Bundesland/Kanton privat",
                    "Postleitzahl privat", "Land/Region privat", "Telefon geschäftlich", "Telefon Firma",
                    "Haupttelefon", "Telefon privat", "Mobiltelefon", "Fax geschäftlich", "Fax privat",
                    "E-Mail-Adresse", "E-Mail 2: Adresse", "E-Mail 3: Adresse", "Kategorien", "Notizen", "Webseite",
                    "Geburtstag", "Jahrestag" },
            "French", new String[] { "Prénom", "Deuxième prénom", "Nom", "Initiales", "Société", "Titre",
                    "Rue (bureau)", "Rue (bureau) 2", "Rue (bureau) 3", "Ville (bureau)", "Dép/Région (bureau)",
                    "Code postal (bureau)", "Pays/Région (bureau)", "Rue (domicile)", "Rue (domicile) 2",
                    "Rue (domicile) 3", "Ville (domicile)", "Dép/Région (domicile)", "Code postal (domicile)",
                    "Pays/Région (domicile)", "Téléphone (bureau)", "Téléphone société", "Téléphone principal",
                    "Téléphone (domicile)", "Tél. mobile", "Télécopie (bureau)", "Télécopie (domicile)",
                    "Adresse de messagerie", "Adresse de messagerie 2", "Adresse de messagerie 3", "Catégories",
                    "Notes", "Page Web", "Anniversaire", "Anniversaire de mariage ou fête" },
            "Spanish", new String[] { "Nombre", "Segundo nombre", "Apellidos", "Iniciales", "Organización", "Puesto",
                    "Calle del trabajo", "Calle del trabajo 2", "Calle del trabajo 3", "Ciudad de trabajo",
                    "Provincia o estado de trabajo", "Código postal del trabajo", "País o región del trabajo",
                    "Calle del domicilio", "Calle del domicilio 2", "Calle del domicilio 3", "Ciudad de residencia",
                    "Provincia o estado de residencia", "Código postal de residencia", "País o región de residencia",
                    "Teléfono del trabajo", "Número de centralita de la organización", "Teléfono principal",
                    "Particular", "Móvil", "Fax del trabajo", "Fax particular", "Dirección de correo electrónico",
                    "Dirección de correo electrónico 2", "Dirección de correo electrónico 3", "Categorías", "Notas",
                    "Página Web", "Cumpleaños", "Aniversario" },
            "Italian", new String[] { "Nome", "Secondo nome", "Cognome", "Iniziali", "Società", "Posizione",
                    "Via (uff.)", "Via (uff.) 2", "Via (uff.) 3", "Città (uff.)", "Provincia (uff.)", "CAP (uff.)",
                    "Paese/area geografica (uff.)", "Via (ab.)", "Via (ab.) 2", "Via (ab.) 3", "Città (ab.)",
                    "Provincia (ab.)", "CAP (ab.)", "Paese/area geografica (ab.)", "Ufficio", "Telefono principale società",
                    "Telefono principale", "Abitazione", "Cellulare", "Fax (uff.)", "Fax (ab.)",
                    "Indirizzo posta elettronica", "Indirizzo posta elettronica 2", "Indirizzo posta elettronica 3",
                    "Categorie", "Notes", "Pagina Web", "Compleanno", "Anniversario" },
            "Dutch", new String[] { "Voornaam", "Middelste naam", "Achternaam", "Initialen", "Bedrijf", "Functie",
                    "Werkadres, straat", "Werkadres, straat 2", "Werkadres, straat 3", "Werkadres, plaats",
                    "Werkadres, provincie", "Werkadres, postcode", "Werkadres, land/regio", "Huisadres, straat",
                    "Huisadres, straat 2", "Huisadres, straat 3", "Huisadres, plaats", "Huisadres, provincie",
                    "Huisadres, postcode", "Huisadres, land/regio", "Telefoon op werk", "Hoofdtelefoon bedrijf",
                    "Hoofdtelefoon", "Telefoon thuis", "Mobiele telefoon", "Fax op werk", "Fax thuis", "E-mailadres",
                    "E-mailadres 2", "E-mailadres 3", "Categorieën", "Notities", "Webpagina", "Verjaardag",
                    "Jubileum" },
            "Danish", new String[] { "Fornavn", "Mellemnavn", "Efternavn", "Initialer", "Firma", "Stilling",
                    "Gade (arbejde)", "Gade 2 (firma)", "Gade 3 (firma)", "By (arbejde)", "Område (arbejde)",
                    "Postnummer (arbejde)", "Land/område (arbejde)", "Gade (privat)", "Gade 2 (privat)",
                    "Gade 3 (privat)", "By (privat)", "Område (privat)", "Postnummer (privat)",
                    "Land/område (privat)", "Telefon (arbejde)", "Primær telefon (firma)", "Primær telefon",
                    "Telefon (privat)", "Mobiltelefon", "Fax (arbejde)", "Fax (privat)", "E-mail-adresse",
                    "E-mail 2-adresse", "E-mail 3-adresse", "Kategorier", "Notater", "webside", "Fødselsdag",
                    "Mærkedag" },
            "Swedish", new String[] { "Förnamn", "Mellannamn", "Efternamn", "Initialer", "Företag", "Befattning",
                    "Gatuadress, arbete", "Gatuadress 2, arbete", "Gatuadress 3, arbete", "Postort, arbete",
                    "Region, arbete", "Postnummer, arbete", "Land/region, arbete", "Gatuadress, hem",
                    "Gatuadress 2, hem", "Gatuadress 3, hem", "Postort, hem", "Region, hem", "Postnummer, hem",
                    "Land/region, hem", "Telefon, arbete", "Växel, företag", "Telefon, primär", "Telefon, hem",
                    "Mobiltelefon", "Fax, arbete", "Fax, hem", "E-postadress", "E-post 2, adress", "E-post 3, adress",
                    "Kategorier", "Anteckningar", "Webbsida", "Födelsedag", "Årsdag" },
            "Norwegian", new String[] { "Fornavn", "Mellomnavn", "Etternavn", "Initialer", "Firma", "Stilling",
                    "Gateadresse, arbeid", "Gateadresse 2, arbeid", "Gateadresse 3, arbeid", "Poststed, arbeid",
                    "Fylke, arbeid", "Postnummer, arbeid", "Land/område, arbeid", "Gateadresse, privat",
                    "Gateadresse 2, privat", "Gateadresse 3, privat", "Poststed, privat", "Fylke, privat",
                    "Postnummer, privat", "Land/område, privat", "Telefon, arbeid", "Sentralbord, firma",
                    "Telefon, primær", "Telefon, privat", "Mobiltelefon", "Faks, arbeid", "Faks, privat",
                    "E-postadresse", "E-post 2, adresse", "E-post 3, adresse", "Kategorier", "Notater", "Webside",
                    "Fødselsdag", "Merkedag" });

    /** The language found and the header row in English names (unknown names kept as they are). */
    public record Translation(String language, List<String> headers) {
    }

    private OutlookHeaders() {
    }

    /**
     * Finds the language whose Outlook names match most of {@code headers} (at least four, among them a first or
     * last name and an e-mail address) and translates the header row to Outlook's English names.
     *
     * @param headers the header row as read
     * @return the translation, or {@code null} when the headers are not a localised Outlook export
     */
    public static Translation translate(List<String> headers) {
        String bestLanguage = null;
        Map<String, String> best = null;
        int bestHits = 0;
        for (Map.Entry<String, String[]> e : LANGUAGES.entrySet()) {
            Map<String, String> map = new HashMap<>();
            String[] names = e.getValue();
            for (int i = 0; i < names.length; i++) {
                if (names[i] != null) {
                    map.put(names[i].toLowerCase(Locale.ROOT), EN[i]);
                }
            }
            int hits = 0;
            boolean name = false;
            boolean email = false;
            for (String h : headers) {
                String en = map.get(h.strip().toLowerCase(Locale.ROOT));
                if (en != null) {
                    hits++;
                    name |= en.equals("First Name") || en.equals("Last Name");
                    email |= en.equals("E-mail Address");
                }
            }
            if (name && email && hits >= 4 && (hits > bestHits
                    || hits == bestHits && bestLanguage != null && e.getKey().compareTo(bestLanguage) < 0)) {
                bestLanguage = e.getKey();
                best = map;
                bestHits = hits;
            }
        }
        if (best == null) {
            return null;
        }
        Map<String, String> map = best;
        return new Translation(bestLanguage,
                headers.stream().map(h -> map.getOrDefault(h.strip().toLowerCase(Locale.ROOT), h)).toList());
    }
}

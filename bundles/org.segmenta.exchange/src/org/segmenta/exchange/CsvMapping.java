package org.segmenta.exchange;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which CSV column fills which contact field, for CSV files that are not an Outlook, Google or Thunderbird export.
 * Columns are named by their header text exactly as in the file's first row (surrounding blanks ignored); columns
 * not in the mapping are ignored. Immutable.
 */
public final class CsvMapping {

    private static final Map<String, ContactField> SYNONYMS = new HashMap<>();

    static {
        synonyms(ContactField.NAME, "name", "fullname", "displayname", "contact", "contactname", "navn", "naam");
        synonyms(ContactField.FIRST_NAME, "firstname", "givenname", "forename", "vorname", "fornavn", "voornaam",
                "prenom", "first");
        synonyms(ContactField.MIDDLE_NAME, "middlename", "additionalname", "middle", "mellemnavn", "tussenvoegsel");
        synonyms(ContactField.SURNAME, "lastname", "surname", "familyname", "nachname", "efternavn", "achternaam",
                "nom", "last");
        synonyms(ContactField.INITIALS, "initials", "initialer", "initialen");
        synonyms(ContactField.JOB_TITLE, "jobtitle", "position", "occupation", "stilling", "functie", "beruf");
        synonyms(ContactField.COMPANY_NAME, "company", "companyname", "organization", "organisation", "org",
                "organizationname", "firma", "firm", "employer", "bedrijf", "virksomhed", "unternehmen");
        synonyms(ContactField.ADDRESS, "address", "street", "address1", "addressline1", "streetaddress", "adresse",
                "strasse", "straße", "adres", "businessstreet", "workaddress");
        synonyms(ContactField.ADDRESS_2, "address2", "addressline2", "street2", "adresse2", "businessstreet2");
        synonyms(ContactField.POST_CODE, "zip", "zipcode", "postcode", "postalcode", "plz", "postnr", "postnummer",
                "postcode", "businesspostalcode");
        synonyms(ContactField.CITY, "city", "town", "ort", "by", "stad", "plaats", "businesscity");
        synonyms(ContactField.COUNTY, "state", "county", "region", "province", "bundesland", "provincie",
                "businessstate");
        synonyms(ContactField.COUNTRY, "country", "countryregion", "countrycode", "countryregioncode", "land",
                "businesscountryregion");
        synonyms(ContactField.PHONE, "phone", "telephone", "phoneno", "phonenumber", "tel", "businessphone",
                "workphone", "telefon", "telefoon");
        synonyms(ContactField.MOBILE_PHONE, "mobile", "mobilephone", "mobilephoneno", "cell", "cellphone",
                "mobilenumber", "handy", "mobil", "mobiel");
        synonyms(ContactField.FAX, "fax", "faxno", "faxnumber", "businessfax", "telefax");
        synonyms(ContactField.EMAIL, "email", "emailaddress", "mail", "primaryemail", "email1", "emailadresse",
                "emailadres", "email1value");
        synonyms(ContactField.HOME_PAGE, "website", "homepage", "url", "web", "webpage", "webside", "webseite");
        synonyms(ContactField.LANGUAGE, "language", "lang", "languagecode", "sprache", "sprog", "taal");
        synonyms(ContactField.CATEGORIES, "categories", "category", "groups", "group", "groupmembership",
                "mailinggroups", "mailinggroup", "tags", "labels", "kategorien", "kategorier");
        synonyms(ContactField.NOTES, "notes", "note", "notizen", "notater", "notities", "notas", "anteckningar",
                "comments", "remarks", "bemerkungen", "bemærkninger");
    }

    private static void synonyms(ContactField field, String... keys) {
        for (String k : keys) {
            SYNONYMS.putIfAbsent(key(k), field);
        }
    }

    private final Map<String, ContactField> columns;

    private CsvMapping(Map<String, ContactField> columns) {
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /**
     * @param columns header text → field; several headers may map to the same field (the first non-empty value in
     *            file order wins, except {@link ContactField#CATEGORIES}, where all are used)
     * @return the mapping
     */
    public static CsvMapping of(Map<String, ContactField> columns) {
        Objects.requireNonNull(columns, "columns");
        Map<String, ContactField> copy = new LinkedHashMap<>();
        columns.forEach((h, f) -> copy.put(Objects.requireNonNull(h, "header").strip(), Objects.requireNonNull(f)));
        return new CsvMapping(copy);
    }

    /**
     * Proposes a mapping from the header names: a header maps to a field when, ignoring case, accents, blanks and
     * punctuation, it is one of the field's usual names in English, German, Danish, Dutch or French (for example
     * "E-mail Address", "Post Code", "PLZ", "Fornavn"). Each field is proposed for its first matching column only.
     *
     * @param headers the header row, in file order
     * @return the proposal; possibly empty, never {@code null}
     */
    public static CsvMapping propose(List<String> headers) {
        Map<String, ContactField> proposal = new LinkedHashMap<>();
        Set<ContactField> used = EnumSet.noneOf(ContactField.class);
        for (String h : headers) {
            if (h == null) {
                continue;
            }
            ContactField f = SYNONYMS.get(key(h));
            if (f != null && used.add(f)) {
                proposal.put(h.strip(), f);
            }
        }
        return new CsvMapping(proposal);
    }

    /** @return header text → field, in insertion order; unmodifiable */
    public Map<String, ContactField> columns() {
        return columns;
    }

    /** @return whether at least one column gives a name, company or e-mail, without which no row can be imported */
    public boolean identifiesContacts() {
        return columns.values().stream().anyMatch(f -> f == ContactField.NAME || f == ContactField.FIRST_NAME
                || f == ContactField.SURNAME || f == ContactField.COMPANY_NAME || f == ContactField.EMAIL);
    }

    /** @return the mapping as {@code "Header" -> FIELD} pairs separated by commas, for messages */
    @Override
    public String toString() {
        return columns.entrySet().stream().map(e -> '"' + e.getKey() + "\" -> " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsvMapping m && m.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    static String key(String header) {
        String n = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9ß]", "");
    }
}

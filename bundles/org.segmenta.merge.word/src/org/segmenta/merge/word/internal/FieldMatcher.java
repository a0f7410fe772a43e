package org.segmenta.merge.word.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.segmenta.core.format.Formats;

import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.FieldMapping.Entry;
import org.segmenta.core.merge.FieldMapping.Reason;
import org.segmenta.core.merge.MergeFieldProvider;
import org.segmenta.core.merge.MergeKey;

/**
 * Proposes the key of a merge field name, as Word's Match Fields does: exact names, synonyms in the usual
 * languages (English, Dutch, German, Danish/Norwegian, Swedish, French, Spanish, Italian, Word's own standard
 * address field names), then the document's ODSO field map. Names compare after {@link #normalise}.
 */
final class FieldMatcher {

    private static final Map<String, MergeKey> EXACT = new HashMap<>();
    private static final Map<String, MergeKey> SYNONYMS = new HashMap<>();

    static {
        for (MergeKey k : MergeKey.values()) {
            EXACT.put(normalise(k.name()), k);
            EXACT.put(normalise(k.caption()), k);
        }
        syn(MergeKey.CONTACT_NO, "no", "number", "contactnumber", "contactid", "customerno", "customernumber",
                "uniqueidentifier", "klantnummer", "kundennummer", "kundenr", "kontaktnr", "nummer");
        syn(MergeKey.NAME, "fullname", "contactname", "displayname", "navn", "naam", "namn", "nombrecompleto",
                "nomcomplet", "nomecompleto", "shipname", "emaildisplayname");
        syn(MergeKey.TITLE, "courtesytitle", "titel", "anrede", "civilite", "tratamiento", "titolo", "tiltale",
                "prefix", "honorific");
        syn(MergeKey.FIRST_NAME, "first", "firstname", "givenname", "forename", "voornaam", "fornavn", "vorname",
                "prenom", "fornamn", "etunimi", "nombre", "nome", "imie", "roepnaam");
        syn(MergeKey.MIDDLE_NAME, "middle", "middlename", "tussenvoegsel", "mellemnavn", "mellannamn",
                "zweitname", "secondname");
        syn(MergeKey.SURNAME, "last", "lastname", "familyname", "achternaam", "efternavn", "nachname",
                "familienname", "nom", "nomdefamille", "efternamn", "etternavn", "apellido", "apellidos",
                "cognome", "sukunimi", "nazwisko");
        syn(MergeKey.COMPANY_NAME, "company", "organization", "organisation", "firma", "firmenname", "bedrijf",
                "bedrijfsnaam", "virksomhed", "foretag", "societe", "entreprise", "empresa", "azienda",
                "customerscompanyname", "account", "accountname");
        syn(MergeKey.ADDRESS, "address", "address1", "addressline", "addressline1", "street", "street1",
                "streetaddress", "adresse", "adresse1", "adres", "adresregel1", "adresregel", "anschrift",
                "strasse", "adresselinje1", "gade", "gatuadress", "rue", "direccion", "indirizzo", "shipaddress",
                "businessstreet", "homestreet", "mailingstreet");
        syn(MergeKey.ADDRESS_2, "address2", "addressline2", "street2", "adresse2", "adresregel2",
                "adresselinje2", "businessstreet2", "homestreet2");
        syn(MergeKey.POST_CODE, "postcode", "postalcode", "zip", "zipcode", "postcodes", "plz", "postleitzahl",
                "postnr", "postnummer", "codepostal", "cp", "cap", "codigopostal", "shippostalcode",
                "businesspostalcode", "homepostalcode");
        syn(MergeKey.CITY, "town", "plaats", "woonplaats", "stad", "ort", "stadt", "wohnort", "by", "bynavn",
                "postort", "ville", "ciudad", "localidad", "citta", "shipcity", "businesscity", "homecity");
        syn(MergeKey.COUNTY, "state", "province", "region", "provincie", "bundesland", "provins", "amt", "lan",
                "departement", "provincia", "stateorprovince", "businessstate", "homestate");
        syn(MergeKey.COUNTRY, "country", "countryregion", "countryregionname", "countryname", "countryorregion", "land", "landofregio", "pays",
                "pais", "paese", "shipcountry", "businesscountryregion", "homecountryregion");
        syn(MergeKey.COUNTRY_CODE, "countrycode", "countryregioncode", "isocountrycode", "landcode", "landekode",
                "landeskennzeichen", "codepays", "codigopais");
        syn(MergeKey.FAX, "fax", "faxno", "faxnumber", "telefax", "faxnummer", "telecopie", "businessfax", "homefax",
                "otherfax");
        syn(MergeKey.PHONE, "phone", "phoneno", "phonenumber", "telephone", "tel", "telefon", "telefoon",
                "telefoonnummer", "telefonnummer", "telephonenumber", "telefono", "businessphone", "homephone",
                "workphone");
        syn(MergeKey.MOBILE, "mobile", "mobilephone", "mobileno", "cell", "cellphone", "mobil", "mobiel",
                "handy", "mobiltelefon", "mobiltlf", "portable", "cellulare", "movil");
        syn(MergeKey.EMAIL, "mail", "emailaddress", "email1", "epost", "epostadresse", "emailadres",
                "emailadresse", "courriel", "correo", "correoelectronico", "emailaddress1");
        syn(MergeKey.JOB_TITLE, "jobtitle", "position", "function", "functie", "funktion", "stilling",
                "befattning", "fonction", "cargo", "ruolo", "role");
        syn(MergeKey.FORMAL_SALUTATION, "salutation", "greeting", "briefanrede", "aanhef", "hilsen", "halsning",
                "formule", "saludo", "formalgreeting", "lettersalutation");
        syn(MergeKey.INFORMAL_SALUTATION, "informalgreeting", "informelleanrede", "informeleaanhef");
        syn(MergeKey.ADDRESS_BLOCK, "addressblock", "mailaddress", "postaladdress", "fulladdress",
                "contactaddress");
        syn(MergeKey.SALESPERSON_NAME, "salesperson", "salespersonname", "salesrep", "accountmanager",
                "verkaufer", "saelger", "verkoper", "commercial", "vendedor", "owner");
        syn(MergeKey.SALESPERSON_EMAIL, "salespersonemail", "salespersonmail", "salesrepemail", "owneremail");
        syn(MergeKey.SALESPERSON_PHONE, "salespersonphone", "salespersonphoneno", "salesrepphone", "ownerphone");
        syn(MergeKey.INTERACTION_DATE, "date", "interactiondate", "documentdate", "letterdate", "datum", "dato",
                "fecha", "data");
        syn(MergeKey.INTERACTION_DESCRIPTION, "description", "interactiondescription", "beschreibung",
                "omschrijving", "beskrivelse", "beskrivning", "descripcion", "descrizione");
        syn(MergeKey.SUBJECT, "subject", "betreff", "onderwerp", "emne", "amne", "objet", "asunto", "oggetto",
                "mailsubject");
        syn(MergeKey.CAMPAIGN, "campaign", "campaignno", "campaigndescription", "kampagne", "campagne",
                "kampanj", "campana", "campagna");
        syn(MergeKey.OWN_COMPANY_NAME, "companyinformationname", "owncompanyname", "ourcompany", "ourcompanyname",
                "sendercompany", "sendercompanyname", "mycompany");
        syn(MergeKey.OWN_COMPANY_ADDRESS, "companyinformationaddress", "owncompanyaddress", "ouraddress",
                "senderaddress");
        syn(MergeKey.OWN_COMPANY_POST_CODE, "companyinformationpostcode", "owncompanypostcode", "senderpostcode",
                "senderzip");
        syn(MergeKey.OWN_COMPANY_CITY, "companyinformationcity", "owncompanycity", "sendercity");
        syn(MergeKey.OWN_COMPANY_COUNTRY, "companyinformationcountryregion", "owncompanycountry", "sendercountry");
    }

    private static void syn(MergeKey key, String... names) {
        for (String n : names) {
            SYNONYMS.putIfAbsent(normalise(n), key);
        }
    }

    /**
     * @return the name lower-cased, without accents, spaces, underscores, hyphens, dots or slashes:
     *         "First Name", first_name, FirstName and "Prénom" become "firstname" and "prenom"
     */
    static String normalise(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("ø", "o")
                .replace("œ", "oe");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private final Map<String, String> odsoByMapped; // Word standard name (normalised) -> column
    private final Map<String, String> odsoByColumn; // column (normalised) -> Word standard name

    /**
     * @param odso the document's ODSO field map: pairs of data-source column and Word's standard address field
     *             name (one column may serve several standard names)
     */
    FieldMatcher(List<String[]> odso) {
        this(odso, List.of());
    }

    /** normalised name, caption or synonym of a plug-in field -> that field */
    private final Map<String, MergeFieldProvider.Field> plugin = new HashMap<>();

    /**
     * @param odso the document's ODSO field map (see above)
     * @param pluginFields the fields plug-ins add: matched by name, caption and synonyms after Segmenta's own
     */
    FieldMatcher(List<String[]> odso, List<MergeFieldProvider.Field> pluginFields) {
        for (MergeFieldProvider.Field f : pluginFields) {
            plugin.putIfAbsent(normalise(f.name()), f);
            plugin.putIfAbsent(normalise(f.caption()), f);
            f.synonyms().forEach(syn -> plugin.putIfAbsent(normalise(syn), f));
        }
        odsoByMapped = new HashMap<>();
        odsoByColumn = new HashMap<>();
        for (String[] pair : odso) {
            odsoByMapped.putIfAbsent(normalise(pair[1]), pair[0]);
            odsoByColumn.putIfAbsent(normalise(pair[0]), pair[1]);
        }
    }

    /**
     * @param fieldName the merge field name as written
     * @param mapped    whether the field has the {@code \m} switch (its name is Word's standard name, resolved
     *                  through the ODSO map first)
     * @return the proposed entry
     */
    Entry match(String fieldName, boolean mapped) {
        String n = normalise(fieldName);
        if (mapped) {
            String column = odsoByMapped.get(n);
            if (column != null) {
                MergeKey k = direct(normalise(column));
                if (k != null) {
                    return new Entry(fieldName, k, Reason.ODSO,
                            Formats.bind(Messages.Match_odsoMapped, fieldName, column, k.caption()));
                }
            }
        }
        MergeKey k = EXACT.get(n);
        if (k != null) {
            return new Entry(fieldName, k, Reason.EXACT, Formats.bind(Messages.Match_sameName, k.caption()));
        }
        k = SYNONYMS.get(n);
        if (k != null) {
            return new Entry(fieldName, k, Reason.SYNONYM, Formats.bind(Messages.Match_synonym, k.caption()));
        }
        MergeFieldProvider.Field p = plugin.get(n);
        if (p != null) {
            return new Entry(fieldName, null, normalise(p.name()).equals(n) || normalise(p.caption()).equals(n)
                    ? Reason.EXACT : Reason.SYNONYM, Formats.bind(Messages.Match_plugIn, p.name()), p.name());
        }
        String standard = odsoByColumn.get(n);
        if (standard != null) {
            k = direct(normalise(standard));
            if (k != null) {
                return new Entry(fieldName, k, Reason.ODSO,
                        Formats.bind(Messages.Match_odsoStandard, standard, k.caption()));
            }
        }
        return new Entry(fieldName, null, Reason.UNMAPPED, Messages.Match_unmapped);
    }

    private static MergeKey direct(String n) {
        MergeKey k = EXACT.get(n);
        return k != null ? k : SYNONYMS.get(n);
    }

    /**
     * @param fields the distinct merge field names with their {@code \m} flag, in document order
     * @param given  a mapping chosen earlier (wins), or {@code null}
     * @return the mapping
     */
    FieldMapping mapping(Map<String, Boolean> fields, FieldMapping given) {
        List<Entry> l = new ArrayList<>();
        fields.forEach((name, m) -> {
            Entry e = given == null ? null : given.entry(name).orElse(null);
            l.add(e != null ? e : match(name, m));
        });
        if (given != null) {
            for (Entry e : given.entries()) {
                if (l.stream().noneMatch(x -> x.fieldName().equalsIgnoreCase(e.fieldName()))) {
                    l.add(e);
                }
            }
        }
        return new FieldMapping(l);
    }
}

package org.segmenta.core.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.segmenta.core.language.WindowsLanguages;
import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.model.Campaign;
import org.segmenta.model.Contact;
import org.segmenta.model.Language;
import org.segmenta.model.Salesperson;
import org.segmenta.model.Salutation;
import org.segmenta.model.SalutationFormula;
import org.segmenta.model.SalutationType;
import org.segmenta.model.SegmentLine;

/**
 * Builds the merge data of one segment line: the contact's fields, its formal and informal salutation in the
 * line's language, its address block, the salesperson, the interaction and the user's own company. Source: the
 * merge field set of NAV's attachment merge (§1.15 of the domain reference).
 */
public final class MergeRecords {

    /** The user's own company as letters show it (Company Information), from preferences. */
    public record OwnCompany(String name, String address, String postCode, String city, String country) {
        /** No company information. */
        public static final OwnCompany NONE = new OwnCompany(null, null, null, null, null);
    }

    private MergeRecords() {
    }

    /**
     * @param line the segment line (date, description, subject, language)
     * @param contact the line's contact
     * @param salesperson the line's salesperson, or null
     * @param campaign the line's campaign, or null
     * @param salutation the contact's salutation, or null
     * @param language the line's language with its Windows id, or null
     * @param own the user's company
     * @return the record
     */
    public static MergeRecord of(SegmentLine line, Contact contact, Salesperson salesperson, Campaign campaign,
            Salutation salutation, Language language, OwnCompany own) {
        Locale letter = locale(line.getLanguageCode(), language);
        MergeRecord.Builder b = MergeRecord.builder(letter);
        b.put(MergeKey.CONTACT_NO, contact.getNo());
        b.put(MergeKey.NAME, contact.getName());
        b.put(MergeKey.FIRST_NAME, contact.getFirstName());
        b.put(MergeKey.MIDDLE_NAME, contact.getMiddleName());
        b.put(MergeKey.SURNAME, contact.getSurname());
        b.put(MergeKey.COMPANY_NAME, contact.getCompanyName());
        b.put(MergeKey.ADDRESS, join(", ", contact.getAddress(), contact.getAddress2()));
        b.put(MergeKey.POST_CODE, contact.getPostCode());
        b.put(MergeKey.CITY, contact.getCity());
        b.put(MergeKey.COUNTY, contact.getCounty());
        b.put(MergeKey.COUNTRY, countryName(contact.getCountryRegionCode(), letter));
        b.put(MergeKey.COUNTRY_CODE, contact.getCountryRegionCode());
        b.put(MergeKey.PHONE, contact.getPhoneNo());
        b.put(MergeKey.FAX, contact.getFaxNo());
        b.put(MergeKey.MOBILE, contact.getMobilePhoneNo());
        b.put(MergeKey.EMAIL, contact.getEmail());
        b.put(MergeKey.JOB_TITLE, contact.getJobTitle());
        b.put(MergeKey.FORMAL_SALUTATION, greeting(salutation, SalutationType.FORMAL, line.getLanguageCode(), contact));
        b.put(MergeKey.INFORMAL_SALUTATION,
                greeting(salutation, SalutationType.INFORMAL, line.getLanguageCode(), contact));
        b.put(MergeKey.ADDRESS_BLOCK, addressBlock(contact, letter));
        if (salesperson != null) {
            b.put(MergeKey.SALESPERSON_NAME, salesperson.getName());
            b.put(MergeKey.SALESPERSON_EMAIL, salesperson.getEmail());
            b.put(MergeKey.SALESPERSON_PHONE, salesperson.getPhoneNo());
        }
        if (line.getDate() != null) {
            b.date(MergeKey.INTERACTION_DATE, line.getDate());
        }
        b.put(MergeKey.INTERACTION_DESCRIPTION, line.getDescription());
        b.put(MergeKey.SUBJECT, line.getSubject());
        b.put(MergeKey.PERSONAL_NOTE, line.getPersonalNote());
        if (campaign != null) {
            b.put(MergeKey.CAMPAIGN, campaign.getDescription());
        }
        b.put(MergeKey.OWN_COMPANY_NAME, own.name());
        b.put(MergeKey.OWN_COMPANY_ADDRESS, own.address());
        b.put(MergeKey.OWN_COMPANY_POST_CODE, own.postCode());
        b.put(MergeKey.OWN_COMPANY_CITY, own.city());
        b.put(MergeKey.OWN_COMPANY_COUNTRY, own.country());
        return b.build();
    }

    /**
     * The contact's greeting: the salutation's formula of that type for the language (else the language-neutral
     * one), with {@code {FirstName}}, {@code {MiddleName}}, {@code {Surname}}, {@code {Initials}}, {@code {JobTitle}}
     * and {@code {CompanyName}} filled in; without a formula, "Dear " and the name.
     *
     * @param salutation the contact's salutation, or null
     * @param type formal or informal
     * @param languageCode the language of the letter
     * @param contact the contact
     * @return the greeting, for example {@code Dear Mr. Hansen}
     */
    public static String greeting(Salutation salutation, SalutationType type, String languageCode, Contact contact) {
        SalutationFormula chosen = null;
        if (salutation != null) {
            for (SalutationFormula f : salutation.getFormulas()) {
                if (f.getSalutationType() != type) {
                    continue;
                }
                String lang = f.getLanguageCode() == null ? "" : f.getLanguageCode();
                if (lang.equals(languageCode == null ? "" : languageCode)) {
                    chosen = f;
                    break;
                }
                if (lang.isEmpty() && chosen == null) {
                    chosen = f;
                }
            }
        }
        if (chosen == null || chosen.getText() == null) {
            String who = type == SalutationType.INFORMAL && contact.getFirstName() != null ? contact.getFirstName()
                    : contact.getName();
            return who == null ? "" : "Dear " + who;
        }
        String text = chosen.getText();
        for (Map.Entry<String, String> e : Map.of("{FirstName}", nz(contact.getFirstName()), "{MiddleName}",
                nz(contact.getMiddleName()), "{Surname}", nz(contact.getSurname()), "{Initials}",
                nz(contact.getInitials()), "{JobTitle}", nz(contact.getJobTitle()), "{CompanyName}",
                nz(contact.getCompanyName())).entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text.replaceAll(" {2,}", " ").strip();
    }

    /**
     * The name of a country or region in the letter's language, as NAV's "Country/Region Name" merge field gives it.
     *
     * @param code   the contact's country/region code (ISO 3166 alpha-2, e.g. {@code DK}); may be null
     * @param letter the letter's language; {@link Locale#ROOT} counts as English
     * @return the name ("Denmark", "Danmark", "Dänemark"); the code itself when it is no ISO code the JDK knows;
     *         null for no code
     */
    public static String countryName(String code, Locale letter) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.length() != 2) {
            return code.strip();
        }
        Locale in = letter == null || letter.equals(Locale.ROOT) || letter.getLanguage().isEmpty() ? Locale.ENGLISH : letter;
        String name = Locale.of("", c).getDisplayCountry(in);
        return name == null || name.isEmpty() ? code.strip() : name;
    }

    /**
     * @param contact the contact
     * @return the address block as lines joined with {@code \n}: name, company (for persons), address lines, post
     *         code and city, county, country code; empty lines left out
     */
    public static String addressBlock(Contact contact) {
        return addressBlock(contact, null);
    }

    /**
     * @param contact the contact
     * @param letter  the letter's language, for the country's name; null keeps the country code
     * @return the address block as lines joined with {@code \n}: name, company (for persons), address lines, post
     *         code and city, county, country; empty lines left out
     */
    public static String addressBlock(Contact contact, Locale letter) {
        List<String> lines = new ArrayList<>();
        add(lines, contact.getName());
        if (contact.getCompanyName() != null && !contact.getCompanyName().equals(contact.getName())) {
            add(lines, contact.getCompanyName());
        }
        add(lines, contact.getAddress());
        add(lines, contact.getAddress2());
        add(lines, join(" ", contact.getPostCode(), contact.getCity()));
        add(lines, contact.getCounty());
        add(lines, letter == null ? contact.getCountryRegionCode() : countryName(contact.getCountryRegionCode(), letter));
        return String.join("\n", lines);
    }

    private static Locale locale(String languageCode, Language language) {
        if (language != null && language.getWindowsLanguageId() > 0) {
            Locale l = WindowsLanguages.locale(language.getWindowsLanguageId());
            if (l != null) {
                return l;
            }
        }
        return languageCode == null || languageCode.isEmpty() ? Locale.ROOT : WindowsLanguages.fromNavCode(languageCode);
    }

    private static void add(List<String> lines, String s) {
        if (s != null && !s.isBlank()) {
            lines.add(s.strip());
        }
    }

    private static String join(String sep, String a, String b) {
        boolean ea = a == null || a.isBlank();
        boolean eb = b == null || b.isBlank();
        return ea ? (eb ? null : b) : eb ? a : a + sep + b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

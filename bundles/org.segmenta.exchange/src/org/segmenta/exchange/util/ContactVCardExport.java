package org.segmenta.exchange.util;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;

import org.segmenta.core.language.LanguageCodes;
import org.segmenta.exchange.internal.AtomicWrite;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactMailingGroup;
import org.segmenta.model.ContactType;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Kind;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;

/**
 * Exports contacts as vCard 4.0 (RFC 6350), UTF-8, one card per contact, with ez-vcard. What each card holds:
 * <ul>
 * <li>{@code UID} {@code urn:segmenta:contact:<No.>}; companies get {@code KIND:org};</li>
 * <li>{@code FN} the name; for persons {@code N} (surname; first name; middle name) when any of them is set;</li>
 * <li>{@code ORG} the company name (a company's own name), {@code TITLE} the job title;</li>
 * <li>{@code EMAIL;TYPE=work}, {@code TEL;TYPE=work,voice}, {@code TEL;TYPE=cell}, {@code TEL;TYPE=work,fax};</li>
 * <li>{@code ADR;TYPE=work}: Address as street, Address 2 as extended address, then city, county, post code and
 * the ISO country code;</li>
 * <li>{@code URL} the home page, {@code LANG} the language as an ISO tag when {@link LanguageCodes} knows the code,
 * {@code CATEGORIES} the mailing group codes.</li>
 * </ul>
 * Name 2, initials, search name and the NAV-only fields (salesperson, territory, correspondence type, privacy) have
 * no vCard property and are not written. Importing the file with {@link ContactImporter} gives the same contacts
 * (with new numbers).
 */
public final class ContactVCardExport {

    private ContactVCardExport() {
    }

    /**
     * @param contacts the contacts, in output order
     * @param target the .vcf file to create or replace; its folder must exist
     * @throws IOException when the file cannot be written; an existing target is then left as it was
     */
    public static void write(Collection<? extends Contact> contacts, Path target) throws IOException {
        AtomicWrite.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(contacts, w);
            w.flush();
        });
    }

    /**
     * @param contacts the contacts, in output order
     * @return the vCard 4.0 text, CRLF line ends, lines folded at 75 characters
     */
    public static String toText(Collection<? extends Contact> contacts) {
        StringWriter w = new StringWriter();
        try {
            write(contacts, w);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return w.toString();
    }

    private static void write(Collection<? extends Contact> contacts, Writer w) throws IOException {
        VCardWriter writer = new VCardWriter(w, VCardVersion.V4_0);
        for (Contact c : contacts) {
            writer.write(toVCard(c));
        }
        writer.flush();
    }

    /**
     * @param c a contact
     * @return its vCard (version-neutral; written as 4.0 by this class)
     */
    public static VCard toVCard(Contact c) {
        VCard card = new VCard();
        if (c.getNo() != null) {
            card.setUid(new ezvcard.property.Uid("urn:segmenta:contact:" + c.getNo()));
        }
        boolean company = c.getType() == ContactType.COMPANY;
        if (company) {
            card.setKind(Kind.org());
        }
        if (c.getName() != null) {
            card.setFormattedName(c.getName());
        }
        if (!company && (c.getSurname() != null || c.getFirstName() != null || c.getMiddleName() != null)) {
            StructuredName n = new StructuredName();
            n.setFamily(c.getSurname());
            n.setGiven(c.getFirstName());
            if (c.getMiddleName() != null) {
                n.getAdditionalNames().add(c.getMiddleName());
            }
            card.setStructuredName(n);
        }
        String org = company ? c.getName() : c.getCompanyName();
        if (org != null) {
            card.setOrganization(org);
        }
        if (!company && c.getJobTitle() != null) {
            card.addTitle(c.getJobTitle());
        }
        if (c.getEmail() != null) {
            card.addEmail(c.getEmail(), EmailType.WORK);
        }
        if (c.getPhoneNo() != null) {
            card.addTelephoneNumber(c.getPhoneNo(), TelephoneType.WORK, TelephoneType.VOICE);
        }
        if (c.getMobilePhoneNo() != null) {
            Telephone mobile = new Telephone(c.getMobilePhoneNo());
            mobile.getTypes().add(TelephoneType.CELL);
            card.addTelephoneNumber(mobile);
        }
        if (c.getFaxNo() != null) {
            card.addTelephoneNumber(c.getFaxNo(), TelephoneType.WORK, TelephoneType.FAX);
        }
        if (c.getAddress() != null || c.getAddress2() != null || c.getCity() != null || c.getPostCode() != null
                || c.getCounty() != null || c.getCountryRegionCode() != null) {
            Address a = new Address();
            a.setStreetAddress(c.getAddress());
            a.setExtendedAddress(c.getAddress2());
            a.setLocality(c.getCity());
            a.setRegion(c.getCounty());
            a.setPostalCode(c.getPostCode());
            a.setCountry(c.getCountryRegionCode());
            a.getTypes().add(AddressType.WORK);
            card.addAddress(a);
        }
        if (c.getHomePage() != null) {
            card.addUrl(c.getHomePage());
        }
        String tag = LanguageCodes.toIso(c.getLanguageCode());
        if (tag != null) {
            card.addLanguage(tag);
        }
        if (!c.getMailingGroups().isEmpty()) {
            Categories categories = new Categories();
            for (ContactMailingGroup g : c.getMailingGroups()) {
                categories.getValues().add(g.getMailingGroupCode());
            }
            card.addCategories(categories);
        }
        return card;
    }
}

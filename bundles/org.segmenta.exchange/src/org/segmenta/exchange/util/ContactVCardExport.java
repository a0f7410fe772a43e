package org.segmenta.exchange.util;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

import org.segmenta.core.format.Formats;
import org.segmenta.core.language.LanguageCodes;
import org.segmenta.core.store.Store;
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
import org.segmenta.exchange.internal.Messages;

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

    /** Contacts read at a time by {@link #export}: a page is all that is held. */
    public static final int PAGE = 1_000;

    /**
     * Exports all contacts to a vCard file, streamed: what the window's Export dialog and {@code segmenta cli export
     * contacts --vcard} both call. Reads {@value #PAGE} contacts at a time in No. order, each page after the last No.
     * of the one before ({@link org.segmenta.core.store.ContactRepository#pageAfter}, keyset: every contact is read
     * once), and writes each card as it is read, so the heap holds one page whatever the number of contacts.
     *
     * @param store the store
     * @param target the .vcf file to create or replace; its folder must exist
     * @param progress told the number of contacts written so far after each page (may be null)
     * @param canceled asked before each page (may be null); true stops the export and leaves no file
     * @return the number of contacts written
     * @throws IOException when the file cannot be written; an existing target is then left as it was
     * @throws java.util.concurrent.CancellationException when canceled; no file is left
     */
    public static long export(Store store, Path target, LongConsumer progress, BooleanSupplier canceled)
            throws IOException {
        long[] written = { 0 };
        AtomicWrite.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            VCardWriter writer = new VCardWriter(w, VCardVersion.V4_0);
            String after = null;
            while (true) {
                if (canceled != null && canceled.getAsBoolean()) {
                    throw new CancellationException(Formats.bind(Messages.ContactVCardExport_exportOfTheContacts));
                }
                String last = after;
                List<Contact> page = store.read(s -> s.contacts().pageAfter(last, PAGE));
                for (Contact c : page) {
                    writer.write(toVCard(c));
                }
                written[0] += page.size();
                if (progress != null) {
                    progress.accept(written[0]);
                }
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).getNo();
            }
            writer.flush();
            w.flush();
        });
        return written[0];
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

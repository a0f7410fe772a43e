package org.segmenta.core.contact;

import java.util.Locale;

import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;

/**
 * The rules of a contact card that do not need the database, in one place: the Search Name, a person's name parts
 * and the company fields. {@link ContactService} applies them on every create and change; bulk writers that insert
 * through {@link org.segmenta.core.store.ContactRepository#insertAll} (the import, the demo data, the bench) call
 * them for each contact. Source: NAV/BC table 5050 Contact, {@code Name - OnValidate} (Search Name, NameBreakdown)
 * and {@code Company No. - OnValidate} (Company Name).
 */
public final class ContactRules {

    /** The most characters of a Search Name (Code[100] in the reference design, VARCHAR(100) in the store). */
    public static final int SEARCH_NAME_LENGTH = 100;

    private ContactRules() {
    }

    /**
     * The Search Name of a name: the name stripped and in upper case, independent of the machine's locale (so that
     * "i" becomes "I" on a Turkish desktop too), cut to {@link #SEARCH_NAME_LENGTH} characters.
     *
     * @param name a contact's name, may be null
     * @return its search name, or null for a null or blank name
     */
    public static String searchName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String s = name.strip().toUpperCase(Locale.ROOT);
        return s.length() > SEARCH_NAME_LENGTH ? s.substring(0, SEARCH_NAME_LENGTH).strip() : s;
    }

    /**
     * Applies the rules to a contact that is about to be stored:
     * <ul>
     * <li>a person without a name gets one from First Name, Middle Name and Surname; a person with a name but no
     * name parts gets them from the name (first word First Name, last word Surname, the words between Middle
     * Name);</li>
     * <li>the Search Name follows the name when it is blank or was the old name's search name (a Search Name the
     * user typed himself is kept);</li>
     * <li>a company is its own company: Company No. = No., Company Name = Name; a person's Company Name is its
     * company's name, or blank without a company.</li>
     * </ul>
     *
     * @param contact the contact to store, changed in place
     * @param before the stored contact it replaces, or null for a new one
     * @param company the person's company (type Company), or null when it has none or is a company
     */
    public static void apply(Contact contact, Contact before, Contact company) {
        if (contact.getType() == null) {
            contact.setType(ContactType.PERSON);
        }
        if (contact.getType() == ContactType.PERSON) {
            if (before != null && !java.util.Objects.equals(before.getName(), contact.getName())
                    && java.util.Objects.equals(before.getFirstName(), contact.getFirstName())
                    && java.util.Objects.equals(before.getMiddleName(), contact.getMiddleName())
                    && java.util.Objects.equals(before.getSurname(), contact.getSurname()) && !blank(contact.getName())) {
                // a new name with the old parts: the parts follow the name (BC NameBreakdown)
                contact.setFirstName(null);
                contact.setMiddleName(null);
                contact.setSurname(null);
            }
            nameParts(contact);
        }
        String search = contact.getSearchName();
        if (search == null || search.isBlank() || before != null && search.equals(searchName(before.getName()))) {
            contact.setSearchName(searchName(contact.getName()));
        }
        if (contact.getType() == ContactType.COMPANY) {
            contact.setCompanyNo(contact.getNo());
            contact.setCompanyName(contact.getName());
        } else if (blank(contact.getCompanyNo())) {
            contact.setCompanyNo(null);
            contact.setCompanyName(null);
        } else if (company != null) {
            contact.setCompanyName(company.getName());
        }
    }

    private static void nameParts(Contact c) {
        boolean parts = !blank(c.getFirstName()) || !blank(c.getSurname()) || !blank(c.getMiddleName());
        if (blank(c.getName()) && parts) {
            StringBuilder b = new StringBuilder();
            for (String p : new String[] { c.getFirstName(), c.getMiddleName(), c.getSurname() }) {
                if (!blank(p)) {
                    b.append(b.isEmpty() ? "" : " ").append(p.strip());
                }
            }
            c.setName(b.toString());
        } else if (!blank(c.getName()) && !parts) {
            String[] words = c.getName().strip().split("\\s+");
            if (words.length == 1) {
                c.setFirstName(words[0]);
            } else {
                c.setFirstName(words[0]);
                c.setSurname(words[words.length - 1]);
                if (words.length > 2) {
                    c.setMiddleName(String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1)));
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

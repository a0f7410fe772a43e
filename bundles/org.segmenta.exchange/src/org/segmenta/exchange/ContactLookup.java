package org.segmenta.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.segmenta.core.store.ContactRepository;
import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;

/**
 * Finds contacts that already exist, so that an import neither creates them twice nor creates a second company of
 * the same name. The import service implements it over the store; {@link #of(Collection)} serves tests and small
 * in-memory sets. Implementations compare e-mail addresses without regard to case, and names without regard to
 * case and repeated white space.
 */
public interface ContactLookup {

    /** A lookup that knows no contacts. */
    ContactLookup NONE = new ContactLookup() {
        @Override
        public Optional<Contact> findByEmail(String email) {
            return Optional.empty();
        }

        @Override
        public Optional<Contact> findByName(String name, String companyName, ContactType type) {
            return Optional.empty();
        }
    };

    /**
     * @param email an e-mail address, never {@code null}
     * @return a contact with that e-mail address, if any
     */
    Optional<Contact> findByEmail(String email);

    /**
     * @param name the contact's name, never {@code null}
     * @param companyName the company name, or {@code null} for a person without a company; for a company this is
     *            its own name
     * @param type the contact type looked for
     * @return a contact of that type, name and company name, if any
     */
    Optional<Contact> findByName(String name, String companyName, ContactType type);

    /**
     * Tells the lookup which e-mail addresses and names the next {@link #findByEmail} and {@link #findByName} calls
     * will ask for (a batch of rows), so that a lookup over a store can fetch them in a few indexed queries instead
     * of one per row. Lookups over memory ignore it.
     *
     * @param emails the e-mail addresses of the batch
     * @param names the batch's contacts' names with their company names, and its company names (each with itself
     *            as company name)
     */
    default void prefetch(Collection<String> emails, Collection<ContactRepository.NameKey> names) {
    }

    /**
     * @param contacts the existing contacts (searched linearly; the collection is not copied)
     * @return a lookup over them
     */
    static ContactLookup of(Collection<? extends Contact> contacts) {
        Objects.requireNonNull(contacts, "contacts");
        return new ContactLookup() {
            @Override
            public Optional<Contact> findByEmail(String email) {
                String key = normalise(email);
                return contacts.stream().filter(c -> key.equals(normalise(c.getEmail()))).map(Contact.class::cast)
                        .findFirst();
            }

            @Override
            public Optional<Contact> findByName(String name, String companyName, ContactType type) {
                String n = normalise(name);
                String co = normalise(companyName);
                List<? extends Contact> all = List.copyOf(contacts);
                return all.stream().filter(c -> c.getType() == type && n.equals(normalise(c.getName()))
                        && co.equals(normalise(c.getCompanyName()))).map(Contact.class::cast).findFirst();
            }
        };
    }

    /**
     * @param s a name or e-mail address, or {@code null}
     * @return the comparison key: lower case, white space collapsed and stripped; "" for {@code null}
     */
    static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

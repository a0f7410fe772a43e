package org.segmenta.core.contact;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.model.Contact;

/**
 * Creates, changes and deletes contacts with the reference design's rules (NAV/BC table 5050 Contact), so that
 * the window, the command line, the import and a plug-in store the same contact the same way. Each call is one
 * unit of work. An OSGi service.
 * <p>
 * Rules: {@link ContactRules} (Search Name, name parts, company fields); a person's company must be a stored
 * company; codes (salesperson, language, salutation, groups) must exist; renaming a company copies the new name to
 * its persons' Company Name in one statement; a company with persons cannot become a person. Deleting is refused
 * while the contact is a company with persons, is on a line of an open segment (BC: "You cannot delete the Contact
 * because the contact is assigned one or more unlogged segments"), or has interaction log entries (the log is
 * history; block the contact instead).
 */
@ProviderType
public interface ContactService {

    /** The number series new contacts are numbered from, created on first use as CT000001, CT000002, ... */
    String CONTACT_SERIES = "CONTACT";

    /**
     * @param no a contact No. (any case)
     * @return the contact with its groups and profile answers, or empty
     */
    Optional<Contact> get(String no);

    /**
     * Stores a new contact.
     *
     * @param draft the contact; a blank No. takes the next No. of {@link #CONTACT_SERIES}; the type defaults to
     *            Person
     * @return the stored contact and its likely duplicates
     * @throws org.segmenta.core.store.ValidationException when a rule is broken (the messages name the fields)
     * @throws org.segmenta.core.store.DuplicateKeyException when the No. exists
     */
    SavedContact create(Contact draft);

    /**
     * Stores a changed contact.
     *
     * @param changed the contact as read by {@link #get(String)} and changed
     * @return the stored contact and its likely duplicates
     * @throws org.segmenta.core.store.ValidationException when a rule is broken
     * @throws org.segmenta.core.store.NotFoundException when no contact has its No.
     * @throws org.segmenta.core.store.ConcurrentChangeException when someone else changed it meanwhile
     */
    SavedContact change(Contact changed);

    /**
     * Deletes a contact with its groups and profile answers.
     *
     * @param no the contact No.
     * @throws org.segmenta.core.store.NotFoundException when there is none
     * @throws org.segmenta.core.store.InUseException when it is a company with persons, on an open segment's line,
     *             or has interaction log entries (the message names them)
     */
    void delete(String no);

    /**
     * The stored contacts that are likely the same as {@code contact}: the same e-mail address (ignoring case), or
     * the same search name and company. Two indexed lookups, whatever the number of contacts. The contact itself
     * (same No.) is not a duplicate of itself.
     *
     * @param contact a new or stored contact
     * @return the likely duplicates, by No., at most 10
     */
    List<LikelyDuplicate> duplicates(Contact contact);
}

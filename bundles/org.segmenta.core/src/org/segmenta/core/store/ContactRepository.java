package org.segmenta.core.store;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.model.Contact;

/**
 * Contacts, keyed by No., each with its mailing groups, industry groups, job responsibilities and profile
 * answers. Validation includes the company rule: a person's company No. must be a stored company contact (or
 * one inserted earlier in the same {@link #insertAll(Iterator)}).
 */
@ProviderType
public interface ContactRepository extends KeyedRepository<String, Contact> {

    /**
     * @param query filters, order and page
     * @return the page of matching contacts, with their relation rows
     */
    List<Contact> find(ContactQuery query);

    /**
     * Reads all contacts a page at a time, for exports that stream: the page after a given No. in No. order (keyset
     * paging, so each contact is read once, where an offset would read every contact before the page again).
     *
     * @param afterNo the last No. of the page before, or {@code null} for the first page
     * @param limit how many contacts at most, 1 or more
     * @return up to {@code limit} contacts whose No. comes after {@code afterNo}, by No., with their relation rows;
     *         fewer than {@code limit} only on the last page
     * @throws IllegalArgumentException when limit is below 1
     */
    List<Contact> pageAfter(String afterNo, int limit);

    /**
     * Reads many contacts at once: one query for the contacts and one per relation table for each 500 Nos., where
     * {@link #get(Object)} for each would run five queries a contact.
     *
     * @param nos contact Nos. (duplicates and Nos. that do not exist are fine)
     * @return the contacts that exist, with their relation rows, by No.
     */
    java.util.Map<String, Contact> getAll(java.util.Collection<String> nos);

    /**
     * @param query filters (order and page are ignored)
     * @return how many contacts match
     */
    long count(ContactQuery query);

    /**
     * Inserts many contacts in batches, for imports of up to millions: the contacts are validated one by one
     * and written in JDBC batches; the iterator is read once and nothing is kept in memory beyond a batch.
     * Like everything in a write unit, either all are stored (when the unit commits) or none.
     *
     * @param contacts the contacts, companies before the persons that refer to them
     * @return how many were inserted
     * @throws ValidationException at the first invalid contact (its messages name it); the unit rolls back
     * @throws DuplicateKeyException when a No. exists already (or twice in the input)
     */
    long insertAll(Iterator<? extends Contact> contacts);

    /**
     * The contacts an import has to compare a batch of rows with: those whose e-mail address is one of
     * {@code emails}, or whose name and company name are one of {@code names}, compared without regard to case.
     * Found through indexes, so that the cost grows with the batch, not with the contacts stored (a common name
     * does not fetch every contact of that name, only those of the same company); contacts inserted earlier in the
     * same write unit are found too.
     *
     * @param emails e-mail addresses (any case), may be empty
     * @param names names with their company names (a company's company name is its own name), may be empty
     * @return the matching contacts with their relation rows, each once, in no particular order
     */
    List<Contact> findMatching(Collection<String> emails, Collection<NameKey> names);

    /**
     * A contact's name and its company name, the second half of the duplicate rule.
     *
     * @param name the contact's name
     * @param companyName the company name, or {@code null} for a person without one
     */
    record NameKey(String name, String companyName) {
    }

    /**
     * @return the most characters each text attribute of a contact holds, by attribute name ({@code name} →
     *         100, {@code email} → 80, ...); attributes without a limit are absent
     */
    Map<String, Integer> maxLengths();

    /**
     * Contacts with this e-mail address, ignoring case (an indexed lookup).
     *
     * @param email the address; blank finds nothing
     * @param limit how many at most, 1 or more
     * @return the contacts, by No.
     */
    List<Contact> findByEmail(String email, int limit);

    /**
     * Contacts with exactly this search name (an indexed lookup).
     *
     * @param searchName the search name, as {@link org.segmenta.core.contact.ContactRules#searchName(String)} makes it
     * @param limit how many at most, 1 or more
     * @return the contacts, by No.
     */
    List<Contact> findBySearchName(String searchName, int limit);

    /**
     * Copies a company's name to its persons' Company Name in one statement.
     *
     * @param companyNo the company contact's No.
     * @param companyName its name
     * @return how many persons changed
     */
    int copyCompanyName(String companyNo, String companyName);

    /**
     * The highest stored contact No. that starts with {@code prefix} and has {@code length} characters, for a number
     * series to continue after contacts stored without it. One range scan of the key's index.
     *
     * @param prefix for example {@code CT}
     * @param length for example 8
     * @return the highest such No., or null when there is none
     */
    String highestNo(String prefix, int length);
}

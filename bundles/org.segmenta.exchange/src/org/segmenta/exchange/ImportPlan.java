package org.segmenta.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.segmenta.model.Contact;
import org.segmenta.model.ContactType;

/**
 * The result of reading one contact file: the contacts to create, the existing contacts to update, and the report.
 * Nothing is stored yet; the import service stores the plan in one transaction, so that a file imports whole or
 * not at all. Companies come before the persons linked to them, so storing in list order satisfies the
 * person → company reference.
 *
 * @param contacts the new contacts, companies before the persons that work for them; the plan owns them
 * @param updates the changes to existing contacts
 * @param report what happens to each card or row
 */
public record ImportPlan(List<Contact> contacts, List<ContactUpdate> updates, ImportReport report) {

    /** Copies the lists (the contacts themselves are shared, so that {@link #renumber} reaches the report too). */
    public ImportPlan {
        contacts = List.copyOf(contacts);
        updates = List.copyOf(updates);
    }

    /**
     * Gives the new contacts final numbers (for example from the store's number series, inside its transaction)
     * and updates the persons' Company No. that point to new companies. Links to existing companies are kept.
     *
     * @param numbers called once per new contact, in list order; must not return {@code null} or a number twice
     * @return old (provisional) No. → new No.
     * @throws IllegalStateException when the supplier returns {@code null} or a number it returned before
     */
    public Map<String, String> renumber(Supplier<String> numbers) {
        Objects.requireNonNull(numbers, "numbers");
        Map<String, String> map = new HashMap<>();
        for (Contact c : contacts) {
            String next = numbers.get();
            if (next == null || map.containsValue(next)) {
                throw new IllegalStateException("The number series gave " + (next == null ? "no number" : "the number "
                        + next + " twice") + " while renumbering an import; check the number series.");
            }
            map.put(c.getNo(), next);
        }
        for (Contact c : contacts) {
            c.setNo(map.get(c.getNo()));
            String companyNo = c.getCompanyNo();
            if (companyNo != null && map.containsKey(companyNo)) {
                c.setCompanyNo(map.get(companyNo));
            }
        }
        return map;
    }

    /** @return the new company contacts, in creation order */
    public List<Contact> companies() {
        return contacts.stream().filter(c -> c.getType() == ContactType.COMPANY).toList();
    }

    /** @return the new person contacts, in creation order */
    public List<Contact> persons() {
        return contacts.stream().filter(c -> c.getType() == ContactType.PERSON).toList();
    }
}

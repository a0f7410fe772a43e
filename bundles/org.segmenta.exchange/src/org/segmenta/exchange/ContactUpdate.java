package org.segmenta.exchange;

import java.util.List;

import org.segmenta.model.Contact;

/**
 * A change an import proposes for a contact that already exists ({@link DuplicatePolicy#FILL_EMPTY_FIELDS}).
 *
 * @param existing the contact as the {@link ContactLookup} returned it; never modified by the importer
 * @param updated a copy of {@code existing} with the empty fields filled from the file
 * @param fields the names of the model features that were filled, for example {@code phoneNo}, {@code mailingGroups}
 * @param line the 1-based line of the file where the card or row begins
 */
public record ContactUpdate(Contact existing, Contact updated, List<String> fields, int line) {

    /** Copies the list of fields. */
    public ContactUpdate {
        fields = List.copyOf(fields);
    }
}

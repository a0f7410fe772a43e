package org.segmenta.core.contact;

import java.util.List;

import org.segmenta.model.Contact;

/**
 * A contact as stored by {@link ContactService}, with the stored contacts it likely duplicates (a warning, not a
 * refusal).
 *
 * @param contact the stored contact, with its No.
 * @param duplicates likely duplicates among the other contacts; empty when none
 */
public record SavedContact(Contact contact, List<LikelyDuplicate> duplicates) {

    /** @param contact the contact @param duplicates the duplicates */
    public SavedContact {
        duplicates = List.copyOf(duplicates);
    }
}

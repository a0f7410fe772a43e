package org.segmenta.exchange;

/** What an import does with a row that duplicates a contact that already exists (given by a {@link ContactLookup}). */
public enum DuplicatePolicy {
    /** Leave the existing contact as it is and report the row as skipped (the default). */
    SKIP,
    /**
     * Fill the existing contact's empty fields (and add missing mailing groups) from the row and report it as
     * updated; a row that adds nothing is reported as skipped. Filled fields never overwrite a value.
     */
    FILL_EMPTY_FIELDS
}

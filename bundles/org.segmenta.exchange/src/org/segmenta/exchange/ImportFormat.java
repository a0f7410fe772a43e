package org.segmenta.exchange;

/** The kinds of contact file the importer reads; CSV layouts are recognised by their header row. */
public enum ImportFormat {
    /** vCard 2.1, 3.0 or 4.0 (.vcf), one or more cards. */
    VCARD("vCard"),
    /** Microsoft Outlook's "Comma Separated Values" export ("First Name", "E-mail Address", "Business Street"...). */
    OUTLOOK_CSV("Outlook CSV"),
    /** Google Contacts' "Google CSV" export ("Given Name", "Group Membership", "E-mail 1 - Value"...). */
    GOOGLE_CSV("Google Contacts CSV"),
    /** Thunderbird's address book CSV export ("Display Name", "Primary Email", "Work ZipCode"...). */
    THUNDERBIRD_CSV("Thunderbird CSV"),
    /** Any other CSV, read through a caller-supplied {@link CsvMapping}. */
    GENERIC_CSV("CSV with a column mapping");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    /** @return how users call the format, for example "Google Contacts CSV" */
    public String label() {
        return label;
    }
}

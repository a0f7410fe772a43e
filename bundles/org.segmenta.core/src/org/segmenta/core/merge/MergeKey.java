package org.segmenta.core.merge;

/**
 * The data Segmenta can put into a merge field: one value of a {@link MergeRecord}. The set follows the merge
 * data of Dynamics NAV 2017 / Business Central (legacy attachment merge, codeunit 5069 {@code GetDataSource}:
 * contact, salutations, salesperson, document and company information fields).
 */
public enum MergeKey {
    /** The contact's number ({@code Contact No.}). */
    CONTACT_NO("Contact No."),
    /** The contact's full name as stored ({@code Name}). */
    NAME("Name"),
    /** Courtesy title such as "Mr" or "Dr" (Word's address field {@code Courtesy Title}). */
    TITLE("Title"),
    /** First name. */
    FIRST_NAME("First Name"),
    /** Middle name. */
    MIDDLE_NAME("Middle Name"),
    /** Surname (last name). */
    SURNAME("Surname"),
    /** Company name (for a person: the company they work for). */
    COMPANY_NAME("Company Name"),
    /** First address line. */
    ADDRESS("Address"),
    /** Second address line. */
    ADDRESS_2("Address 2"),
    /** Post code. */
    POST_CODE("Post Code"),
    /** City. */
    CITY("City"),
    /** County, state or province. */
    COUNTY("County"),
    /**
     * Country or region name in the letter's language (NAV's "Country/Region Name"), e.g. "Denmark" in an English
     * letter and "Danmark" in a Danish one, for the contact's code DK.
     */
    COUNTRY("Country/Region"),
    /** Country or region code as stored with the contact (ISO 3166, e.g. "DK"). */
    COUNTRY_CODE("Country/Region Code"),
    /** Phone number. */
    PHONE("Phone No."),
    /** Fax number. */
    FAX("Fax No."),
    /** Mobile phone number. */
    MOBILE("Mobile Phone No."),
    /** E-mail address. */
    EMAIL("E-Mail"),
    /** Job title. */
    JOB_TITLE("Job Title"),
    /**
     * The contact's formal salutation, e.g. "Dear Mr. Smith" (NAV: Salutation Code + language). A merge field of it
     * that stands after the letter's own words in its paragraph ("Dear «Formal_Salutation»") merges the addressee
     * only ("Mr. Smith", see {@link Greetings#addressee}), so the greeting never doubles; at the start of a paragraph
     * it merges the whole greeting.
     */
    FORMAL_SALUTATION("Formal Salutation"),
    /** The contact's informal salutation, e.g. "Dear John"; merged as {@link #FORMAL_SALUTATION} is. */
    INFORMAL_SALUTATION("Informal Salutation"),
    /**
     * The formatted multi-line postal address (NAV's "Contact Mail Address"); lines separated by {@code \n}.
     * When a record leaves it empty, the merge builds it from the address keys.
     */
    ADDRESS_BLOCK("Contact Mail Address"),
    /** The salesperson's name. */
    SALESPERSON_NAME("Salesperson Name"),
    /** The salesperson's e-mail address. */
    SALESPERSON_EMAIL("Salesperson E-Mail"),
    /** The salesperson's phone number. */
    SALESPERSON_PHONE("Salesperson Phone No."),
    /** The interaction (document) date; give it as a date with {@link MergeRecord.Builder#date}. */
    INTERACTION_DATE("Date"),
    /** The interaction description. */
    INTERACTION_DESCRIPTION("Description"),
    /** The subject of the letter or e-mail. */
    SUBJECT("Subject"),
    /** The campaign (number or description). */
    CAMPAIGN("Campaign"),
    /**
     * The segment line's personal note for this contact (multi-line, lines separated by {@code \n}): a comment
     * written in Segmenta that needs no word processor. Merge field name {@code PersonalNote} (or "Personal Note").
     */
    PERSONAL_NOTE("Personal Note"),
    /** The user's own company name (Company Information, from preferences). */
    OWN_COMPANY_NAME("Company Information Name"),
    /** The user's own company address line. */
    OWN_COMPANY_ADDRESS("Company Information Address"),
    /** The user's own company post code. */
    OWN_COMPANY_POST_CODE("Company Information Post Code"),
    /** The user's own company city. */
    OWN_COMPANY_CITY("Company Information City"),
    /** The user's own company country or region. */
    OWN_COMPANY_COUNTRY("Company Information Country/Region");

    private final String caption;

    MergeKey(String caption) {
        this.caption = caption;
    }

    /** @return the English caption shown to users and offered as the merge field name in new templates */
    public String caption() {
        return caption;
    }
}

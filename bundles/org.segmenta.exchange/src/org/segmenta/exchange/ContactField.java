package org.segmenta.exchange;

/**
 * The contact fields a CSV column can be mapped to (see {@link CsvMapping}). Each names the model feature it fills.
 */
public enum ContactField {
    /** Full name (display name); when empty, it is composed of first, middle and surname. */
    NAME("name"),
    FIRST_NAME("firstName"),
    MIDDLE_NAME("middleName"),
    SURNAME("surname"),
    INITIALS("initials"),
    JOB_TITLE("jobTitle"),
    /** The company: becomes (or links to) a company contact. */
    COMPANY_NAME("companyName"),
    ADDRESS("address"),
    ADDRESS_2("address2"),
    POST_CODE("postCode"),
    CITY("city"),
    COUNTY("county"),
    /** A country name or ISO code; stored as the ISO 3166 alpha-2 code when it is recognised. */
    COUNTRY("countryRegionCode"),
    PHONE("phoneNo"),
    MOBILE_PHONE("mobilePhoneNo"),
    FAX("faxNo"),
    EMAIL("email"),
    HOME_PAGE("homePage"),
    /** An ISO language tag (en-US) or an English language name; stored as a language code (ENU). */
    LANGUAGE("languageCode"),
    /** Category or group names separated by ";", "," or " ::: "; each becomes a mailing group. */
    CATEGORIES("mailingGroups"),
    /** Free-text notes, kept on the contact. */
    NOTES("notes");

    private final String feature;

    ContactField(String feature) {
        this.feature = feature;
    }

    /** @return the name of the {@code Contact} feature this field fills, for example {@code phoneNo} */
    public String feature() {
        return feature;
    }
}

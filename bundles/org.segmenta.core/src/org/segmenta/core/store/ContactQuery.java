package org.segmenta.core.store;

import org.segmenta.model.ContactType;

/**
 * A simple query over contacts: equality filters that are combined with AND (a {@code null} filter does not
 * filter), a name prefix, a sort order and a page. The criteria engine (Add / Reduce / Refine) does not use
 * this: it runs set-based statements inside the store.
 *
 * @param type only companies or only persons; null for both
 * @param companyNo only the company with this No. and its persons; null for all
 * @param searchName only contacts whose search name starts with this text, compared in upper case; null for all
 * @param postCode only this post code; null for all
 * @param city only this city (exact); null for all
 * @param countryRegionCode only this country/region code; null for all
 * @param salespersonCode only contacts of this salesperson; null for all
 * @param sort the order; ties are broken by No.
 * @param descending reverse the order
 * @param offset how many matching contacts to skip, 0 or more
 * @param limit how many to return at most, 1 or more ({@link Integer#MAX_VALUE} for all)
 */
public record ContactQuery(ContactType type, String companyNo, String searchName, String postCode, String city,
        String countryRegionCode, String salespersonCode, ContactSort sort, boolean descending, int offset,
        int limit) {

    /** The order of a contact query. */
    public enum ContactSort {
        /** by No. */
        NO,
        /** by search name, then No. */
        SEARCH_NAME,
        /** by company No., companies before their persons, then No. */
        COMPANY,
        /** by post code, then No. */
        POST_CODE,
        /** by city, then No. */
        CITY
    }

    /**
     * @throws IllegalArgumentException when offset is negative or limit is below 1
     */
    public ContactQuery {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException(
                    "A contact query needs offset >= 0 and limit >= 1, not offset " + offset + " and limit " + limit + ".");
        }
        if (sort == null) {
            sort = ContactSort.NO;
        }
    }

    /** @return a query for all contacts by No., every one of them */
    public static ContactQuery all() {
        return new ContactQuery(null, null, null, null, null, null, null, ContactSort.NO, false, 0, Integer.MAX_VALUE);
    }

    /** @param value the filter @return a copy filtering by contact type */
    public ContactQuery withType(ContactType value) {
        return new ContactQuery(value, companyNo, searchName, postCode, city, countryRegionCode, salespersonCode, sort,
                descending, offset, limit);
    }

    /** @param value the filter @return a copy filtering by company No. */
    public ContactQuery withCompanyNo(String value) {
        return new ContactQuery(type, value, searchName, postCode, city, countryRegionCode, salespersonCode, sort,
                descending, offset, limit);
    }

    /** @param value the prefix @return a copy filtering by search-name prefix */
    public ContactQuery withSearchName(String value) {
        return new ContactQuery(type, companyNo, value, postCode, city, countryRegionCode, salespersonCode, sort,
                descending, offset, limit);
    }

    /** @param value the filter @return a copy filtering by post code */
    public ContactQuery withPostCode(String value) {
        return new ContactQuery(type, companyNo, searchName, value, city, countryRegionCode, salespersonCode, sort,
                descending, offset, limit);
    }

    /** @param value the filter @return a copy filtering by city */
    public ContactQuery withCity(String value) {
        return new ContactQuery(type, companyNo, searchName, postCode, value, countryRegionCode, salespersonCode, sort,
                descending, offset, limit);
    }

    /** @param value the filter @return a copy filtering by country/region code */
    public ContactQuery withCountryRegionCode(String value) {
        return new ContactQuery(type, companyNo, searchName, postCode, city, value, salespersonCode, sort, descending,
                offset, limit);
    }

    /** @param value the filter @return a copy filtering by salesperson code */
    public ContactQuery withSalespersonCode(String value) {
        return new ContactQuery(type, companyNo, searchName, postCode, city, countryRegionCode, value, sort, descending,
                offset, limit);
    }

    /** @param by the order @param desc reverse it @return a copy sorted so */
    public ContactQuery sortedBy(ContactSort by, boolean desc) {
        return new ContactQuery(type, companyNo, searchName, postCode, city, countryRegionCode, salespersonCode, by,
                desc, offset, limit);
    }

    /** @param from rows to skip @param max rows at most @return a copy for that page */
    public ContactQuery page(int from, int max) {
        return new ContactQuery(type, companyNo, searchName, postCode, city, countryRegionCode, salespersonCode, sort,
                descending, from, max);
    }
}

package org.segmenta.core.criteria;

/**
 * How the records of a criteria source relate to a candidate contact. Source: the data items of the reference
 * design's Add Contacts report (NAV report 5198) and how each links to the contact.
 */
public enum ContactLink {
    /** The record is the contact itself (Contact filters). */
    SELF,
    /** The record names the contact: {@code record.contactNo = contact.no} (mailing groups, job responsibilities, profile answers, interaction log entries). */
    CONTACT,
    /**
     * The record names the contact's company: {@code record.contactNo = contact.companyNo} (industry groups and
     * the business-level fields, so persons inherit their company's).
     */
    COMPANY
}

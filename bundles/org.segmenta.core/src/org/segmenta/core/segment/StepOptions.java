package org.segmenta.core.segment;

/**
 * The options of a criteria step. Source: the Options of NAV report 5198 Add Contacts and of the Remove Contacts
 * reports (Reduce/Refine), §1.7 of the domain reference.
 *
 * @param allowExistingContacts Add: contacts already in the segment are added again (default off: skipped)
 * @param expandCompanies Add: for each matched contact with a company, all contacts of that company are added
 * @param allowRelatedCompanies Add: for each matched person, the person's company is added too
 * @param ignoreExclusion Add and reuse: contacts marked Exclude from Segment or Privacy Blocked are included
 *            (default off: skipped)
 * @param entireCompanies Reduce/Refine: whole companies are evaluated and removed (a line goes when any contact of
 *            its company matches, for Reduce; when none does, for Refine)
 */
public record StepOptions(boolean allowExistingContacts, boolean expandCompanies, boolean allowRelatedCompanies,
        boolean ignoreExclusion, boolean entireCompanies) {

    /** The defaults of the reference design: every option off. */
    public static final StepOptions DEFAULTS = new StepOptions(false, false, false, false, false);

    /** @return these options with Entire Companies on */
    public StepOptions withEntireCompanies() {
        return new StepOptions(allowExistingContacts, expandCompanies, allowRelatedCompanies, ignoreExclusion, true);
    }

    /** @return these options with Ignore Exclusion on */
    public StepOptions withIgnoreExclusion() {
        return new StepOptions(allowExistingContacts, expandCompanies, allowRelatedCompanies, true, entireCompanies);
    }
}

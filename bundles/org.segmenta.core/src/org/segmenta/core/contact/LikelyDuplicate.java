package org.segmenta.core.contact;

/**
 * A stored contact that is likely the same person or company as another one. Advisory: the reference design's
 * duplicate search (NAV/BC Contact Duplicate, Duplicate Search String Setup) warns and lets the user decide; so do
 * Segmenta's services.
 *
 * @param contactNo the stored contact's No.
 * @param name its name
 * @param companyName its company's name, or null
 * @param reason why it is likely the same
 */
public record LikelyDuplicate(String contactNo, String name, String companyName, Reason reason) {

    /** Why two contacts are likely the same. */
    public enum Reason {
        /** the same e-mail address, ignoring case */
        SAME_EMAIL("the same e-mail address"),
        /** the same search name and the same company (or both companies with the same name) */
        SAME_NAME_AND_COMPANY("the same name and company");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /** @return the reason in words, for example {@code the same e-mail address} */
        public String words() {
            return words;
        }
    }

    /** @return for example {@code CT000012 Ann Lee (the same e-mail address)} */
    public String describe() {
        return contactNo + " " + (name == null ? "" : name) + (companyName == null || companyName.equals(name) ? ""
                : ", " + companyName) + " (" + reason.words() + ")";
    }
}

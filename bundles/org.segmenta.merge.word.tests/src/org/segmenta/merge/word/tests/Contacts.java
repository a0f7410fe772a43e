package org.segmenta.merge.word.tests;

import java.time.LocalDate;
import java.util.Locale;

import org.segmenta.core.merge.MergeKey;
import org.segmenta.core.merge.MergeRecord;

/** Known contact data for the tests: every key a distinctive value. */
final class Contacts {
    private Contacts() {
    }

    static MergeRecord.Builder karenBuilder() {
        return MergeRecord.builder(Locale.forLanguageTag("en-GB"))
                .put(MergeKey.CONTACT_NO, "CT000042").put(MergeKey.NAME, "Karen Jensen").put(MergeKey.TITLE, "Ms")
                .put(MergeKey.FIRST_NAME, "Karen").put(MergeKey.SURNAME, "Jensen")
                .put(MergeKey.COMPANY_NAME, "Jensen Tømrer ApS").put(MergeKey.ADDRESS, "Vestergade 12")
                .put(MergeKey.ADDRESS_2, "Baghuset").put(MergeKey.POST_CODE, "8000").put(MergeKey.CITY, "Aarhus")
                .put(MergeKey.COUNTY, "Midtjylland").put(MergeKey.COUNTRY, "Denmark").put(MergeKey.PHONE, "+45 86 12 34 56")
                .put(MergeKey.MOBILE, "+45 20 11 22 33").put(MergeKey.EMAIL, "karen@jensen-toemrer.dk")
                .put(MergeKey.JOB_TITLE, "Owner").put(MergeKey.FORMAL_SALUTATION, "Dear Ms Jensen")
                .put(MergeKey.INFORMAL_SALUTATION, "Dear Karen").put(MergeKey.SALESPERSON_NAME, "Peter Holm")
                .put(MergeKey.SALESPERSON_EMAIL, "ph@segmenta.example").put(MergeKey.SALESPERSON_PHONE, "+45 70 00 00 01")
                .date(MergeKey.INTERACTION_DATE, LocalDate.of(2024, 3, 15))
                .put(MergeKey.INTERACTION_DESCRIPTION, "Spring offer").put(MergeKey.SUBJECT, "Your spring offer")
                .put(MergeKey.CAMPAIGN, "1234.5").put(MergeKey.OWN_COMPANY_NAME, "Segmenta Demo A/S")
                .put(MergeKey.OWN_COMPANY_ADDRESS, "Havnegade 1").put(MergeKey.OWN_COMPANY_POST_CODE, "1058")
                .put(MergeKey.OWN_COMPANY_CITY, "København K").put(MergeKey.OWN_COMPANY_COUNTRY, "Denmark");
    }

    static MergeRecord karen() {
        return karenBuilder().build();
    }
}

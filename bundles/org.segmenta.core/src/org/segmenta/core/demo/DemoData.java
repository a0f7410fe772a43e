package org.segmenta.core.demo;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.core.format.Formats;
import org.segmenta.core.internal.Messages;

/**
 * Demo data for a first look at Segmenta: companies and persons with their groups, salespeople, languages,
 * salutations, interaction groups and templates (one with a Word letter template), a campaign and an open
 * segment. The window offers it on an empty database; the command line loads it with {@code demo}. Its set-up part
 * alone ({@link #loadSetup()}) can go into a database that has contacts already (imported first). An OSGi service.
 */
@ProviderType
public interface DemoData {

    /** What was loaded. */
    record Summary(int contacts, int companies, int templates, String segmentNo) {
        /**
         * @return what was loaded in the user's language, for either face to put in its sentence, e.g.
         *         {@code "12 contacts (4 companies), 3 interaction templates"}
         * @since 1.2
         */
        public String describe() {
            return Formats.bind(Messages.DemoData_summary,
                    Formats.plural(contacts, Messages.DemoData_contactOne, Messages.DemoData_contactOther),
                    Formats.plural(companies, Messages.DemoData_companyOne, Messages.DemoData_companyOther),
                    Formats.plural(templates, Messages.DemoData_templateOne, Messages.DemoData_templateOther));
        }
    }

    /**
     * What {@link #loadSetup()} added: the number of rows of each set-up table it created (rows that existed are
     * kept as they were and not counted).
     *
     * @param languages languages ENU, DAN, DEU, NLD
     * @param salutations salutations COMPANY, M, F with their formulas
     * @param salespeople salespeople AB, LH, MV
     * @param groups mailing, industry and interaction groups
     * @param templates interaction templates LETTER (Hard Copy, a Word letter per language), EMAIL (Email), PHONE
     *            (None)
     */
    record SetupSummary(int languages, int salutations, int salespeople, int groups, int templates) {
        /** @return how many rows were created in all */
        public int total() {
            return languages + salutations + salespeople + groups + templates;
        }

        /**
         * @return the rows created in the user's language, for either face to put in its sentence, e.g.
         *         {@code "4 languages, 3 salutations, 3 salespeople (AB, LH, MV), 10 groups, 3 interaction templates
         *         (LETTER, EMAIL, PHONE)"}
         * @since 1.2
         */
        public String describe() {
            return Formats.bind(Messages.DemoData_setupSummary,
                    Formats.plural(languages, Messages.DemoData_languageOne, Messages.DemoData_languageOther),
                    Formats.plural(salutations, Messages.DemoData_salutationOne, Messages.DemoData_salutationOther),
                    Formats.plural(salespeople, Messages.DemoData_salespersonOne, Messages.DemoData_salespersonOther),
                    Formats.plural(groups, Messages.DemoData_groupOne, Messages.DemoData_groupOther),
                    Formats.plural(templates, Messages.DemoData_templateOne, Messages.DemoData_templateOther));
        }
    }

    /** @return {@code true} when the database holds no contact yet, so that offering demo data makes sense */
    boolean isEmpty();

    /**
     * Loads the demo data in one transaction.
     *
     * @return what was loaded
     * @throws IllegalStateException when the database is not empty (the message says so; nothing is written)
     */
    Summary load();

    /**
     * @return {@code true} when the database lacks what a segment needs before it can be logged: no interaction
     *         template, no interaction group or no salesperson (a user who imported contacts first)
     */
    boolean setupMissing();

    /**
     * Loads only the demo's set-up, into any database (with or without contacts), in one transaction: the CONTACT
     * and CAMPAIGN number series, languages, salutations, salespeople, mailing, industry and interaction groups and
     * the interaction templates LETTER, EMAIL and PHONE; no contact, campaign or segment. A row whose code exists
     * already is kept as it is.
     *
     * @return how many rows of each table were created
     */
    SetupSummary loadSetup();
}

package org.segmenta.store.derby.tests;

import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.CriteriaAction;
import org.segmenta.testing.World;

/**
 * What the guards on the store's units of work share ({@link QueryPlanGuardTest} reads each statement's plan,
 * {@link RowLocksTest} each unit's locks): the set-up of a generated {@link World} for Log, and the steps they run on
 * its segments.
 */
final class UnitGuards {

    /** Three of the world's cities: about half the contacts. */
    static final FieldFilter THREE_CITIES = new FieldFilter("contact", "city", "Copenhagen|Aarhus|Odense");
    /** Two of the world's cities, one of them among {@link #THREE_CITIES}. */
    static final FieldFilter TWO_CITIES = new FieldFilter("contact", "city", "Copenhagen|Aalborg");
    /** Members of the mailing group NEWS. */
    static final FieldFilter NEWS = new FieldFilter("mailingGroup", "mailingGroupCode", "NEWS");

    private UnitGuards() {
    }

    /**
     * Stores what Log needs in the world ({@link World#salespeopleAndHardCopyTemplate}): the salespeople JO and MARY
     * its contacts have, the interaction group LETTERS and its outbound hard-copy template LETTER (unit cost 1.00, the
     * contact's correspondence type ignored).
     *
     * @param w the world
     */
    static void salespeopleAndLetter(World w) {
        w.salespeopleAndHardCopyTemplate("LETTER", "Letter");
    }

    /**
     * @param action Add, Refine or Reduce
     * @param filters the step's filters
     * @return the step with the default options
     */
    static StepRequest step(CriteriaAction action, FieldFilter... filters) {
        return StepRequest.of(action, filters);
    }
}

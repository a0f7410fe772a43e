package org.segmenta.store.derby.tests;

import java.math.BigDecimal;
import java.util.List;

import org.segmenta.core.criteria.FieldFilter;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.core.segment.StepRequest;
import org.segmenta.model.CorrespondenceType;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.InformationFlow;
import org.segmenta.model.InteractionGroup;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.Salesperson;
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
     * Stores what Log needs in the world: the salespeople JO and MARY its contacts have, the interaction group
     * LETTERS and its outbound hard-copy template LETTER (unit cost 1.00, the contact's correspondence type ignored).
     *
     * @param w the world
     */
    static void salespeopleAndLetter(World w) {
        w.store.write(s -> {
            for (String code : List.of("JO", "MARY")) {
                Salesperson sp = World.F.createSalesperson();
                sp.setCode(code);
                sp.setName(code);
                s.salespeople().insert(sp);
            }
            InteractionGroup g = World.F.createInteractionGroup();
            g.setCode("LETTERS");
            g.setDescription("Letters");
            s.interactionGroups().insert(g);
            InteractionTemplate t = World.F.createInteractionTemplate();
            t.setCode("LETTER");
            t.setDescription("Letter");
            t.setInteractionGroupCode("LETTERS");
            t.setInformationFlow(InformationFlow.OUTBOUND);
            t.setCorrespondenceType(CorrespondenceType.HARD_COPY);
            t.setIgnoreContactCorrespondenceType(true);
            t.setUnitCost(new BigDecimal("1.00"));
            s.interactionTemplates().insert(t);
            return null;
        });
    }

    /**
     * @param action Add, Refine or Reduce
     * @param filters the step's filters
     * @return the step with the default options
     */
    static StepRequest step(CriteriaAction action, FieldFilter... filters) {
        return new StepRequest(action, StepOptions.DEFAULTS, List.of(filters));
    }
}

package org.segmenta.example.loyalty.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.osgi.service.component.annotations.Component;
import org.segmenta.core.criteria.ContactLink;
import org.segmenta.core.criteria.CriteriaField;
import org.segmenta.core.criteria.CriteriaSource;
import org.segmenta.core.criteria.FieldType;
import org.segmenta.core.criteria.SourceTable;
import org.segmenta.example.loyalty.Tier;

/**
 * The criteria source "Loyalty": segments filter contacts by tier and points ({@code loyalty.tier=GOLD},
 * {@code loyalty.points=1000..}), in the Add/Reduce/Refine dialogs and on the command line. The store turns the
 * filters into one EXISTS on {@code loyalty_member}.
 */
@Component(service = CriteriaSource.class)
public final class LoyaltyCriteriaSource implements CriteriaSource {

    /** The source id users type before the dot. */
    public static final String ID = "loyalty";

    private static final List<CriteriaField> FIELDS = List.of(
            new CriteriaField("tier", "Tier", FieldType.OPTION, Tier.labels(), null),
            new CriteriaField("points", "Points", FieldType.INTEGER, List.of(), null));

    private static final SourceTable TABLE = new SourceTable("loyalty_member", "contact_no",
            Map.of("tier", "tier", "points", "points"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Loyalty";
    }

    @Override
    public EClass recordClass() {
        return null;
    }

    @Override
    public Optional<SourceTable> table() {
        return Optional.of(TABLE);
    }

    @Override
    public ContactLink link() {
        return ContactLink.CONTACT;
    }

    @Override
    public List<CriteriaField> fields() {
        return FIELDS;
    }
}

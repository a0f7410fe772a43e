package org.segmenta.core.criteria;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;

/**
 * A kind of record that segment criteria can filter on, for example the contact itself, its mailing groups
 * or its interaction log entries. A contact matches a step when it passes the filters of the contact source and,
 * for every other source with filters, at least one related record passes them (EXISTS). Source: NAV report
 * 5198 Add Contacts and its data items.
 * <p>
 * Plug-ins add sources by registering a service of this type; the store must be able to query the record
 * class (the built-in store knows every class of Segmenta's model).
 */
public interface CriteriaSource {

    /** @return a stable id stored with saved criteria, for example {@code mailingGroup}; unique among sources */
    String id();

    /** @return the caption users see, for example {@code Contact Mailing Group} */
    String label();

    /** @return the model class of the records filtered */
    EClass recordClass();

    /** @return how a record relates to the candidate contact */
    ContactLink link();

    /** @return the fields users can filter on, in the order a dialog shows them */
    List<CriteriaField> fields();

    /**
     * @param id a field id
     * @return the field with that id, if the source has it
     */
    default Optional<CriteriaField> field(String id) {
        return fields().stream().filter(f -> f.id().equals(id)).findFirst();
    }
}

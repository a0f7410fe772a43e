package org.segmenta.core.criteria;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of record that segment criteria can filter on, for example the contact itself, its mailing groups
 * or its interaction log entries. A contact matches a step when it passes the filters of the contact source and,
 * for every other source with filters, at least one related record passes them (EXISTS). Source: NAV report
 * 5198 Add Contacts and its data items.
 * <p>
 * <b>Plug-ins</b> add sources by registering a service of this type, a DS component
 * ({@code @Component(service = CriteriaSource.class)}), with an {@link #id()} of their own (for example
 * {@code loyalty}, so users type {@code loyalty.tier=GOLD}). A source on Segmenta's model names its
 * {@link #recordClass()}; a source on a plug-in's own tables (see {@link org.segmenta.core.store.StoreExtension})
 * returns its {@link #table()} instead, and its fields then name columns of that table (their
 * {@link CriteriaField#attribute()} is {@code null}). The store turns every filter into SQL (one EXISTS per
 * source), so a plug-in source costs what a built-in one does; index the table's contact column.
 * <p>
 * <b>Threading.</b> The methods are called on any thread, often: return constant values. A source that disappears
 * (its bundle stops) is no longer offered; saved criteria that name it then fail to resolve with a message naming
 * the source.
 */
@ConsumerType
public interface CriteriaSource {

    /** @return a stable id stored with saved criteria, for example {@code mailingGroup}; unique among sources */
    String id();

    /** @return the caption users see, for example {@code Contact Mailing Group} */
    String label();

    /**
     * @return the model class of the records filtered; {@code null} for a source on a plug-in's own table
     *         ({@link #table()})
     */
    EClass recordClass();

    /**
     * @return the plug-in table this source filters, for a source on a plug-in's own tables; empty for a source on
     *         Segmenta's model (the default)
     */
    default Optional<SourceTable> table() {
        return Optional.empty();
    }

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

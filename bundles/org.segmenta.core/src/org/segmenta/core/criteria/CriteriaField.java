package org.segmenta.core.criteria;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

/**
 * A field criteria can filter on: an attribute of the source's record class, with its type and, for options,
 * the literals users type.
 *
 * @param id the field's id within its source, the attribute's name (for example {@code city})
 * @param label the caption users see (for example {@code City})
 * @param type how filter values are read
 * @param options for {@link FieldType#OPTION}: the literals in display form; empty otherwise
 * @param attribute the model attribute the field reads; {@code null} for a field of a plug-in's own table
 *            ({@link CriteriaSource#table()})
 */
public record CriteriaField(String id, String label, FieldType type, List<String> options, EAttribute attribute) {
}

package org.segmenta.core.criteria;

/**
 * A filter as a user typed it: on which field of which source, and the expression. Stored with criteria
 * steps (model {@code CriteriaFilter}) and replayed by Reuse Criteria.
 *
 * @param source the criteria source id, for example {@code contact}
 * @param field the field id, for example {@code city}
 * @param expression the filter in the filter syntax, for example {@code Copenhagen|Aarhus}
 */
public record FieldFilter(String source, String field, String expression) {
}

package org.segmenta.core.criteria;

/**
 * A field filter checked and parsed: its source and field are known and its expression is valid. This is what
 * the store turns into SQL.
 *
 * @param source the criteria source
 * @param field the field of that source
 * @param filter the parsed filter, with typed values
 * @param expression the expression as typed, kept for the criteria timeline
 */
public record ResolvedFilter(CriteriaSource source, CriteriaField field, Filter filter, String expression) {
}

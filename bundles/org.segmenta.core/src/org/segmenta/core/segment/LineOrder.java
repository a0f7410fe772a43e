package org.segmenta.core.segment;

import java.util.Set;

/**
 * The order of a segment's lines in a page ({@link SegmentService#lines(String, LineOrder, int, int)}): by one of the
 * line's own fields, ascending or descending, then by line No. The sort happens in the query (the store's
 * {@code ORDER BY}); by line No. and by contact No. it follows the segment-line indexes, by another field the engine
 * sorts the segment's lines.
 *
 * @param field the {@link org.segmenta.model.SegmentLine} attribute, one of {@link #FIELDS}
 * @param descending true for Z to A, largest first
 */
public record LineOrder(String field, boolean descending) {

    /** The attributes a segment's lines can be ordered by: the line's own columns (NAV's Segment Line fields). */
    public static final Set<String> FIELDS = Set.of("lineNo", "contactNo", "correspondenceType", "description",
            "salespersonCode", "interactionTemplateCode", "languageCode", "subject", "evaluation", "cost", "duration");

    /** By line No., ascending: the order lines were added in. */
    public static final LineOrder LINE_NO = new LineOrder("lineNo", false);

    /**
     * @throws IllegalArgumentException when the field is not one of {@link #FIELDS}
     */
    public LineOrder {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("Segment lines cannot be ordered by '" + field + "'; they can by "
                    + String.join(", ", FIELDS.stream().sorted().toList()) + ".");
        }
    }
}

package org.segmenta.core.segment;

import java.time.LocalDate;

/**
 * An open segment as the Segments list shows it. Source: NAV page 5093 Segment List.
 *
 * @param no the segment No.
 * @param description its description
 * @param lines its number of lines
 * @param steps its number of criteria steps in effect
 * @param date its interaction date
 * @param salespersonCode its salesperson
 * @param interactionTemplateCode its interaction template
 */
public record SegmentSummary(String no, String description, long lines, int steps, LocalDate date,
        String salespersonCode, String interactionTemplateCode) {
}

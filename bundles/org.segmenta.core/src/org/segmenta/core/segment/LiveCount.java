package org.segmenta.core.segment;

/**
 * What a step would do if applied now, computed without changing anything (D1 of the domain reference).
 *
 * @param matches contacts that pass the filters
 * @param newLines lines the step would add (Add) or remove (Reduce/Refine)
 * @param alreadyInSegment matching contacts already in the segment (Add skips them unless Allow Existing Contacts)
 * @param excluded matching contacts skipped because they are marked Exclude from Segment or Privacy Blocked
 * @param millis how long the count took, in milliseconds
 */
public record LiveCount(long matches, long newLines, long alreadyInSegment, long excluded, long millis) {
}

package org.segmenta.core.store;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.core.criteria.ResolvedFilter;
import org.segmenta.core.segment.LiveCount;
import org.segmenta.core.segment.StepOptions;
import org.segmenta.model.CriteriaAction;
import org.segmenta.model.InteractionTemplate;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.StepKind;

/**
 * The set-based steps on a segment's lines: each is one or a few SQL statements over the whole contact table
 * (INSERT…SELECT, DELETE with EXISTS), never a loop over contacts. Filters are bound parameters. Semantics (NAV
 * reports 5198 Add Contacts and Remove Contacts – Reduce/Refine, §1.7 of the domain reference): a contact matches
 * when it passes the filters of the contact source and, for every other source with filters, at least one related
 * record passes them.
 * <p>
 * Lines added by step {@code k} carry {@code k} as their provenance ({@code stepNo}). Lines a step deletes are kept
 * as history (snapshots with every field) so that {@link #undo} restores them exactly; {@link #undo} of the lines a
 * step added keeps them as history too, as they are at that moment, for {@link #redo}.
 */
@ProviderType
public interface SegmentSelectionRepository {

    /** What a step did to the lines. */
    record StepCounts(long added, long removed, long skippedAsDuplicate, long skippedAsExcluded) {
    }

    /**
     * Counts what a step would do, changing nothing.
     *
     * @param segmentNo the segment
     * @param action the action
     * @param options its options
     * @param filters its filters (none: every contact matches)
     * @return the counts; {@link LiveCount#millis()} is 0, the caller times it
     */
    LiveCount count(String segmentNo, CriteriaAction action, StepOptions options, List<ResolvedFilter> filters);

    /**
     * Add: inserts a line for each matching contact (and, by the options, the contacts of matched companies and the
     * companies of matched persons), skipping contacts already in the segment unless allowed and excluded or
     * privacy-blocked contacts unless ignored. New lines take the header's values and the contact's as
     * {@link org.segmenta.core.interaction.LineDefaults#initLine} says, and line numbers after the last one in steps of
     * 10000.
     *
     * @param header the segment header with its language rows
     * @param template the header's interaction template, or null
     * @param options the options
     * @param filters the filters
     * @param stepNo the step's number, recorded on each new line
     * @param kind what kind of step this is, recorded on each new line
     * @return the counts
     */
    StepCounts add(SegmentHeader header, InteractionTemplate template, StepOptions options,
            List<ResolvedFilter> filters, int stepNo, StepKind kind);

    /**
     * Adds the given contacts (manual step), with the header's defaults; contacts already in the segment are added
     * again only if asked; unknown Nos. are skipped.
     *
     * @param header the header
     * @param template its template, or null
     * @param contactNos the contacts
     * @param stepNo the step
     * @return the counts
     */
    StepCounts addContacts(SegmentHeader header, InteractionTemplate template, Collection<String> contactNos,
            int stepNo);

    /**
     * Adds the contacts of a logged segment's interaction log entries, each once, re-applying exclusion and
     * privacy blocks unless {@code ignoreExclusion}.
     *
     * @param header the header
     * @param template its template, or null
     * @param loggedSegmentEntryNo the logged segment
     * @param ignoreExclusion include excluded and privacy-blocked contacts
     * @param stepNo the step
     * @return the counts; {@code skippedAsExcluded} says how many were left out for exclusion or privacy
     */
    StepCounts addFromLoggedSegment(SegmentHeader header, InteractionTemplate template, long loggedSegmentEntryNo,
            boolean ignoreExclusion, int stepNo);

    /**
     * Reduce (remove lines whose contact matches) or Refine (remove lines whose contact does not match); with
     * Entire Companies, a line's company decides: Reduce removes it when any contact of its company matches, Refine
     * keeps it when any does.
     *
     * @param segmentNo the segment
     * @param action {@link CriteriaAction#REDUCE} or {@link CriteriaAction#REFINE}
     * @param entireCompanies the Entire Companies option
     * @param filters the filters
     * @param stepNo the step, recorded with the history of the removed lines
     * @return the counts
     */
    StepCounts remove(String segmentNo, CriteriaAction action, boolean entireCompanies, List<ResolvedFilter> filters,
            int stepNo);

    /**
     * Removes the given lines (manual step), keeping them as history.
     *
     * @param segmentNo the segment
     * @param lineNos the lines
     * @param stepNo the step
     * @return the counts
     */
    StepCounts removeLines(String segmentNo, Collection<Integer> lineNos, int stepNo);

    /**
     * Undoes a step: the lines it added go to history as they are now, the lines it removed come back exactly.
     *
     * @param segmentNo the segment
     * @param stepNo the step, the last one in effect
     * @return lines removed (the step's additions) and added (the step's removals) by undoing it
     */
    StepCounts undo(String segmentNo, int stepNo);

    /**
     * Counts what {@link #undo(String, int)} of the step would do, changing nothing (the undo confirmation's
     * "234,223 lines come back").
     *
     * @param segmentNo the segment
     * @param stepNo the step, the last one in effect
     * @return {@code added}: the lines the step removed, which would come back; {@code removed}: the lines the step
     *         added and still shown, which would go; the skipped counts are 0
     * @since 1.1
     */
    StepCounts undoCounts(String segmentNo, int stepNo);

    /**
     * Redoes an undone step exactly: its lines come back from history, the lines it removed go again.
     *
     * @param segmentNo the segment
     * @param stepNo the step, the first undone one
     * @return the counts
     */
    StepCounts redo(String segmentNo, int stepNo);

    /**
     * @param segmentNo the segment
     * @param headerTemplateCode the header's template
     * @return how many lines follow the header: those on its template (or without one when it has none)
     */
    long countFollowing(String segmentNo, String headerTemplateCode);

    /**
     * Forgets the history of a step and every later one (when a new step replaces undone ones).
     *
     * @param segmentNo the segment
     * @param fromStepNo the first step to forget
     */
    void forget(String segmentNo, int fromStepNo);
}

package org.segmenta.core.segment;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.model.SegmentCriteriaLine;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;

/**
 * Builds segments: the open worksheets of contacts that will be merged and logged. Every method that changes a
 * segment runs in one transaction; steps are set-based in the store, never a loop over contacts. An OSGi service;
 * usable without a user interface. Source: NAV tables 5076/5077, reports 5198 (Add Contacts) and Remove Contacts –
 * Reduce/Refine, codeunit SegCriteriaManagement (§1.3–1.8 of the domain reference).
 */
@ProviderType
public interface SegmentService {

    /**
     * Creates an open segment with the next No. of the segment number series, today's date and the given
     * description.
     *
     * @param description the description, may be empty (required later to log)
     * @return the new header
     */
    SegmentHeader create(String description);

    /**
     * @param no a segment No.
     * @return the header with its language rows and criteria steps, or empty
     */
    Optional<SegmentHeader> get(String no);

    /** @return the open segments, newest first */
    List<SegmentSummary> list();

    /**
     * The open segments a quick filter finds (the Segments part's filter field).
     *
     * @param text segments whose No., description, salesperson code or interaction template code contains it (any
     *            case, {@link org.segmenta.core.rules.QuickFilter}); blank for all
     * @return the matching open segments, newest first; the lines are counted for those only
     */
    List<SegmentSummary> list(String text);

    /**
     * Saves header fields without touching the lines (for example a new description when the user chose not to
     * update the lines). Its codes are normalised and refused when not set up
     * ({@link org.segmenta.core.rules.CodeCheck}); prefer
     * {@link org.segmenta.core.interaction.InteractionService#changeHeader}, which also knows the propagation rules.
     *
     * @param header the changed header, as read from {@link #get(String)}
     * @return the saved header
     * @throws org.segmenta.core.rules.UnknownCodeException when a code is not set up (nothing saved)
     */
    SegmentHeader saveHeader(SegmentHeader header);

    /**
     * Counts what a step would do, changing nothing.
     *
     * @param segmentNo the segment
     * @param step the step
     * @return the counts and how long they took
     * @throws org.segmenta.core.criteria.FilterSyntaxException when a filter is not valid
     */
    LiveCount count(String segmentNo, StepRequest step);

    /**
     * Counts what a step would do, as {@link #count(String, StepRequest)}, stopping the running count when
     * {@code cancelled} says so (the Add dialog's next count, or its closing).
     *
     * @param segmentNo the segment
     * @param step the step
     * @param cancelled whether the caller no longer wants the count; asked from another thread
     * @return the counts and how long they took
     * @throws org.segmenta.core.store.CancelledException when cancelled
     */
    default LiveCount count(String segmentNo, StepRequest step, java.util.function.BooleanSupplier cancelled) {
        return count(segmentNo, step);
    }

    /**
     * Applies a criteria step: Add, Reduce or Refine. New lines take the header's values (see
     * {@link org.segmenta.core.interaction.LineDefaults}) and remember the step as their provenance. The step and
     * what it did are recorded for undo; steps undone before are dropped (no redo after a new step).
     *
     * @param segmentNo the segment
     * @param step the step
     * @return what the step did
     * @throws org.segmenta.core.criteria.FilterSyntaxException when a filter is not valid (nothing changed)
     */
    StepSummary apply(String segmentNo, StepRequest step);

    /**
     * Applies a criteria step, as {@link #apply(String, StepRequest)}, that the caller can cancel: the running
     * statement stops and the step is rolled back whole (no line, no history changed).
     *
     * @param segmentNo the segment
     * @param step the step
     * @param cancelled whether the caller wants the step stopped (a job's Cancel); asked from another thread
     * @return what the step did
     * @throws org.segmenta.core.store.CancelledException when cancelled (nothing changed)
     */
    default StepSummary apply(String segmentNo, StepRequest step, java.util.function.BooleanSupplier cancelled) {
        return apply(segmentNo, step);
    }

    /**
     * Applies a criteria step, as {@link #apply(String, StepRequest, java.util.function.BooleanSupplier)}, telling a
     * progress monitor what it does: a window's Job shows it in the Progress view and the status line, the command
     * line on stderr. A step is set-based SQL (one statement adds or removes the lines and cannot count while it
     * runs), so the monitor gets the step's phases by name (reading the filters, adding or removing the matching
     * lines, storing the step) and a share of the work for each finished phase, not a count of lines.
     *
     * @param segmentNo the segment
     * @param step the step
     * @param monitor the progress and the Cancel ({@link org.eclipse.core.runtime.IProgressMonitor#isCanceled()}, asked
     *            from another thread while the statement runs: it stops and the step is rolled back whole); null for
     *            none
     * @return what the step did
     * @throws org.segmenta.core.store.CancelledException when cancelled (nothing changed)
     * @since 1.1
     */
    StepSummary apply(String segmentNo, StepRequest step, org.eclipse.core.runtime.IProgressMonitor monitor);

    /**
     * Adds contacts by hand, as one manual step, so that it can be undone and is kept by Save Criteria. Contacts
     * already in the segment are added again (the user asked for them by name).
     *
     * @param segmentNo the segment
     * @param contactNos the contacts
     * @param why what the step is called in the timeline, for example {@code Added by hand}
     * @return what the step did
     * @throws org.segmenta.core.store.NotFoundException when a contact does not exist (nothing changed)
     */
    StepSummary addContacts(String segmentNo, List<String> contactNos, String why);

    /**
     * Removes lines by hand; recorded as a manual step.
     *
     * @param segmentNo the segment
     * @param lineNos the lines
     * @return what the step did
     * @throws org.segmenta.core.store.NotFoundException when the segment has no such line (nothing changed)
     */
    StepSummary removeLines(String segmentNo, List<Integer> lineNos);

    /**
     * Undoes the last step in effect: the segment's lines become exactly what they were before it, overrides and
     * personalised documents included.
     *
     * @param segmentNo the segment
     * @return what was undone, or empty when there is no step to undo
     */
    Optional<StepSummary> undo(String segmentNo);

    /**
     * Redoes the last undone step, giving exactly the lines it gave.
     *
     * @param segmentNo the segment
     * @return what was redone, or empty when there is nothing to redo
     */
    Optional<StepSummary> redo(String segmentNo);

    /**
     * @param segmentNo the segment
     * @return the steps in effect followed by the undone ones (which {@link SegmentCriteriaLine} marks), in order
     */
    List<SegmentCriteriaLine> steps(String segmentNo);

    /**
     * Saves the segment's steps in effect as reusable criteria.
     *
     * @param segmentNo the segment
     * @param code the criteria code, unique; stored normalised ({@link org.segmenta.core.rules.Codes}: {@code autumn}
     *            is saved as {@code AUTUMN}), whichever face calls
     * @param description its description
     * @return the code as stored
     * @throws IllegalStateException when the segment has no criteria step
     * @throws IllegalArgumentException when the code is blank
     */
    String saveCriteria(String segmentNo, String code, String description);

    /**
     * Replays saved criteria on today's data, each step with every option it was saved with.
     *
     * @param segmentNo the segment
     * @param code the saved criteria, in any case (normalised as when saved)
     * @return what each replayed step did
     */
    List<StepSummary> reuseCriteria(String segmentNo, String code);

    /**
     * Adds the contacts of a logged segment, again skipping excluded and privacy-blocked contacts unless
     * {@code ignoreExclusion}.
     *
     * @param segmentNo the segment
     * @param loggedSegmentEntryNo the logged segment
     * @param ignoreExclusion include excluded and privacy-blocked contacts
     * @return what the step did; {@link StepSummary#skippedAsExcluded()} says how many were left out
     */
    StepSummary reuseLoggedSegment(String segmentNo, long loggedSegmentEntryNo, boolean ignoreExclusion);

    /**
     * @param segmentNo the segment
     * @param offset lines to skip
     * @param limit lines at most
     * @return a page of lines ordered by line No.
     */
    List<SegmentLine> lines(String segmentNo, int offset, int limit);

    /**
     * A page of lines in an order of the user's choice (a click on a column of the segment editor), sorted in the
     * query, never in memory.
     *
     * @param segmentNo the segment
     * @param order the field and direction; ties go by line No.
     * @param offset lines to skip, 0 or more
     * @param limit lines at most, 1 or more
     * @return the page
     */
    List<SegmentLine> lines(String segmentNo, LineOrder order, int offset, int limit);

    /**
     * The Nos. of a segment's lines in an order of the user's choice, for a view that pages through the segment
     * sorted: one read of the segment and one sort, after which each page is read by its line Nos.
     * ({@link #lines(String, int[])}) with no sort per page. The Nos. are a snapshot: read them again after a change.
     *
     * @param segmentNo the segment
     * @param order the field and direction; ties go by line No. in the same direction, empty values come last in
     *            ascending order
     * @return the line Nos., as many as {@link #lineCount(String)} when nothing changed in between
     */
    int[] lineNos(String segmentNo, LineOrder order);

    /**
     * @param segmentNo the segment
     * @param lineNos a page of line Nos. (from {@link #lineNos(String, LineOrder)}), any number
     * @return those lines in that order; lines that no longer exist are left out
     */
    List<SegmentLine> lines(String segmentNo, int[] lineNos);

    /** @param segmentNo the segment @return its number of lines */
    long lineCount(String segmentNo);

    /**
     * Saves a line's overrides. Its codes are normalised and refused when not set up
     * ({@link org.segmenta.core.rules.CodeCheck}).
     *
     * @param line the changed line
     * @return the saved line
     * @throws org.segmenta.core.rules.UnknownCodeException when a code is not set up (nothing saved)
     */
    SegmentLine updateLine(SegmentLine line);

    /**
     * Changes fields of one line in one transaction (a manual override, NAV Segment Line): text values are parsed
     * ({@link org.segmenta.core.ModelFields#value}), codes normalised and refused when not set up.
     * Segment No., Line No., Contact No. and the line's provenance cannot be changed (remove the line and add the
     * contact instead).
     *
     * @param segmentNo the segment
     * @param lineNo the line
     * @param values line attribute → new value (typed, or text)
     * @return the saved line
     * @throws org.segmenta.core.store.NotFoundException when there is no such line
     * @throws org.segmenta.core.rules.UnknownCodeException when a code is not set up (nothing saved)
     * @throws IllegalArgumentException when a field cannot be changed or a value is not of its type
     */
    SegmentLine changeLine(String segmentNo, int lineNo, java.util.Map<org.eclipse.emf.ecore.EAttribute, ?> values);

    /**
     * Deletes an open segment with its lines, steps and history.
     *
     * @param segmentNo the segment
     */
    void delete(String segmentNo);
}

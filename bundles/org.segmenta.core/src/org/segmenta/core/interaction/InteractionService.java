package org.segmenta.core.interaction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.osgi.annotation.versioning.ProviderType;
import org.segmenta.core.merge.FieldMapping;
import org.segmenta.core.merge.MergeProgress;
import org.segmenta.core.merge.MergeRecord;
import org.segmenta.core.merge.MergeResult;
import org.segmenta.core.rules.CodeCheck;
import org.segmenta.core.ModelFields;
import org.segmenta.core.store.InteractionLogQuery;
import org.segmenta.model.Evaluation;
import org.segmenta.model.InteractionLogEntry;
import org.segmenta.model.LoggedSegment;
import org.segmenta.model.SegmentHeader;
import org.segmenta.model.SegmentLine;

/**
 * The interactions of segments: the header's interaction defaults and their propagation to the lines, the Word
 * documents of the lines, pre-Log validation, Log, logged segments and the interaction log. Every changing call is
 * one transaction. An OSGi service, usable without a user interface. Source: §1.3–1.5 and §1.9–1.14 of the domain
 * reference (NAV tables 5076/5077/5065/5075, codeunit SegManagement, report 5185).
 */
@ProviderType
public interface InteractionService {

    /**
     * Chooses the header's interaction template and copies its defaults ({@link TemplateDefaults}). With
     * {@code applyToLines} (NAV "Do you want to apply the %1 %2 to all segment lines?") the lines that follow the
     * header (those on its template before the change) get the new template and its defaults, each line as when it
     * was added: it keeps its own salesperson (falling back to the header's, then its contact's) and description, its
     * correspondence type and language are resolved again for its contact, and its subject and documents come from
     * the header's row for its language. A blank header value never blanks a line's value; lines on another template
     * keep everything ({@link org.segmenta.core.store.LineOperations#applyTemplate}). One set-based transaction.
     *
     * @param segmentNo the segment
     * @param templateCode the template (any case: codes are normalised), or null or blank to clear it
     * @param applyToLines also give the lines that follow the header the template and its values
     * @return the header
     * @throws org.segmenta.core.rules.UnknownCodeException when there is no such template (nothing changed)
     */
    SegmentHeader chooseTemplate(String segmentNo, String templateCode, boolean applyToLines);

    /**
     * @param segmentNo the segment
     * @param headerField a header attribute
     * @return how many lines a change of the field would update: the lines on the header's template; 0 when the field
     *         does not propagate
     */
    long linesFollowing(String segmentNo, EAttribute headerField);

    /**
     * Changes one header field and, when asked, the lines that follow the header (NAV "You have modified %1. Do you
     * want to update the segment lines where the Interaction Template Code is %2?"); see
     * {@link #changeHeader(String, Map, boolean)}.
     *
     * @param segmentNo the segment
     * @param headerField the header attribute
     * @param value its new value (of the attribute's type, or text to parse as {@link ModelFields#value} does)
     * @param updateLines update the lines that follow the header
     * @return the header
     */
    SegmentHeader changeHeader(String segmentNo, EAttribute headerField, Object value, boolean updateLines);

    /**
     * Changes header fields in one transaction. Codes are normalised ({@link org.segmenta.core.rules.Codes}) and
     * refused at once when not set up ({@link CodeCheck}); a text value for a field of another type is parsed
     * ({@link ModelFields#value}). A change of the Interaction Template Code is {@link #chooseTemplate} and comes
     * first. With {@code updateLines} each changed field that propagates (§1.5 of the domain reference:
     * {@link LineDefaults#lineField}) reaches exactly the lines whose Interaction Template Code is the header's, and
     * only in that field; a blank value (no code, no text, a blank option) never blanks the lines' values; Subject
     * (Default) reaches the lines in the header's default language that still have the old subject. Fields that do
     * not propagate (Ignore Contact Corres. Type, Language Code (Default)) change the header only.
     *
     * @param segmentNo the segment
     * @param values header attribute → new value, applied in the map's order
     * @param updateLines update the lines that follow the header
     * @return the header
     * @throws org.segmenta.core.rules.UnknownCodeException when a code is not set up (nothing changed)
     * @throws IllegalArgumentException when a field cannot be changed or a value is not of its type (nothing changed)
     */
    SegmentHeader changeHeader(String segmentNo, Map<EAttribute, ?> values, boolean updateLines);

    /**
     * Creates an open segment with its header fields in one transaction (Segment › New with the header filled in):
     * the next No. of the SEGMENT series, then the fields as {@link #changeHeader(String, Map, boolean)} sets them
     * (the template first, with its defaults). When a field is refused, no segment is created and no No. is used.
     *
     * @param description the segment's description
     * @param values header attribute → value, as {@link #changeHeader(String, Map, boolean)} takes them; may be empty
     * @return the new header
     * @throws org.segmenta.core.rules.UnknownCodeException when a code is not set up (nothing created)
     * @throws IllegalArgumentException when a value is not of its field's type (nothing created)
     */
    SegmentHeader createSegment(String description, Map<EAttribute, ?> values);

    /**
     * "Use my Word document for this segment": stores a Word main document once and makes it the Word template of the
     * whole segment: of each of the header's language rows (or the header's modified Word template when it has none)
     * and, in one set-based statement, of every line without a personalised letter of its own. New lines inherit it;
     * Log and merge use this very document. One transaction.
     *
     * @param segmentNo the open segment
     * @param fileName the document's file name, for example {@code autumn.docx}
     * @param content the .docx or .dotx bytes
     * @return the stored document's attachment No.
     * @throws IOException when the bytes are not a Word document (nothing stored); the message says why
     */
    long useWordDocument(String segmentNo, String fileName, byte[] content) throws IOException;

    /**
     * As {@link #useWordDocument(String, String, byte[])}, keeping the field mapping the user matched (Match Fields)
     * with the stored document in the same transaction, so that every merge of it uses that mapping.
     *
     * @param segmentNo the open segment
     * @param fileName the document's file name
     * @param content the .docx or .dotx bytes
     * @param mapping the mapping to keep with it, or {@code null} to match fields automatically at each merge
     * @return the stored document's attachment No.
     * @throws IOException when the bytes are not a Word document (nothing stored); the message says why
     */
    long useWordDocument(String segmentNo, String fileName, byte[] content, FieldMapping mapping) throws IOException;

    /**
     * "Use this document as the segment's Word document" for a document stored in Segmenta already, such as the
     * interaction template's own letter that {@link #inspectWordTemplate} found: the stored document itself (no copy)
     * becomes the Word template of each of the header's language rows (or the header's modified Word template when it
     * has none) and, in one set-based statement, of every line without a letter of its own, as
     * {@link #useWordDocument(String, String, byte[], FieldMapping)} does with a file of the user's; the mapping is
     * kept with it ({@link #keepFieldMapping}). One transaction.
     *
     * @param segmentNo the open segment
     * @param attachmentNo the stored Word document, e.g. {@link StoredDocument#attachmentNo()}
     * @param mapping the mapping to keep with it, or {@code null} to keep the one it has
     * @throws org.segmenta.core.store.NotFoundException when there is no such segment or attachment
     * @throws org.segmenta.core.store.ReadOnlyException when the document was logged already and a mapping is given
     * @since 1.1
     */
    void useStoredWordDocument(String segmentNo, long attachmentNo, FieldMapping mapping);

    /**
     * The merge wizard's last page: whether Finish does something with the user's choice, and why not. A file of the
     * user's that is neither made the segment's document nor merged now would be dropped, so that choice is refused;
     * a document stored already (the template's own letter) with "Do not merge now" keeps the field matching with it
     * and, when asked, makes it the segment's document, without writing any letter.
     *
     * @param storedDocument whether the document is one stored in Segmenta (the segment's template letter) rather
     *            than a file of the user's
     * @param useForSegment whether it is to become the segment's Word document
     * @param mergeNow whether letters are written now (one per line into a folder, or one combined document)
     * @return empty when Finish can do it; else why not and what to choose, in the user's language
     * @since 1.1
     */
    Optional<String> mergeChoiceProblem(boolean storedDocument, boolean useForSegment, boolean mergeNow);

    /**
     * Finds every problem Log would meet ({@link PreLogValidation}).
     *
     * @param segmentNo the segment
     * @param sendAttachments whether Log will deliver documents
     * @return the findings, header first, then by line
     */
    List<LogProblem> validate(String segmentNo, boolean sendAttachments);

    /**
     * The pre-Log check's findings grouped by cause ({@link FindingGroup#of}): one group with a count and its first
     * lines instead of one row per line, errors first. What the window's Check before Log and the command line's
     * {@code segment validate} show.
     *
     * @param segmentNo the segment
     * @param sendAttachments whether Log will deliver documents
     * @return the groups; empty when Log can run cleanly
     */
    default List<FindingGroup> check(String segmentNo, boolean sendAttachments) {
        return FindingGroup.of(validate(segmentNo, sendAttachments));
    }

    /**
     * Whether Log's Send Attachments has anything to send: Business Central's Log Segment (report 5185, request page;
     * §1.10 of the domain reference) enables Send Attachments only when at least one line has a non-blank
     * correspondence type, because a line with correspondence type None is only recorded (§1.14): nothing is merged,
     * stored or delivered for it. One grouping over the segment's lines. Log with Send Attachments on such a segment is
     * refused ({@link LogProblem.Cause#NOTHING_TO_SEND}); with some lines of type None the pre-Log check warns how many
     * ({@link LogProblem.Cause#NO_CORRESPONDENCE_TYPE}).
     *
     * @param segmentNo the segment
     * @return why Send Attachments is unavailable (how many lines, how to fix it), in the locale's language; empty when
     *         at least one line has a correspondence type
     * @throws org.segmenta.core.store.NotFoundException when there is no such segment
     */
    Optional<String> sendUnavailable(String segmentNo);

    /**
     * Merges the Word template of one line for that contact (preview or personalisation).
     *
     * @param segmentNo the segment
     * @param lineNo the line
     * @return the letter as .docx bytes
     * @throws IOException when the template cannot be read or merged; the message names it
     */
    byte[] mergeLine(String segmentNo, int lineNo) throws IOException;

    /**
     * Stores an edited letter as the line's own document (personalisation): Log stores exactly this document with
     * the contact's entry.
     *
     * @param segmentNo the segment
     * @param lineNo the line
     * @param fileName the file name, for example {@code Hansen.docx}
     * @param edited the edited .docx bytes
     * @throws IOException when the bytes are not a Word document; nothing is stored
     */
    void personalise(String segmentNo, int lineNo, String fileName, byte[] edited) throws IOException;

    /**
     * Merges every line that has a Word template into one .docx per letter in a folder (personalised lines give their
     * own document), with {@link #mergeToFolder(String, Path, Path)} and no document of the user's.
     *
     * @param segmentNo the segment
     * @param folder the folder, created when missing
     * @return what the merge did
     * @throws IOException when a template cannot be read or a file cannot be written; no letter is left then
     */
    default MergeResult mergeToFolder(String segmentNo, Path folder) throws IOException {
        return mergeToFolder(segmentNo, folder, null);
    }

    /**
     * Merges every line that has a Word template into one .docx per letter in a folder; personalised lines give
     * their own document. Consecutive lines of one template are merged as one run with Word's meaning of the fields:
     * SKIPIF leaves a contact without a letter, NEXT/NEXTIF put the next contact into the same letter; the result's
     * {@link MergeResult#notes()} names each such contact. The letters are written into a temporary folder inside
     * {@code folder} and moved into place only when the whole merge succeeded, so a failed merge leaves none.
     * Warnings name the user's own file (the stored template's file name), each once.
     *
     * @param segmentNo the segment
     * @param folder the folder, created when missing
     * @param wordDocument a main document of the user's to merge every line with in place of its stored Word
     *        template (what "use my Word document for this segment" would make of it), or {@code null}; nothing is
     *        stored
     * @return what the merge did
     * @throws IOException when a template cannot be read or a file cannot be written; no letter is left then
     */
    MergeResult mergeToFolder(String segmentNo, Path folder, Path wordDocument) throws IOException;

    /**
     * Merges every line with the header's Word template into one combined .docx, with
     * {@link #mergeCombined(String, Path, Path)} and no document of the user's.
     *
     * @param segmentNo the segment
     * @param file the file to write
     * @return what the merge did
     * @throws IOException when the template cannot be read or the file cannot be written
     */
    default MergeResult mergeCombined(String segmentNo, Path file) throws IOException {
        return mergeCombined(segmentNo, file, null);
    }

    /**
     * Merges every line with the first line's Word template into one combined .docx, a section per letter, each
     * with its own headers, footers and notes (see {@link org.segmenta.core.merge.PreparedMerge#mergeCombined}).
     * SKIPIF and NEXT/NEXTIF mean what they mean for {@link #mergeToFolder(String, Path, Path)}, and are reported
     * the same way; lines with another Word template are left out and named in a warning.
     *
     * @param segmentNo the segment
     * @param file the file to write (written whole or not at all)
     * @param wordDocument a main document of the user's to merge every line with, or {@code null}; nothing is stored
     * @return what the merge did
     * @throws IOException when the template cannot be read or the file cannot be written
     */
    MergeResult mergeCombined(String segmentNo, Path file, Path wordDocument) throws IOException;

    /**
     * As {@link #mergeToFolder(String, Path, Path)}, with the field mapping the user matched for {@code wordDocument}
     * and progress: the folder merge the window's merge wizard runs.
     *
     * @param segmentNo the segment
     * @param folder the folder, created when missing
     * @param wordDocument a .docx/.dotx main document of the user's for every line (not stored), or {@code null} for
     *            each line's own Word template (merged with the mapping kept with it)
     * @param mapping the field mapping for {@code wordDocument} (usually
     *            {@link org.segmenta.core.merge.MainDocument#mapping()} as the user edited it); {@code null} matches
     *            automatically. Ignored without a document.
     * @param progress told after each letter (letters written so far, lines of the segment); asked before each
     * @return what the merge did
     * @throws IOException as {@link #mergeToFolder(String, Path, Path)}
     * @throws java.util.concurrent.CancellationException when {@code progress} says the user canceled; no letter is
     *             written then (they move into the folder only when the whole merge succeeded)
     */
    MergeResult mergeToFolder(String segmentNo, Path folder, Path wordDocument, FieldMapping mapping,
            MergeProgress progress) throws IOException;

    /**
     * As {@link #mergeCombined(String, Path, Path)}, with the field mapping the user matched and progress.
     *
     * @param segmentNo the segment
     * @param file the file to write (replaced whole; nothing is left there on failure or cancel)
     * @param wordDocument a main document of the user's for every line, or {@code null} for the lines' own Word template
     * @param mapping the field mapping for {@code wordDocument}; {@code null} matches automatically
     * @param progress asked whether to go on; told the letters when the document is written
     * @return what the merge did
     * @throws IOException as {@link #mergeCombined(String, Path, Path)}
     * @throws java.util.concurrent.CancellationException when the user canceled; nothing is written
     */
    MergeResult mergeCombined(String segmentNo, Path file, Path wordDocument, FieldMapping mapping,
            MergeProgress progress) throws IOException;

    /**
     * Merges one line's letter with a main document the user chose, for the merge wizard's preview (nothing is
     * stored).
     *
     * @param segmentNo the segment
     * @param lineNo the line
     * @param document the main document, or {@code null} for the line's own letter ({@link #mergeLine})
     * @param mapping the field mapping for {@code document}; {@code null} matches automatically
     * @return the letter as .docx bytes
     * @throws IOException when the document cannot be merged (the message says why); SKIPIF dropping the record says
     *             so
     */
    byte[] previewLine(String segmentNo, int lineNo, Path document, FieldMapping mapping) throws IOException;

    /**
     * @param segmentNo the segment
     * @param lineNo the line
     * @return the merge data of that line, as its letter gets it (for a preview that highlights the merged values)
     * @throws org.segmenta.core.store.NotFoundException when the segment has no such line or its contact is gone
     */
    MergeRecord mergeRecord(String segmentNo, int lineNo);

    /**
     * Finds the Word template of a segment (the one its first line merges; without lines the header's row of the
     * default language, else the first row with one, else the segment's modified Word template), copies it to a
     * temporary file and inspects it, applying the field mapping kept with it.
     *
     * @param segmentNo the segment
     * @return the document, empty when the header has no Word template
     * @throws IOException when it cannot be read or is not a Word document
     */
    Optional<StoredDocument> inspectWordTemplate(String segmentNo) throws IOException;

    /**
     * Keeps a field mapping with a stored Word main document, as Word keeps Match Fields with the document: every
     * later merge of it (Log, merge, preview) uses it.
     *
     * @param attachmentNo the stored document
     * @param mapping the mapping the user chose
     * @throws org.segmenta.core.store.NotFoundException when there is no such attachment
     * @throws org.segmenta.core.store.ReadOnlyException when the document was logged already
     */
    void keepFieldMapping(long attachmentNo, FieldMapping mapping);

    /**
     * Gives a line a personal note, which merges into the {@code PersonalNote} field of its letter.
     *
     * @param segmentNo the segment
     * @param lineNo the line
     * @param note the note, several lines allowed ({@code \r\n} becomes {@code \n}); {@code null} or blank removes it
     * @return the line as stored
     * @throws IllegalArgumentException when the note is longer than {@link #PERSONAL_NOTE_MAX} characters
     * @throws org.segmenta.core.store.NotFoundException when the segment has no such line
     */
    SegmentLine setPersonalNote(String segmentNo, int lineNo, String note);

    /**
     * Whether a line's personal note will be printed: says why not when the line's letter is its own (the note is not
     * merged into it), when the line has no Word document, or when its Word document maps no field to
     * {@code PersonalNote} (by the document's kept Match Fields mapping, else by its fields' names), as the pre-Log
     * check warns ({@link LogProblem.Cause#NOTE_NOT_IN_DOCUMENT}).
     *
     * @param segmentNo the segment
     * @param lineNo the line
     * @return the reason the note would not be printed, in the locale's language; empty when it will be
     * @throws org.segmenta.core.store.NotFoundException when the segment has no such line
     */
    Optional<String> personalNoteProblem(String segmentNo, int lineNo);

    /** The longest personal note, in characters. */
    int PERSONAL_NOTE_MAX = 4000;

    /**
     * Undoes {@link #personalise}: the line merges the template's letter again (its language row's attachment and Word
     * template from the header, as a new line gets them). The personalised document stays stored, unreferenced.
     *
     * @param segmentNo the segment
     * @param lineNo the line
     * @return the line as stored
     * @throws org.segmenta.core.store.NotFoundException when the segment has no such line
     */
    SegmentLine revertToTemplateLetter(String segmentNo, int lineNo);

    /**
     * Whether a line has a letter of its own: a document stored for it alone (personalised with Edit Letter, or
     * merged and stored by Log), which Log sends instead of merging the template's letter. What Revert to Template
     * Letter takes back, and why a personal note does not merge into the line's letter.
     *
     * @param line a segment line as the services return it
     * @return whether it has a letter of its own
     * @since 1.1
     */
    boolean hasOwnLetter(SegmentLine line);

    /**
     * Logs a segment in one transaction: validates it (errors refuse), creates the logged segment and one
     * interaction log entry per line with every field of the line, stores the merged letter of each Word-template
     * line with its entry when sending, makes the documents read-only, removes the open segment and, when asked,
     * creates a follow-up segment with the same contacts. A failure anywhere leaves the database as it was.
     *
     * @param segmentNo the segment
     * @param options the Log dialog's choices
     * @return what Log did
     * @throws LogRefusedException when validation finds errors (nothing written)
     * @throws IllegalStateException when the segment was logged already
     */
    LogResult log(String segmentNo, LogOptions options);

    /**
     * Logs a segment, as {@link #log(String, LogOptions)}, in a transaction the caller can cancel: the running
     * statement stops and everything is rolled back (the segment stays as it was, nothing is logged).
     *
     * @param segmentNo the segment
     * @param options the Log dialog's choices
     * @param cancelled whether the caller wants Log stopped (the job's Cancel); asked from another thread
     * @return what Log did
     * @throws org.segmenta.core.store.CancelledException when cancelled (nothing written)
     */
    default LogResult log(String segmentNo, LogOptions options, java.util.function.BooleanSupplier cancelled) {
        return log(segmentNo, options);
    }

    /**
     * Logs a segment, as {@link #log(String, LogOptions, java.util.function.BooleanSupplier)}, telling a progress
     * monitor what it does: a window's Job shows it in the Progress view and the status line, the command line on
     * stderr. The phases by name (checking, merging the letters, logging the lines, the outbox, the follow-up); the
     * letters Send Attachments merges are counted ("N of M", a report every two thousand lines). Logging the lines
     * is one set-based statement and is not counted while it runs.
     *
     * @param segmentNo the segment
     * @param options the Log dialog's choices
     * @param monitor the progress and the Cancel ({@link org.eclipse.core.runtime.IProgressMonitor#isCanceled()},
     *            asked from another thread: Log stops and is rolled back whole); null for none
     * @return what Log did
     * @throws LogRefusedException when validation finds errors (nothing written)
     * @throws org.segmenta.core.store.CancelledException when cancelled (nothing written)
     * @since 1.1
     */
    LogResult log(String segmentNo, LogOptions options, org.eclipse.core.runtime.IProgressMonitor monitor);

    /**
     * Logs and delivers, as {@link #logAndDeliver(String, LogOptions, org.segmenta.core.delivery.DeliveryService,
     * java.util.function.Supplier, java.util.function.BooleanSupplier)}, telling a progress monitor: Log's phases and
     * letters as {@link #log(String, LogOptions, org.eclipse.core.runtime.IProgressMonitor)}, then the delivery's
     * entries ("N of M") as {@link org.segmenta.core.delivery.DeliveryService#deliver(long,
     * org.segmenta.core.delivery.DeliverySettings, org.eclipse.core.runtime.IProgressMonitor)}.
     *
     * @param segmentNo the segment
     * @param options the Log dialog's choices
     * @param delivery the delivery service, or null when it is not installed
     * @param settings how to deliver (asked only when there is something to deliver)
     * @param monitor the progress and the Cancel: stops Log (rolled back) or, once Log is committed, the delivery
     *            between two entries; null for none
     * @return what Log and the delivery did
     * @throws LogRefusedException when validation finds errors (nothing written)
     * @throws org.segmenta.core.store.CancelledException when cancelled during Log (nothing written)
     * @since 1.1
     */
    LogAndDelivery logAndDeliver(String segmentNo, LogOptions options,
            org.segmenta.core.delivery.DeliveryService delivery,
            java.util.function.Supplier<org.segmenta.core.delivery.DeliverySettings> settings,
            org.eclipse.core.runtime.IProgressMonitor monitor);

    /**
     * Logs a segment and, when it is logged with Send Attachments, delivers what Log put into the outbox right after
     * it: the e-mails through SMTP, the Hard Copy letters into one print document (§1.10 step 9 of the domain
     * reference: Business Central's Log Segment sends the attachments as part of logging). The window's Log and the
     * command line's {@code log --send} both call this, so both deliver at once. Log is committed first; a delivery
     * that fails or is cancelled loses nothing (the entries stay in the outbox for Deliver Now, {@code deliver} or
     * the window's next start).
     *
     * @param segmentNo the segment
     * @param options the Log dialog's choices; without {@link LogOptions#sendAttachments()} nothing is delivered
     * @param delivery the delivery service, or null when it is not installed (then nothing is delivered)
     * @param settings how to deliver (asked only when there is something to deliver), usually
     *            {@link org.segmenta.core.delivery.DeliverySettingsService#load()}
     * @param cancelled the caller's Cancel: stops Log (rolled back, as {@link #log(String, LogOptions,
     *            java.util.function.BooleanSupplier)}) or, once Log is committed, the delivery between two entries
     * @return what Log and the delivery did
     * @throws LogRefusedException when validation finds errors (nothing written)
     * @throws org.segmenta.core.store.CancelledException when cancelled during Log (nothing written)
     * @since 1.1
     */
    default LogAndDelivery logAndDeliver(String segmentNo, LogOptions options,
            org.segmenta.core.delivery.DeliveryService delivery,
            java.util.function.Supplier<org.segmenta.core.delivery.DeliverySettings> settings,
            java.util.function.BooleanSupplier cancelled) {
        LogResult logged = log(segmentNo, options, cancelled);
        if (!options.sendAttachments() || delivery == null) {
            return new LogAndDelivery(logged, null, null);
        }
        try {
            return new LogAndDelivery(logged, delivery.deliver(logged.loggedSegmentEntryNo(), settings.get(),
                    cancelled), null);
        } catch (RuntimeException e) {
            return new LogAndDelivery(logged, null, e);
        }
    }

    /**
     * @param offset entries to skip
     * @param limit entries at most
     * @return logged segments, newest first, with their number of interactions
     */
    List<LoggedSegment> loggedSegments(int offset, int limit);

    /**
     * One page of the logged segments a quick filter finds (the Logged Segments part's filter field), in the query.
     *
     * @param text logged segments whose segment No., description or user ID contains it (any case), or whose entry
     *            No. it is; blank for all
     * @param offset entries to skip
     * @param limit entries at most
     * @return the matching logged segments, newest first, with their number of interactions
     */
    List<LoggedSegment> loggedSegments(String text, int offset, int limit);

    /**
     * @param text a quick filter as for {@link #loggedSegments(String, int, int)}; blank for all
     * @return how many logged segments match
     */
    long countLoggedSegments(String text);

    /**
     * Cancels or uncancels a logged segment with all its entries.
     *
     * @param entryNo the logged segment
     * @param canceled the new state
     * @return how many entries changed
     */
    int setLoggedSegmentCanceled(long entryNo, boolean canceled);

    /**
     * Deletes the canceled logged segments; their entries stay, unlinked. Source: NAV report 5191.
     *
     * @return how many logged segments were deleted
     */
    int deleteCanceledLoggedSegments();

    /**
     * Creates a follow-up segment with the contacts of a logged segment, optionally only those whose entry has a
     * given evaluation or failed.
     *
     * @param loggedSegmentEntryNo the logged segment
     * @param evaluation only entries with this evaluation, or null for all
     * @param onlyAttemptFailed only entries whose attempt failed
     * @return the new segment
     */
    SegmentHeader followUp(long loggedSegmentEntryNo, Evaluation evaluation, boolean onlyAttemptFailed);

    /**
     * @param query filters and page
     * @return matching interaction log entries, by entry No.
     */
    List<InteractionLogEntry> entries(InteractionLogQuery query);

    /**
     * @param query filters
     * @return how many entries match
     */
    long countEntries(InteractionLogQuery query);

    /**
     * Cancels or uncancels one entry; uncancelling is refused while its logged segment is canceled.
     *
     * @param entryNo the entry
     * @param canceled the new state
     * @return the entry
     */
    InteractionLogEntry setCanceled(long entryNo, boolean canceled);

    /**
     * @param entryNo the entry
     * @param evaluation one of the five levels, or NONE
     * @return the entry
     */
    InteractionLogEntry evaluate(long entryNo, Evaluation evaluation);

    /**
     * @param entryNo the entry
     * @param failed whether the attempt failed
     * @return the entry
     */
    InteractionLogEntry setAttemptFailed(long entryNo, boolean failed);

    /**
     * @param entryNo the entry
     * @return the document stored with the entry, streamed; the caller closes it
     * @throws IllegalStateException when the entry has no document
     */
    InputStream openDocument(long entryNo);
}

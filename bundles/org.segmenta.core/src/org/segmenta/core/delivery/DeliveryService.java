package org.segmenta.core.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Delivers what Log with Send put into the outbox: Email entries as one message each through SMTP (the merged
 * letter as the HTML body with a plain-text alternative, or the .docx attached when the entry says "Send Word Docs.
 * as Attmt."), Hard Copy entries as one combined print document per run (and a PDF when LibreOffice is installed).
 * Source: §1.10 step 9, §1.14 and §1.15 of the domain reference (Business Central {@code AttachmentManagement.Send},
 * codeunit Word Template Interactions {@code Merge}).
 * <p>
 * <b>Exactly once.</b> Log puts each deliverable entry into the outbox as {@link OutboxState#PENDING} in its own
 * transaction. A run claims one entry at a time: it commits {@link OutboxState#SENDING} with the entry's stable
 * Message-ID ({@code <entry No.>.<database identity>@segmenta}) before the SMTP conversation, and commits
 * {@link OutboxState#SENT} right after the server accepted the message. Only {@code PENDING} entries are ever sent
 * by a run, and the claim is an atomic state change, so two runs (or two desktops on one team database) never send
 * one entry twice. The guarantee: <i>at most one message per Message-ID is submitted per successful claim</i>; the
 * only window in which a message can arrive without being marked sent is between the server's acceptance and the
 * sent-mark's commit (a few milliseconds). A run that finds an entry still {@code SENDING} from a run that died marks
 * it {@link OutboxState#UNCERTAIN} and does not send it again; a user who finds it did not arrive resends it
 * explicitly ({@link #resend(long, boolean)} with uncertain included), with the same Message-ID, so a receiving
 * server or client that drops duplicates by Message-ID drops it.
 * <p>
 * Entries of a correspondence type a plug-in's {@link CorrespondenceChannel} serves are claimed and handed to that
 * channel one at a time, in the same way as e-mails (claim committed before, sent or failed committed after the
 * hand-over), so the same guarantee holds for them.
 * <p>
 * Hard Copy entries are claimed together when the run has sent its e-mails, written into the print document and
 * marked sent. Canceled entries and privacy-blocked contacts are never delivered ({@link OutboxState#SKIPPED}). Runs
 * are long work: call them from a Job in the window.
 */
@ProviderType
public interface DeliveryService {

    /**
     * Delivers the pending entries of one logged segment (after Log with Send: "Deliver Now").
     *
     * @param loggedSegmentEntryNo the logged segment
     * @param settings how to deliver (usually {@link DeliverySettingsService#load()}, maybe with command-line overrides)
     * @return what the run did; without an SMTP server the Email entries stay pending and a note says so; when the
     *         server cannot be reached they are marked failed (Resend Failed delivers them later)
     * @throws IllegalStateException when an SMTP user is set and no password is found (or the password file is
     *             readable by others); nothing is changed then
     */
    DeliveryReport deliver(long loggedSegmentEntryNo, DeliverySettings settings);

    /**
     * Delivers the pending entries of one logged segment, as {@link #deliver(long, DeliverySettings)}, stopping when
     * {@code cancelled} says so: checked before each entry is claimed (an entry being sent is finished first), so
     * what was not reached stays {@link OutboxState#PENDING} (Deliver Now or the next start delivers it) and a note of
     * the report says how many.
     *
     * @param loggedSegmentEntryNo the logged segment
     * @param settings how to deliver
     * @param cancelled asked between entries (a Job's monitor)
     * @return what the run did up to the cancel
     * @since 1.1
     */
    default DeliveryReport deliver(long loggedSegmentEntryNo, DeliverySettings settings,
            java.util.function.BooleanSupplier cancelled) {
        return deliver(loggedSegmentEntryNo, settings);
    }

    /**
     * Delivers the pending entries of one logged segment, as {@link #deliver(long, DeliverySettings,
     * java.util.function.BooleanSupplier)}, telling a progress monitor how far it is: the entries gone through out of
     * those pending when the run began ("N of M", a report every two thousand entries), then the letters put into
     * the print document of the Hard Copy entries ("N of M" likewise); half of the work each.
     *
     * @param loggedSegmentEntryNo the logged segment
     * @param settings how to deliver
     * @param monitor the progress and the Cancel (asked before each entry is claimed, as {@code cancelled} is);
     *            null for none
     * @return what the run did up to the cancel
     * @since 1.1
     */
    DeliveryReport deliver(long loggedSegmentEntryNo, DeliverySettings settings,
            org.eclipse.core.runtime.IProgressMonitor monitor);

    /**
     * Delivers every pending entry of every logged segment: what a crashed or killed run left (first marking its
     * interrupted entries {@link OutboxState#UNCERTAIN}), and what was logged while no server was set up.
     *
     * @param settings how to deliver
     * @return what the run did
     */
    DeliveryReport deliverPending(DeliverySettings settings);

    /**
     * Puts the failed entries of a logged segment back to pending ("Resend Failed"), in one transaction; deliver
     * them with {@link #deliver(long, DeliverySettings)}.
     *
     * @param loggedSegmentEntryNo the logged segment
     * @param includeUncertain also the {@link OutboxState#UNCERTAIN} ones (they may have arrived already)
     * @return how many entries became pending again
     */
    int resend(long loggedSegmentEntryNo, boolean includeUncertain);

    /**
     * @param loggedSegmentEntryNo the logged segment
     * @return its entries in the outbox, by entry No.
     */
    List<OutboxItem> outbox(long loggedSegmentEntryNo);

    /**
     * @param entryNos interaction log entries (for example one page of the Interaction Log)
     * @return the outbox state of those that were logged with Send, by entry No.
     */
    Map<Long, OutboxItem> status(Collection<Long> entryNos);

    /**
     * @param loggedSegmentEntryNo the logged segment
     * @return how many of its entries are in each state
     */
    Map<OutboxState, Long> counts(long loggedSegmentEntryNo);

    /**
     * Sends one test message with the settings ("Send Test Message").
     *
     * @param settings the settings to try
     * @param to the recipient
     * @throws IllegalStateException when no server is set up, the password is missing or unsafe, or the server
     *             refuses; the message says which and how to fix it
     */
    void sendTestMessage(DeliverySettings settings, String to);
}

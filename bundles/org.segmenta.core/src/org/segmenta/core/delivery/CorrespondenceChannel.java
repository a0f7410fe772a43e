package org.segmenta.core.delivery;

import org.osgi.annotation.versioning.ConsumerType;
import org.segmenta.model.CorrespondenceType;

/**
 * A way to deliver interactions, next to Segmenta's own e-mail (SMTP) and hard copy (print document): for example
 * text messages, a mailing house's API, or a marketing platform. A plug-in registers a service of this type, a DS
 * component ({@code @Component(service = CorrespondenceChannel.class)}).
 * <p>
 * <b>Which entries.</b> A channel delivers the interaction log entries of one {@link #correspondenceType()}. The
 * model's correspondence types are the reference design's (Hard Copy, Email, Fax; NAV 2017 / Business Central table
 * 5065 "Interaction Log Entry"); Segmenta delivers Email and Hard Copy itself and Fax not at all, so a channel for
 * {@link CorrespondenceType#FAX} adds a way to deliver, and a channel for Email or Hard Copy replaces Segmenta's own
 * for that type. Log with Send puts the entries of every type a channel (Segmenta's or a plug-in's) serves into the
 * outbox; a type without a channel is logged but not queued.
 * <p>
 * <b>Exactly once.</b> The outbox treats a plug-in channel as it treats e-mail ({@link DeliveryService}): a run claims
 * one entry (pending → sending, committed, with the entry's stable {@link ChannelMessage#messageId()}), calls
 * {@link #deliver} outside any transaction, and commits sent when it returns or failed when it throws. An entry is
 * never handed to a channel twice by the runs; a run that died between the hand-over and the sent-mark leaves the
 * entry uncertain (never re-sent by itself; the user resends it explicitly, with the same message id). So: return
 * only when the message was handed over for good, and where the receiving end allows it, pass the message id on so
 * that it can drop a duplicate of an explicit resend.
 * <p>
 * <b>Errors.</b> Throw {@link ChannelException} (or any runtime exception) when the message was not handed over:
 * the entry becomes failed with the exception's message as its reason ("Resend Failed" retries it). Canceled entries
 * and privacy-blocked contacts never reach a channel (they are skipped).
 * <p>
 * <b>Threading.</b> {@link #deliver} runs on the delivering thread (a Job in the window, the command line's main
 * thread), one message at a time per process; it may block (network), within the time a user would wait. It must not
 * use the store: everything it needs is in the message.
 */
@ConsumerType
public interface CorrespondenceChannel {

    /** @return a stable id, unique among channels, for example {@code loyalty.sms}; shown in notes and reasons */
    String id();

    /** @return what users see, for example {@code Text message} */
    String label();

    /** @return the correspondence type whose entries this channel delivers */
    CorrespondenceType correspondenceType();

    /**
     * Delivers one message.
     *
     * @param message the entry, its contact and its stored document
     * @throws ChannelException when it was not delivered; the message says why and how to fix it
     */
    void deliver(ChannelMessage message) throws ChannelException;

    /**
     * Checks before Log whether a contact can be reached through this channel: with Send, a problem is an error that
     * stops Log (the user fixes the contact or the line); without Send, a warning.
     *
     * @param contact the line's contact
     * @return what is missing (for example "no mobile phone No.; enter one"), or empty when it can be delivered
     */
    default java.util.Optional<String> problem(org.segmenta.model.Contact contact) {
        return java.util.Optional.empty();
    }

    /**
     * @return whether a delivery needs the merged letter (then Log with Send requires a Word document for the line,
     *         as for e-mail and hard copy); {@code false} for a channel that sends a text of its own
     */
    default boolean needsDocument() {
        return true;
    }
}

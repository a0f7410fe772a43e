package org.segmenta.core.delivery;

/**
 * Where the delivery of one interaction log entry stands in the outbox. The interaction log entry's own Delivery
 * Status follows it as the reference design shows it (§1.10 step 9 and §1.12 of the domain reference): In Progress
 * while {@link #PENDING} or {@link #SENDING}, Error when {@link #FAILED} or {@link #UNCERTAIN}, blank otherwise.
 */
public enum OutboxState {
    /** Logged with Send and waiting to be delivered. */
    PENDING,
    /**
     * Claimed by a delivery run, its Message-ID fixed, and being handed to the SMTP server (or written to the print
     * document) right now. An entry found in this state by a later run was interrupted (crash, kill) and becomes
     * {@link #UNCERTAIN}: it is never re-sent by itself.
     */
    SENDING,
    /** The SMTP server accepted the message (Hard Copy: the letter is in the print document). */
    SENT,
    /** Not delivered, with the reason (refused address, unreachable server, ...); Resend Failed delivers it again. */
    FAILED,
    /**
     * A run was interrupted after the message may have been handed over: it may or may not have arrived. SMTP
     * cannot be asked; only an explicit resend of uncertain entries sends it again (with the same Message-ID).
     */
    UNCERTAIN,
    /** Not delivered on purpose: the entry was canceled or the contact is privacy blocked; the reason says which. */
    SKIPPED
}

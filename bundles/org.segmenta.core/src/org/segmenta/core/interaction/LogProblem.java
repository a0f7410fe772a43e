package org.segmenta.core.interaction;

import org.segmenta.core.format.Formats;
import org.eclipse.osgi.util.NLS;
import org.segmenta.core.internal.FindingMessages;

/**
 * One finding of the pre-Log validation.
 *
 * @param severity {@link Severity#ERROR} blocks Log; {@link Severity#WARNING} says what Log will do differently
 * @param lineNo the segment line, or {@code null} for a finding on the header or the whole segment
 * @param contactNo the line's contact, or {@code null}
 * @param field the caption of the field concerned, for example {@code Salesperson Code}
 * @param message what is wrong and how to fix it, or what Log will do
 * @param cause why: findings of one cause (and one {@code detail}) are shown as one group ({@link FindingGroup})
 * @param detail what tells groups of one cause apart (a salesperson code, a document's file name, "e-mail address"),
 *        or {@code null}
 */
public record LogProblem(Severity severity, Integer lineNo, String contactNo, String field, String message, Cause cause,
        String detail) {

    /** How serious a finding is. */
    public enum Severity {
        /** Log refuses to run until it is fixed. */
        ERROR,
        /** Log runs, and does what the message says. */
        WARNING
    }

    /**
     * Why a finding was made: the key by which {@link FindingGroup#of} groups them, with the group's summary (in the
     * locale's language; {0} is the number of lines, {1} the finding's {@code detail}).
     */
    public enum Cause {
        /** The header has no description. */
        NO_DESCRIPTION,
        /** The segment has no lines. */
        EMPTY_SEGMENT,
        /** A line has no contact. */
        NO_CONTACT,
        /** A line's contact does not exist any more. */
        CONTACT_MISSING,
        /** A line has no date. */
        NO_DATE,
        /** A line has no salesperson. */
        NO_SALESPERSON,
        /** A line's salesperson does not exist (detail: the code). */
        SALESPERSON_MISSING,
        /** A line's salesperson is blocked (detail: the code). */
        SALESPERSON_BLOCKED,
        /** A line has no interaction template. */
        NO_TEMPLATE,
        /** A line's interaction template does not exist (detail: the code). */
        TEMPLATE_MISSING,
        /** A line's campaign does not exist (detail: the No.). */
        CAMPAIGN_MISSING,
        /** A plug-in channel cannot deliver to the contact (detail: the channel's label). */
        CHANNEL,
        /** Fax cannot be sent. */
        FAX_NOT_SENT,
        /** The contact has no address to send to, and Log sends (detail: "e-mail address" or "fax number"). */
        NO_ADDRESS_TO_SEND,
        /** The contact has no address; Log records without sending (detail: what is missing). */
        NO_ADDRESS,
        /** The line has no document to send (detail: the interaction template). */
        NO_DOCUMENT,
        /** The contact is privacy blocked. */
        PRIVACY_BLOCKED,
        /** The contact is marked Exclude from Segment. */
        EXCLUDED,
        /** The contact is on an earlier line too. */
        CONTACT_TWICE,
        /** Two contact cards of the line are likely one person. */
        SAME_PERSON,
        /** The line has a personal note, and its Word document has no PersonalNote field (detail: the file name). */
        NOTE_NOT_IN_DOCUMENT,
        /** The line has a personal note and a letter of its own, into which the note is not merged. */
        NOTE_OWN_LETTER,
        /**
         * The line has a personal note and no Word document prints it: its interaction template has no Word document
         * for the line's language (detail: the template code and language). Since 1.1.
         */
        NOTE_NO_DOCUMENT,
        /**
         * Log sends and no line has a correspondence type, so Send Attachments would send and store nothing (Business
         * Central's Log Segment does not offer Send Attachments then; §1.10 of the domain reference).
         */
        NOTHING_TO_SEND,
        /** Log sends and some lines have no correspondence type: they are logged without a letter (detail: none). */
        NO_CORRESPONDENCE_TYPE,
        /** Anything else (plug-ins, Log's own warnings). */
        OTHER;

        /**
         * @param count how many findings the group has
         * @param detail the group's detail, or null
         * @return the group's summary, for example "3 lines have no salesperson: ..."
         */
        public String summary(int count, String detail) {
            return NLS.bind(FindingMessages.summary(this), Formats.count(count), detail == null ? "" : detail);
        }
    }

    /**
     * A finding without a cause of its own ({@link Cause#OTHER}), as plug-ins and older callers make them.
     *
     * @param severity the severity
     * @param lineNo the line, or null
     * @param contactNo the contact, or null
     * @param field the field's caption, or null
     * @param message the message
     */
    public LogProblem(Severity severity, Integer lineNo, String contactNo, String field, String message) {
        this(severity, lineNo, contactNo, field, message, Cause.OTHER, null);
    }

    /** A null cause is {@link Cause#OTHER}. */
    public LogProblem {
        cause = cause == null ? Cause.OTHER : cause;
    }
}

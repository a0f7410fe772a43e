package org.segmenta.core.internal;

import org.eclipse.osgi.util.NLS;
import org.segmenta.core.interaction.LogProblem.Cause;

/**
 * The pre-Log check's group summaries and the personal-note checks' messages ({@code findings.properties}, German in
 * {@code findings_de.properties}), chosen by the locale as {@link Messages} are.
 */
public final class FindingMessages extends NLS {

    private static final String BUNDLE_NAME = "org.segmenta.core.internal.findings";

    public static String Cause_NO_DESCRIPTION;
    public static String Cause_EMPTY_SEGMENT;
    public static String Cause_NO_CONTACT;
    public static String Cause_CONTACT_MISSING;
    public static String Cause_NO_DATE;
    public static String Cause_NO_SALESPERSON;
    public static String Cause_SALESPERSON_MISSING;
    public static String Cause_SALESPERSON_BLOCKED;
    public static String Cause_NO_TEMPLATE;
    public static String Cause_TEMPLATE_MISSING;
    public static String Cause_CAMPAIGN_MISSING;
    public static String Cause_CHANNEL;
    public static String Cause_FAX_NOT_SENT;
    public static String Cause_NO_ADDRESS_TO_SEND;
    public static String Cause_NO_ADDRESS;
    public static String Cause_NO_DOCUMENT;
    public static String Cause_PRIVACY_BLOCKED;
    public static String Cause_EXCLUDED;
    public static String Cause_CONTACT_TWICE;
    public static String Cause_SAME_PERSON;
    public static String Cause_NOTE_NOT_IN_DOCUMENT;
    public static String Cause_NOTE_OWN_LETTER;
    public static String Cause_NOTHING_TO_SEND;
    public static String Cause_NO_CORRESPONDENCE_TYPE;
    public static String Cause_OTHER;
    public static String FindingGroup_moreLikeIt;
    public static String FindingGroup_andMore;
    public static String NoteCheck_line;
    public static String NoteCheck_ownLetter;
    public static String NoteCheck_dialog;
    public static String NoteCheck_dialogOwnLetter;
    public static String NoteCheck_dialogNoDocument;
    public static String SendCheck_nothingToSend;
    public static String SendCheck_someWithoutType;
    public static String SendCheck_unavailable;
    public static String SendCheck_unavailableEmpty;

    static {
        NLS.initializeMessages(BUNDLE_NAME, FindingMessages.class);
    }

    private FindingMessages() {
    }

    /**
     * @param cause a cause
     * @return its group summary's pattern ({0} the count, {1} the detail)
     */
    public static String summary(Cause cause) {
        return switch (cause) {
            case NO_DESCRIPTION -> Cause_NO_DESCRIPTION;
            case EMPTY_SEGMENT -> Cause_EMPTY_SEGMENT;
            case NO_CONTACT -> Cause_NO_CONTACT;
            case CONTACT_MISSING -> Cause_CONTACT_MISSING;
            case NO_DATE -> Cause_NO_DATE;
            case NO_SALESPERSON -> Cause_NO_SALESPERSON;
            case SALESPERSON_MISSING -> Cause_SALESPERSON_MISSING;
            case SALESPERSON_BLOCKED -> Cause_SALESPERSON_BLOCKED;
            case NO_TEMPLATE -> Cause_NO_TEMPLATE;
            case TEMPLATE_MISSING -> Cause_TEMPLATE_MISSING;
            case CAMPAIGN_MISSING -> Cause_CAMPAIGN_MISSING;
            case CHANNEL -> Cause_CHANNEL;
            case FAX_NOT_SENT -> Cause_FAX_NOT_SENT;
            case NO_ADDRESS_TO_SEND -> Cause_NO_ADDRESS_TO_SEND;
            case NO_ADDRESS -> Cause_NO_ADDRESS;
            case NO_DOCUMENT -> Cause_NO_DOCUMENT;
            case PRIVACY_BLOCKED -> Cause_PRIVACY_BLOCKED;
            case EXCLUDED -> Cause_EXCLUDED;
            case CONTACT_TWICE -> Cause_CONTACT_TWICE;
            case SAME_PERSON -> Cause_SAME_PERSON;
            case NOTE_NOT_IN_DOCUMENT -> Cause_NOTE_NOT_IN_DOCUMENT;
            case NOTE_OWN_LETTER -> Cause_NOTE_OWN_LETTER;
            case NOTHING_TO_SEND -> Cause_NOTHING_TO_SEND;
            case NO_CORRESPONDENCE_TYPE -> Cause_NO_CORRESPONDENCE_TYPE;
            case OTHER -> Cause_OTHER;
        };
    }
}

package org.segmenta.core.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The services' messages that reach people (the pre-Log validation's findings, the code checks' refusals),
 * externalised with the same mechanism as the window and the command line: {@code messages.properties} (English) and
 * {@code messages_de.properties} (German), chosen by the locale ({@code -nl de}, else the system's), so both faces
 * show the same translation. Field names and other identifiers in results stay English (they are keys, not texts).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.segmenta.core.internal.messages";

    public static String PreLogValidation_segmentHasNoDescriptionEnter;
    public static String PreLogValidation_segmentIsEmptyAddContacts;
    public static String PreLogValidation_lineHasNoContactChoose;
    public static String PreLogValidation_lineContactDoesNotExist;
    public static String PreLogValidation_lineHasNoDateSet;
    public static String PreLogValidation_lineHasNoSalespersonSet;
    public static String PreLogValidation_lineSalespersonDoesNotExist;
    public static String PreLogValidation_lineSalespersonIsBlockedChoose;
    public static String PreLogValidation_lineHasNoInteractionTemplate;
    public static String PreLogValidation_lineInteractionTemplateDoesNot;
    public static String PreLogValidation_lineCampaignDoesNotExist;
    public static String PreLogValidation_line;
    public static String PreLogValidation_lineCorrespondenceTypeFaxCannot;
    public static String PreLogValidation_eMailAddress;
    public static String PreLogValidation_faxNumber;
    public static String PreLogValidation_lineContactHasNoTo;
    public static String PreLogValidation_lineContactHasNoLog;
    public static String PreLogValidation_theDefaultLanguage;
    public static String PreLogValidation_language;
    public static String PreLogValidation_lineHasNoDocumentFor;
    public static String PreLogValidation_lineContactIsPrivacyBlocked;
    public static String PreLogValidation_lineContactIsMarkedExclude;
    public static String PreLogValidation_lineContactIsAlsoOn;
    public static String CodeCheck_doesNotExist;
    public static String CodeCheck_salespersonIsBlockedChooseAnother;
    public static String CodeCheck_thereIsNoYetSet;
    public static String CodeCheck_useOneOfOrSet;
    public static String CodeCheck_chooseOneOfTheCodes;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

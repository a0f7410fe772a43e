package org.segmenta.core.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The services' messages that reach people (the pre-Log validation's findings, the code checks' refusals, the criteria filters' syntax errors, the delivery summary, a refused Log), externalised with the same mechanism as the window and the command line, so both faces show the same translation. Field names and other identifiers in results stay English (they are keys, not texts).
 * <p>
 * {@code messages.properties} (English) and {@code messages_de.properties} (German), chosen by the locale
 * ({@code -nl de}, else the system's) with Eclipse's {@link NLS}, as the window's and the command line's texts; each
 * {@code {n}} is filled by {@link #bind(String, Object...)} (a single quote is written twice in the files).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.segmenta.core.internal.messages";

    public static String DemoDataImpl_notEmpty;
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
    public static String FilterParser_oneOf;
    public static String FilterParser_yesOrNo;
    public static String FilterParser_aDateAsYyyy;
    public static String FilterParser_aNumberWithA;
    public static String FilterParser_aWholeNumber;
    public static String FilterParser_orTheEndOf;
    public static String FilterParser_aClosingQuoteFor;
    public static String FilterParser_aValueWithoutWildcards;
    public static String FilterParser_wildcardsOnlyOnTexts;
    public static String FilterParser_aValueToCompare;
    public static String FilterParser_aValue;
    public static String FilterParser_aRangeWithoutWildcards;
    public static String FilterParser_aValueBeforeOr;
    public static String FilterParser_aSingleValueAfter;
    public static String FilterParser_toCloseTheAt;
    public static String FilterParser_orTheEndOf2;
    public static String FilterParser_aValueTypeTo;
    public static String CriteriaSourceRegistry_theCriteriaSource;
    public static String CriteriaSourceRegistry_unknownCriteriaSource;
    public static String FilterParser_typeWholeNumber;
    public static String FilterParser_typeNumber;
    public static String FilterParser_typeDate;
    public static String FilterParser_typeYesOrNo;
    public static String FilterParser_typeValueFromTheList;
    public static String FilterParser_typeValue;
    public static String FilterSyntaxException_atTheEnd;
    public static String FilterSyntaxException_atCharacter;
    public static String DeliveryReport_deliveredFailed;
    public static String DeliveryReport_uncertain;
    public static String DeliveryReport_skipped;
    public static String DeliveryReport_printDocument;
    public static String DeliveryReport_andPdf;
    public static String LogRefusedException_cannotBeLoggedError;
    public static String LogRefusedException_cannotBeLoggedErrors;
    public static String LogRefusedException_theFirst;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /**
     * @param message one of the texts above
     * @param bindings the values for its {@code {0}}, {@code {1}}, ... (none for a text without placeholders)
     * @return the text with its placeholders filled
     */
    public static String bind(String message, Object... bindings) {
        return NLS.bind(message, bindings);
    }

    /**
     * @param n a count
     * @return the count grouped by the user's locale (1,234 in English, 1.234 in German), for texts, never for files
     */
    public static String count(long n) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT))
                .format(n);
    }
}

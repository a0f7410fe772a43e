package org.segmenta.core.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The services' messages that reach people (the pre-Log validation's findings, the code checks' refusals, the criteria filters' syntax errors, the delivery summary, a refused Log), externalised with the same mechanism as the window and the command line, so both faces show the same translation. Field names and other identifiers in results stay English (they are keys, not texts).
 * <p>
 * {@code messages.properties} (English) and {@code messages_de.properties} (German), chosen by the locale
 * ({@code -nl de}, else the system's) with Eclipse's {@link NLS}, as the window's and the command line's texts; each
 * {@code {n}} is filled by {@link org.segmenta.core.format.Formats#bind(String, Object...)} (a single quote is
 * written twice in the files).
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.segmenta.core.internal.messages";

    public static String DemoDataImpl_notEmpty;
    public static String MergeChoice_nothingToDo;
    public static String Progress_stepFilters;
    public static String Progress_stepAdding;
    public static String Progress_stepRemoving;
    public static String Progress_stepStoring;
    public static String Progress_stepDone;
    public static String Progress_logChecking;
    public static String Progress_logLetters;
    public static String Progress_logLines;
    public static String Progress_logOutbox;
    public static String Progress_logFollowUp;
    public static String Progress_logCommitting;
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
    public static String CriteriaSource_contact;
    public static String CriteriaSource_company;
    public static String CriteriaSource_mailingGroup;
    public static String CriteriaSource_industryGroup;
    public static String CriteriaSource_jobResponsibility;
    public static String CriteriaSource_profileAnswer;
    public static String CriteriaSource_interactionLogEntry;
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
    public static String Segments_noContact;
    public static String Segments_noLineNothingRemoved;
    public static String Segments_removedByHandNoLine;
    public static String Segments_removedByHand;
    public static String Segments_savedCriteriaNeedACode;
    public static String Segments_noCriteriaToSave;
    public static String Segments_noSavedCriteriaYet;
    public static String Segments_noSavedCriteria;
    public static String Segments_noLoggedSegment;
    public static String Segments_reused;
    public static String Segments_reusedIgnoringExclusion;
    public static String Segments_noLine;
    public static String Segments_lineFieldFixed;
    public static String Segments_allContacts;
    public static String StepSummary_head;
    public static String StepSummary_removed;
    public static String StepSummary_duplicates;
    public static String StepSummary_excluded;
    public static String StepSummary_lineOne;
    public static String StepSummary_lineOther;
    public static String Core_headerFieldFixed;
    public static String Core_headerLanguageNoDocument;
    public static String Core_companyWithPersons;
    public static String Core_contactInUseFix;
    public static String Core_codeUnknown;
    public static String Core_unknownCodes;
    public static String Core_fixSalesperson;
    public static String Core_fixCampaign;
    public static String Core_fixOther;
    public static String Core_notAWordDocument;
    public static String Core_documentNeedsALanguage;
    public static String Core_notALanguage;
    public static String Core_noLanguageRow;
    public static String InUse_cannotBeDeleted;
    public static String Fields_noField;
    public static String Fields_where;
    public static String Fields_notOneOf;
    public static String Fields_notYesNo;
    public static String Fields_notANumber;
    public static String Fields_notADate;
    public static String Fields_notValid;
    public static String Interactions_followUpOnSegment;
    public static String Interactions_followUpOnLoggedSegment;
    public static String Interactions_followUpEvaluation;
    public static String Interactions_followUpAttemptFailed;
    public static String Where_use;
    public static String Where_campaigns;
    public static String Where_contacts;
    public static String Where_interactionLogEntries;
    public static String Where_interactionTemplateLanguages;
    public static String Where_interactionTemplates;
    public static String Where_openSegmentLines;
    public static String Where_openSegments;
    public static String Where_persons;
    public static String Where_salutationFormulas;
    public static String Where_segmentInteractionLanguages;

    public static String DemoDataImpl_contactOne;
    public static String DemoData_summary;
    public static String DemoData_setupSummary;
    public static String DemoData_contactOne;
    public static String DemoData_contactOther;
    public static String DemoData_companyOne;
    public static String DemoData_companyOther;
    public static String DemoData_templateOne;
    public static String DemoData_templateOther;
    public static String DemoData_languageOne;
    public static String DemoData_languageOther;
    public static String DemoData_salutationOne;
    public static String DemoData_salutationOther;
    public static String DemoData_salespersonOne;
    public static String DemoData_salespersonOther;
    public static String DemoData_groupOne;
    public static String DemoData_groupOther;
    public static String DemoDataImpl_contactOther;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }


}

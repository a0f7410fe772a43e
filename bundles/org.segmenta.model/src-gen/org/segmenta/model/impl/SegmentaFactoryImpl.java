/**
 */
package org.segmenta.model.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.segmenta.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SegmentaFactoryImpl extends EFactoryImpl implements SegmentaFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SegmentaFactory init() {
		try {
			SegmentaFactory theSegmentaFactory = (SegmentaFactory)EPackage.Registry.INSTANCE.getEFactory(SegmentaPackage.eNS_URI);
			if (theSegmentaFactory != null) {
				return theSegmentaFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SegmentaFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegmentaFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SegmentaPackage.CONTACT: return createContact();
			case SegmentaPackage.CONTACT_MAILING_GROUP: return createContactMailingGroup();
			case SegmentaPackage.CONTACT_INDUSTRY_GROUP: return createContactIndustryGroup();
			case SegmentaPackage.CONTACT_JOB_RESPONSIBILITY: return createContactJobResponsibility();
			case SegmentaPackage.CONTACT_PROFILE_ANSWER: return createContactProfileAnswer();
			case SegmentaPackage.SALESPERSON: return createSalesperson();
			case SegmentaPackage.SALUTATION: return createSalutation();
			case SegmentaPackage.SALUTATION_FORMULA: return createSalutationFormula();
			case SegmentaPackage.LANGUAGE: return createLanguage();
			case SegmentaPackage.MAILING_GROUP: return createMailingGroup();
			case SegmentaPackage.INDUSTRY_GROUP: return createIndustryGroup();
			case SegmentaPackage.JOB_RESPONSIBILITY: return createJobResponsibility();
			case SegmentaPackage.INTERACTION_GROUP: return createInteractionGroup();
			case SegmentaPackage.PROFILE_QUESTIONNAIRE: return createProfileQuestionnaire();
			case SegmentaPackage.PROFILE_QUESTION: return createProfileQuestion();
			case SegmentaPackage.PROFILE_ANSWER: return createProfileAnswer();
			case SegmentaPackage.CAMPAIGN: return createCampaign();
			case SegmentaPackage.ATTACHMENT: return createAttachment();
			case SegmentaPackage.INTERACTION_TEMPLATE: return createInteractionTemplate();
			case SegmentaPackage.INTERACTION_TEMPLATE_LANGUAGE: return createInteractionTemplateLanguage();
			case SegmentaPackage.SEGMENT_HEADER: return createSegmentHeader();
			case SegmentaPackage.SEGMENT_INTERACTION_LANGUAGE: return createSegmentInteractionLanguage();
			case SegmentaPackage.SEGMENT_LINE: return createSegmentLine();
			case SegmentaPackage.SEGMENT_CRITERIA_LINE: return createSegmentCriteriaLine();
			case SegmentaPackage.CRITERIA_FILTER: return createCriteriaFilter();
			case SegmentaPackage.SEGMENT_HISTORY_ENTRY: return createSegmentHistoryEntry();
			case SegmentaPackage.SAVED_SEGMENT_CRITERIA: return createSavedSegmentCriteria();
			case SegmentaPackage.LOGGED_SEGMENT: return createLoggedSegment();
			case SegmentaPackage.INTERACTION_LOG_ENTRY: return createInteractionLogEntry();
			case SegmentaPackage.NUMBER_SERIES: return createNumberSeries();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SegmentaPackage.CONTACT_TYPE:
				return createContactTypeFromString(eDataType, initialValue);
			case SegmentaPackage.CORRESPONDENCE_TYPE:
				return createCorrespondenceTypeFromString(eDataType, initialValue);
			case SegmentaPackage.INFORMATION_FLOW:
				return createInformationFlowFromString(eDataType, initialValue);
			case SegmentaPackage.INITIATED_BY:
				return createInitiatedByFromString(eDataType, initialValue);
			case SegmentaPackage.EVALUATION:
				return createEvaluationFromString(eDataType, initialValue);
			case SegmentaPackage.CRITERIA_ACTION:
				return createCriteriaActionFromString(eDataType, initialValue);
			case SegmentaPackage.STEP_KIND:
				return createStepKindFromString(eDataType, initialValue);
			case SegmentaPackage.DELIVERY_STATUS:
				return createDeliveryStatusFromString(eDataType, initialValue);
			case SegmentaPackage.WIZARD_ACTION:
				return createWizardActionFromString(eDataType, initialValue);
			case SegmentaPackage.HISTORY_ACTION:
				return createHistoryActionFromString(eDataType, initialValue);
			case SegmentaPackage.SALUTATION_TYPE:
				return createSalutationTypeFromString(eDataType, initialValue);
			case SegmentaPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case SegmentaPackage.LOCAL_TIME:
				return createLocalTimeFromString(eDataType, initialValue);
			case SegmentaPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SegmentaPackage.CONTACT_TYPE:
				return convertContactTypeToString(eDataType, instanceValue);
			case SegmentaPackage.CORRESPONDENCE_TYPE:
				return convertCorrespondenceTypeToString(eDataType, instanceValue);
			case SegmentaPackage.INFORMATION_FLOW:
				return convertInformationFlowToString(eDataType, instanceValue);
			case SegmentaPackage.INITIATED_BY:
				return convertInitiatedByToString(eDataType, instanceValue);
			case SegmentaPackage.EVALUATION:
				return convertEvaluationToString(eDataType, instanceValue);
			case SegmentaPackage.CRITERIA_ACTION:
				return convertCriteriaActionToString(eDataType, instanceValue);
			case SegmentaPackage.STEP_KIND:
				return convertStepKindToString(eDataType, instanceValue);
			case SegmentaPackage.DELIVERY_STATUS:
				return convertDeliveryStatusToString(eDataType, instanceValue);
			case SegmentaPackage.WIZARD_ACTION:
				return convertWizardActionToString(eDataType, instanceValue);
			case SegmentaPackage.HISTORY_ACTION:
				return convertHistoryActionToString(eDataType, instanceValue);
			case SegmentaPackage.SALUTATION_TYPE:
				return convertSalutationTypeToString(eDataType, instanceValue);
			case SegmentaPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case SegmentaPackage.LOCAL_TIME:
				return convertLocalTimeToString(eDataType, instanceValue);
			case SegmentaPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact createContact() {
		ContactImpl contact = new ContactImpl();
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactMailingGroup createContactMailingGroup() {
		ContactMailingGroupImpl contactMailingGroup = new ContactMailingGroupImpl();
		return contactMailingGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactIndustryGroup createContactIndustryGroup() {
		ContactIndustryGroupImpl contactIndustryGroup = new ContactIndustryGroupImpl();
		return contactIndustryGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactJobResponsibility createContactJobResponsibility() {
		ContactJobResponsibilityImpl contactJobResponsibility = new ContactJobResponsibilityImpl();
		return contactJobResponsibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactProfileAnswer createContactProfileAnswer() {
		ContactProfileAnswerImpl contactProfileAnswer = new ContactProfileAnswerImpl();
		return contactProfileAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Salesperson createSalesperson() {
		SalespersonImpl salesperson = new SalespersonImpl();
		return salesperson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Salutation createSalutation() {
		SalutationImpl salutation = new SalutationImpl();
		return salutation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SalutationFormula createSalutationFormula() {
		SalutationFormulaImpl salutationFormula = new SalutationFormulaImpl();
		return salutationFormula;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Language createLanguage() {
		LanguageImpl language = new LanguageImpl();
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MailingGroup createMailingGroup() {
		MailingGroupImpl mailingGroup = new MailingGroupImpl();
		return mailingGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndustryGroup createIndustryGroup() {
		IndustryGroupImpl industryGroup = new IndustryGroupImpl();
		return industryGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobResponsibility createJobResponsibility() {
		JobResponsibilityImpl jobResponsibility = new JobResponsibilityImpl();
		return jobResponsibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InteractionGroup createInteractionGroup() {
		InteractionGroupImpl interactionGroup = new InteractionGroupImpl();
		return interactionGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProfileQuestionnaire createProfileQuestionnaire() {
		ProfileQuestionnaireImpl profileQuestionnaire = new ProfileQuestionnaireImpl();
		return profileQuestionnaire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProfileQuestion createProfileQuestion() {
		ProfileQuestionImpl profileQuestion = new ProfileQuestionImpl();
		return profileQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProfileAnswer createProfileAnswer() {
		ProfileAnswerImpl profileAnswer = new ProfileAnswerImpl();
		return profileAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign createCampaign() {
		CampaignImpl campaign = new CampaignImpl();
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attachment createAttachment() {
		AttachmentImpl attachment = new AttachmentImpl();
		return attachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InteractionTemplate createInteractionTemplate() {
		InteractionTemplateImpl interactionTemplate = new InteractionTemplateImpl();
		return interactionTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InteractionTemplateLanguage createInteractionTemplateLanguage() {
		InteractionTemplateLanguageImpl interactionTemplateLanguage = new InteractionTemplateLanguageImpl();
		return interactionTemplateLanguage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentHeader createSegmentHeader() {
		SegmentHeaderImpl segmentHeader = new SegmentHeaderImpl();
		return segmentHeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentInteractionLanguage createSegmentInteractionLanguage() {
		SegmentInteractionLanguageImpl segmentInteractionLanguage = new SegmentInteractionLanguageImpl();
		return segmentInteractionLanguage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentLine createSegmentLine() {
		SegmentLineImpl segmentLine = new SegmentLineImpl();
		return segmentLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentCriteriaLine createSegmentCriteriaLine() {
		SegmentCriteriaLineImpl segmentCriteriaLine = new SegmentCriteriaLineImpl();
		return segmentCriteriaLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriteriaFilter createCriteriaFilter() {
		CriteriaFilterImpl criteriaFilter = new CriteriaFilterImpl();
		return criteriaFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentHistoryEntry createSegmentHistoryEntry() {
		SegmentHistoryEntryImpl segmentHistoryEntry = new SegmentHistoryEntryImpl();
		return segmentHistoryEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SavedSegmentCriteria createSavedSegmentCriteria() {
		SavedSegmentCriteriaImpl savedSegmentCriteria = new SavedSegmentCriteriaImpl();
		return savedSegmentCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoggedSegment createLoggedSegment() {
		LoggedSegmentImpl loggedSegment = new LoggedSegmentImpl();
		return loggedSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InteractionLogEntry createInteractionLogEntry() {
		InteractionLogEntryImpl interactionLogEntry = new InteractionLogEntryImpl();
		return interactionLogEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NumberSeries createNumberSeries() {
		NumberSeriesImpl numberSeries = new NumberSeriesImpl();
		return numberSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContactType createContactTypeFromString(EDataType eDataType, String initialValue) {
		ContactType result = ContactType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContactTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CorrespondenceType createCorrespondenceTypeFromString(EDataType eDataType, String initialValue) {
		CorrespondenceType result = CorrespondenceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCorrespondenceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InformationFlow createInformationFlowFromString(EDataType eDataType, String initialValue) {
		InformationFlow result = InformationFlow.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInformationFlowToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InitiatedBy createInitiatedByFromString(EDataType eDataType, String initialValue) {
		InitiatedBy result = InitiatedBy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInitiatedByToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Evaluation createEvaluationFromString(EDataType eDataType, String initialValue) {
		Evaluation result = Evaluation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvaluationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CriteriaAction createCriteriaActionFromString(EDataType eDataType, String initialValue) {
		CriteriaAction result = CriteriaAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCriteriaActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepKind createStepKindFromString(EDataType eDataType, String initialValue) {
		StepKind result = StepKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStepKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeliveryStatus createDeliveryStatusFromString(EDataType eDataType, String initialValue) {
		DeliveryStatus result = DeliveryStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeliveryStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WizardAction createWizardActionFromString(EDataType eDataType, String initialValue) {
		WizardAction result = WizardAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWizardActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HistoryAction createHistoryActionFromString(EDataType eDataType, String initialValue) {
		HistoryAction result = HistoryAction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHistoryActionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SalutationType createSalutationTypeFromString(EDataType eDataType, String initialValue) {
		SalutationType result = SalutationType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSalutationTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalTime createLocalTime(final String it) {
		return it == null ? null : java.time.LocalTime.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalTime createLocalTimeFromString(EDataType eDataType, String initialValue) {
		return createLocalTime(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalTime(final LocalTime it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalTimeToString(EDataType eDataType, Object instanceValue) {
		return convertLocalTime((LocalTime)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null ? null : java.time.Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentaPackage getSegmentaPackage() {
		return (SegmentaPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SegmentaPackage getPackage() {
		return SegmentaPackage.eINSTANCE;
	}

} //SegmentaFactoryImpl
